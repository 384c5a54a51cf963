/**
 * Damage generators for the layout tests: the harm archives do to a
 * directive, built on purpose so that a test can compare the record of the
 * damaged text with the record of the clean one. Each is seeded and
 * deterministic.
 */

/** A small linear congruential generator: the same seed, the same damage. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 0x100000000
  }
}

/**
 * What a Vietnamese word segmenter makes of a text: about half the pairs of
 * adjacent syllables joined by `_` (a segmenter joins the syllables of a
 * word), and `,` `.` `;` `:` `)` set apart from the word before them, `(`
 * from the word after it.
 */
export function segment(text: string, seed = 1): string {
  const next = random(seed)
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/(\p{L}) (?=\p{L})/gu, (all, letter: string) => (next() < 0.5 ? `${letter}_` : all))
        .replace(/([\p{L}\p{N}])([,.;:)])(?=\s|$)/gu, '$1 $2')
        .replace(/\((?=\p{L})/gu, '( ')
    )
    .join('\n')
}

/** CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

/**
 * A gazette (Công báo) PDF conversion: every `every` lines a page ends with
 * a running head and the page number, as PDF-to-text gives them, and once a
 * digital-signature stamp.
 */
export function gazettePages(text: string, every = 25): string {
  const lines = text.split('\n')
  const out: string[] = []
  let page = 41
  lines.forEach((line, index) => {
    out.push(line)
    if (index > 0 && index % every === 0 && index < lines.length - 3) {
      if (page === 42) out.push('Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ', 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ', 'Ngày ký: 2026-06-02 08:06:58 +07:00', '')
      out.push(`CÔNG BÁO/Số 302/Ngày 02-06-2026 `, String(page++), ' ', ' ')
    }
  })
  return out.join('\n')
}

/**
 * OCR confusions seen in the OCR'd corpus texts: tone marks lost or misread
 * ("két l", "dơn gián", "chu trì", "thang"), `l`/`1`, `O`/`0`, `§` for 8, `{`
 * for 1. `rate` is the share of letters damaged (the real OCR'd texts lose
 * about one in twenty-five).
 */
export function ocr(text: string, rate = 0.04, seed = 1): string {
  const next = random(seed)
  const swaps: Record<string, string> = {l: '1', '1': 'l', O: '0', '0': 'O', '8': '§', ư: 'u', ơ: 'o', đ: 'd', â: 'a', ê: 'e', ô: 'o', ă: 'a'}
  let out = ''
  for (const char of text.normalize('NFC')) {
    if (next() >= rate || char === '\n') {
      out += char
      continue
    }

    const swapped = swaps[char]
    if (swapped) out += swapped
    else {
      // A tone mark lost or another one put in its place.
      const base = char.normalize('NFD')
      const marks = base.slice(1).replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
      const tone = next() < 0.5 ? '' : ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'][Math.floor(next() * 5)] ?? ''
      out += base.length > 1 ? (base.charAt(0) + marks + tone).normalize('NFC') : char
    }
  }

  return out
}

/**
 * What a field of the clean text's gold reads as in the damaged text: the
 * same span, letter for letter, in the gold's case. `ocr` damages letter for
 * letter, so a string found in the clean text (white space and case aside)
 * has its damaged twin at the same place; strings the gold derives (an ISO
 * date, a purpose) are not found and stay as they are.
 */
export function asWritten<T>(value: T, clean: string, damaged: string): T {
  const {text, map} = collapsed(clean)
  const lower = text.toLowerCase()
  const visit = (inner: unknown): unknown => {
    if (typeof inner === 'string') {
      const wanted = collapsed(inner).text
      const at = wanted === '' ? -1 : lower.indexOf(wanted.toLowerCase())
      if (at === -1) return inner
      const span = collapsed(damaged.slice(map[at], (map[at + wanted.length - 1] as number) + 1)).text
      if (span.length !== wanted.length) return inner
      return [...wanted].map((char, index) => (char === char.toLowerCase() ? (span[index] ?? '').toLowerCase() : (span[index] ?? '').toUpperCase())).join('')
    }

    if (Array.isArray(inner)) return inner.map(visit)
    if (inner && typeof inner === 'object') return Object.fromEntries(Object.entries(inner).map(([key, field]) => [key, visit(field)]))
    return inner
  }

  return visit(value) as T
}

/** White space runs as one space (trimmed), with the offset in `text` of each character kept. */
function collapsed(text: string): {text: string; map: number[]} {
  let out = ''
  const map: number[] = []
  let space = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (/\s/.test(char)) {
      space = out !== ''
      continue
    }

    if (space) {
      out += ' '
      map.push(index - 1)
      space = false
    }

    out += char
    map.push(index)
  }

  return {text: out, map}
}

/**
 * OCR of a two-column block read across: the Nơi nhận list (left) and the
 * signature (right, from its first mark `T/M`, `KT.` …) a line of each in
 * turn, blank lines dropped.
 */
export function interleaveBack(text: string): string {
  const lines = text.split('\n')
  const opener = lines.findLastIndex((line) => /^\W*Nơi nhận/u.test(line))
  if (opener === -1) return text
  let end = opener + 1
  const list: string[] = [lines[opener] as string]
  while (end < lines.length && (/^\s*$/.test(lines[end] as string) || /^\s*[-+]/.test(lines[end] as string))) {
    if (!/^\s*$/.test(lines[end] as string)) list.push(lines[end] as string)
    end++
  }

  const mark = lines.findIndex((line, index) => index >= end && /^\W*(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)/u.test(line))
  if (mark === -1) return text
  const signature = lines.slice(mark).filter((line) => !/^\s*$/.test(line))
  const mixed: string[] = []
  for (let index = 0; index < Math.max(list.length, signature.length); index++) {
    if (index < list.length) mixed.push(list[index] as string)
    if (index < signature.length) mixed.push(signature[index] as string)
  }

  return [...lines.slice(0, opener), ...mixed, ...lines.slice(end, mark)].join('\n')
}

/**
 * A task table flattened between `|` lines as a gazette PDF gives it: no
 * pipes, the cells still one per line, each wrapped at `width` characters.
 */
export function gazetteTable(text: string, width = 24): string {
  const lines = text.split('\n')
  const header = lines.findIndex((line, index) => /^\W*STT\W*$/u.test(line) && lines[index - 1]?.trim() === '|')
  if (header === -1) return text
  const out = lines.slice(0, header - 1)
  for (const line of lines.slice(header)) {
    if (line.trim() === '|') continue
    // Wrap at spaces, as the column's width does.
    let rest = line
    while (rest.length > width && rest.lastIndexOf(' ', width) > 0) {
      const cut = rest.lastIndexOf(' ', width)
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut + 1)
    }

    out.push(rest)
  }

  return out.join('\n')
}

/**
 * The header run together on one line, as a plain-text crawl gives it: every
 * line up to the place and date (and an urgency marking after it) joined by
 * a space, the table borders and rules between them dropped.
 */
export function flattenHeader(text: string): string {
  const lines = text.split('\n')
  const dated = lines.findIndex((line) => /ngày\s+\S+\s+tháng/u.test(line))
  if (dated === -1 || dated > 30) return text
  let end = dated + 1
  while (end < lines.length && /^\s*$/.test(lines[end] as string)) end++
  if (/^[\s*_]*(?:KHẨN|HỎA TỐC|THƯỢNG KHẨN)[\s*_]*$/u.test(lines[end] ?? '')) end++
  else end = dated + 1
  const header = lines.slice(0, end).map((line) => line.trim()).filter((line) => line !== '' && !/^[|*_\s-]+$/.test(line))
  return [header.join(' '), ...lines.slice(end)].join('\n')
}
