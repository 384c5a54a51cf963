/**
 * The tagger: the words of a clause → typed tokens for the clause grammar.
 * Each token is the longest phrase of the lexicon that starts at its word;
 * where two tables claim the same words, case and the words around decide
 * (a capitalised word in mid-sentence names, it does not act; `tổ chức`
 * after `các` is a body, before a verb an action).
 */
import type {CstNode, IToken, TokenType} from 'chevrotain'
import {bodyNames} from '../lexicon/bodies.js'
import {citationWords} from '../lexicon/citations.js'
import {frameOpeners, thenWords, type FrameKind} from '../lexicon/frames.js'
import {determiners, partyHeads, type PartyKind} from '../lexicon/heads.js'
import {headsNamedByVerbs, levelWords, listConnectives, listQualifiers, modifiers, nameCompounds, nameEnders, scopeOpeners, verbsNamingAfterHead} from '../lexicon/qualifiers.js'
import {actionVerbs, adverbs, assignedMarkers, handOverVerbs, headsActingAfterName, leadVerbs, modals, nounCompounds, notRefrains, passiveMarkers, refrainMarkers, relativeAspects, reportVerbs, statementVerbs, verbsOverlappingHeads, withPhrases} from '../lexicon/verbs.js'
import {PhraseTable, phraseSet, type Word} from '../words.js'
import * as t from './tokens.js'

/** A token of a clause: a phrase of words `[from, to)` of the unit. */
export interface ClauseToken extends IToken {
  /** First word (index into the unit's words). */
  from: number
  /** One past the last word. */
  to: number
  /** For heads and bodies: the kind of party. */
  kind?: PartyKind
  /** Parses of the runs that open with this token (see `parseWith`). */
  parses?: Map<number, CstNode | null> | undefined
}

const bodies = phraseSet(bodyNames)
const heads = new PhraseTable(partyHeads)
const dets = phraseSet(determiners)
const levels = new PhraseTable(levelWords)
const modifierSet = phraseSet(modifiers)
const enders = phraseSet(nameEnders)
const connectives = phraseSet(listConnectives)
const compounds = phraseSet(nounCompounds)
const namedByVerbs = phraseSet(verbsNamingAfterHead)
const headsNamed = phraseSet(headsNamedByVerbs)
const nameWords = phraseSet(nameCompounds)
const frames = new PhraseTable<FrameKind>(frameOpeners)
const thens = phraseSet(thenWords)
const assigned = phraseSet(assignedMarkers)
const citations = phraseSet(citationWords)
const preps = phraseSet(['trong', 'tại', 'ở', 'thuộc', 'của', 'trực thuộc'])
const scopes = phraseSet(scopeOpeners)
const actingHeads: ReadonlySet<string> = new Set(headsActingAfterName)

/** Predicate tables in order of precedence when two match the same words. */
const predicateTables: ReadonlyArray<readonly [PhraseTable<true>, TokenType]> = [
  [phraseSet(handOverVerbs), t.HandOver],
  [phraseSet(assignedMarkers), t.Assigned],
  [phraseSet(refrainMarkers), t.Refrain],
  [phraseSet(modals), t.Modal],
  [phraseSet(statementVerbs), t.Statement],
  [phraseSet(leadVerbs), t.Lead],
  [phraseSet(withPhrases), t.With],
  [phraseSet(reportVerbs), t.Report],
  [phraseSet(adverbs), t.Adverb],
  [phraseSet(passiveMarkers), t.Passive],
  [phraseSet(actionVerbs), t.Verb]
]

const frameTypes: Record<FrameKind, TokenType> = {topic: t.Topic, condition: t.Condition, purpose: t.Purpose, connective: t.Connective, narrative: t.Narrative}
/** Frame openers that are also verbs: at a clause's start the grammar decides. */
const purposeVerbs = new Set(['thực hiện', 'triển khai', 'căn cứ', 'tiếp theo'])

const punctuation: Record<string, TokenType> = {',': t.Comma, ';': t.Semicolon, ':': t.Colon, '(': t.LParen, ')': t.RParen, '-': t.Dash, '–': t.Dash, '—': t.Dash}

const tagged = new WeakMap<readonly Word[], Map<number, ClauseToken[]>>()

/**
 * Tag the words `[from, to)` of a unit. The same clause is read several
 * times (its subject, its parts, its heading role), so the tokens of each
 * range of a word list are kept while the list lives; callers never change
 * them.
 */
export function tag(text: string, given: readonly Word[], from: number, to: number): ClauseToken[] {
  let ranges = tagged.get(given)
  if (!ranges) {
    ranges = new Map()
    tagged.set(given, ranges)
  }

  const key = from * 0x100000 + to
  const known = ranges.get(key)
  if (known) return known
  const tokens = tagRange(text, given, from, to)
  ranges.set(key, tokens)
  return tokens
}

/**
 * The first token `tag(text, words, from, to)` gives, without tagging the
 * rest of the range (the tokens of the range when they are known): a
 * caller can tell that no party list starts there before paying for it.
 */
export function firstToken(text: string, given: readonly Word[], from: number, to: number): ClauseToken | undefined {
  if (from >= to) return undefined
  const known = tagged.get(given)?.get(from * 0x100000 + to)
  if (known) return known[0]
  return tagAt(text, readAs(given, from, to), from, to, undefined, from)
}

function tagRange(text: string, given: readonly Word[], from: number, to: number): ClauseToken[] {
  const words = readAs(given, from, to)
  const tokens: ClauseToken[] = []
  let at = from
  while (at < to) {
    const token = tagAt(text, words, at, to, tokens[tokens.length - 1], from)
    tokens.push(token)
    at = token.to
  }

  return tokens
}

/**
 * How many words each predicate table claims at a word (0: none), in the
 * order of `predicateTables`: asked up to three times per word, and again
 * for each range that holds the word, so kept per word list while it lives.
 */
const predicateLengths = new WeakMap<readonly Word[], Uint8Array>()
/** Per word: a length per table, then 1 once they are known. */
const stride = predicateTables.length + 1

/** The lengths at `at`: `lengths[offset + index]` for each table. */
function predicatesAt(words: readonly Word[], at: number): {lengths: Uint8Array; offset: number} {
  let lengths = predicateLengths.get(words)
  if (!lengths) {
    lengths = new Uint8Array(words.length * stride)
    predicateLengths.set(words, lengths)
  }

  const offset = at * stride
  if (lengths[offset + stride - 1] === 0) {
    for (let index = 0; index < predicateTables.length; index++) lengths[offset + index] = predicateTables[index]![0].match(words, at, true)?.length ?? 0
    lengths[offset + stride - 1] = 1
  }

  return {lengths, offset}
}

/** The longest claim of a predicate table at `at` (0: none). */
function longestPredicate(words: readonly Word[], at: number): number {
  const {lengths, offset} = predicatesAt(words, at)
  let most = 0
  for (let index = 0; index < predicateTables.length; index++) most = Math.max(most, lengths[offset + index]!)
  return most
}

/** The token of `length` words from `at` (cut at `to`). */
function tokenOf(text: string, words: readonly Word[], at: number, to: number, type: TokenType, length = 1, kind?: PartyKind): ClauseToken {
  const word = words[at] as Word
  const end = Math.min(to, at + length)
  const last = words[end - 1] as Word
  // What Chevrotain reads of a token and the clause's own fields, in one object: every token has the same shape.
  // (No lines and columns: the clause parser tracks no node locations, and NaN in four fields was four numbers on the heap per token.)
  return {
    image: text.slice(word.start, last.end),
    startOffset: word.start,
    endOffset: last.end - 1,
    tokenTypeIdx: type.tokenTypeIdx as number,
    tokenType: type,
    from: at,
    to: end,
    kind: kind || undefined,
    parses: undefined
  }
}

function tagAt(text: string, words: readonly Word[], at: number, to: number, previous: ClauseToken | undefined, from: number): ClauseToken {
  const word = words[at] as Word
  const make = (type: TokenType, length = 1, kind?: PartyKind): ClauseToken => tokenOf(text, words, at, to, type, length, kind)

  if (word.punct) return make(punctuation[word.text] ?? t.Mark)
  if (startsWithDigit(word.text)) return make(t.Number)
  // `Khoản 2`, `Điều 19`, `Phụ lục 1`: a part of a text, never a party.
  const citation = citations.match(words, at)
  if (citation && /^(?:\d|[IVXLivxl]+$|[a-zđ]$)/u.test(words[at + citation.length]?.text ?? '')) return make(t.Plain, citation.length)

  const initial = previous === undefined || previous.tokenType === t.Colon || previous.tokenType === t.Semicolon || at === from
  // After a head's colon a capital names the piece of a colon list (`các Bộ: Nội vụ, Công an`), not a sentence's start.
  const capital = word.capital && (!initial || (previous?.tokenType === t.Colon && headEndsAt(words, at - 1) && !actsAt(words, at)))
  const body = overlapped(words, at, bodies.match(words, at))
  if (body && word.capital && body.length + at <= to) return make(t.Body, body.length, heads.match(words, at)?.value ?? 'state')

  // A capitalised syllable's second half (`Ngoại giao`, `Ngân hàng`) goes on with it.
  if (!word.capital && previous && (previous.tokenType === t.Name || previous.tokenType === t.Head) && nameWords.match(words, at - 1)?.length === 2) return make(t.Plain)

  const head = overlapped(words, at, heads.match(words, at))
  // `1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ` / `Tập trung chỉ đạo …`: a capitalised verb opening a line after a name starts the task.
  if (capital && !head && previous && previous.tokenType !== t.Comma && previous.tokenType !== t.And && text.slice(words[at - 1]!.end, word.start).includes('\n')) {
    const {lengths, offset} = predicatesAt(words, at)
    for (let index = 0; index < predicateTables.length; index++) {
      const type = predicateTables[index]![1]
      if (!(type === t.Verb || type === t.Adverb || type === t.Lead || type === t.Modal)) continue
      if (lengths[offset + index]! > 0) return make(type, lengths[offset + index])
    }
  }

  if (capital) {
    // `Báo cáo` is not `Báo` (a newspaper) and the rest: a longer word of another table is a capitalised noun.
    const longer = longestPredicate(words, at) > (head?.length ?? 0)
    if (head && longer) return make(t.Name, head.length + 1)
    if (head) return make(t.Head, head.length, head.value)
    const level = levels.match(words, at)
    if (level) return make(t.Level, level.length)
    if (isAcronym(word.text)) return make(t.Acronym)
    return make(t.Name)
  }

  // A frame opens a clause: only at its start, or after a colon.
  if (initial) {
    const frame = frames.match(words, at)
    // `Theo dõi` is a verb, not `Theo` and the rest: a longer word of another table wins.
    const verb = longestPredicate(words, at)
    if (frame && !(head && head.length > frame.length) && verb <= frame.length) {
      const keys = frame.keys.join(' ')
      return make(purposeVerbs.has(keys) ? t.PurposeVerb : frameTypes[frame.value], frame.length)
    }
  }

  // Words after a head that name it though they look like verbs (`cơ quan thanh tra`).
  // … and after a board's name (`Ban Chỉ đạo Quốc gia phòng, chống dịch`), its field.
  const board = previous !== undefined && (previous.tokenType === t.Head || previous.tokenType === t.Body) && /^(?:ban chỉ|ủy ban quốc|hội đồng quốc)/u.test(words[previous.from]!.key + ' ' + (words[previous.from + 1]?.key ?? ''))
  const namedHead = previous?.tokenType === t.Head && (headsNamed.match(words, previous.from)?.length === previous.to - previous.from || headsNamed.match(words, previous.to - 1) !== undefined)
  if (namedHead || board) {
    const named = namedByVerbs.match(words, at)
    if (named) return make(t.Plain, named.length)
  }

  // Every table that claims words here; the longest claim wins, ties go by precedence.
  const claims: Array<{type: TokenType; length: number; rank: number; kind?: PartyKind}> = []
  const claim = (type: TokenType, found: {length: number} | undefined, rank: number, kind?: PartyKind): void => {
    if (found) claims.push({type, length: found.length, rank, kind})
  }

  const {lengths, offset} = predicatesAt(words, at)
  for (let index = 0; index < predicateTables.length; index++) {
    const length = lengths[offset + index]!
    if (length > 0) claims.push({type: predicateTables[index]![1], length, rank: 40 - index, kind: undefined})
  }
  claim(t.Plain, compounds.match(words, at), 33)
  claim(t.Plain, bounds.match(words, at), 34)
  claim(t.Head, head, 32, head?.value)
  claim(t.Level, levels.match(words, at), 31)
  claim(t.Modifier, modifierSet.match(words, at), 30)
  claim(t.Det, dets.match(words, at), 29)
  const connective = connectives.match(words, at)
  claim(connective?.keys.join(' ') === 'hoặc' ? t.And : t.ListConnective, connective, 5)
  if (word.key === 'và') claim(t.And, {length: 1}, 4)
  claim(t.Then, thens.match(words, at), 3)
  claim(t.Prep, preps.match(words, at), 2)
  claim(t.Stop, enders.match(words, at), 1)
  if (claims.length === 0) {
    if (word.capital && isAcronym(word.text)) return make(t.Acronym)
    // A capitalised word in mid-sentence names; at a clause's start it is only the first word.
    return make(word.capital && !initial ? t.Name : t.Plain)
  }

  // Adverbs, passives and plain verbs give way to a party's words of the same length.
  const weak = (type: TokenType): boolean => type === t.Adverb || type === t.Passive || type === t.Verb
  claims.sort((a, b) => b.length - a.length || (weak(a.type) && !weak(b.type) && b.rank >= 29 ? 1 : weak(b.type) && !weak(a.type) && a.rank >= 29 ? -1 : b.rank - a.rank))
  // A modifier never opens a clause: `Tham mưu Ủy ban nhân dân thành phố …` is the verb (`cơ quan tham mưu` the modifier);
  // nor does it follow a body's full name: `phối hợp Sở Kế hoạch và Đầu tư tham mưu …` acts.
  // … nor after a whole list's qualifier: `phối hợp với các sở, ngành liên quan tham mưu …`.
  const afterQualifier = previous?.tokenType === t.Modifier && qualifierSet.match(words, previous.from)?.length === previous.to - previous.from
  // … nor does it take a party as its object: `Sở Tài chính các tỉnh, thành phố tham mưu Ủy ban nhân dân cấp tỉnh …` acts.
  const objectAfter = claims[0]!.type === t.Modifier && partyAt(words, at + claims[0]!.length)
  if ((initial || previous?.tokenType === t.Body || afterQualifier || objectAfter) && claims[0]!.type === t.Modifier) {
    const verb = claims.find((other) => weak(other.type) && other.length === claims[0]!.length)
    if (verb) return make(verb.type, verb.length)
  }

  const winner = claims[0]!
  // `báo cáo về Sở Y tế` sends a report to a party; `báo cáo về tình hình` tells of a topic.
  if (winner.type === t.Statement && words[at + winner.length - 1]?.key === 'về' && partyAt(words, at + winner.length)) return make(t.Report, winner.length - 1)
  // Right after a party's name, a head that is also a verb acts (`Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo …`).
  const afterName = previous !== undefined && (previous.tokenType === t.Head || previous.tokenType === t.Body || previous.tokenType === t.Acronym) && head !== undefined && actingHeads.has(head.keys.join(' '))
  const asVerb = afterName ? claims.find((other) => weak(other.type) && other.length === head!.length) : undefined
  if (asVerb) return make(asVerb.type, asVerb.length)
  // `tổ chức đảng`, `tổ chức, cá nhân`, `lãnh đạo cơ quan`: a compound of a head that is also a verb names a party.
  if (winner.type === t.Plain && head && winner.rank === 33 && (head.length === winner.length || /^(?:tổ chức|lãnh đạo)$/u.test(head.keys.join(' ')))) {
    return make(t.Head, winner.length, head.value)
  }

  if (winner.type === t.Head && head) {
    // `tổ chức`, `lãnh đạo`: a body after a determiner, before a name or in a list; else an action.
    const verb = claims.find((other) => weak(other.type) && other.length === head.length)
    if (verb) {
      const next = words[at + head.length]
      const afterDet = previous?.tokenType === t.Det
      // (`hội nghị` after it is a meeting, not a `hội`: `các thôn tổ chức hội nghị cử tri`.)
      const beforeName = next !== undefined && !next.punct && (dets.match(words, at + head.length) !== undefined || (heads.match(words, at + head.length) !== undefined && compounds.match(words, at + head.length) === undefined) || next.capital)
      // `các cơ quan, tổ chức khác có liên quan`: a piece of a list, with only modifiers after it.
      const listed = previous?.tokenType === t.Comma && (next === undefined || next.text === ',' || next.key === 'và' || next.punct || aspects.has(next.key) || modifierSet.match(words, at + head.length) !== undefined || assigned.match(words, at + head.length) !== undefined || scopes.match(words, at + head.length) !== undefined)
      if (!(afterDet || beforeName || listed)) return make(verb.type, verb.length)
    }

    return make(t.Head, head.length, head.value)
  }

  return make(winner.type, winner.length, winner.kind)
}

const overlapping = phraseSet(verbsOverlappingHeads)
const aspects: ReadonlySet<string> = new Set(relativeAspects)
const qualifierSet = phraseSet(listQualifiers)
const bounds = phraseSet(notRefrains)

/** A party's name opens at `at`: a body, a head or a determiner before one. */
/** Words at `at` that open an action, a frame or a qualifier, not a name (`Phối hợp`, `Nếu`, `Thuộc diện`). */
function actsAt(words: readonly Word[], at: number): boolean {
  // A department's name that is also a verb, as a piece of its own (`Các sở: Xây dựng, Công Thương`): a name.
  const compound = nameWords.match(words, at)?.length
  if (compound !== undefined && (words[at + compound]?.text === ',' || words[at + compound]?.key === 'và') && words[at + compound + 1]?.capital) return false
  return longestPredicate(words, at) > 0 || frames.match(words, at) !== undefined || modifierSet.match(words, at) !== undefined || preps.match(words, at) !== undefined
}

/** A party's head ends right before word `end` (`các Bộ` before its colon). */
function headEndsAt(words: readonly Word[], end: number): boolean {
  for (let start = Math.max(0, end - 3); start < end; start++) if (heads.match(words, start)?.length === end - start) return true
  return false
}

function partyAt(words: readonly Word[], at: number): boolean {
  const after = at + (dets.match(words, at)?.length ?? 0)
  return bodies.match(words, after) !== undefined || heads.match(words, after) !== undefined
}

/** A name found at `at`, unless a verb starts on its last word (`Đảng ủy` before `quyền`). */
function overlapped<T extends {length: number}>(words: readonly Word[], at: number, found: T | undefined): T | undefined {
  if (!found || found.length < 2) return found
  return overlapping.match(words, at + found.length - 1) ? undefined : found
}

/** The words as the tagger reads them: those of a heading in capitals as lower case. */
export function readAs(given: readonly Word[], from: number, to: number): readonly Word[] {
  return shouting(given, from, to) ? given.map((word, index) => (index >= from && index < to ? {...word, capital: false} : word)) : given
}

/**
 * A heading in capitals (`MỤC ĐÍCH, YÊU CẦU`, `ỦY BAN NHÂN DÂN CÁC TỈNH:`):
 * its capitals say nothing of names, so its words are read as lower case
 * (heads and bodies are still found by their words).
 */
function shouting(words: readonly Word[], from: number, to: number): boolean {
  let letters = 0
  for (let index = from; index < to; index++) {
    const word = words[index] as Word
    if (word.punct || startsWithDigit(word.text)) continue
    if (word.text !== word.text.toUpperCase()) return false
    letters++
  }

  return letters >= 2
}

/** The text opens with a digit (`/^\d/`). */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** `EVN`, `PVN`, `TKV`: two to eight capitals (digits and `&` allowed). */
function isAcronym(text: string): boolean {
  return text.length >= 2 && text.length <= 8 && text === text.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text)
}
