/**
 * What a conversion job is and where its files go: the plain data and paths
 * the main thread needs, apart from the converter itself (convert-one.ts), so
 * that the thread that plans and tallies a batch never loads the analyzer.
 */
import {join} from 'node:path'
import type {EncodingOption} from '../text/encoding.js'
import type {ConvertedDocument, Format} from './outputs.js'

/** One file to convert. */
export interface Job {
  /** Absolute path of the input. */
  input: string
  /** The path to show and record. */
  path: string
  /** Stable id of the input (from its relative path). */
  id: string
  /** Absolute output folder. */
  out: string
  /** Output path relative to `out`, without extension. */
  relative: string
  formats: Format[]
  tree: boolean
  resume: boolean
  maxBytes: number
  version: string
  /** The code page of the input (`auto`: detected). */
  encoding?: EncodingOption
  /** Send the converted document back with the result (for `chithi ingest`) instead of only writing files. */
  returnDocument?: boolean
  /** The SHA-256 the input had when last processed: when it has not changed, the job is skipped. */
  knownSha256?: string
  /** The input's bytes, when it is not a file (standard input). */
  bytes?: Uint8Array
  /** Where temporary files go (default: the output folder's; a shard has its own, so that shards can share an output folder). */
  scratch?: string
}

/** What converting one file gave. */
export interface JobResult {
  path: string
  id: string
  status: 'converted' | 'skipped' | 'failed'
  reason?: string
  sha256?: string
  obligations: number
  parties: number
  warnings: number
  errors: number
  /** Messages by rule id. */
  rules: Record<string, number>
  /** The converted document (record and messages, no tree), when the job asked for it. */
  document?: ConvertedDocument
  /** The document's words, when the job asked for the document. */
  text?: string
}

/** Where the state of a converted input lives. */
export function statePath(out: string, id: string): string {
  return join(out, '.chithi', 'state', `${id}.json`)
}

/** Where temporary files of a run go (cleared at the start of each run; a shard's in a folder of its own). */
export function scratchPath(out: string, shard?: string): string {
  return shard ? join(out, '.chithi', 'tmp', shard) : join(out, '.chithi', 'tmp')
}

/** Where a shard lists the inputs it converted, by their position in the whole batch (for merging the shards' outputs). */
export function shardOrderPath(out: string, shard: string): string {
  return join(out, '.chithi', 'shards', `${shard}.order`)
}

/** Where a per-input part of an aggregate output lives. */
export function partPath(out: string, id: string, format: 'jsonl' | 'csv'): string {
  return join(out, '.chithi', 'parts', `${id}.${format}`)
}

/** Where the corpus index's summary of an input lives (made with its HTML page). */
export function summaryPath(out: string, id: string): string {
  return join(out, '.chithi', 'parts', `${id}.summary.json`)
}

/** Where the per-input output of a format lives. */
export function outputPath(job: Pick<Job, 'out' | 'relative' | 'id'>, format: Format): string {
  if (format === 'jsonl' || format === 'csv') return partPath(job.out, job.id, format)
  // Parquet files are made at the end from the same line a JSONL part holds.
  if (format === 'parquet') return partPath(job.out, job.id, 'jsonl')
  // Names that would collide (`index` in HTML: the corpus page) were changed when the batch was planned (names.ts).
  return join(job.out, `${job.relative}.${format}`)
}

