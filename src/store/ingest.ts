/**
 * `chithi ingest`: directives into the corpus database, in parallel through
 * the bulk converter's pipeline, one transaction per batch, idempotent.
 */
import {availableParallelism} from 'node:os'
import {dirname, resolve} from 'node:path'
import type {JobResult} from '../batch/convert-one.js'
import {planInputs, type PlannedInput} from '../batch/inputs.js'
import {jobsOf, runJobs} from '../batch/pool.js'
import type {EncodingOption} from '../text/encoding.js'
import {progress, type ProgressOutput} from '../batch/progress.js'
import {migrate} from './schema.js'
import {openDatabase} from './sqlite.js'
import {writer} from './write.js'

/** Options of an ingest. */
export interface IngestOptions {
  db: string
  jobs?: number
  /** Documents per transaction. */
  batch?: number
  maxBytes?: number
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
}

/** Ingest files, folders or globs into the database at `options.db` (created if needed). */
export async function ingest(patterns: readonly string[], options: IngestOptions): Promise<IngestReport | {problem: string}> {
  const started = Date.now()
  const path = resolve(options.db)
  const plan = await planInputs(patterns, {out: path, allowOutInside: true, extensions: options.extensions ?? ['txt']})
  if (plan.problem) return {problem: plan.problem}
  if (plan.inputs.length === 0) {
    // Nothing to read: no database is made.
    const failed = plan.refused.map((refusal) => ({path: refusal.path, reason: refusal.reason}))
    return {documents: {total: failed.length, ingested: 0, unchanged: 0, failed: failed.length}, obligations: 0, failed, warnings: 0, errors: 0, seconds: 0, interrupted: false}
  }

  const db = openDatabase(path)
  try {
    migrate(db)
    const known = new Map(
      db
        .prepare<[string], {path: string; id: string}>('SELECT s.path, d.id FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.version = ?')
        .all(options.version)
        .map((row) => [row.path, row.id])
    )
    const jobs = jobsOf(
      plan.inputs,
      {out: dirname(path), formats: [], tree: false, resume: false, maxBytes: options.maxBytes ?? 20_000_000, version: options.version, returnDocument: true, encoding: options.encoding ?? 'auto'},
      (input) => ({knownSha256: known.get(input.input)})
    )

    const put = writer(db)
    const report: IngestReport = {
      documents: {total: jobs.length + plan.refused.length, ingested: 0, unchanged: 0, failed: plan.refused.length},
      obligations: 0,
      failed: plan.refused.map((refusal) => ({path: refusal.path, reason: refusal.reason})),
      warnings: 0,
      errors: 0,
      seconds: 0,
      interrupted: false
    }
    const pending: Array<{input: string; result: JobResult}> = []
    // Test hook: die without warning half-way through this batch's transaction.
    const killIn = Number(process.env.CHITHI_FAULT_KILL_IN_BATCH ?? 0)
    let batches = 0
    const flush = db.transaction(() => {
      batches++
      for (const [index, {input, result}] of pending.entries()) {
        if (batches === killIn && index === pending.length >> 1) process.kill(process.pid, 'SIGKILL')
        if (result.document && result.sha256) put.put(input, result.document, result.text ?? '')
      }
    })
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
      pending.push({input: (plan.inputs.at(index) as PlannedInput).input, result})
      if (pending.length >= (options.batch ?? 200)) {
        flush()
        pending.length = 0
      }
    }, options.signal)
    if (pending.length > 0) flush()
    bar?.stop()
    db.pragma('optimize')
    // Leave one file behind (no -wal, -shm beside it): the database can be copied or opened read-only anywhere.
    db.pragma('journal_mode = DELETE')
    report.seconds = (Date.now() - started) / 1000
    report.interrupted = Boolean(options.signal?.aborted)
    return report
  } finally {
    db.close()
  }
}
