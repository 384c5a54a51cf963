/**
 * Merging the shards of a batch (`chithi convert --merge-reports DIR…`):
 * their reports summed into one `report.json`, and their aggregates
 * (`records.jsonl`, `obligations.csv`, `index.html`) made again in the
 * whole batch's order, as one unsharded run would have written them.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {aggregateName, writeAggregates, type Part} from './aggregate.js'
import {writeAtomic} from './atomic.js'
import {scratchPath, shardOrderPath} from './paths.js'
import {emptyReport, type ConvertReport} from './convert.js'
import {shardLabel} from './shard.js'
import {append} from '../append.js'

/** A shard's report as `report.shard-I-of-N.json` holds it. */
type ShardReport = ConvertReport & {shard: {index: number; count: number}; doubtful?: Record<string, Record<string, number>>}

/** The report of merged shards (also written to `report.json`), with the documents that had messages by path. */
export type MergedReport = ConvertReport & {shards: number; doubtful: Record<string, Record<string, number>>}

/**
 * Merge the shards whose outputs are in `folders` (one folder for all, or
 * one each) into `out` (default: the first folder). Every shard of the
 * batch must be there, once.
 */
export async function mergeShards(folders: readonly string[], options: {out?: string} = {}): Promise<MergedReport | {problem: string}> {
  const shards = new Map<number, {folder: string; report: ShardReport}>()
  let count: number | undefined
  for (const folder of [...new Set(folders.map((given) => resolve(given)))]) {
    if (!existsSync(folder)) return {problem: `${folder}: no such folder`}
    const names = readdirSync(folder).filter((name) => /^report\.shard-\d+-of-\d+\.json$/.test(name))
    if (names.length === 0) return {problem: `${folder}: no shard report in it (report.shard-I-of-N.json, written by chithi convert --shard I/N)`}
    for (const name of names) {
      const report = JSON.parse(readFileSync(join(folder, name), 'utf8')) as ShardReport
      const first = shards.values().next().value?.report
      if (count !== undefined && report.shard.count !== count) return {problem: `${join(folder, name)}: a shard of ${report.shard.count}, the others are of ${count}`}
      if (first && (first.version !== report.version || first.formats.join() !== report.formats.join())) {
        return {problem: `${join(folder, name)}: made by chithi ${report.version} as ${report.formats.join()}, the others by ${first.version} as ${first.formats.join()}`}
      }

      if (shards.has(report.shard.index)) return {problem: `shard ${report.shard.index}/${report.shard.count} is there twice: in ${shards.get(report.shard.index)?.folder} and ${folder}`}
      count = report.shard.count
      shards.set(report.shard.index, {folder, report})
    }
  }

  const total = count ?? 0
  const missing = Array.from({length: total}, (_, index) => index + 1).filter((index) => !shards.has(index))
  if (missing.length > 0) return {problem: `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${total}`).join(', ')}: no report.shard-${missing[0]}-of-${total}.json in ${folders.join(', ')}`}

  const ordered = Array.from({length: total}, (_, index) => shards.get(index + 1) as {folder: string; report: ShardReport})
  const first = (ordered[0] as {report: ShardReport}).report
  const merged: MergedReport = {...emptyReport({version: first.version, formats: first.formats}, []), shards: total, doubtful: {}}
  for (const {report} of ordered) {
    for (const key of ['total', 'converted', 'skipped', 'failed'] as const) merged.documents[key] += report.documents[key]
    merged.obligations += report.obligations
    merged.parties += report.parties
    merged.warnings += report.warnings
    merged.errors += report.errors
    for (const [rule, n] of Object.entries(report.rules)) merged.rules[rule] = (merged.rules[rule] ?? 0) + n
    merged.doubtfulDocuments += report.doubtfulDocuments
    append(merged.failed, report.failed)
    append(merged.renamed, report.renamed ?? [])
    // The shards ran side by side: the batch took as long as the longest, with the largest memory.
    merged.seconds = Math.max(merged.seconds, report.seconds)
    merged.peakMemoryMB = Math.max(merged.peakMemoryMB, report.peakMemoryMB)
    Object.assign(merged.doubtful, report.doubtful ?? {})
  }

  // Every converted input, where it stands in the whole batch.
  const entries: Array<Part & {position: number}> = []
  for (const {folder, report} of ordered) {
    const path = shardOrderPath(folder, shardLabel(report.shard))
    if (!existsSync(path)) return {problem: `${path}: missing (the shard's run did not finish; run it again with --resume)`}
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [position, id] = line.split(' ')
      if (id) entries.push({position: Number(position), folder, id})
    }
  }

  entries.sort((a, b) => a.position - b.position)
  const out = resolve(options.out ?? (folders[0] as string))
  const scratch = scratchPath(out, 'merge')
  mkdirSync(out, {recursive: true})
  await writeAggregates({out, suffix: '', scratch}, () => entries, merged.formats)
  writeAtomic(join(out, aggregateName('report')), JSON.stringify(merged, null, 2) + '\n', scratch)
  rmSync(scratch, {recursive: true, force: true})
  return merged
}
