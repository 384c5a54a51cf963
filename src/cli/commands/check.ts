/** `chithi check FILE…`: what was doubtful, repaired or missing, per file. */
import type {Command} from 'commander'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {analyzeFile} from '../../semantics/analyze.js'
import type {EncodingOption} from '../../text/encoding.js'
import {encodingOption} from '../encoding.js'
import {expandPaths, readVFile} from '../read.js'

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('print what was doubtful, repaired or missing in each directive')
    .argument('<files...>', 'files, folders or globs; - for standard input')
    .option('-q, --quiet', 'only warnings and errors, no info')
    .addOption(encodingOption())
    .action(async (patterns: string[], options: {quiet?: boolean; encoding: EncodingOption}) => {
      const files: VFile[] = []
      for (const path of await expandPaths(patterns)) {
        files.push(analyzeFile(await readVFile(path, options.encoding)).file)
      }

      process.stderr.write(reporter(files, {quiet: options.quiet ?? false}) + '\n')
      if (files.some((file) => file.messages.some((message) => message.fatal))) process.exitCode = 1
    })
}
