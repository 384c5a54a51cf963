/**
 * Vietnamese syllables, as data: the onsets and rhymes of the written
 * language and the spelling rules that join them. Telling a right decoding
 * from a wrong one comes down to how much of the text is made of syllables.
 */

/** Onsets, and the vowels they may (`before`) or may not (`notBefore`) stand before. */
const onsets: Array<{onset: string; before?: string; notBefore?: string}> = [
  {onset: ''},
  {onset: 'b'},
  {onset: 'c', notBefore: 'ieêy'},
  {onset: 'ch'},
  {onset: 'd'},
  {onset: 'đ'},
  {onset: 'g', notBefore: 'eê'},
  {onset: 'gh', before: 'ieê'},
  {onset: 'gi'},
  {onset: 'h'},
  {onset: 'k', before: 'ieêy'},
  {onset: 'kh'},
  {onset: 'l'},
  {onset: 'm'},
  {onset: 'n'},
  {onset: 'ng', notBefore: 'ieê'},
  {onset: 'ngh', before: 'ieê'},
  {onset: 'nh'},
  {onset: 'p'},
  {onset: 'ph'},
  {onset: 'qu'},
  {onset: 'r'},
  {onset: 's'},
  {onset: 't'},
  {onset: 'th'},
  {onset: 'tr'},
  {onset: 'v'},
  {onset: 'x'}
]

/** Rhymes without tone: medial, nucleus and coda. */
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

/** Every syllable without its tone mark, lower case NFC. */
const bases: ReadonlySet<string> = new Set(
  onsets.flatMap(({onset, before, notBefore}) =>
    rhymes
      .filter((rhyme) => {
        const first = rhyme.charAt(0)
        if (before !== undefined && !before.includes(first)) return false
        if (notBefore !== undefined && notBefore.includes(first)) return false
        // `qu` already holds the medial u; `gi` before i is written `gi` alone.
        if (onset === 'qu' && /^u/.test(rhyme)) return false
        if (onset === 'gi' && /^i(?!ê)/.test(rhyme)) return false
        return true
      })
      .map((rhyme) => onset + rhyme)
  )
)

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g

/**
 * Whether `word` is one Vietnamese syllable: onset, rhyme, at most one tone
 * mark, on a vowel, and only sắc or nặng before a final c, ch, p, t. Case and
 * normalisation do not matter.
 */
export function isSyllable(word: string): boolean {
  if (word.length > 8) return false
  const nfd = word.normalize('NFD').toLowerCase()
  const tones = nfd.match(toneMarks) ?? []
  if (tones.length > 1) return false
  const at = nfd.search(toneMarks)
  if (at !== -1 && !/[aeiouy][\u0302\u0306\u031B]?$/.test(nfd.slice(0, at))) return false
  const base = (at === -1 ? nfd : nfd.slice(0, at) + nfd.slice(at + 1)).normalize('NFC')
  if (!bases.has(base)) return false
  return !/(?:c|ch|p|t)$/.test(base) || tones[0] === '\u0301' || tones[0] === '\u0323'
}

/**
 * A word, for scoring: a run of anything but white space, ASCII punctuation
 * and digits, control characters and general punctuation (`“ ” – …`).
 * Legacy codes such as `©`, `«`, `¶` and the soft hyphen stay inside words.
 */
export const wordPattern = /[^\s\u0000-\u0040\u005B-\u0060\u007B-\u009F\u2000-\u206F]+/g
const nonAscii = /[^\u0000-\u007F]/

/** How Vietnamese a text reads: its words that hold a non-ASCII character, and how many of them are syllables. */
export interface Score {
  /** Characters in non-ASCII words. */
  size: number
  /** Characters in non-ASCII words that are syllables. */
  valid: number
  /** Non-ASCII words. */
  words: number
}

/** Score `text`: the share `valid / size` is what tells decodings apart. */
export function score(text: string, limit = 400_000): Score {
  const sample = text.length > limit ? text.slice(0, limit) : text
  const cache = new Map<string, boolean>()
  const result: Score = {size: 0, valid: 0, words: 0}
  for (const [word] of sample.matchAll(wordPattern)) {
    if (!nonAscii.test(word)) continue
    let ok = cache.get(word)
    if (ok === undefined) {
      ok = isSyllable(word)
      cache.set(word, ok)
    }

    result.words++
    result.size += word.length
    if (ok) result.valid += word.length
  }

  return result
}

/** The share of a score (0 when there is nothing to score). */
export function share(score: Score): number {
  return score.size === 0 ? 0 : score.valid / score.size
}
