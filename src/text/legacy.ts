/**
 * The 8-bit Vietnamese code pages: windows-1258, VISCII, TCVN3 (ABC, TCVN
 * 5712:1993, fonts `.VnTime` / `.VnTimeH`) and VNI-Windows (`VNI-Times`).
 *
 * Text arrives in them two ways: as bytes (`decodeLegacyBytes`), or as a
 * string someone already read with windows-1252 or ISO-8859-1, one
 * character per byte: `Ban Th\u00ADêng vô TØnh ñy` (TCVN3), `Ñaûng uûy`
 * (VNI) (`decodeMisread`). Either way the result keeps a map back to the
 * bytes or to the caller's string.
 *
 * What the code pages cannot hold, and what happens to it:
 *
 * - TCVN3 files typed with ABC fonts have no tone-marked capitals (`Ủ`, `Ế`
 *   …): `.VnTimeH` draws capitals from the lower-case slots. They are made
 *   capitals again inside a word set in capitals (`TØNH ñY` → `TỈNH ỦY`: a
 *   capital after the first letter and no other small letter), in a line
 *   set in capitals (`BéI Y TÕ` → `BỘ Y TẾ` when two words of it are surely
 *   capitals), at the start of a sentence, and after a list label at the
 *   start of a line (`- ñy ban` → `- Ủy ban`), and at the end of a line after two
 *   capitalised words (a signer's name: `Trần Văn ất` → `Trần Văn Ất`); elsewhere (`c¸c ñy viªn`,
 *   `TØnh ñy`) they stay small. A line with no capital at all is reported by
 *   `lowercaseLines`: a heading set in `.VnTimeH` arrives so, and its
 *   capitals cannot be known.
 * - The capitals of TCVN3's full table (VN1: bytes 0x01–0x17, 0x80–0x9F and
 *   some above 0xA0) are read as capitals inside a word that they make a
 *   syllable (`T\x8ENH` → `TỈNH`). Elsewhere the byte is what ABC fonts
 *   have there, windows-1252 punctuation (`“ ” – …`) or the latin1 sign.
 * - TCVN3 `ư` is byte 0xAD, the soft hyphen, which copying drops or turns
 *   into `-`. In text with no `ư` at all, `ư` is given back before `ơ` +
 *   `ng`/`c` (`Trung ¬ng`, `n íc`), and for a `-` inside a word (`ph-¬ng`)
 *   when that makes one syllable of parts that are not both syllables. Other
 *   dropped `ư` (`nhng`, `ngời`) cannot be told from real text and stay.
 * - windows-1258 and VNI write a letter as a base letter and combining marks:
 *   the decoded text is composed to NFC afterwards (normalize.ts).
 * - A byte the code page has no character for (windows-1258 0x81 …) becomes
 *   U+FFFD, reported where it is.
 * - Tone placement is kept as written: `Uû ban` is `Uỷ ban` (old style);
 *   `modernizeTones` (fold.ts) gives `Ủy ban`.
 */
import {misreadBytes, tcvnAmbiguous, tcvnVn1, viscii, vni, windows1252, windows1258, type ByteTable} from './codepages.js'
import {MappedBuilder, rewrite, unmapped, type MappedText} from './offsets.js'
import {isSyllable, wordPattern} from './syllables.js'

/** An 8-bit Vietnamese code page. */
export type LegacyEncoding = 'windows-1258' | 'viscii' | 'tcvn3' | 'vni'

/** The 8-bit code pages, in the order detection tries them. */
export const legacyEncodings: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258', 'viscii']

const tables: Record<LegacyEncoding, ByteTable> = {'windows-1258': windows1258, viscii, tcvn3: tcvnVn1, vni}

/** Tone-marked small vowels: the letters ABC fonts have only in lower case. */
const smallOnly = new Set('àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ')

/** Letters only Unicode has (no windows-1252 code), and combining marks: words holding them are not misread legacy text. */
const unicodeOnly = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u036F]/

/** Decode bytes in an 8-bit code page; positions count bytes. */
export function decodeLegacyBytes(bytes: Uint8Array, encoding: LegacyEncoding): MappedText {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return decodeUnits(unmapped(view), Int16Array.from(bytes), encoding)
}

/**
 * Decode text that was read one character per byte (windows-1252 or
 * ISO-8859-1) from a file in `encoding`. Words that hold a letter only
 * Unicode has, and characters that stand for no byte, are kept as they are.
 */
export function decodeMisread(source: MappedText, encoding: LegacyEncoding): MappedText {
  const {text} = source
  const codes = new Int16Array(text.length)
  for (let index = 0; index < text.length; index++) codes[index] = misreadBytes.get(text.charAt(index)) ?? -1
  for (const found of text.matchAll(wordPattern)) {
    if (unicodeOnly.test(found[0])) codes.fill(-1, found.index, found.index + found[0].length)
  }

  return decodeUnits(source, codes, encoding)
}

/** `decodeMisread` on a plain string. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return decodeMisread(unmapped(text), encoding).text.normalize('NFC')
}

/** Decode units of `source` (a byte, or -1 to keep the character). */
function decodeUnits(source: MappedText, codes: Int16Array, encoding: LegacyEncoding): MappedText {
  if (encoding === 'tcvn3') return decodeTcvn3(source, codes)
  const table = tables[encoding]
  // A byte gives at most two units (a VNI breve or circumflex with a tone).
  const out = new Uint16Array(codes.length * 2)
  const map = new Uint32Array(codes.length * 2 + 1)
  const state = {base: '', shaped: false, toned: false}
  let length = 0
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] as number
    let char = code < 0 ? source.text.charAt(index) : (table[code] ?? '\uFFFD')
    // A VNI accent byte after a letter that cannot take it is the windows-1252 letter it also is (`ngày` read as VNI).
    if (encoding === 'vni' && code >= 0 && !takesMarks(state, code)) char = windows1252[code] ?? char
    if (encoding === 'vni' && !(code >= 0 && vniMarks[code] !== undefined && char === table[code])) Object.assign(state, letterState(char))
    const origin = source.map ? (source.map[index] as number) : index
    for (let k = 0; k < char.length; k++) {
      out[length] = char.charCodeAt(k)
      map[length++] = origin
    }
  }

  map[length] = source.map ? (source.map[codes.length] as number) : codes.length
  const text = Buffer.from(out.buffer, 0, length * 2).toString('utf16le')
  const identity = length === codes.length && !source.map && map.subarray(0, length).every((value, index) => value === index)
  return {text, original: source.original, map: identity ? undefined : map.slice(0, length + 1)}
}

/** VNI accent bytes: whether each adds a shape (circumflex or breve: which) and a tone. */
const vniMarks: Array<{shape: 'circumflex' | 'breve' | undefined; tone: boolean} | undefined> = Array.from({length: 256}, (_, byte) => {
  const marks = vni[byte]
  if (marks === undefined || !/^\p{M}+$/u.test(marks)) return undefined
  const shape = marks.startsWith('\u0302') ? 'circumflex' : marks.startsWith('\u0306') ? 'breve' : undefined
  return {shape, tone: /[\u0300\u0301\u0303\u0309\u0323]/.test(marks)}
})

const letterStates = new Map<string, {base: string; shaped: boolean; toned: boolean}>()

/** What a character leaves for VNI accent bytes after it: its base vowel, and whether it has a shape mark and a tone. */
function letterState(char: string): {base: string; shaped: boolean; toned: boolean} {
  let state = letterStates.get(char)
  if (!state) {
    const nfd = char.normalize('NFD').toLowerCase()
    const base = /^[aeiouy]/.test(nfd) ? nfd.charAt(0) : ''
    state = {base, shaped: /[\u0302\u0306\u031B]/.test(nfd), toned: /[\u0300\u0301\u0303\u0309\u0323]/.test(nfd)}
    if (letterStates.size < 10_000) letterStates.set(char, state)
  }

  return state
}

/**
 * Whether the VNI byte `code` goes on what came before (and if it is an
 * accent byte, what it leaves): a circumflex on a e o, a breve on a, a tone
 * on a vowel without one. Other bytes always do.
 */
function takesMarks(state: {base: string; shaped: boolean; toned: boolean}, code: number): boolean {
  const marks = vniMarks[code]
  if (!marks) return true
  const fits = marks.shape === 'circumflex' ? !state.shaped && !state.toned && 'aeo'.includes(state.base) && state.base !== '' : marks.shape === 'breve' ? !state.shaped && !state.toned && state.base === 'a' : !state.toned && state.base !== ''
  if (fits) {
    state.shaped ||= marks.shape !== undefined
    state.toned ||= marks.tone
  }

  return fits
}

/** TCVN3: one character per byte, then the capitals and `ư` given back. */
function decodeTcvn3(source: MappedText, codes: Int16Array): MappedText {
  // Every TCVN3 character is one UTF-16 unit, as is every character kept.
  const units = new Uint16Array(codes.length)
  const ambiguous: number[] = []
  let softHyphen = false
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] as number
    if (code < 0) {
      units[index] = source.text.charCodeAt(index)
      continue
    }

    if (code === 0xad) softHyphen = true
    if (tcvnAmbiguous.has(code)) ambiguous.push(index)
    units[index] = (tcvnVn1[code] ?? '\uFFFD').charCodeAt(0)
  }

  if (ambiguous.length > 0) resolveAmbiguous(units, codes, ambiguous)
  let decoded: MappedText = {text: Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le'), original: source.original, map: source.map}
  decoded = rewrite(decoded, /\S+/g, (found) => restoreCapitals(found[0]))
  decoded = rewrite(decoded, /^.*\S.*$/gm, (found) => capitalLine(found[0]))
  decoded = rewrite(decoded, sentenceStart, (found) => (found[1] ?? '') + (found[2] ?? '').toUpperCase())
  decoded = rewrite(decoded, nameEnd, (found) => (found[1] ?? '') + (found[2] ?? '').toUpperCase())
  if (!softHyphen && !decoded.text.includes('ư')) decoded = restoreLostU(decoded)
  return decoded
}

const notWord = /[\s\u0000-\u0040\u005B-\u0060\u007B-\u009F\u2000-\u206F]/

/**
 * A byte whose VN1 meaning ABC files do not use keeps it inside a word it
 * makes a syllable of (or alone, when the other reading is a letter too);
 * elsewhere it reads as windows-1252.
 */
function resolveAmbiguous(units: Uint16Array, codes: Int16Array, ambiguous: readonly number[]): void {
  const other = (index: number): string | undefined => windows1252[codes[index] as number]
  const isWord = (index: number): boolean => index >= 0 && index < units.length && !notWord.test(String.fromCharCode(units[index] as number))
  let next = 0
  while (next < ambiguous.length) {
    const at = ambiguous[next] as number
    let start = at
    while (isWord(start - 1)) start--
    let end = at + 1
    while (isWord(end)) end++
    const word = String.fromCharCode(...units.subarray(start, Math.min(end, start + 64)))
    const inside: number[] = []
    while (next < ambiguous.length && (ambiguous[next] as number) < end) inside.push(ambiguous[next++] as number)
    const set = (index: number): void => {
      units[index] = (other(index) ?? String.fromCharCode(units[index] as number)).charCodeAt(0)
    }

    // A tone mark with no letter before it is the windows-1252 sign.
    if (/^\p{M}/u.test(word) && inside.includes(start)) set(start)
    const first = other(inside[0] as number)
    // Alone, it is punctuation only where windows-1252 has punctuation (`“ ” – …`), not a sign (`™`) for a capital (`Ở`).
    const keep = end - start === 1 ? first === undefined || !/\p{P}/u.test(first) : end - start <= 64 && isSyllable(word)
    if (!keep) for (const index of inside) set(index)
  }
}

/** `TỉNH ủY` → `TỈNH ỦY`: small tone-marked vowels in words set in capitals. */
function restoreCapitals(word: string): string {
  if (!/\p{Lu}/u.test(word.slice(1))) return word
  return word.replace(/\p{L}+/gu, (letters) => {
    const chars = [...letters]
    const capitalInside = chars.some((char, index) => index > 0 && char !== char.toLowerCase())
    const smallOthers = chars.some((char) => char !== char.toUpperCase() && !smallOnly.has(char))
    if (!capitalInside || smallOthers) return letters
    return chars.map((char) => (smallOnly.has(char) ? char.toUpperCase() : char)).join('')
  })
}

/**
 * In a line set in capitals, a word of a capital and small tone-marked
 * vowels (`Bộ`, `Vụ`, `ở`) is in capitals too (`BỘ`, `VỤ`, `Ở`): when two
 * words or more of the line are syllables wholly in capitals and no word has
 * a small letter ABC fonts have a capital for.
 */
function capitalLine(line: string): string {
  const words = line.match(/\p{L}+/gu) ?? []
  let capitals = 0
  for (const word of words) {
    const chars = [...word]
    if (chars.some((char) => char !== char.toUpperCase() && !smallOnly.has(char))) return line
    if (chars.length > 1 && chars.every((char) => char !== char.toLowerCase()) && isSyllable(word)) capitals++
  }

  if (capitals < 2) return line
  return line.replace(/\p{L}+/gu, (word) => [...word].map((char) => (smallOnly.has(char) ? char.toUpperCase() : char)).join(''))
}

// A tone-marked small vowel beginning a sentence: at the start of the text, of
// a line after a blank line or a line that ends a sentence or a clause (. ! ?
// : ;), after a list label at a line's start, or after . ! ? in a line.
const label = String.raw`(?:[-+*•–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)[ \t]+`
const small = [...smallOnly].join('')
const sentenceStart = new RegExp(
  String.raw`((?:^|[.!?:;][ \t]*\n|\n[ \t]*\n)[ \t]*(?:${label})?|\n[ \t]*${label}|[.!?][ \t]+)([${small}])`,
  'gu'
)

// The last word of a name after two capitalised words, ending its line: `Trần Văn ất` → `Trần Văn Ất`.
const nameEnd = new RegExp(String.raw`((?:^|[ \t])\p{Lu}\p{Ll}*[ \t]+\p{Lu}\p{Ll}*[ \t]+)([${small}])(?=\p{Ll}*[ \t]*$)`, 'gmu')

/**
 * Give TCVN3 `ư` back in text that lost its soft hyphens: for a `-` inside a
 * word (`ph-ơng` → `phương`), and before `ơ` + `ng`/`c` (`Trung ơng` →
 * `Trung ương`).
 */
function restoreLostU(text: MappedText): MappedText {
  const joined = rewrite(text, /(?<!\p{L})(\p{L}+)-(\p{L}+)/gu, (found) => {
    const [all, left = '', right = ''] = found
    const word = `${left}ư${right}`
    return isSyllable(word) && !(isSyllable(left) && isSyllable(right)) ? word : all
  })
  return rewrite(joined, /(?<![uưùúủũụừứửữựUƯ])[ơờớởỡợ](?:ng|c)(?!\p{L})/gu, (found) => `ư${found[0]}`)
}

/**
 * Lines of TCVN3 text with no capital letter at all and a tone-marked vowel:
 * how a heading set in `.VnTimeH` arrives. `[start, end)` offsets in `text`.
 */
export function lowercaseLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let previous = ''
  for (const found of text.matchAll(/^.*$/gm)) {
    const line = found[0]
    const trimmed = line.trim()
    const starts = previous === '' || /[.!?:;]$/.test(previous)
    // A heading stands alone: it begins after a blank line or a finished sentence, and does not end a sentence itself.
    if (starts && !/\p{Lu}/u.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= 2 && [...line].some((char) => smallOnly.has(char)) && !/[.,;]$/.test(trimmed)) {
      const start = found.index + line.indexOf(trimmed)
      lines.push([start, start + trimmed.length])
    }

    previous = trimmed
  }

  return lines
}
