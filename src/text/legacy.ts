/**
 * Legacy Vietnamese 8-bit encodings: TCVN3 (ABC, TCVN 5712:1993 VN3, fonts
 * `.VnTime` / `.VnTimeH`) and VNI-Windows (`VNI-Times`).
 *
 * A file typed in one of them and read as windows-1252/latin1 arrives as
 * mojibake, one latin1 character per legacy byte: `Ban Th\u00ADêng vô TØnh
 * ñy` (TCVN3), `Ñaûng uûy` (VNI). `detectLegacy` tells such text from Unicode
 * Vietnamese and from other languages by the share of valid Vietnamese
 * syllables; `decodeLegacy` repairs it; `encodeLegacy` makes it.
 *
 * What the encodings cannot hold, and what happens to it:
 *
 * - TCVN3 has no tone-marked capitals (`Ủ`, `Ế` …): `.VnTimeH` draws
 *   capitals from the lower-case slots. `encodeLegacy` writes them lower
 *   case, as such files have them. `decodeLegacy` makes them capitals again
 *   inside a word written in capitals (`TØNH ñY` → `TỈNH ỦY`: a capital after
 *   the first letter and no other small letter); elsewhere (`ñy ban`, `§Ó`)
 *   they stay small (`ủy ban`, `Để`). Capitals without a tone mark (`Ă Â Ê
 *   Ô Ơ Ư Đ` and ASCII) are kept.
 * - TCVN3 `ư` is byte 0xAD, the soft hyphen, decoded as `ư`. In text that
 *   has no soft hyphen at all (copying dropped them or made them `-`), `ư`
 *   is given back before `ơ` + `ng`/`c` (`Trung ¬ng`, `n íc`), and for a `-`
 *   inside a word (`ph-¬ng`) when that makes one valid syllable out of parts
 *   that are not both syllables. Other dropped `ư` (`nhng`, `ngời`) cannot
 *   be told from real text and stay; a name spelt `Phớc` becomes `Phước`
 *   there.
 * - VNI holds every Vietnamese letter in both cases: no loss.
 * - A character that is not a Vietnamese letter but whose latin1 code the
 *   encoding uses for one (`ø ü ï` in VNI, `© ® ×` or the soft hyphen in
 *   TCVN3) would read back as that letter: `encodeLegacy` writes `?`. All
 *   other characters (ASCII, `“ ” – …`, and anything else) pass unchanged.
 * - Tone placement is kept as written: `Uû ban` is `Uỷ ban` (old style);
 *   `modernizeTones` (fold.ts) gives `Ủy ban`.
 *
 * Words that already hold a letter only Unicode has (`ơ ư đ ạ ế …`, or a
 * combining mark) are left as they are by `decodeLegacy`; `detectLegacy`
 * reports nothing for text with more than a few such words, since such a file
 * mixes encodings and cannot be converted whole with confidence.
 */

/** A legacy 8-bit Vietnamese encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni'

/** What `detectLegacy` found: the encoding and how sure it is (0–1). */
export interface LegacyDetection {
  /** The encoding the text was typed in. */
  encoding: LegacyEncoding
  /**
   * Gain in the share of valid Vietnamese syllables (by characters), decoded
   * against as it is, scaled down for short texts (n characters: × n /
   * (n + 10)). At least 0.5: a few words are not enough to be sure.
   */
  confidence: number
}

// Each row: a vowel without tone, then with huyền, sắc, hỏi, ngã, nặng.
const vowels = ['aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị', 'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ']

// TCVN3 (VN3) bytes of the rows above, as latin1 characters, and of `đ`.
const tcvn3Vowels = ['aµ¸¶·¹', '¨»¾¼½Æ', '©ÇÊÈÉË', 'eÌÐÎÏÑ', 'ªÒÕÓÔÖ', 'i×ÝØÜÞ', 'oßãáâä', '«åèæçé', '¬êíëìî', 'uïóñòô', '\u00ADõøö÷ù', 'yúýûüþ']
// `đ`, and the only TCVN3 capitals: the seven without a tone mark.
const tcvn3Letters = {đ: '®', Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§'}

// VNI-Windows: a base letter and accent bytes, same rows; capitals are the
// upper case of these (`AÙ`, `Ô`, `Ñ`).
const vniVowels = [
  'a aø aù aû aõ aï',
  'aê aè aé aú aü aë',
  'aâ aà aá aå aã aä',
  'e eø eù eû eõ eï',
  'eâ eà eá eå eã eä',
  'i ì í æ ó ò',
  'o oø où oû oõ oï',
  'oâ oà oá oå oã oä',
  'ô ôø ôù ôû ôõ ôï',
  'u uø uù uû uõ uï',
  'ö öø öù öû öõ öï',
  'y yø yù yû yõ î'
]
// Spellings some VNI text has besides the usual ones.
const vniAliases = {iø: 'ì', iù: 'í', iû: 'ỉ', iõ: 'ĩ', iï: 'ị', yï: 'ỵ'}

/** Unicode letter ↔ legacy code, both ways. */
interface Table {
  readonly encode: ReadonlyMap<string, string>
  readonly decode: ReadonlyMap<string, string>
  /** Non-ASCII characters the codes use (what else must become `?`). */
  readonly reserved: ReadonlySet<string>
}

function buildTable(pairs: Array<[letter: string, code: string]>, aliases: Array<[code: string, letter: string]> = []): Table {
  const encode = new Map(pairs)
  const decode = new Map<string, string>(aliases)
  for (const [letter, code] of pairs) decode.set(code, letter)
  const reserved = new Set<string>()
  for (const code of decode.keys()) for (const char of code) if (char > '\u007F') reserved.add(char)
  return {encode, decode, reserved}
}

const tcvn3 = buildTable([
  ...vowels.flatMap((row, index) => [...row].map((letter, tone): [string, string] => [letter, [...(tcvn3Vowels[index] ?? '')][tone] ?? ''])),
  ...Object.entries(tcvn3Letters)
])

const vniPairs: Array<[string, string]> = [
  ...vowels.flatMap((row, index) => {
    const codes = (vniVowels[index] ?? '').split(' ')
    return [...row].map((letter, tone): [string, string] => [letter, codes[tone] ?? ''])
  }),
  ['đ', 'ñ']
]
const vniAliasPairs = Object.entries(vniAliases)
const vni = buildTable(
  [...vniPairs, ...vniPairs.map(([letter, code]): [string, string] => [letter.toUpperCase(), code.toUpperCase()])],
  [
    ...vniAliasPairs,
    ...vniAliasPairs.map(([code, letter]): [string, string] => [code.toUpperCase(), letter.toUpperCase()]),
    // An accent byte of the other case (`Aù` after automatic capitalisation):
    // the base letter decides.
    ...vniPairs
      .filter(([, code]) => code.length === 2)
      .flatMap(([letter, code]): Array<[string, string]> => [
        [code.charAt(0) + code.charAt(1).toUpperCase(), letter],
        [code.charAt(0).toUpperCase() + code.charAt(1), letter.toUpperCase()]
      ])
  ]
)

const tables: Record<LegacyEncoding, Table> = {tcvn3, vni}

// Tone-marked small vowels: the letters TCVN3 has only in lower case.
const smallOnly = new Set(vowels.flatMap((row) => [...row].slice(1)))

// A word: a run of anything but white space, ASCII punctuation and digits,
// control characters and general punctuation (`“ ” – …`). Legacy codes such
// as `©`, `«`, `¶` and the soft hyphen stay inside words.
const wordPattern = /[^\s\u0000-\u0040\u005B-\u0060\u007B-\u009F\u2000-\u206F]+/g
const nonAscii = /[^\u0000-\u007F]/
// Letters only Unicode has (no latin1 code unit), and combining marks.
const unicodeOnly = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u036F]/

/**
 * Convert mojibake (each legacy byte read as its windows-1252/latin1
 * character) typed in `encoding` to Unicode NFC.
 *
 * Tones stay where the typist put them (`Uû ban` → `Uỷ ban`). For TCVN3,
 * capitals and a lost soft hyphen (`ư`) are repaired as the module comment
 * says. Words that already hold Unicode-only Vietnamese letters are kept.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = tables[encoding]
  let out = text.replace(wordPattern, (word) => {
    if (!nonAscii.test(word) || unicodeOnly.test(word)) return word
    const decoded = encoding === 'vni' ? decodeVni(word, table) : decodeChars(word, table)
    return encoding === 'tcvn3' ? restoreCapitals(decoded) : decoded
  })

  if (encoding === 'tcvn3' && !text.includes('\u00AD')) out = restoreLostU(out)
  return out.normalize('NFC')
}

function decodeChars(word: string, table: Table): string {
  let out = ''
  for (const char of word) out += table.decode.get(char) ?? char
  return out
}

function decodeVni(word: string, table: Table): string {
  let out = ''
  let index = 0
  while (index < word.length) {
    const pair = table.decode.get(word.slice(index, index + 2))
    if (pair !== undefined) {
      out += pair
      index += 2
      continue
    }

    const char = word.charAt(index)
    out += table.decode.get(char) ?? char
    index++
  }

  return out
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
 * Give TCVN3 `ư` back in text that lost its soft hyphens: for a `-` inside a
 * word (`ph-ơng` → `phương`), and before `ơ` + `ng`/`c` (`Trung ơng` →
 * `Trung ương`).
 */
function restoreLostU(text: string): string {
  const out = text.replace(/(\p{L}+)-(\p{L}+)/gu, (all, left: string, right: string) => {
    const joined = `${left}ư${right}`
    return isSyllable(joined) && !(isSyllable(left) && isSyllable(right)) ? joined : all
  })
  return out.replace(/(?<![uưùúủũụừứửữựUƯ])([ơờớởỡợ](?:ng|c))(?!\p{L})/gu, 'ư$1')
}

/**
 * Convert Unicode text to the mojibake `encoding` gives it (each legacy byte
 * as its latin1 character), the inverse of `decodeLegacy`.
 *
 * TCVN3 writes tone-marked capitals in lower case (`Ủy` → `ñy`). A
 * non-letter whose latin1 code the encoding uses for a letter becomes `?`;
 * anything else passes unchanged.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = tables[encoding]
  let out = ''
  for (const char of text.normalize('NFC')) {
    const small = char.toLowerCase()
    const code = table.encode.get(char) ?? (smallOnly.has(small) ? table.encode.get(small) : undefined)
    if (code !== undefined) out += code
    else out += table.reserved.has(char) ? '?' : char
  }

  return out
}

/**
 * Tell whether `text` (read as UTF-8 or latin1 without error) is TCVN3 or
 * VNI mojibake: decode it both ways and compare the share of its non-ASCII
 * words that are valid Vietnamese syllables (weighted by length) with the
 * share as it is. Found when at least 80% is valid once decoded and the
 * confidence is at least 0.5.
 *
 * `undefined` for Unicode Vietnamese, for English or other text, for text
 * that neither encoding makes Vietnamese of, for text too short to be sure
 * (`Ñaûng uûy`), and for text that mixes Unicode Vietnamese with mojibake.
 */
export function detectLegacy(text: string): LegacyDetection | undefined {
  const words = (text.match(wordPattern) ?? []).filter((word) => nonAscii.test(word))
  if (words.length === 0) return undefined
  const unicode = words.filter((word) => unicodeOnly.test(word)).length
  if (unicode / words.length > 0.05) return undefined

  const size = words.reduce((sum, word) => sum + word.length, 0)
  const before = validShare(words, size, (word) => word)
  let best: LegacyDetection | undefined
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const decoded = new Map<string, string>()
    const after = validShare(words, size, (word) => {
      let value = decoded.get(word)
      if (value === undefined) {
        value = decodeLegacy(word, encoding)
        decoded.set(word, value)
      }

      return value
    })
    const confidence = Math.round(((after - before) * size * 1000) / (size + 10)) / 1000
    if (after >= 0.8 && confidence >= 0.5 && (!best || confidence > best.confidence)) best = {encoding, confidence}
  }

  return best
}

/** Share of the characters of `words` in words that `map` makes syllables. */
function validShare(words: string[], size: number, map: (word: string) => string): number {
  const cache = new Map<string, boolean>()
  let valid = 0
  for (const word of words) {
    let ok = cache.get(word)
    if (ok === undefined) {
      ok = isSyllable(map(word))
      cache.set(word, ok)
    }

    if (ok) valid += word.length
  }

  return valid / size
}

// Rhymes without tone: medial, nucleus and coda.
const rhymes = `a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âu ây âc âm ân âng âp ât
  e eo ec em en eng ep et ê êu êch êm ên ênh êp êt
  i ia iu ich im in inh ip it iêu iêc iêm iên iêng iêp iêt
  o oi oc om on ong op ot ooc oong oa oai oay oao oac oach oam oan oang oanh oap oat
  oăc oăm oăn oăng oăt oe oeo oem oen oet
  ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
  u ua ui uc um un ung up ut uân uâng uât uây uê uêch uênh uôi uôc uôm uôn uông uôt uơ
  uy uya uyu uych uyn uynh uyp uyt uyên uyêt
  ư ưa ưi ưu ưc ưm ưn ưng ưt ươi ươu ươc ươm ươn ương ươp ươt
  y yêu yêm yên yêng yêt`
  .trim()
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)

// Onsets, with the spelling rules k/gh/ngh before i e ê (y), c/g/ng elsewhere.
const syllable = new RegExp(
  `^(?:ngh(?=[ieê])|ng(?![ieê])|nh|ch|gh(?=[ieê])|gi|kh|ph|qu|th|tr|k(?=[ieêy])|c(?![ieêy])|g(?![eê])|[bdđhlmnprstvx])?(?:${rhymes.join('|')})$`
)
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g

/**
 * Whether `word` is one Vietnamese syllable: onset, rhyme, at most one tone
 * mark on a vowel, and only sắc or nặng before a final c, ch, p, t.
 */
function isSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase()
  const tones = nfd.match(toneMarks) ?? []
  if (tones.length > 1) return false
  const at = nfd.search(toneMarks)
  if (at !== -1 && !/[aeiouy][\u0302\u0306\u031B]?$/.test(nfd.slice(0, at))) return false
  const base = (at === -1 ? nfd : nfd.slice(0, at) + nfd.slice(at + 1)).normalize('NFC')
  if (!syllable.test(base)) return false
  return !/(?:c|ch|p|t)$/.test(base) || tones[0] === '\u0301' || tones[0] === '\u0323'
}
