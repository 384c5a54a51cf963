/**
 * The aggregate outputs of a batch (`records.jsonl`, `obligations.csv`,
 * `index.html`, `obligations.parquet` and `documents.parquet`), made from the parts each input left, in the batch's input
 * order, written atomically. A run makes them from its own parts; merging
 * shards makes them from the parts of every shard's output folder.
 */
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import type {PageSummary} from '../outputs/html/corpus.js'
import {writeAtomic} from './atomic.js'
import {partPath, summaryPath} from './paths.js'
import {csvHeader, type Format} from './outputs.js'

/** One input's parts: the output folder they are in and the input's id. */
export interface Part {
  folder: string
  id: string
}

/** Where the aggregates go: the folder, a suffix for their names (`.shard-2-of-3`, or none), a scratch folder. */
export interface AggregateTarget {
  out: string
  suffix: string
  scratch: string
}

/** The name of an aggregate output: `records.jsonl`, or `records.shard-2-of-3.jsonl` for a shard. */
export function aggregateName(format: 'jsonl' | 'csv' | 'html' | 'report', suffix = ''): string {
  const names = {jsonl: 'records', csv: 'obligations', html: 'index', report: 'report'} as const
  const extensions = {jsonl: 'jsonl', csv: 'csv', html: 'html', report: 'json'} as const
  return `${names[format]}${suffix}.${extensions[format]}`
}

/** Write the aggregates of `formats` from the parts `parts()` gives, in that order (it is called once per aggregate). */
export async function writeAggregates(target: AggregateTarget, parts: () => Iterable<Part>, formats: readonly Format[]): Promise<void> {
  for (const format of ['jsonl', 'csv'] as const) {
    if (!formats.includes(format)) continue
    mkdirSync(target.scratch, {recursive: true})
    const temporary = join(target.scratch, `merge.${process.pid}.${format}.tmp`)
    const fd = openSync(temporary, 'w')
    try {
      if (format === 'csv') writeSync(fd, csvHeader())
      for (const {folder, id} of parts()) {
        const part = partPath(folder, id, format)
        if (existsSync(part)) writeSync(fd, readFileSync(part))
      }
    } finally {
      closeSync(fd)
    }

    renameSync(temporary, join(target.out, aggregateName(format, target.suffix)))
  }

  if (formats.includes('html')) await writeIndex(target, parts)
  if (formats.includes('parquet')) await (await import('./parquet.js')).writeParquet(target, parts)
}

/** `index.html`: the corpus page, from the summaries the pages left, read one at a time; links lead from `out` to each page where it is. */
async function writeIndex(target: AggregateTarget, parts: () => Iterable<Part>): Promise<void> {
  // Loaded when an index is written: the thread that runs a batch holds no more code than it needs.
  const {renderCorpusPage} = await import('../outputs/html/corpus.js')
  const out = resolve(target.out)
  function* summaries(): Generator<PageSummary> {
    for (const {folder, id} of parts()) {
      const path = summaryPath(folder, id)
      if (!existsSync(path)) continue
      const summary = JSON.parse(readFileSync(path, 'utf8')) as PageSummary
      yield resolve(folder) === out ? summary : {...summary, href: relative(out, join(folder, summary.href)).split(sep).join('/')}
    }
  }

  writeAtomic(join(target.out, aggregateName('html', target.suffix)), await renderCorpusPage(summaries()), target.scratch)
}
