/**
 * `npm run eval`: score the library's records against the gold files, with
 * the rules of ANNOTATION.md. Seeds (fixtures/gold) and the corpus set
 * (fixtures/corpus-gold, texts read from ../shared/corpus) are reported
 * separately. `--verbose` prints every miss.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {analyze} from '../src/index.js'
import {scoreRecord, total, type Judged, type Score, type Scores} from '../src/eval/score.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const verbose = process.argv.includes('--verbose')
const only = process.argv.find((arg) => arg.endsWith('.txt') || arg.endsWith('.json'))

function run(name: string, goldDir: string, textDir: string): Scores | undefined {
  if (!existsSync(goldDir)) return undefined
  const results: Scores[] = []
  for (const file of readdirSync(goldDir).filter((each) => each.endsWith('.json')).sort()) {
    if (only && !file.startsWith(only.replace(/\.(txt|json)$/, ''))) continue
    const gold = JSON.parse(readFileSync(goldDir + file, 'utf8')) as Judged & {file?: string}
    const textPath = textDir + (gold.file ?? file.replace(/\.json$/, '.txt'))
    if (!existsSync(textPath)) {
      console.log(`${name}: ${file} skipped (${textPath} is absent)`)
      continue
    }

    const record = analyze(readFileSync(textPath)) as unknown as Judged
    const scores = scoreRecord(record, gold)
    results.push(scores)
    if (verbose) console.log(`  ${file}: who ${f(scores.who)} when ${f(scores.when)} doc ${scores.document.filledRight}/${scores.document.filled} ${scores.document.wrong.join(' ')}`)
  }

  if (results.length === 0) return undefined
  const sum = total(results)
  print(`${name} (${results.length} documents)`, sum)
  return sum
}

function f(score: Score): string {
  return score.f1.toFixed(2)
}

function print(title: string, scores: Scores): void {
  console.log(`\n${title}`)
  const d = scores.document
  console.log(`  document  ${d.filledRight}/${d.filled} filled fields right; ${d.emptyFilled}/${d.empty} empty fields filled anyway${d.wrong.length ? ` (wrong: ${d.wrong.join(', ')})` : ''}`)
  for (const measure of ['who', 'inherited', 'when', 'with', 'reportTo', 'polarity'] as const) {
    const s = scores[measure]
    console.log(`  ${measure.padEnd(9)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (${s.matched} matched, ${s.predicted} predicted, ${s.expected} expected)`)
  }
}

run('seeds', `${root}fixtures/gold/`, `${root}fixtures/`)
const corpus = `${root}../shared/corpus/`
if (existsSync(corpus)) run('corpus', `${root}fixtures/corpus-gold/`, corpus)
else console.log('\ncorpus: skipped (../shared/corpus is absent)')
