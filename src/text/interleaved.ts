/**
 * Two columns read line by line across: OCR of a scan reads the Nơi nhận
 * list (left) and the signature (right) as one column, a line of each in
 * turn ("Nơi nhận:" / "TM. ỦY BAN NHÂN DÂN" / "- Bộ Y tế;" / "KT. CHỦ TỊCH"
 * …). The block is found from the kind of each line (a recipient, or a
 * signature's mark, office, name or seal), and, when the kinds alternate,
 * written back as the two columns one after the other: the list, then the
 * signature. Only the order of whole lines changes; each line keeps its map
 * to the source.
 */
import {trimChars} from './trim.js'
import {fold} from './fold.js'

/** A block read as two columns: its span and the order of its lines. */
export interface Interleaved {
  start: number
  end: number
  /** `[start, end)` of each line of the block (without its line break), in the order to read them. */
  lines: Array<[number, number]>
}

type Kind = 'opener' | 'recipient' | 'signature' | 'blank' | 'page'

const authority = /^(?:tm|kt|tl|tuq|q|t\/m|k\/t|t\/l|t\/uq)[.\s]/
const seal = /^[([]?(?:da ky|ky ten|ky,|ky boi|signed|dong dau)|^[★*☆]$/

function kindOf(line: string, previous: Kind | undefined): Kind | undefined {
  const text = trimChars(line.trim(), /[*_]/u, /[*_]/u).trim()
  // (A `|` alone is the border of a table cell the block sat in, read with the lines: no column's.)
  if (text === '' || /^[|\s*_]+$/u.test(text)) return 'blank'
  // A page turned inside the block: its running head and number belong to no column.
  if (/^\d{1,4}$/u.test(text) || /^cong bao\s*\//.test(fold(text.slice(0, 12)))) return 'page'
  // A seal before the name (`★ Nguyễn Mạnh Hùng`) is the signature's.
  if (/^[★☆]\s*\p{Lu}\p{Ll}/u.test(text)) return 'signature'
  const folded = fold(text)
  if (/^noi nhan\b/.test(folded)) return 'opener'
  if (/^[-–+•·][*_]*\s*[\p{L}(]/u.test(text) || /^luu\b/.test(folded)) return 'recipient'
  if (authority.test(folded) || seal.test(folded)) return 'signature'
  const letters = text.replace(/[^\p{L}]/gu, '')
  // An office in capitals (`PHÓ CHỦ TỊCH`), or a person's name (`Lê Văn Bình`).
  if (letters.length >= 2 && letters === letters.toUpperCase() && !/\d/.test(text)) return 'signature'
  if (/^(?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){1,4}$/u.test(text)) return 'signature'
  // A recipient wrapped over the line (`- Ủy ban nhân dân các huyện,` / `thị xã;`).
  if (previous === 'recipient' && /^\p{Ll}/u.test(text)) return 'recipient'
  // … or an entry written without its dash, closed as entries are (`Các Vụ: TH, KTTH;`): a signature's line never ends so.
  if (previous === 'recipient' && /[;,]$/u.test(text)) return 'recipient'
  return undefined
}

/**
 * `kindOf(line) === 'opener'`, asked of every line of the text: only the
 * first nine characters are folded (`noi nhan` and the one after it, which
 * decides the word boundary), not the whole line.
 */
function opensBlock(line: string): boolean {
  const text = trimChars(line.trim(), /[*_]/u, /[*_]/u).trim()
  if (text === '' || /^[★☆]\s*\p{Lu}\p{Ll}/u.test(text)) return false
  return /^noi nhan\b/.test(fold(text.slice(0, 9)))
}

/** The Nơi nhận and signature block, when its two columns are interleaved. */
export function findInterleaved(text: string): Interleaved | undefined {
  const starts: number[] = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  const lineAt = (index: number): [number, number] => {
    const start = starts[index] as number
    const next = starts[index + 1]
    return [start, next === undefined ? text.length : next - 1]
  }

  const opener = starts.findIndex((_, index) => {
    const [start, end] = lineAt(index)
    return opensBlock(text.slice(start, end))
  })
  if (opener === -1) return undefined

  // The block: signature lines just before `Nơi nhận`, and what follows it while every line has a kind.
  let first = opener
  while (first > 0 && opener - first < 3) {
    const [start, end] = lineAt(first - 1)
    if (kindOf(text.slice(start, end), undefined) !== 'signature') break
    first--
  }

  const kinds: Kind[] = []
  let last = first - 1
  let previous: Kind | undefined
  // The list's last entry left open (`- Thủ tướng, PTTg Bùi Thanh Sơn (để`): its end may come after the signature's lines (`b/c);`).
  let entryOpen = false
  for (let index = first; index < starts.length && index < opener + 40; index++) {
    const [start, end] = lineAt(index)
    const line = text.slice(start, end)
    const kind: Kind | undefined = kindOf(line, previous) ?? (entryOpen && /^\s*\p{Ll}/u.test(line) ? 'recipient' : undefined)
    if (!kind) break
    kinds.push(kind)
    if (kind !== 'blank' && kind !== 'page') previous = kind
    if (kind === 'recipient' || kind === 'opener') entryOpen = kind === 'recipient' && !/[;.][\s*_]*$/u.test(line)
    last = index
  }

  // Interleaved: the column changes at least three times (a clean block changes once);
  // or the signature's column read whole between `Nơi nhận:` and its list (`Nơi nhận:` / `KT. CHỦ TỊCH` … / `- Bộ Y tế;` …).
  const columns = kinds.filter((kind) => kind !== 'blank' && kind !== 'page').map((kind) => (kind === 'signature' ? 'right' : 'left'))
  let changes = 0
  for (let index = 1; index < columns.length; index++) if (columns[index] !== columns[index - 1]) changes++
  const signatureBetween = changes === 2 && kinds.find((kind) => kind !== 'blank' && kind !== 'page') === 'opener' && columns[1] === 'right' && columns.at(-1) === 'left'
  if (changes < 3 && !signatureBetween) return undefined

  const left: Array<[number, number]> = []
  const right: Array<[number, number]> = []
  kinds.forEach((kind, offset) => {
    const line = lineAt(first + offset)
    // (The page's furniture stays with the list, where its lines stood between entries.)
    if (kind === 'opener' || kind === 'recipient' || kind === 'page') left.push(line)
    else right.push(line)
  })

  return {start: lineAt(first)[0], end: lineAt(last)[1], lines: [...left, ...right]}
}

const nationalTitle = /^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)\b/
const motto = /^(?:doc lap\b|\*$)/

/**
 * The header read across its two columns: the issuer's second line
 * (`TỈNH THANH HÓA`) between the quốc hiệu and the tiêu ngữ. The header
 * builder reads each line by its kind, so the fields come out apart; this
 * finds the span to say so.
 */
export function findInterleavedHeader(text: string): {start: number; end: number} | undefined {
  const lines: Array<{start: number; end: number; folded: string; raw: string}> = []
  let start = 0
  while (start <= text.length && lines.length < 15) {
    const next = text.indexOf('\n', start)
    const end = next === -1 ? text.length : next
    const trimmed = text.slice(start, end).trim()
    const raw = trimmed === '*' ? trimmed : trimChars(trimmed, /[*_#\s]/u, /[*_\s]/u)
    if (raw !== '') lines.push({start, end, folded: fold(raw), raw})
    if (next === -1) break
    start = next + 1
  }

  const title = lines.findIndex((line) => nationalTitle.test(line.folded))
  const issuer = lines[title + 1]
  const after = lines[title + 2]
  if (title < 1 || !issuer || !after || !motto.test(after.folded)) return undefined
  const letters = issuer.raw.replace(/[^\p{L}]/gu, '')
  if (letters.length < 2 || letters !== letters.toUpperCase() || /\d/.test(issuer.raw)) return undefined
  return {start: (lines[title - 1] as {start: number}).start, end: after.end}
}
