/**
 * Canonical names of parties: abbreviations expanded, new-style tones, the
 * bare `tỉnh` resolved to the issuer's province; each party's kind and
 * level, read from the vocabulary tables; and its jurisdiction, the province
 * or city it is a body of.
 */
import {fold, modernizeTones} from '../text/fold.js'
import {abbreviations} from './lexicon/abbreviations.js'
import {partyHeads, provincialHeads, type PartyKind} from './lexicon/heads.js'
import {centralCities, groupNouns, levelWords, modifiers, type PartyLevel} from './lexicon/qualifiers.js'
import type {Jurisdiction} from './record.js'
import {PhraseTable, phraseSet, wordsOf, type Word} from './words.js'

export type {Jurisdiction}

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
  /** The province or city the party is a body of; null for a body of the central state, or where the place is not known. */
  jurisdiction: Jurisdiction | null
}

const cache = new Map<string, PartyName>()

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
    // `Sở Y tế tỉnh Nghệ An` in a directive of Thanh Hóa is Nghệ An's: a name already placed keeps its place.
    else if (!folded.includes(place) && !levels.match(words, words.length - 1) && !placeOf(name)) name = `${name} ${jurisdiction.unit} ${jurisdiction.name}`
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

  const resolvedKind: PartyKind = group && kind !== 'person' ? 'group' : kind
  return {canonical: name, kind: resolvedKind, level, jurisdiction: jurisdictionOfParty(name, resolvedKind, level, jurisdiction)}
}

/** Kinds of body that, written without a place in a province's directive, are that province's (`Phòng Y tế`, `Công an`, `Ban Tuyên giáo`). */
const localKinds: ReadonlySet<PartyKind> = new Set(['state', 'security', 'party', 'mass', 'person', 'group'])

/**
 * The province or city a party is a body of, given the issuer's: the place
 * its name names (`Sở Y tế tỉnh Nghệ An`); none for a body of the central
 * state (`Bộ Y tế`, `các bộ, ngành Trung ương`); the issuer's for a group
 * (`các sở, ban, ngành`, `Cơ quan`), for a body of the province, district or
 * commune, for one named with the province (`Điện lực Thanh Hóa`), and for a
 * body of the state, the Party, the security forces or the mass
 * organisations written without a place (`Phòng Y tế`); none for an
 * enterprise, a newspaper or a body of unknown kind without a place.
 */
export function jurisdictionOfParty(name: string, kind: PartyKind, level: PartyLevel, issuer: Jurisdiction | null): Jurisdiction | null {
  const placed = placeOf(name)
  // A city of the province (`Ủy ban nhân dân thành phố Sầm Sơn`) is in the issuer's jurisdiction, not one of its own.
  if (placed && (!issuer || fold(placed.name) !== fold(issuer.name))) return placed.unit === 'tỉnh' || centralCityNames.has(fold(placed.name)) ? placed : issuer
  if (!issuer) return null
  if (placed) return issuer
  if (level === 'central') return null
  if (level !== 'any' || localKinds.has(kind)) return issuer
  return ` ${fold(name)} `.includes(` ${fold(issuer.name)} `) ? issuer : null
}

const centralCityNames = new Set(centralCities.map((city) => fold(city)))

/** The last place a name names with its unit (`Sở Y tế tỉnh Nghệ An` → tỉnh Nghệ An), if any. */
function placeOf(name: string): Jurisdiction | null {
  let found: Jurisdiction | null = null
  for (const match of name.matchAll(/(?<![\p{L}])(tỉnh|thành phố)\s+((?:\p{Lu}\p{L}*)(?:\s+\p{Lu}\p{L}*){0,3})(?![\p{L}])/gu)) {
    found = {unit: match[1] as Jurisdiction['unit'], name: match[2]!}
  }

  return found
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
