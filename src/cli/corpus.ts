/**
 * Opening the corpus for a command: a SQLite file or a PostgreSQL database
 * (`--db`, or `CHITHI_DB`), a clear message (and exit code 2) when it is
 * missing or is not a chithi corpus, never a stack trace, and a connection
 * string never shown with its password.
 */
import {existsSync} from 'node:fs'
import {MissingDependencyError} from '../optional.js'
import {openCorpus, type Corpus} from '../store/corpus.js'
import {isPostgres, shownLocation} from '../store/location.js'
import type {Io} from './io.js'
import {CliError, usageError} from './io.js'

/** `--db`, as every store command declares it. */
export const dbOption = ['--db <file|url>', 'the corpus: a SQLite file, or postgres://user@host/db (default: $CHITHI_DB)'] as const

/** The corpus a command names: `--db`, else `CHITHI_DB`. */
export function corpusLocation(given: string | undefined, io: Io): string {
  const location = given ?? io.env.CHITHI_DB
  if (!location) throw usageError('--db FILE|URL is required (or set CHITHI_DB)')
  return location
}

/** Run `use` on the corpus at `location` (read-only), closing it after. */
export async function withCorpus<T>(location: string, use: (corpus: Corpus) => Promise<T> | T): Promise<T> {
  const shown = shownLocation(location)
  if (!isPostgres(location) && !existsSync(location)) throw new CliError(`${location}: no such database (make one with \`chithi ingest FILES --db ${location}\`)`, 2)
  let corpus: Corpus
  try {
    corpus = await openCorpus(location, {readonly: true})
  } catch (error) {
    if (error instanceof MissingDependencyError) throw error
    throw new CliError(prefixed(shown, error), 2)
  }

  try {
    return await use(corpus)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(prefixed(shown, error))
  } finally {
    await corpus.close()
  }
}

/** An error's message after the location (once: PostgreSQL's errors already begin with it). */
function prefixed(shown: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.startsWith(`${shown}: `) ? message : `${shown}: ${message}`
}
