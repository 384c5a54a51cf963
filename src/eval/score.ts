/**
 * Scoring records against hand-made gold files, by the rules of
 * ANNOTATION.md ("How a record is scored").
 */
import {fold, modernizeTones} from '../text/fold.js'

/** A gold file (or a record reduced to the judged fields). */
export interface Judged {
  document: Record<string, unknown>
  obligations: Array<{
    at: string
    who: string[]
    inherited?: boolean
    with?: string[]
    reportTo?: string[]
    polarity?: string
    when?: Array<{kind: string; date?: string | null}>
  }>
}

/** Precision, recall and F1, with the counts behind them. */
export interface Score {
  precision: number
  recall: number
  f1: number
  matched: number
  predicted: number
  expected: number
}

/** Scores of one or more documents. */
export interface Scores {
  document: {filledRight: number; filled: number; emptyFilled: number; empty: number; wrong: string[]}
  who: Score
  /** `who` with the party's boundaries right: folded strings equal or word-F1 ≥ 0.8, no containment. */
  whoStrict: Score
  inherited: Score
  when: Score
  with: Score
  reportTo: Score
  polarity: Score
}

/** Normalise a string as ANNOTATION.md does: NFC, new-style tones, single spaces, trimmed. */
export function normalize(text: string): string {
  return modernizeTones(text.normalize('NFC')).replace(/\s+/g, ' ').trim()
}

/** A string folded for matching: normalised, case and diacritics folded, punctuation as spaces. */
export function folded(text: string): string {
  return fold(normalize(text)).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

/** Word F1 of two strings (case and diacritics folded). */
export function wordF1(a: string, b: string): number {
  const left = folded(a).split(' ').filter(Boolean)
  const right = folded(b).split(' ').filter(Boolean)
  if (left.length === 0 || right.length === 0) return 0
  const pool = new Map<string, number>()
  for (const word of right) pool.set(word, (pool.get(word) ?? 0) + 1)
  let common = 0
  for (const word of left) {
    const count = pool.get(word) ?? 0
    if (count > 0) {
      common++
      pool.set(word, count - 1)
    }
  }

  if (common === 0) return 0
  const precision = common / left.length
  const recall = common / right.length
  return (2 * precision * recall) / (precision + recall)
}

/** Two party strings name the same party: equal, one containing the other, or word-F1 ≥ 0.6. */
export function sameParty(a: string, b: string): boolean {
  const x = folded(a)
  const y = folded(b)
  if (!x || !y) return false
  return x === y || x.includes(y) || y.includes(x) || wordF1(a, b) >= 0.6
}

/** Strict party match: folded strings equal, or word-F1 ≥ 0.8 (containment is not enough). */
export function samePartyStrict(a: string, b: string): boolean {
  const x = folded(a)
  const y = folded(b)
  if (!x || !y) return false
  return x === y || wordF1(a, b) >= 0.8
}

/** `preamble` and `closing` are one place; paths ignore case and a trailing `.`. */
export function samePlace(a: string, b: string): boolean {
  const norm = (at: string): string => {
    const value = at.trim().toLowerCase().replace(/\.$/, '')
    return value === 'closing' ? 'preamble' : value
  }

  return norm(a) === norm(b)
}

function score(matched: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : matched / predicted
  const recall = expected === 0 ? 1 : matched / expected
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, matched, predicted, expected}
}

/**
 * One-to-one matches between two lists: identical entries first, then the
 * rest greedily in order, so that a looser match never takes the partner of
 * an exact one.
 */
function matchCount<T>(predicted: T[], expected: T[], same: (a: T, b: T) => boolean): number {
  const used = new Set<number>()
  const done = new Set<number>()
  const key = (value: T): string => JSON.stringify(value, (_k, inner: unknown) => (typeof inner === 'string' ? folded(inner) : inner))
  const expectedKeys = expected.map(key)
  predicted.forEach((item, p) => {
    const own = key(item)
    const index = expectedKeys.findIndex((candidate, k) => !used.has(k) && candidate === own && same(item, expected[k] as T))
    if (index !== -1) {
      used.add(index)
      done.add(p)
    }
  })
  let matched = done.size
  predicted.forEach((item, p) => {
    if (done.has(p)) return
    const index = expected.findIndex((candidate, k) => !used.has(k) && same(item, candidate))
    if (index !== -1) {
      used.add(index)
      matched++
    }
  })
  return matched
}

type Pair = [string, string]

function unique<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const id = key(value)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

function pairs(record: Judged, field: 'who' | 'with' | 'reportTo'): Pair[] {
  const out: Pair[] = record.obligations.flatMap((obligation) => (obligation[field] ?? []).map((party): Pair => [obligation.at, party]))
  return unique(out, ([at, party]) => `${samePlaceKey(at)}|${folded(party)}`)
}

/** The key of a place: `closing` is `preamble`, paths lower case without a final dot. */
export function samePlaceKey(at: string): string {
  const value = at.trim().toLowerCase().replace(/\.$/, '')
  return value === 'closing' ? 'preamble' : value
}

const samePair = (a: Pair, b: Pair): boolean => samePlace(a[0], b[0]) && sameParty(a[1], b[1])
const samePairStrict = (a: Pair, b: Pair): boolean => samePlace(a[0], b[0]) && samePartyStrict(a[1], b[1])

/** Score one record against its gold file. */
export function scoreRecord(record: Judged, gold: Judged): Scores {
  const documentScore = scoreDocument(record.document, gold.document)
  const who = [pairs(record, 'who'), pairs(gold, 'who')] as const
  const withs = [pairs(record, 'with'), pairs(gold, 'with')] as const
  const reports = [pairs(record, 'reportTo'), pairs(gold, 'reportTo')] as const
  const inheritedOf = (judged: Judged): string[] =>
    unique(judged.obligations.filter((obligation) => obligation.inherited).map((obligation) => samePlaceKey(obligation.at)), (at) => at)
  const whenOf = (judged: Judged): string[] =>
    unique(
      judged.obligations.flatMap((obligation) => (obligation.when ?? []).map((timing) => `${samePlaceKey(obligation.at)}|${timing.kind}|${timing.date ?? ''}`)),
      (key) => key
    )
  const refrainOf = (judged: Judged): string[] =>
    unique(judged.obligations.filter((obligation) => obligation.polarity === 'refrain').map((obligation) => samePlaceKey(obligation.at)), (at) => at)
  const exact = (a: string, b: string): boolean => a === b
  const [predictedInherited, expectedInherited] = [inheritedOf(record), inheritedOf(gold)]
  const [predictedWhen, expectedWhen] = [whenOf(record), whenOf(gold)]
  const [predictedRefrain, expectedRefrain] = [refrainOf(record), refrainOf(gold)]
  return {
    document: documentScore,
    who: score(matchCount(who[0], who[1], samePair), who[0].length, who[1].length),
    whoStrict: score(matchCount(who[0], who[1], samePairStrict), who[0].length, who[1].length),
    inherited: score(matchCount(predictedInherited, expectedInherited, exact), predictedInherited.length, expectedInherited.length),
    when: score(matchCount(predictedWhen, expectedWhen, exact), predictedWhen.length, expectedWhen.length),
    with: score(matchCount(withs[0], withs[1], samePair), withs[0].length, withs[1].length),
    reportTo: score(matchCount(reports[0], reports[1], samePair), reports[0].length, reports[1].length),
    polarity: score(matchCount(predictedRefrain, expectedRefrain, exact), predictedRefrain.length, expectedRefrain.length)
  }
}

/** Document fields: each right or wrong after normalisation. */
function scoreDocument(record: Record<string, unknown>, gold: Record<string, unknown>): Scores['document'] {
  const result = {filledRight: 0, filled: 0, emptyFilled: 0, empty: 0, wrong: [] as string[]}
  for (const [field, expected] of Object.entries(gold)) {
    const actual = record[field]
    const isEmpty = expected === null || (Array.isArray(expected) && expected.length === 0)
    if (isEmpty) {
      result.empty++
      const filled = !(actual === null || actual === undefined || (Array.isArray(actual) && actual.length === 0))
      if (filled) {
        result.emptyFilled++
        result.wrong.push(field)
      }

      continue
    }

    result.filled++
    if (fieldRight(field, actual, expected)) result.filledRight++
    else result.wrong.push(field)
  }

  return result
}

function fieldRight(field: string, actual: unknown, expected: unknown): boolean {
  if (field === 'subject') return typeof actual === 'string' && wordF1(actual, expected as string) >= 0.8
  if (field === 'requested') {
    const left = (actual as string[] | undefined) ?? []
    const right = expected as string[]
    const covered = (from: string[], to: string[]): number => (from.length === 0 ? 0 : from.filter((a) => to.some((b) => sameParty(a, b))).length / from.length)
    return covered(left, right) >= 0.8 && covered(right, left) >= 0.8
  }

  return deepNormalized(actual) === deepNormalized(expected)
}

function deepNormalized(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? normalize(inner) : inner))
}

/** Sum scores over documents (micro average). */
export function total(all: Scores[]): Scores {
  const sum = (pick: (scores: Scores) => Score): Score =>
    score(
      all.reduce((n, s) => n + pick(s).matched, 0),
      all.reduce((n, s) => n + pick(s).predicted, 0),
      all.reduce((n, s) => n + pick(s).expected, 0)
    )
  return {
    document: {
      filledRight: all.reduce((n, s) => n + s.document.filledRight, 0),
      filled: all.reduce((n, s) => n + s.document.filled, 0),
      emptyFilled: all.reduce((n, s) => n + s.document.emptyFilled, 0),
      empty: all.reduce((n, s) => n + s.document.empty, 0),
      wrong: all.flatMap((s) => s.document.wrong)
    },
    who: sum((s) => s.who),
    whoStrict: sum((s) => s.whoStrict),
    inherited: sum((s) => s.inherited),
    when: sum((s) => s.when),
    with: sum((s) => s.with),
    reportTo: sum((s) => s.reportTo),
    polarity: sum((s) => s.polarity)
  }
}
