/**
 * Running the scorer over a set of gold files, and printing what it found:
 * the figures of a set, and the misses of one document (for the sets that
 * rules may be written against).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {folded, sameParty, samePartyStrict, samePlace, samePlaceKey, scoreRecord, total, type Judged, type Score, type Scores} from './score.js'

/** The corpus gold split: document names (without extension) in each half. */
export interface Split {
  tuning: string[]
  heldout: string[]
}

/** Read `split.json`, checking that no document is in both halves. */
export function splitOf(value: unknown): Split {
  const split = value as Partial<Split>
  if (!Array.isArray(split.tuning) || !Array.isArray(split.heldout)) throw new Error('split.json needs `tuning` and `heldout` lists')
  const both = split.tuning.filter((name) => split.heldout!.includes(name))
  if (both.length > 0) throw new Error(`split.json: in both halves: ${both.join(', ')}`)
  return {tuning: split.tuning, heldout: split.heldout}
}

/** One scored document. */
export interface DocumentResult {
  name: string
  gold: Judged
  record: Judged
  scores: Scores
}

/** A scored set. */
export interface SetResult {
  name: string
  documents: DocumentResult[]
  /** Gold files listed but absent, or whose text is absent. */
  missing: string[]
  total: Scores | undefined
}

/** Score every gold file of a folder (or those named in `only`). */
export function evaluateSet(options: {name: string; goldDir: string; textDir: string; only?: string[]; analyze: (path: string) => unknown}): SetResult {
  const names = options.only ?? (existsSync(options.goldDir) ? readdirSync(options.goldDir) : []).filter((file) => file.endsWith('.json') && file !== 'split.json').map((file) => file.slice(0, -5))
  const documents: DocumentResult[] = []
  const missing: string[] = []
  for (const name of [...names].sort()) {
    const goldPath = `${options.goldDir}${name}.json`
    if (!existsSync(goldPath)) {
      missing.push(name)
      continue
    }

    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Judged & {file?: string}
    const textPath = options.textDir + (gold.file ?? `${name}.txt`)
    if (!existsSync(textPath)) {
      missing.push(name)
      continue
    }

    const record = options.analyze(textPath) as Judged
    documents.push({name, gold, record, scores: scoreRecord(record, gold)})
  }

  return {name: options.name, documents, missing, total: documents.length > 0 ? total(documents.map((document) => document.scores)) : undefined}
}

const measures = ['who', 'whoStrict', 'inherited', 'when', 'with', 'reportTo', 'polarity'] as const

/** Print a set's figures (and a line per document when `perDocument`). */
export function printScores(set: SetResult, perDocument: boolean): void {
  if (!set.total) {
    console.log(`\n${set.name}: no documents${set.missing.length ? ` (missing: ${set.missing.join(', ')})` : ''}`)
    return
  }

  if (perDocument) {
    for (const document of set.documents) {
      const s = document.scores
      console.log(`  ${document.name.padEnd(48)} who ${f(s.who)} strict ${f(s.whoStrict)} when ${f(s.when)} doc ${s.document.filledRight}/${s.document.filled} ${s.document.wrong.join(' ')}`)
    }
  }

  const scores = set.total
  console.log(`\n${set.name} (${set.documents.length} documents${set.missing.length ? `; missing: ${set.missing.join(', ')}` : ''})`)
  const d = scores.document
  console.log(`  document  ${(d.filledRight / Math.max(1, d.filled)).toFixed(2)} = ${d.filledRight}/${d.filled} filled fields right; ${d.emptyFilled}/${d.empty} empty fields filled anyway`)
  for (const measure of measures) {
    const s = scores[measure]
    console.log(`  ${measure.padEnd(9)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (${s.matched} matched, ${s.predicted} predicted, ${s.expected} expected)`)
  }
}

function f(score: Score): string {
  return score.f1.toFixed(2)
}

type Obligations = Judged['obligations']

/** Print what a document's record got wrong: fields, then parties and timings per place. */
export function printMisses(document: DocumentResult): void {
  const {gold, record} = document
  console.log(`${document.name}`)
  for (const field of document.scores.document.wrong) {
    console.log(`  document.${field}\n    gold:   ${JSON.stringify(gold.document[field])}\n    record: ${JSON.stringify(record.document[field])}`)
  }

  for (const field of ['who', 'with', 'reportTo'] as const) {
    const expected = pairsOf(gold.obligations, field)
    const predicted = pairsOf(record.obligations, field)
    for (const [at, party] of expected) {
      const strict = predicted.find(([a, p]) => samePlace(a, at) && samePartyStrict(p, party))
      if (strict) continue
      const loose = predicted.find(([a, p]) => samePlace(a, at) && sameParty(p, party))
      console.log(`  ${field} ${at}: ${loose ? `boundary: gold "${party}", record "${loose[1]}"` : `missed "${party}"`}`)
    }

    for (const [at, party] of predicted) {
      if (!expected.some(([a, p]) => samePlace(a, at) && sameParty(p, party))) console.log(`  ${field} ${at}: spurious "${party}"`)
    }
  }

  const timings = (obligations: Obligations): Map<string, string> => {
    const out = new Map<string, string>()
    for (const obligation of obligations) {
      for (const timing of obligation.when ?? []) out.set(`${samePlaceKey(obligation.at)}|${timing.kind}|${timing.date ?? ''}`, (timing as {text?: string}).text ?? '')
    }

    return out
  }

  const goldWhen = timings(gold.obligations)
  const recordWhen = timings(record.obligations)
  for (const [key, text] of goldWhen) if (!recordWhen.has(key)) console.log(`  when missed ${key} "${text}"`)
  for (const [key, text] of recordWhen) if (!goldWhen.has(key)) console.log(`  when spurious ${key} "${text}"`)
  const inherited = (obligations: Obligations): Set<string> => new Set(obligations.filter((obligation) => obligation.inherited).map((obligation) => samePlaceKey(obligation.at)))
  const goldInherited = inherited(gold.obligations)
  const recordInherited = inherited(record.obligations)
  for (const at of goldInherited) if (!recordInherited.has(at)) console.log(`  inherited missed at ${at}`)
  for (const at of recordInherited) if (!goldInherited.has(at)) console.log(`  inherited spurious at ${at}`)
}

function pairsOf(obligations: Obligations, field: 'who' | 'with' | 'reportTo'): Array<[string, string]> {
  const seen = new Set<string>()
  const out: Array<[string, string]> = []
  for (const obligation of obligations) {
    for (const party of obligation[field] ?? []) {
      const key = `${samePlaceKey(obligation.at)}|${folded(party)}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push([obligation.at, party])
    }
  }

  return out
}
