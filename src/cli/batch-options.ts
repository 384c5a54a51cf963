/**
 * The options `chithi convert` and `chithi ingest` share: worker threads,
 * the failure rule, the size limit and the extensions read in folders.
 */
import {type Command, Option} from 'commander'
import type {EncodingOption} from '../text/encoding.js'
import {encodingOption} from './encoding.js'
import {defaultTimeLimit} from '../batch/pool.js'
import {extensions, megabytes, positiveInteger, seconds} from './parsers.js'

/** The shared options as commander gives them (checked and converted). */
export interface BatchOptions {
  jobs?: number
  failOn: 'error' | 'warning' | 'never'
  maxSize: number
  ext: string[]
  encoding: EncodingOption
  timeLimit: number
}

/** Declare the shared options on a command. */
export function addBatchOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', positiveInteger)
    .addOption(new Option('--fail-on <level>', 'exit with 1 when anything failed (error) or also on warnings').choices(['error', 'warning', 'never']).default('error'))
    .option('--max-size <mb>', 'skip files larger than this many megabytes', megabytes, 20)
    .option('--ext <list>', 'extensions to read in folders, comma separated', extensions, ['txt'])
    .option('--time-limit <seconds>', 'fail a file that takes longer than this to read (0: no limit); the batch goes on', seconds, defaultTimeLimit)
    .addOption(encodingOption())
}

/** The shared options as a batch takes them. */
export function batchSettings(options: BatchOptions): {jobs: number | undefined; maxBytes: number; extensions: string[]; encoding: EncodingOption; timeLimit: number} {
  return {jobs: options.jobs, maxBytes: options.maxSize * 1e6, extensions: options.ext, encoding: options.encoding, timeLimit: options.timeLimit}
}
