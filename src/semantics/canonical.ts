/**
 * Canonical names of parties: abbreviations expanded, new-style tones, the
 * bare `tỉnh` resolved to the issuer's province; and each party's kind and
 * level, read from the vocabulary tables.
 */
import {modernizeTones} from '../text/fold.js'
import {abbreviations} from './lexicon/abbreviations.js'
import {partyHeads, type PartyKind} from './lexicon/heads.js'
import {levelWords, type PartyLevel} from './lexicon/qualifiers.js'
import {PhraseTable, wordsOf} from './words.js'

const levels = new PhraseTable(levelWords)
const heads = new PhraseTable(partyHeads)
const expansionOf = new Map(abbreviations.map(([short, full]) => [short, full]))
// One pattern for every abbreviation, longest first.
const expansion = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${[...expansionOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu'
)

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** What the record says of one party. */
export interface PartyName {
  canonical: string
  kind: PartyKind
  level: PartyLevel
}

const cache = new Map<string, PartyName>()

/** Canonical name, kind and level of a party as written. */
export function canonicalParty(written: string, province: string | null): PartyName {
  const key = `${province ?? ''}\u0000${written}`
  const cached = cache.get(key)
  if (cached) return cached
  const result = canonicalOf(written, province)
  if (cache.size > 4096) cache.clear()
  cache.set(key, result)
  return result
}

function canonicalOf(written: string, province: string | null): PartyName {
  let name = modernizeTones(written.replace(/\s+/g, ' ').trim())
  name = name.replace(expansion, (short) => expansionOf.get(short) ?? short)
  // `UBND Tỉnh`, `Công an Thành phố`: a unit word after a name is written in lower case.
  name = name.replace(/(?<=\p{L} )(Tỉnh|Thành phố)$/u, (word) => word.toLowerCase())
  if (province) {
    name = name.replace(/(?<![\p{L}])(tỉnh|Tỉnh ủy|thành phố|Thành ủy)$/u, (word) => `${word} ${province}`)
  }

  name = name.charAt(0).toUpperCase() + name.slice(1)
  const words = wordsOf(name)
  let start = 0
  while (start < words.length && /^(?:các|những|mỗi|toàn|cả|từng)$/.test(words[start]!.key)) start++
  const head = heads.match(words, start)
  const group = start > 0 || /,|\bvà\b/u.test(name)
  const kind: PartyKind = head?.value ?? 'unknown'

  let level: PartyLevel = 'any'
  for (let index = 0; index < words.length; index++) {
    const found = levels.match(words, index)
    if (found) {
      level = found.value
      break
    }
  }

  return {canonical: name, kind: group && kind !== 'person' ? 'group' : kind, level}
}

/** The province or city of an issuer (`Tỉnh ủy Thanh Hóa` → `Thanh Hóa`). */
export function provinceOf(issuer: string | null): string | null {
  if (!issuer) return null
  const found = /(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|Thành phố|TỈNH)\s+((?:\p{Lu}[\p{L}]*\s*){1,4})$/u.exec(modernizeTones(issuer))
  return found ? found[1]!.trim() : null
}
