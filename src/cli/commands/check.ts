/** `chithi check FILE…`: what was doubtful, repaired or missing, per file. */
import type {Command} from 'commander'
import {analyzeFile} from '../../semantics/analyze.js'
import type {EncodingOption} from '../../text/encoding.js'
import type {Context} from '../context.js'
import {encodingOption} from '../encoding.js'
import {addReporterOptions, printMessages, type ReporterOptions} from '../messages.js'
import {extensions} from '../parsers.js'
import {expandPaths, readVFileOrProblem, unreadable} from '../read.js'

interface Options extends ReporterOptions {
  ext: string[]
  encoding: EncodingOption
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('print what was doubtful, repaired or missing in each directive (on standard error, like vfile-reporter); exit 1 if any file had an error or could not be read')
    .argument('<files...>', 'files, folders or globs; - for standard input')
    .option('--ext <list>', 'extensions to read in folders, comma separated', extensions, ['txt'])
    .addOption(encodingOption())
  addReporterOptions(command)
    .addHelpText('after', '\nExamples:\n  $ chithi check archive/ -q\n  $ chithi check "archive/**/*.txt" --report json 2> messages.json\n')
    .action(async (patterns: string[], options: Options) => {
      const {files: paths, unmatched} = await expandPaths(patterns, options.ext)
      const files = unmatched.map((problem) => unreadable(problem.path, problem.reason))
      for (const path of paths) {
        const file = await readVFileOrProblem(path, io, options.encoding)
        files.push(file.value === undefined ? file : analyzeFile(file).file)
      }

      printMessages(files, options, io, true)
      if (files.some((file) => file.messages.some((message) => message.fatal))) context.exitCode = 1
    })
}
