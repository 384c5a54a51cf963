/**
 * Convert one input file: read, analyze, write its outputs atomically, and
 * record what was done (a state file written last, for `--resume`).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {VFile} from 'vfile'
import type {EncodingOption} from '../text/encoding.js'
import {pageSummary} from '../outputs/html/corpus.js'
import {filePage} from '../outputs/html/from-file.js'
import {analyzeFile} from '../semantics/analyze.js'
import {toText} from '../tree/to-text.js'
import {jsonChunks} from '../json-chunks.js'
import {writeAtomic} from './atomic.js'
import {linkOnTheWay} from './contained.js'
import type {DirectiveRecord} from '../semantics/record.js'
import type {Root} from '../tree/types.js'
import {csvRows, type ConvertedDocument, type Provenance} from './outputs.js'
import {outputPath, scratchPath, statePath, summaryPath, type Job, type JobResult} from './paths.js'

export {outputPath, partPath, scratchPath, shardOrderPath, statePath, summaryPath, type Job, type JobResult} from './paths.js'

/** The SHA-256 of bytes, in hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** What the JSON output holds for an analysed file: provenance, record, messages with their severity, and the tree when given. */
export function convertedDocument(file: VFile, record: DirectiveRecord, tree: Root | undefined, provenance: Provenance): ConvertedDocument {
  const document: ConvertedDocument = {
    chithi: provenance,
    record,
    messages: file.messages.map((message) => ({
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      reason: message.reason
    }))
  }
  if (tree) document.tree = tree
  return document
}

/** Convert one file. Never throws: failures come back as `status: 'failed'`. */
export function convertOne(job: Job): JobResult {
  const result: JobResult = {path: job.path, id: job.id, status: 'failed', obligations: 0, parties: 0, warnings: 0, errors: 0, rules: {}}
  try {
    const info = job.bytes ? undefined : statSync(job.input)
    // A FIFO given by name or matched by a glob: reading it would wait for a writer forever.
    if (info && !info.isFile()) return {...result, reason: 'not a regular file (a FIFO, socket or device): not read'}
    const size = job.bytes ? job.bytes.length : (info?.size ?? 0)
    if (size === 0) return {...result, reason: 'empty file'}
    if (size > job.maxBytes) return {...result, reason: `too large: ${(size / 1e6).toFixed(1)} MB (limit ${(job.maxBytes / 1e6).toFixed(1)} MB, see --max-size)`}
    const bytes = job.bytes ?? new Uint8Array(readFileSync(job.input))
    const sha256 = sha256Of(bytes)
    result.sha256 = sha256

    if (job.knownSha256 === sha256) return {...result, status: 'skipped'}

    if (job.resume) {
      const previous = readState(job)
      if (previous && previous.sha256 === sha256 && previous.version === job.version && (previous.encoding ?? 'auto') === (job.encoding ?? 'auto') && job.formats.every((format) => existsSync(outputPath(job, format)) && (format !== 'html' || existsSync(summaryPath(job.out, job.id))))) {
        return {...previous, path: job.path, status: 'skipped'}
      }
    }

    const file = new VFile({path: job.path, value: bytes, data: {encoding: job.encoding ?? 'auto'}})
    const {record, tree} = analyzeFile(file)
    for (const message of file.messages) {
      const rule = message.ruleId ?? 'unknown'
      result.rules[rule] = (result.rules[rule] ?? 0) + 1
      if (message.fatal === true) result.errors++
      else if (message.fatal === false) result.warnings++
    }

    if (!record || !tree) {
      return {...result, reason: file.messages.find((message) => message.fatal)?.reason ?? 'not readable as text'}
    }

    if (tree.children.length === 0) return {...result, reason: 'empty text (white space only)'}

    const document = convertedDocument(file, record, job.tree ? tree : undefined, {path: job.path, sha256, version: job.version})

    const scratch = job.scratch ?? scratchPath(job.out)
    for (const format of job.formats) {
      const target = outputPath(job, format)
      const link = linkOnTheWay(job.out, target)
      if (link) return {...result, reason: `${relative(job.out, link)} in the output folder is a symbolic link: not written through`}
      // In chunks: the JSON of a large input's tree may be longer than one string can be.
      if (format === 'json') writeAtomic(target, withNewline(jsonChunks(document)), scratch)
      else if (format === 'jsonl' || format === 'parquet') writeAtomic(target, JSON.stringify({...document, tree: undefined}) + '\n', scratch)
      else if (format === 'csv') writeAtomic(target, csvRows(job.id, job.path, record), scratch)
      else if (format === 'html') {
        const index = relative(dirname(target), join(job.out, 'index.html')).split(sep).join('/')
        writeAtomic(target, filePage({tree, record, file, index}), scratch)
        const href = relative(job.out, target).split(sep).join('/')
        writeAtomic(summaryPath(job.out, job.id), JSON.stringify(pageSummary(record, href, job.path)) + '\n', scratch)
      }
    }

    result.status = 'converted'
    if (job.returnDocument) {
      result.document = {...document, tree: undefined}
      result.text = toText(tree)
    }
    result.obligations = record.obligations.length
    result.parties = record.obligations.reduce((sum, obligation) => sum + obligation.parties.length, 0)
    // The state file is written last: an input counts as done only when all its outputs are.
    if (job.formats.length === 0) return result
    writeAtomic(statePath(job.out, job.id), JSON.stringify({...result, version: job.version, encoding: job.encoding ?? 'auto'}) + '\n', scratch)
    return result
  } catch (error) {
    return {...result, reason: error instanceof Error ? error.message : String(error)}
  }
}

function readState(job: Job): (JobResult & {version: string; encoding?: EncodingOption}) | undefined {
  try {
    return JSON.parse(readFileSync(statePath(job.out, job.id), 'utf8')) as JobResult & {version: string; encoding?: EncodingOption}
  } catch {
    return undefined
  }
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks
  yield '\n'
}
