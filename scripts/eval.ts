/**
 * `npm run eval`: score the library's records against the gold files, with
 * the rules of ANNOTATION.md. Three sets, reported apart: the seeds
 * (fixtures/gold), the tuning half of the corpus gold and its held-out half
 * (fixtures/corpus-gold/split.json; texts read from ../shared/corpus).
 * Rules are written against the seeds and the tuning half only, so
 * `--verbose` lists misses per document for those two and never for the
 * held-out half, which is reported in aggregate.
 *
 *   npm run eval                     # the three sets
 *   npm run eval -- --verbose        # and a line per seed and tuning document
 *   npm run eval -- --misses 17-tb   # every miss of one tuning document
 *   npm run eval -- --json           # the figures as JSON
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {analyze} from '../src/index.js'
import {evaluateSet, printScores, printMisses, splitOf, type SetResult} from '../src/eval/run.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const argv = process.argv.slice(2)
const verbose = argv.includes('--verbose')
const json = argv.includes('--json')
const missesIndex = argv.indexOf('--misses')
const missesOf = missesIndex === -1 ? undefined : argv[missesIndex + 1]

const corpusGold = `${root}fixtures/corpus-gold/`
const corpusText = `${root}../shared/corpus/`
const split = splitOf(JSON.parse(readFileSync(`${corpusGold}split.json`, 'utf8')))
const read = (path: string) => analyze(readFileSync(path))

const sets: SetResult[] = [
  evaluateSet({name: 'seeds', goldDir: `${root}fixtures/gold/`, textDir: `${root}fixtures/`, analyze: read}),
  evaluateSet({name: 'probes', goldDir: `${root}test/probes/gold/`, textDir: `${root}test/probes/`, analyze: read})
]
if (existsSync(corpusText)) {
  sets.push(evaluateSet({name: 'tuning', goldDir: corpusGold, textDir: corpusText, only: split.tuning, analyze: read}))
  sets.push(evaluateSet({name: 'held-out', goldDir: corpusGold, textDir: corpusText, only: split.heldout, analyze: read}))
} else console.log('corpus: skipped (../shared/corpus is absent)')

if (missesOf) {
  const found = sets.filter((set) => set.name !== 'held-out').flatMap((set) => set.documents).find((document) => document.name.startsWith(missesOf))
  if (!found) {
    console.error(`--misses: no seed or tuning document starts with ${missesOf}`)
    process.exit(2)
  }

  printMisses(found)
} else if (json) {
  console.log(JSON.stringify(sets.map((set) => ({name: set.name, documents: set.documents.length, missing: set.missing, scores: set.total})), null, 2))
} else {
  for (const set of sets) printScores(set, verbose && set.name !== 'held-out')
}
