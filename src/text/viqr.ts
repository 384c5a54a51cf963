/**
 * VIQR (RFC 1456): Vietnamese in ASCII, each mark typed after its letter:
 * `(` breve, `^` circumflex, `+` horn, then the tone: `'` sắc, `` ` ``
 * huyền, `?` hỏi, `~` ngã, `.` nặng; `dd` is `đ`, and `\` makes the next mark
 * a literal (`\.`).
 *
 * Read where it is unambiguous: a word is converted only when the result is
 * one Vietnamese syllable (so `e.g.` and `don't` stay), and a `.` or `?` at
 * the end of a word is a tone after a breve, circumflex or horn (`Bo^.`),
 * before punctuation (`ta..`) and before a small letter (`ta. ca'c`); before a
 * capital it is punctuation, ending a sentence (`No^.i. Sau` → `Nội. Sau`),
 * unless the word is in capitals (`CHU? NGHI~A`); at the end of a line `.`
 * is punctuation and `?` a tone (directives end lines with sentences, not
 * questions).
 */
import {MappedBuilder, type MappedText} from './offsets.js'
import {isSyllable} from './syllables.js'

const tones: Record<string, string> = {"'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323'}
const modifiers: Record<string, string> = {'a(': 'ă', 'a^': 'â', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư'}
const marks = "^(+'`?~."
const word = /(?:\\[\^(+'`?~.]|[A-Za-z])(?:\\[\^(+'`?~.]|[A-Za-z^(+'`?~.])*/g

/** What converting VIQR did: the text, and how many words changed. */
export interface ViqrResult {
  mapped: MappedText
  /** Words converted. */
  converted: number
  /** Words that had VIQR marks but did not make a syllable (kept as written). */
  rejected: number
}

/** Convert VIQR in `source` to Unicode (not yet NFC). */
export function decodeViqr(source: MappedText): ViqrResult {
  const text = source.text
  const builder = new MappedBuilder()
  let copied = 0
  let converted = 0
  let rejected = 0
  for (const found of text.matchAll(word)) {
    const result = decodeWord(found[0], text.slice(found.index + found[0].length, found.index + found[0].length + 2))
    if (!result) continue
    const letters = result.pieces.map((piece) => piece.text).join('').replace(/[^\p{L}\p{M}]+$/u, '')
    if (!isSyllable(letters)) {
      rejected++
      continue
    }

    converted++
    builder.push(text.slice(copied, found.index), copied, found.index)
    for (const piece of result.pieces) builder.push(piece.text, found.index + piece.start, found.index + piece.end)
    copied = found.index + found[0].length
  }

  if (converted === 0) return {mapped: source, converted, rejected}
  builder.push(text.slice(copied), copied, text.length)
  return {mapped: builder.finish(source, text.length), converted, rejected}
}

/** The pieces of one VIQR word, or `undefined` when it holds no VIQR. */
function decodeWord(token: string, after: string): {pieces: Array<{text: string; start: number; end: number}>} | undefined {
  const pieces: Array<{text: string; start: number; end: number}> = []
  let changed = false
  let index = 0
  while (index < token.length) {
    const char = token.charAt(index)
    if (char === '\\' && marks.includes(token.charAt(index + 1))) {
      pieces.push({text: token.charAt(index + 1), start: index, end: index + 2})
      changed = true
      index += 2
      continue
    }

    if (index === 0 && /^[dD][dD]/.test(token)) {
      pieces.push({text: char === 'D' ? 'Đ' : 'đ', start: 0, end: 2})
      changed = true
      index = 2
      continue
    }

    if (!/[aeiouyAEIOUY]/.test(char)) {
      pieces.push({text: char, start: index, end: index + 1})
      index++
      continue
    }

    let letter = char
    let end = index + 1
    const modified = modifiers[char.toLowerCase() + token.charAt(end)]
    if (modified !== undefined) {
      letter = char === char.toUpperCase() ? modified.toUpperCase() : modified
      end++
    }

    const mark = token.charAt(end)
    const tone = tones[mark]
    if (tone !== undefined) {
      if (isTone(mark, token, end, after, modified !== undefined)) {
        letter = (letter + tone).normalize('NFC')
        end++
      }
    }

    if (end > index + 1) changed = true
    pieces.push({text: letter, start: index, end})
    index = end
  }

  return changed ? {pieces} : undefined
}

/**
 * Whether the `.` or `?` at `token[at]` is a tone (any other mark is): inside
 * a word, after a shape mark, or before punctuation it is; at the end of a
 * word, `?` is punctuation only before a capital that begins a sentence, and
 * `.` also at the end of a line.
 */
function isTone(mark: string, token: string, at: number, after: string, shaped: boolean): boolean {
  if (mark !== '.' && mark !== '?') return true
  if (shaped || /[A-Za-z]/.test(token.charAt(at + 1))) return true
  const next = at + 1 < token.length ? token.charAt(at + 1) : after.charAt(0)
  if (/[.?!,;:)"'/]/.test(next)) return true
  if (at + 1 < token.length) return false
  const capitals = /^[A-Z]{2,}/.test(token.replace(/[^A-Za-z]/g, ''))
  if (/^ [A-Z]/.test(after)) return capitals
  if (after === '' || /^[\r\n]/.test(after)) return mark === '?'
  return true
}
