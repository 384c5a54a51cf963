/**
 * Shards of a batch: `--shard i/n` takes the inputs whose key (the path
 * relative to the input root) hashes to share i of n, so that n machines
 * each convert their own share with no overlap and no coordination.
 */
import {createHash} from 'node:crypto'

/** Share `index` (1 to `count`) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** `i/n` as a shard, or the reason it is not one. */
export function parseShard(text: string): Shard | {problem: string} {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (!match) return {problem: 'expected i/n, such as 2/8 (shards are counted from 1)'}
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1) return {problem: 'the number of shards must be 1 or more'}
  if (index < 1 || index > count) return {problem: `the shard must be from 1 to ${count} (shards are counted from 1)`}
  return {index, count}
}

/** The shard (1 to `count`) a key belongs to: the first 32 bits of its SHA-1, modulo `count`. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % count) + 1
}

/** The shard as it names files: `2-of-8`. */
export function shardLabel(shard: Shard): string {
  return `${shard.index}-of-${shard.count}`
}
