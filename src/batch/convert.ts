/**
 * `chithi convert`: many directives in, structured files out, with a report
 * of what was doubtful where. Resumable, parallel, nothing half-written.
 */
import {appendFileSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {StringDecoder} from 'node:string_decoder'
import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import type {EncodingOption} from '../text/encoding.js'
import {aggregateName, writeAggregates, type Part} from './aggregate.js'
import {writeAtomic} from './atomic.js'
import {outputPath, scratchPath, shardOrderPath, type JobResult} from './paths.js'
import {planInputs, shown, type InputList, type PlannedInput, type Refusal} from './inputs.js'
import type {Format} from './outputs.js'
import {jobsOf, runJobs} from './pool.js'
import {progress, type ProgressOutput} from './progress.js'
import {nameKey, reservedNames, uniqueName} from './names.js'
import {shardLabel, type Shard} from './shard.js'
import {append} from '../append.js'

/** Options of a conversion. */
export interface ConvertOptions {
  out: string
  formats: Format[]
  jobs?: number
  resume?: boolean
  tree?: boolean
  allowOutInside?: boolean
  maxBytes?: number
  /** Seconds one input may take before it is failed (0: no limit; 60 by default). */
  timeLimit?: number
  extensions?: string[]
  version: string
  /** Show progress on standard error (default), or on this output, or not (`false`). */
  progress?: boolean | ProgressOutput
  /** The bytes of standard input, converted as a file called `stdin` when the inputs include `-`. */
  stdin?: Uint8Array
  /** The code page of the inputs (`auto`, the default: detected for each). */
  encoding?: EncodingOption
  /**
   * Convert only this share of the inputs (by a hash of each one's path
   * relative to its input root). The shard's report and aggregates are named
   * for it (`report.shard-2-of-3.json` …), so shards can share an output folder;
   * `mergeShards` sums them.
   */
  shard?: Shard
}

/** The summary of a run (also written to `report.json` in the output folder). */
export interface ConvertReport {
  version: string
  formats: Format[]
  documents: {total: number; converted: number; skipped: number; failed: number}
  obligations: number
  parties: number
  warnings: number
  errors: number
  /** Messages by rule id, over all documents. */
  rules: Record<string, number>
  /** How many documents had messages (report.json lists them under `doubtful`, by path, with the count of each rule). */
  doubtfulDocuments: number
  failed: Array<{path: string; reason: string}>
  /** Inputs whose output is not named after them, where it went and why (two would collide, or the name is too long). */
  renamed: Array<{path: string; output: string; reason: string}>
  seconds: number
  /** Peak resident memory of the process (all its threads), in MB (merged shards: the largest). */
  peakMemoryMB: number
  /** What could not be written at the end (the aggregates, report.json) and why (a full disk …); absent when all was. */
  writeError?: string
  /** The share of the inputs this run converted (`--shard`); absent for a whole batch. */
  shard?: Shard
}

/** Convert the inputs; resolves to the report (or a problem that stopped the run before it began). */
export async function convert(patterns: readonly string[], options: ConvertOptions): Promise<ConvertReport | {problem: string}> {
  const started = Date.now()
  const out = resolve(options.out)
  const plan = await planInputs(patterns.filter((pattern) => pattern !== '-'), {
    out,
    allowOutInside: options.allowOutInside ?? false,
    extensions: options.extensions ?? ['txt'],
    shard: options.shard,
    // Shards share an output folder: no input takes any shard's report or index.
    reserved: reservedNames(options.formats, ['', ...(options.shard ? Array.from({length: options.shard.count}, (_, index) => `.shard-${shardLabel({index: index + 1, count: options.shard?.count ?? 1})}`) : [])])
  })
  if (plan.problem) return {problem: plan.problem}
  const stdin = patterns.includes('-') && options.stdin ? options.stdin : undefined
  // Nothing matched: say so (the report counts nothing) and make no folder. A shard with no share of a batch still reports.
  if (plan.batch === 0 && !stdin) return emptyReport(options, [])
  const label = options.shard ? shardLabel(options.shard) : undefined
  const scratch = scratchPath(out, label)
  // An output folder that cannot be written is said once, before any input is read (not once per input, then a crash).
  const unwritable = probe(out, scratch)
  if (unwritable) return {problem: `cannot write to --out ${options.out}: ${unwritable}`}

  // Jobs are made as workers ask for them, and results are tallied as they come:
  // the run's memory does not grow with a job object and a result per input.
  const reserved = reservedNames(options.formats)
  const inputs = stdin ? withStandardInput(plan.inputs, reserved) : plan.inputs
  const jobs = jobsOf(inputs, {
    out,
    formats: options.formats,
    tree: options.tree ?? true,
    resume: options.resume ?? false,
    maxBytes: options.maxBytes ?? 20_000_000,
    version: options.version,
    encoding: options.encoding ?? 'auto',
    scratch
  }, (input) => (input.input === standardInput.input ? {bytes: stdin} : {}))

  const report = emptyReport(options, plan.refused)
  const doubtful = new DoubtfulLog(join(scratch, `doubtful.${process.pid}.jsonl`))
  const failed = new Uint8Array(inputs.length)
  const bar = options.progress === false ? undefined : progress(jobs.length, 'convert', options.progress === true ? undefined : options.progress)
  const perInput = options.formats.find((format) => format === 'json' || format === 'html')
  await runJobs(jobs, options.jobs ?? availableParallelism(), (result, index) => {
    tally(report, result)
    const input = inputs.at(index)
    if (perInput && input?.renamed) report.renamed.push({path: result.path, output: `${input.relative}.${perInput}`, reason: input.renamed})
    if (Object.keys(result.rules).length > 0) doubtful.add(result.path, result.rules)
    if (result.status === 'failed') failed[index] = 1
    bar?.tick(result.status === 'failed')
  }, undefined, options.timeLimit)
  bar?.stop()

  const ids = Array.from({length: inputs.length}, (_, index) => (failed[index] ? undefined : inputs.at(index)?.id))
  function* parts(): Generator<Part> {
    for (const id of ids) if (id !== undefined) yield {folder: out, id}
  }

  const suffix = label ? `.shard-${label}` : ''
  try {
    await writeAggregates({out, suffix, scratch}, parts, options.formats)
    if (label) {
      // Where each converted input stands in the whole batch, so that merged aggregates keep the batch's order.
      const lines = ids.flatMap((id, index) => (id === undefined ? [] : [`${inputs.position(index)} ${id}\n`]))
      writeAtomic(shardOrderPath(out, label), lines.join(''), scratch)
    }
  } catch (error) {
    report.writeError = `the ${options.formats.join(', ')} outputs of the whole batch not written: ${error instanceof Error ? error.message : String(error)}`
  }

  report.seconds = (Date.now() - started) / 1000
  report.peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024)
  report.doubtfulDocuments = doubtful.count
  try {
    doubtful.writeReport(join(out, aggregateName('report', suffix)), report)
  } catch (error) {
    // The disk filled up or the folder was taken away during the run: the summary still says what was done.
    report.writeError = [report.writeError, `${aggregateName('report', suffix)} not written: ${error instanceof Error ? error.message : String(error)}`].filter(Boolean).join('; ')
  }

  return report
}

/**
 * Make the output folder and the run's scratch folder, clear the temporary
 * files a killed run left (a shard's own only: others may be running in the
 * same folder) and write a file there: the reason the folder cannot be
 * written, or undefined.
 */
function probe(out: string, scratch: string): string | undefined {
  // The run's own folder must be its own: through a link, state files would go elsewhere and `tmp/` there be cleared.
  for (const folder of ['.chithi', '.chithi/tmp', '.chithi/state', '.chithi/parts', '.chithi/shards', relative(out, scratch)]) {
    const path = join(out, folder)
    if (isLink(path)) return `${shown(path)} is a symbolic link: the run's files are not written through it (remove it)`
  }

  try {
    mkdirSync(out, {recursive: true})
    rmSync(scratch, {recursive: true, force: true})
    mkdirSync(scratch, {recursive: true})
    const path = join(scratch, `probe.${process.pid}`)
    writeFileSync(path, 'chithi')
    rmSync(path)
    return undefined
  } catch (error) {
    return error instanceof Error && 'code' in error ? `${String(error.code)} (${error.message.replace(/^[A-Z]+: /, '')})` : String(error)
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Standard input as a planned input: a file called `stdin`. */
const standardInput: PlannedInput = {input: '<stdin>', path: '<stdin>', relative: 'stdin', id: 'stdin'}

/** The planned inputs, then standard input (its output named `stdin` unless an input's output or the run's own file has that name). */
function withStandardInput(inputs: InputList, reserved: ReadonlyMap<string, string>): InputList {
  const used = new Set<string>()
  for (let index = 0; index < inputs.length; index++) {
    const relative = inputs.at(index)?.relative
    if (relative !== undefined) used.add(nameKey(relative))
  }

  const {relative, reason} = uniqueName(standardInput.relative, createHash('sha1').update(standardInput.input).digest('hex'), used, reserved)
  const input: PlannedInput = {...standardInput, relative, ...(reason ? {renamed: reason} : {})}
  return {
    length: inputs.length + 1,
    at: (index) => (index === inputs.length ? input : inputs.at(index)),
    position: (index) => (index === inputs.length ? index : inputs.position(index))
  }
}

/** A report with nothing converted yet (the inputs refused before the run counted as failed): where a run, or a merge of shards, starts counting. */
export function emptyReport(options: Pick<ConvertOptions, 'version' | 'formats' | 'shard'>, refused: readonly Refusal[]): ConvertReport {
  return {
    version: options.version,
    formats: options.formats,
    documents: {total: refused.length, converted: 0, skipped: 0, failed: refused.length},
    obligations: 0,
    parties: 0,
    warnings: 0,
    errors: 0,
    rules: {},
    doubtfulDocuments: 0,
    failed: refused.map((refusal) => ({path: refusal.path, reason: refusal.reason})),
    renamed: [],
    seconds: 0,
    peakMemoryMB: 0,
    ...(options.shard ? {shard: options.shard} : {})
  }
}

/** Count one result into the report. */
function tally(report: ConvertReport, result: JobResult): void {
  report.documents.total++
  if (result.status === 'failed') {
    report.documents.failed++
    report.failed.push({path: result.path, reason: result.reason ?? 'unknown'})
  } else if (result.status === 'skipped') report.documents.skipped++
  else report.documents.converted++
  report.obligations += result.obligations
  report.parties += result.parties
  report.warnings += result.warnings
  report.errors += result.errors
  for (const [rule, count] of Object.entries(result.rules)) report.rules[rule] = (report.rules[rule] ?? 0) + count
}

/**
 * The documents with messages, kept on disk as the run goes (a line each)
 * rather than in memory, and spliced into report.json at the end.
 */
class DoubtfulLog {
  count = 0
  private lines: string[] = []
  constructor(private readonly path: string) {}

  add(path: string, rules: Record<string, number>): void {
    this.count++
    this.lines.push(`${JSON.stringify(path)}: ${JSON.stringify(rules)}`)
    if (this.lines.length >= 1000) this.flush()
  }

  private flush(): void {
    if (this.lines.length === 0) return
    mkdirSync(dirname(this.path), {recursive: true})
    appendFileSync(this.path, this.lines.join('\n') + '\n')
    this.lines = []
  }

  /** Write `report` with a `doubtful` object of every line logged, atomically. */
  writeReport(target: string, report: ConvertReport): void {
    this.flush()
    const mark = '\u0000doubtful\u0000'
    const [head, tail] = JSON.stringify({...report, doubtful: mark}, null, 2).split(JSON.stringify(mark)) as [string, string]
    const temporary = `${this.path}.report.tmp`
    mkdirSync(dirname(this.path), {recursive: true})
    const fd = openSync(temporary, 'w')
    try {
      writeSync(fd, head)
      // The log is read a block at a time: a batch's doubtful list grows with it, the run's memory does not.
      let written = 0
      for (const line of logLines(this.path)) writeSync(fd, `${written++ === 0 ? '{\n    ' : ',\n    '}${line}`)
      writeSync(fd, written === 0 ? '{}' : '\n  }')
      writeSync(fd, tail + '\n')
    } finally {
      closeSync(fd)
    }

    renameSync(temporary, target)
    rmSync(this.path, {force: true})
  }
}

/** The non-empty lines of a file (none if it is not there), read a block at a time. */
function* logLines(path: string): Generator<string> {
  if (!existsSync(path)) return
  const fd = openSync(path, 'r')
  try {
    const block = Buffer.alloc(1 << 16)
    const decoder = new StringDecoder('utf8')
    let rest = ''
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) {
      const lines = (rest + decoder.write(block.subarray(0, read))).split('\n')
      rest = lines.pop() ?? ''
      yield* lines.filter(Boolean)
    }

    rest += decoder.end()
    if (rest) yield rest
  } finally {
    closeSync(fd)
  }
}

/** A readable summary of a report. */
export function formatReport(report: ConvertReport, out: string): string {
  const lines = [
    `documents: ${report.documents.total} (${report.documents.converted} converted, ${report.documents.skipped} skipped as already done, ${report.documents.failed} failed) in ${report.seconds.toFixed(1)}s, peak memory ${report.peakMemoryMB} MB`,
    `obligations: ${report.obligations}, parties: ${report.parties}`,
    `messages: ${report.errors} errors, ${report.warnings} warnings`
  ]
  const rules = Object.entries(report.rules).sort((a, b) => b[1] - a[1])
  if (rules.length > 0) append(lines, rules.map(([rule, count]) => `  ${String(count).padStart(6)}  ${rule}`))
  if (report.failed.length > 0) {
    lines.push('failed:')
    for (const failure of report.failed.slice(0, 20)) lines.push(`  ${failure.path}: ${failure.reason}`)
    if (report.failed.length > 20) lines.push(`  … and ${report.failed.length - 20} more (see report.json)`)
  }

  if (report.renamed.length > 0) {
    lines.push('renamed (their own name would collide or is too long):')
    for (const entry of report.renamed.slice(0, 5)) lines.push(`  ${entry.path} → ${entry.output}`)
    if (report.renamed.length > 5) lines.push(`  … and ${report.renamed.length - 5} more (see report.json)`)
  }

  lines.push(`report: ${join(out, aggregateName('report', report.shard ? `.shard-${shardLabel(report.shard)}` : ''))}`)
  return lines.join('\n')
}

/** The exit code a run deserves under `--fail-on` (convert and ingest alike). */
export function exitCode(report: {documents: {failed: number}; errors: number; warnings: number}, failOn: 'error' | 'warning' | 'never'): number {
  if (failOn === 'never') return 0
  if (report.documents.failed > 0 || report.errors > 0) return 1
  if (failOn === 'warning' && report.warnings > 0) return 1
  return 0
}

export {outputPath}
