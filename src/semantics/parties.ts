/**
 * Parties in running text: where a party phrase starts and ends (at the verb
 * of its predicate), and how a phrase listing several parties is split, per
 * ANNOTATION.md: at `,` `;` and `và`, except inside a name (`Sở Thông tin và
 * Truyền thông`), after a head written once (`thủ trưởng cơ quan, đơn vị`,
 * `các sở, ban, ngành`), and with a colon list's head written on each piece
 * (`Các Đảng ủy: Quân sự tỉnh, Công an tỉnh`).
 */
import {actionVerbs, governingHeads, nameHeadsTakingVerbs, nounCompounds, partyHeads, type PartyKind} from './vocabulary.js'
import {PhraseTable, phraseSet, type Word} from './words.js'

const heads = new PhraseTable(partyHeads)
const verbs = phraseSet(actionVerbs)
const compounds = phraseSet(nounCompounds)
const governing = phraseSet(governingHeads)
const nameHeads = phraseSet(nameHeadsTakingVerbs)

/** Words that open a party phrase before its head. */
const determiners = new Set(['các', 'những', 'mỗi', 'toàn', 'tất', 'cả', 'toàn bộ', 'từng'])
/** Words that end a party phrase (they open a complement, not a name). */
const boundaries = new Set([
  'theo', 'để', 'nhằm', 'trong', 'với', 'những', 'nếu', 'khi', 'thì', 'là', 'đã', 'đang', 'bị', 'nào', 'này', 'đó',
  'phải', 'cần', 'sẽ', 'được', 'không', 'chưa', 'đều', 'cũng', 'vẫn', 'còn', 'luôn', 'bằng', 'qua', 'từ', 'đến', 'tới', 'như',
  // Timing words: a deadline after a party is not part of its name.
  'trước', 'sau', 'chậm', 'hằng', 'hàng', 'định', 'kể', 'ngay', 'kịp', 'thường', 'trong', 'tại', 'vào', 'lúc',
  // Nouns that open an object (`báo cáo UBND Thành phố kết quả …`).
  'kết', 'tình', 'việc', 'nội', 'số', 'danh', 'ý', 'văn', 'hồ'
])
/** Connectives that separate pieces of a list like a comma. */
const connectives = phraseSet(['nhất là', 'đặc biệt là', 'trong đó có', 'cùng với', 'trong đó'])

/** Words that begin like a head but are not one (`trường hợp`, `Báo cáo`, `Tổ chức thực hiện`). */
const falseHeads = phraseSet(['trường hợp', 'hội nghị', 'hội thảo', 'hội đàm', 'báo cáo', 'phòng chống', 'phòng ngừa', 'phòng , chống', 'tổ chức', 'đài thọ', 'ban hành', 'cơ quan chức năng phối hợp', 'bộ phận', 'phòng dịch', 'hội viên'])

/** The head at a word, with its kind. */
export function headAt(words: readonly Word[], index: number): {kind: PartyKind; length: number} | undefined {
  const found = heads.match(words, index)
  if (!found) return undefined
  const impostor = falseHeads.match(words, index)
  if (impostor && impostor.length >= found.length) return undefined
  // `lãnh đạo` names people only before whom they lead (`lãnh đạo các sở`); else it is the verb.
  if (found.keys.join(' ') === 'lãnh đạo' && !['các', 'cấp', 'chủ', 'tỉnh', 'bộ', 'sở', 'ban', 'ủy', 'đơn', 'cơ'].includes(words[index + 2]?.key ?? '')) return undefined
  return {kind: found.value, length: found.length}
}

/** Whether an action verb starts at a word (and is not part of a noun or a name). */
export function verbAt(words: readonly Word[], index: number): number {
  const word = words[index]
  if (!word || word.punct || word.capital) return 0
  const found = verbs.match(words, index)
  if (!found) return 0
  if (compounds.match(words, index)) return 0
  const previous = words[index - 1]
  // `các tổ chức`, `Ban quản lý`, `Hội đồng thẩm định`, `cơ quan thanh tra`: a noun there (but `cơ quan chủ trì` acts).
  const acts = found.keys[0] === 'chủ' || found.keys[0] === 'phối'
  if (previous && !previous.punct && (determiners.has(previous.key) || (!acts && nameHeadEndsAt(words, index)))) return 0
  return found.length
}

/** A name head (`Ban`, `Hội đồng`) ends just before `index`. */
function nameHeadEndsAt(words: readonly Word[], index: number): boolean {
  for (let length = 1; length <= 2; length++) {
    const found = nameHeads.match(words, index - length)
    if (found && found.length === length) return true
  }

  return false
}

/** A party phrase starting at `index`: the index just past it, or -1 when none starts there. */
export function scanParty(words: readonly Word[], index: number): number {
  let at = index
  // Determiners (`các`, `những`), and `cả` in `cả hệ thống`.
  while (at < words.length && determiners.has(words[at]!.key)) at++
  const head = headAt(words, at)
  if (!head) return -1
  at += head.length
  let end = at
  let parens = 0
  while (at < words.length) {
    const word = words[at] as Word
    if (word.punct) {
      if (word.text === '(') parens++
      else if (word.text === ')') {
        if (parens === 0) break
        parens--
      } else if (parens === 0 && word.text !== ',' && word.text !== ';' && word.text !== '-' && word.text !== ':' && word.text !== '–') break
      at++
      continue
    }

    if (parens > 0) {
      at++
      end = at
      continue
    }

    // After a separator a new piece must name a party (or be a bare word of a shared head).
    const previous = words[at - 1] as Word
    const afterSeparator = previous.punct && (previous.text === ',' || previous.text === ';')
    if (word.key === 'và' || connectives.match(words, at)) {
      const skip = word.key === 'và' ? 1 : (connectives.match(words, at)?.length ?? 1)
      const next = words[at + skip]
      if (!next || !(next.capital || determiners.has(next.key) || headAt(words, at + skip) || !verbAt(words, at + skip))) break
      at += skip
      continue
    }

    // A verb that is a member of a list (`cơ quan, tổ chức, đơn vị`) is a noun there.
    const length = verbAt(words, at)
    const listed = previous.text === ',' && ([',', 'và'].includes(words[at + length]?.text ?? '') || modifiers.match(words, at + length) !== undefined)
    if (length > 0 && !listed) break
    // `Tổ an toàn Covid trong doanh nghiệp`, `tại các địa phương`: a place that is part of the name.
    if ((word.key === 'trong' || word.key === 'tại' || word.key === 'thuộc') && (headAt(words, at + 1) || determiners.has(words[at + 1]?.key ?? ''))) {
      at++
      continue
    }

    if (!word.capital && boundaries.has(word.key)) break
    if (afterSeparator && previous.text === ';' && !(determiners.has(word.key) || headAt(words, at) || word.capital)) break
    at++
    end = at
  }

  return end > index ? end : -1
}

/** One party in a list, as written, with its span in the text. */
export interface PartyPiece {
  text: string
  start: number
  end: number
}

/**
 * Split the party phrase `words[from, to)` of `text` into parties.
 */
export function splitParties(text: string, words: readonly Word[], from: number, to: number): PartyPiece[] {
  // Colon list: `Các Đảng ủy: Quân sự tỉnh, Công an tỉnh, …, các cơ quan chức năng`.
  const colon = words.slice(from, to).findIndex((word) => word.text === ':')
  if (colon > 0) {
    const colonAt = from + colon
    const headWords = words.slice(from, colonAt).filter((word) => !determiners.has(word.key))
    const headText = headWords.map((word) => word.text).join(' ')
    // Under a level (`các tỉnh: A, B và C`) the last `và` joins places; elsewhere it may join a name's halves.
    const places = /\b(?:tỉnh|thành phố|huyện|xã|phường|quận)$/u.test(headText.toLowerCase())
    const pieces = rawPieces(words, colonAt + 1, to, places)
    const out: PartyPiece[] = []
    for (const piece of pieces) {
      const first = words[piece[0]] as Word
      const last = words[piece[1] - 1] as Word
      const written = text.slice(first.start, last.end)
      if (determiners.has(first.key)) out.push({text: written, start: first.start, end: last.end})
      else out.push({text: `${headText} ${written}`, start: first.start, end: last.end})
    }

    if (out.length > 0) {
      // The head's span belongs to the first piece.
      out[0]!.start = words[from]!.start
      return out
    }
  }

  const pieces = rawPieces(words, from, to)
  return mergeBare(
    text,
    words,
    pieces.map(([start, end]) => ({text: text.slice(words[start]!.start, words[end - 1]!.end), start: words[start]!.start, end: words[end - 1]!.end})),
    pieces
  )
}

/** Word ranges between separators (`,` `;` `và` before a new party, `nhất là`). */
function rawPieces(words: readonly Word[], from: number, to: number, splitAtAnd = false): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let start = from
  let depth = 0
  for (let at = from; at < to; at++) {
    const word = words[at] as Word
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    let cut = 0
    if (word.text === ',' || word.text === ';') cut = 1
    else if (word.key === 'và') {
      // `và` splits only before a new party: a determiner or a head, not a name's second half.
      const next = words[at + 1]
      if (next && (splitAtAnd || determiners.has(next.key) || (headAt(words, at + 1) && !isNameContinuation(words, at + 1)))) cut = 1
    } else {
      const connective = connectives.match(words, at)
      if (connective) cut = connective.length
    }

    if (cut > 0) {
      if (at > start) pieces.push([start, at])
      start = at + cut
      at += cut - 1
    }
  }

  if (to > start) pieces.push([start, to])
  return pieces.filter(([a, b]) => b > a && words.slice(a, b).some((word) => !word.punct))
}

/** `Truyền thông` in `Sở Thông tin và Truyền thông`: a capitalised word that is not a head of its own. */
function isNameContinuation(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word
  if (!word.capital) return false
  const head = headAt(words, index)
  if (!head) return true
  // Heads that are also common words of names (`Báo`, `Hội`, `Tổ`) count as heads.
  return false
}

/** Administrative levels, which a list may share one head for. */
const levelWord = new Set(['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'tỉnh', 'thành phố', 'đặc khu', 'khu', 'trấn', 'xã,'])

function keyOfLast(text: string): string {
  const parts = text.toLowerCase().split(/[\s,]+/).filter(Boolean)
  return parts[parts.length - 1] ?? ''
}

/** Modifiers that do not count when deciding whether a piece is a bare word (`ngành có liên quan`). */
const modifiers = phraseSet(['có liên quan', 'liên quan', 'trực thuộc', 'chức năng', 'các cấp', 'cấp tỉnh', 'tỉnh', 'thành phố', 'trung ương'])

/** Words of a piece without its trailing modifiers. */
function coreWords(words: readonly Word[], range: [number, number]): Word[] {
  const kept = words.slice(range[0], range[1]).filter((word) => !word.punct)
  for (let at = 1; at < kept.length; at++) {
    const index = words.indexOf(kept[at] as Word)
    const found = modifiers.match(words, index)
    if (found && index + found.length >= range[1]) return kept.slice(0, at)
  }

  return kept
}

/**
 * Pieces that are bare words of a head written once go back onto the piece
 * before them: `các sở, ban, ngành có liên quan`; `người đứng đầu cấp ủy,
 * chính quyền`; `các huyện, thị, thành ủy`; and the second half of a name with
 * a comma (`Bộ Văn hóa, Thể thao và Du lịch`).
 */
function mergeBare(text: string, words: readonly Word[], pieces: PartyPiece[], ranges: Array<[number, number]>): PartyPiece[] {
  if (pieces.length < 2) return pieces
  const out: PartyPiece[] = []
  let governed = false
  let simpleHead = false
  let merged = 0
  let previousBareTitle = false
  ranges.forEach((range, index) => {
    const piece = pieces[index] as PartyPiece
    const core = coreWords(words, range)
    const first = core[0] as Word
    const firstIndex = words.indexOf(first)
    const startsWithDeterminer = determiners.has(first.key)
    const ownHead = headAt(words, firstIndex + (startsWithDeterminer ? 1 : 0))
    const isGoverning = Boolean(governing.match(words, firstIndex + (startsWithDeterminer ? 1 : 0)))
    const previous = out[out.length - 1]
    const lastPiece = index === ranges.length - 1
    const lowerBare =
      !startsWithDeterminer &&
      !first.capital &&
      !isGoverning &&
      (core.length === 1 || (lastPiece && core.length === 2 && merged > 0 && simpleHead))
    const underGoverning = governed && !startsWithDeterminer && !isGoverning && !first.capital && !(ownHead && ownHead.kind === 'person')
    const nameTail = first.capital && !ownHead && previous !== undefined && /^\p{Lu}/u.test(previous.text)
    // `Ủy ban nhân dân xã, phường, đặc khu`: levels after a level share the head.
    const levelRun = previous !== undefined && levelWord.has(first.key) && levelWord.has(keyOfLast(previous.text))
    // A piece must open with a determiner, a head or a name; anything else continues the one before.
    const noOpening = !startsWithDeterminer && !first.capital && !ownHead && !(lowerBare && core.length === 1)
    // `đồng chí bí thư, chủ tịch UBND cấp huyện`: a bare title shares the complement of the next one.
    const bareTitle = previous !== undefined && previousBareTitle && isGoverning
    if (previous && ((lowerBare && (simpleHead || governed)) || underGoverning || nameTail || noOpening || levelRun || bareTitle)) {
      previous.text = text.slice(previous.start, piece.end)
      previous.end = piece.end
      merged++
      return
    }

    out.push({...piece})
    merged = 0
    governed = isGoverning
    const titleWords = core.filter((word) => !determiners.has(word.key) && word.key !== 'đồng' && word.key !== 'chí')
    previousBareTitle =
      ownHead?.kind === 'person' &&
      titleWords.length <= 2 &&
      (!first.capital || core.some((word) => word.key === 'đồng')) &&
      Boolean(governing.match(words, words.indexOf(titleWords[0] as Word)))
    // `các sở`, `UBND các xã`: a determiner and one word (at the start or the end) open a list of bare siblings.
    simpleHead =
      (startsWithDeterminer && core.length === 2) ||
      (core.length > 2 && determiners.has(core[core.length - 2]!.key)) ||
      (core.length === 1 && ownHead !== undefined)
  })
  return out
}
