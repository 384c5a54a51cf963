/**
 * Folding for matching: case, diacritics, `đ`, look-alike letters from other
 * scripts, and old-style tone placement.
 *
 * `fold` keeps the length of its input (one UTF-16 unit in, one out), so an
 * index found in the folded text is an index in the text it came from.
 */

// Letters from other scripts that web copies use in place of Latin ones
// (Cyrillic and Greek look-alikes, small capitals), mapped to Latin.
const confusables: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  Ѕ: 'S', І: 'I', Ј: 'J', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', х: 'x', у: 'y',
  ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v',
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  Đ: 'D', đ: 'd', Ð: 'D', ð: 'd', Ɖ: 'D', ɖ: 'd'
}

let table: Uint16Array | undefined
let latinTable: Uint16Array | undefined

/**
 * One table for all BMP characters (lower case, no diacritics, Latin),
 * filled as characters are met: 0 means not yet computed.
 */
function foldTable(): Uint16Array {
  table ??= new Uint16Array(0x10000)
  return table
}

/** Like `foldTable` but keeping case. */
function latinFoldTable(): Uint16Array {
  latinTable ??= new Uint16Array(0x10000)
  return latinTable
}

function lookup(cache: Uint16Array, code: number, lower: boolean): number {
  const cached = cache[code] as number
  if (cached !== 0 || code === 0) return cached
  const value = foldOne(String.fromCharCode(code), lower)
  cache[code] = value
  return value
}

function foldOne(char: string, lower: boolean): number {
  const code = char.charCodeAt(0)
  if (code >= 0xd800 && code <= 0xdfff) return code
  let value = confusables[char] ?? char
  const base = value.normalize('NFD').replace(/\p{M}+/gu, '')
  if (base.length === 1) value = base
  if (lower) {
    const small = value.toLowerCase()
    if (small.length === 1) value = small
  }

  return value.length === 1 ? value.charCodeAt(0) : code
}

/** The fold of one code unit (`fold` of a text without surrogates or a leading byte order mark is this, unit by unit). */
export function foldCode(code: number): number {
  const cache = foldTable()
  const known = cache[code] as number
  return known !== 0 || code === 0 ? known : lookup(cache, code, true)
}

/**
 * Fold for matching: lower case, no diacritics, `đ` → `d`, look-alikes →
 * Latin. Same length as the input.
 */
export function fold(text: string): string {
  return mapCodes(text, foldTable(), true)
}

const utf16 = new TextDecoder('utf-16le')
const scratch = new Uint16Array(4096)

/**
 * Each code unit of `text` through `cache`. Folding is asked of every line
 * and word, most of them short and many already folded: a text that comes
 * out the same is given back as it is, a short one is made from its codes
 * directly; a long one, or one with surrogates (which the UTF-16 decoder
 * turns to U+FFFD when alone) or a leading byte order mark (which it
 * drops), goes through the decoder as before.
 */
function mapCodes(text: string, cache: Uint16Array, lower: boolean): string {
  const length = text.length
  // One buffer for every short text (lines, words), read into a string before the call returns: no buffer per line and word.
  const codes = length <= scratch.length ? scratch.subarray(0, length) : new Uint16Array(length)
  // Bits set where a code changed; whether any code is a surrogate.
  let changed = 0
  let surrogates = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    const known = cache[code] as number
    const value = known !== 0 || code === 0 ? known : lookup(cache, code, lower)
    codes[index] = value
    changed |= value ^ code
    surrogates |= (code & 0xf800) === 0xd800 ? 1 : 0
  }

  // (The decoder also drops a leading byte order mark.)
  if (surrogates !== 0 || length > 4096 || codes[0] === 0xfeff) return utf16.decode(codes)
  if (changed === 0) return text
  return String.fromCharCode.apply(null, codes as unknown as number[])
}

/**
 * Remove diacritics but keep case: `Tỉnh Ủy` → `Tinh Uy`. Same length as the
 * input.
 */
export function stripDiacritics(text: string): string {
  return mapCodes(text, latinFoldTable(), false)
}

const lookAlike = new RegExp(`[${Object.keys(confusables).filter((char) => char !== 'Đ' && char !== 'đ').join('')}]`, 'gu')

/** Replace look-alike letters from other scripts by their Latin twins. */
export function latinize(text: string): string {
  lookAlike.lastIndex = 0
  if (!lookAlike.test(text)) return text
  return text.replace(lookAlike, (char) => confusables[char] ?? char)
}

// Old-style tone placement (`oà`, `uỷ`) → new style (`òa`, `ủy`), as the
// 2017+ rules and ANNOTATION.md write it. `qu` and `gi` keep theirs.
const toneMarks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
const oldTone = /([^qQgG]|^)([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu

/** Move tone marks to the new-style vowel: `Uỷ ban` → `Ủy ban`, `hoà` → `hòa`. */
export function modernizeTones(text: string): string {
  if (!/[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/.test(text)) return text
  return text.replace(oldTone, (_all, before: string, vowel: string, toned: string) => {
    const parts = toned.normalize('NFD')
    const base = parts[0] ?? ''
    const mark = [...parts.slice(1)].find((char) => toneMarks.includes(char)) ?? ''
    const rest = [...parts.slice(1)].filter((char) => !toneMarks.includes(char)).join('')
    return before + (vowel + mark).normalize('NFC') + (base + rest).normalize('NFC')
  })
}

/** Collapse runs of white space into one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Share of letters in upper case (0 when there are no letters). */
export function upperRatio(text: string): number {
  let letters = 0
  let upper = 0
  for (const char of text) {
    const lower = char.toLowerCase()
    const isUpper = char !== lower
    const isLetter = isUpper || char !== char.toUpperCase()
    if (!isLetter) continue
    letters++
    if (isUpper) upper++
  }

  return letters === 0 ? 0 : upper / letters
}

/** Number of letters in `text`. */
export function letterCount(text: string): number {
  let letters = 0
  for (const char of text) if (char.toLowerCase() !== char.toUpperCase()) letters++
  return letters
}
