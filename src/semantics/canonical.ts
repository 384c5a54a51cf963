/**
 * Canonical names of parties: abbreviations expanded, new-style tones, the
 * bare `tỉnh` resolved to the issuer's province; and each party's kind and
 * level, read from the vocabulary tables.
 */
import {fold, modernizeTones} from '../text/fold.js'
import {abbreviations} from './lexicon/abbreviations.js'
import {partyHeads, provincialHeads, type PartyKind} from './lexicon/heads.js'
import {groupNouns, levelWords, modifiers, type PartyLevel} from './lexicon/qualifiers.js'
import {PhraseTable, phraseSet, wordsOf, type Word} from './words.js'

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

/** The province or city a directive was issued in, with its unit (`tỉnh`, `thành phố`). */
export interface Jurisdiction {
  unit: 'tỉnh' | 'thành phố'
  name: string
}

/**
 * Canonical name, kind and level of a party as written. In the directive of
 * a province, a bare `tỉnh` is that province and a provincial department
 * (`Sở Y tế`) is that province's: a party is a body in a place.
 */
export function canonicalParty(written: string, jurisdiction: Jurisdiction | null): PartyName {
  const key = `${jurisdiction ? `${jurisdiction.unit} ${jurisdiction.name}` : ''}\u0000${written}`
  const cached = cache.get(key)
  if (cached) return cached
  const result = canonicalOf(written, jurisdiction)
  if (cache.size > 4096) cache.clear()
  cache.set(key, result)
  return result
}

function canonicalOf(written: string, jurisdiction: Jurisdiction | null): PartyName {
  let name = modernizeTones(written.replace(/\s+/g, ' ').trim())
  name = name.replace(expansion, (short) => expansionOf.get(short) ?? short)
  // `UBND Tỉnh`, `Công an Thành phố`: a unit word after a name is written in lower case.
  name = name.replace(/(?<=\p{L} )(Tỉnh|Thành phố)$/u, (word) => word.toLowerCase())
  if (jurisdiction) {
    name = name.replace(/(?<![\p{L}])(tỉnh|Tỉnh ủy|thành phố|Thành ủy)$/u, (word) => `${word} ${jurisdiction.name}`)
  }

  name = name.charAt(0).toUpperCase() + name.slice(1)
  let words = wordsOf(name)
  let start = 0
  while (start < words.length && /^(?:các|những|mỗi|toàn|cả|từng)$/.test(words[start]!.key)) start++
  // `Sở Y tế` in a directive of UBND tỉnh Thanh Hóa is `Sở Y tế tỉnh Thanh Hóa`; one already placed stays as it is.
  if (jurisdiction && start === 0 && provincial.match(words, 0)) {
    const place = fold(jurisdiction.name)
    const folded = fold(name)
    // `Sở Y tế Thanh Hóa` → `Sở Y tế tỉnh Thanh Hóa`, as the bare name resolves.
    if (folded.endsWith(` ${place}`) && !folded.endsWith(` ${fold(jurisdiction.unit)} ${place}`)) name = `${name.slice(0, name.length - jurisdiction.name.length)}${jurisdiction.unit} ${jurisdiction.name}`
    else if (!folded.includes(place) && !levels.match(words, words.length - 1)) name = `${name} ${jurisdiction.unit} ${jurisdiction.name}`
    words = wordsOf(name)
  }

  const head = heads.match(words, start)
  // `các sở, ban, ngành`, `Cơ quan`, `đơn vị liên quan`: a group of the issuer's jurisdiction, not a body.
  const group = start > 0 || /,|\bvà\b/u.test(name) || onlyGroupNouns(words)
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

const provincial = phraseSet(provincialHeads)
const groupWords = phraseSet(groupNouns)
const modifierWords = phraseSet(modifiers)

/** Nothing but a group noun and modifiers (`Cơ quan`, `đơn vị liên quan`, `cơ quan chức năng`). */
function onlyGroupNouns(words: readonly Word[]): boolean {
  const first = groupWords.match(words, 0)
  if (!first) return false
  let at = first.length
  while (at < words.length) {
    const modifier = modifierWords.match(words, at)
    if (!modifier) return false
    at += modifier.length
  }

  return true
}

/** The province or city of an issuer, with its unit (`Ủy ban nhân dân tỉnh Thanh Hóa` → tỉnh Thanh Hóa; `Thành ủy Hà Nội` → thành phố Hà Nội). */
export function jurisdictionOf(issuer: string | null): Jurisdiction | null {
  const name = provinceOf(issuer)
  if (!name || !issuer) return null
  return {unit: /thành (?:phố|ủy)/iu.test(modernizeTones(issuer)) ? 'thành phố' : 'tỉnh', name}
}

/** The province or city of an issuer (`Tỉnh ủy Thanh Hóa` → `Thanh Hóa`). */
export function provinceOf(issuer: string | null): string | null {
  if (!issuer) return null
  const found = /(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|Thành phố|TỈNH)\s+((?:\p{Lu}[\p{L}]*\s*){1,4})$/u.exec(modernizeTones(issuer))
  return found ? found[1]!.trim() : null
}
