/**
 * Opening the corpus database for a command: a clear message (and exit code 2)
 * when it is missing or is not a chithi database, never a stack trace.
 */
import {existsSync} from 'node:fs'
import {openCorpus, type Corpus} from '../store/corpus.js'

/** Run `use` on the corpus at `path` (read-only), closing it after. */
export function withCorpus(command: string, path: string, use: (corpus: Corpus) => void): void {
  if (!existsSync(path)) {
    process.stderr.write(`chithi ${command}: ${path}: no such database (make one with \`chithi ingest FILES --db ${path}\`)\n`)
    process.exitCode = 2
    return
  }

  let corpus: Corpus
  try {
    corpus = openCorpus(path, {readonly: true})
  } catch (error) {
    process.stderr.write(`chithi ${command}: ${path}: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
    return
  }

  try {
    use(corpus)
  } catch (error) {
    process.stderr.write(`chithi ${command}: ${path}: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  } finally {
    corpus.close()
  }
}
