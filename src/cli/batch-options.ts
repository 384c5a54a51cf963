/**
 * The options `chithi convert` and `chithi ingest` share: worker threads,
 * the failure rule, the size limit and the extensions read in folders.
 */
import {type Command, Option} from 'commander'
import type {EncodingOption} from '../text/encoding.js'
import {encodingOption} from './encoding.js'

/** The shared options as commander gives them. */
export interface BatchOptions {
  jobs?: string
  failOn: 'error' | 'warning' | 'never'
  maxSize: string
  ext: string
  encoding: EncodingOption
}

/** Declare the shared options on a command. */
export function addBatchOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', 'worker threads (default: one per core)')
    .addOption(new Option('--fail-on <level>', 'exit with 1 when anything failed (error) or also on warnings').choices(['error', 'warning', 'never']).default('error'))
    .option('--max-size <mb>', 'skip files larger than this many megabytes', '20')
    .option('--ext <list>', 'extensions to read in folders, comma separated', 'txt')
    .addOption(encodingOption())
}

/** The shared options as a batch takes them. */
export function batchSettings(options: BatchOptions): {jobs: number | undefined; maxBytes: number; extensions: string[]; encoding: EncodingOption} {
  return {
    encoding: options.encoding,
    jobs: options.jobs ? Math.max(1, Number.parseInt(options.jobs, 10)) : undefined,
    maxBytes: Number(options.maxSize) * 1e6,
    extensions: options.ext.split(',').map((extension) => extension.trim().replace(/^\./, ''))
  }
}
