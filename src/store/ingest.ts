/**
 * `chithi ingest`: directives into the corpus database, in parallel through
 * the bulk converter's pipeline, one transaction per batch, idempotent.
 */
import {availableParallelism} from 'node:os'
import {dirname} from 'node:path'
import {planInputs, type PlannedInput} from '../batch/inputs.js'
import {jobsOf, runJobs} from '../batch/pool.js'
import type {EncodingOption} from '../text/encoding.js'
import {progress, type ProgressOutput} from '../batch/progress.js'
import {destinationFolder, openDestination} from './destination.js'
import type {PendingDocument} from './postgres-write.js'

/** Options of an ingest. */
export interface IngestOptions {
  /** The corpus: a SQLite file (created if needed) or a PostgreSQL connection string (`postgres://user@host/db`; the schema is made if needed). */
  db: string
  jobs?: number
  /** Documents per transaction. */
  batch?: number
  maxBytes?: number
  /** Seconds one input may take before it is failed (0: no limit; 60 by default). */
  timeLimit?: number
  /** The code page of the inputs (`auto`, the default: detected for each). */
  encoding?: EncodingOption
  extensions?: string[]
  version: string
  /** Show progress on standard error (default), or on this output, or not (`false`). */
  progress?: boolean | ProgressOutput
  /** Stop starting documents once aborted: those in hand are stored, the database closed, and the report says `interrupted`. */
  signal?: AbortSignal
}

/** What an ingest did. */
export interface IngestReport {
  documents: {total: number; ingested: number; unchanged: number; failed: number}
  obligations: number
  failed: Array<{path: string; reason: string}>
  warnings: number
  errors: number
  seconds: number
  /** The run was stopped by its signal before every input was read. */
  interrupted: boolean
  /** Why writing stopped (a full disk, a database locked too long …): `documents.ingested` counts the documents stored before. */
  stopped?: string
}

/**
 * Ingest files, folders or globs into the corpus at `options.db`. Idempotent
 * (a path already stored from the same bytes by the same version is
 * skipped); on PostgreSQL several ingesters may run at once, on one machine
 * or many: each parses on its own and they write one batch at a time.
 */
export async function ingest(patterns: readonly string[], options: IngestOptions): Promise<IngestReport | {problem: string}> {
  const started = Date.now()
  // An input inside the SQLite file's folder is fine (allowOutInside); the file itself is never read as an input.
  const plan = await planInputs(patterns, {out: destinationFolder(options.db), allowOutInside: true, extensions: options.extensions ?? ['txt']})
  if (plan.problem) return {problem: plan.problem}
  if (plan.inputs.length === 0) {
    // Nothing to read: no database is made.
    const failed = plan.refused.map((refusal) => ({path: refusal.path, reason: refusal.reason}))
    return {documents: {total: failed.length, ingested: 0, unchanged: 0, failed: failed.length}, obligations: 0, failed, warnings: 0, errors: 0, seconds: 0, interrupted: false}
  }

  const db = await openDestination(options.db)
  try {
    const known = await db.known(options.version)
    const jobs = jobsOf(
      plan.inputs,
      {out: dirname(db.out), formats: [], tree: false, resume: false, maxBytes: options.maxBytes ?? 20_000_000, version: options.version, returnDocument: true, encoding: options.encoding ?? 'auto'},
      (input) => ({knownSha256: known.get(input.input)})
    )

    const report: IngestReport = {
      documents: {total: jobs.length + plan.refused.length, ingested: 0, unchanged: 0, failed: plan.refused.length},
      obligations: 0,
      failed: plan.refused.map((refusal) => ({path: refusal.path, reason: refusal.reason})),
      warnings: 0,
      errors: 0,
      seconds: 0,
      interrupted: false
    }
    let pending: PendingDocument[] = []
    // Test hook: die without warning half-way through this batch's transaction.
    const killIn = Number(process.env.CHITHI_FAULT_KILL_IN_BATCH ?? 0)
    let batches = 0
    // Batches are written in order, one at a time, while the workers go on parsing; a failed write stops the run.
    let writing = Promise.resolve()
    let failure: unknown
    let stored = 0
    let storedObligations = 0
    const stop = new AbortController()
    const flush = (): void => {
      const batch = pending
      pending = []
      const fault = ++batches === killIn
      writing = writing.then(() =>
        failure === undefined
          ? db.write(batch, fault).then(
              () => {
                stored += batch.length
                storedObligations += batch.reduce((sum, entry) => sum + (entry.document.record?.obligations.length ?? 0), 0)
              },
              (error: unknown) => {
                failure = error
                stop.abort()
              }
            )
          : undefined
      )
    }
    const bar = options.progress === false ? undefined : progress(jobs.length, 'ingest', options.progress === true ? undefined : options.progress)
    await runJobs(jobs, options.jobs ?? availableParallelism(), (result, index) => {
      bar?.tick(result.status === 'failed')
      report.warnings += result.warnings
      report.errors += result.errors
      if (result.status === 'failed') {
        report.documents.failed++
        report.failed.push({path: result.path, reason: result.reason ?? 'unknown'})
        return
      }

      if (result.status === 'skipped') {
        report.documents.unchanged++
        return
      }

      report.documents.ingested++
      report.obligations += result.obligations
      if (result.document && result.sha256) pending.push({path: (plan.inputs.at(index) as PlannedInput).input, document: result.document, text: result.text ?? ''})
      if (pending.length >= (options.batch ?? 200)) flush()
    }, options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal, options.timeLimit)
    if (pending.length > 0) flush()
    await writing
    bar?.stop()
    if (failure !== undefined) {
      // What was stored is stored whole (a transaction per batch): say how far the run got, and why it stopped.
      // Every document not stored counts as failed, read or not: the same command goes on with them.
      report.documents.ingested = stored
      report.documents.failed = report.documents.total - stored - report.documents.unchanged
      report.obligations = storedObligations
      report.stopped = writeFailure(failure)
      report.seconds = (Date.now() - started) / 1000
      return report
    }

    try {
      await db.finish()
    } catch (error) {
      // Every batch is stored; only the tidying at the end (optimising, one file instead of three) was not done.
      report.stopped = `${writeFailure(error)}, after every document was stored`
    }

    report.seconds = (Date.now() - started) / 1000
    report.interrupted = Boolean(options.signal?.aborted)
    return report
  } finally {
    await db.close()
  }
}

/** A failed write in a sentence. */
function writeFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
  const message = error instanceof Error ? error.message : String(error)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `another process held the database too long (${message})`
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return `the disk is full (${message})`
  return message
}
