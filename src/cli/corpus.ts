/**
 * Opening the corpus database for a command: a clear message (and exit code 2)
 * when it is missing or is not a chithi database, never a stack trace.
 */
import {existsSync} from 'node:fs'
import {MissingDependencyError} from '../optional.js'
import {openCorpus, type Corpus} from '../store/corpus.js'
import {CliError} from './io.js'

/** `--db`, as every store command declares it. */
export const dbOption = ['--db <file>', 'the SQLite database made by chithi ingest'] as const

/** Run `use` on the corpus at `path` (read-only), closing it after. */
export function withCorpus<T>(path: string, use: (corpus: Corpus) => T): T {
  if (!existsSync(path)) throw new CliError(`${path}: no such database (make one with \`chithi ingest FILES --db ${path}\`)`, 2)
  let corpus: Corpus
  try {
    corpus = openCorpus(path, {readonly: true})
  } catch (error) {
    if (error instanceof MissingDependencyError) throw error
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`, 2)
  }

  try {
    return use(corpus)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    corpus.close()
  }
}
