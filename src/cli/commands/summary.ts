/** `chithi summary FILE…`: a one-screen summary. */
import type {Command} from 'commander'
import {parseFile} from '../../parse.js'
import {documentFields} from '../../tree/fields.js'
import type {EncodingOption} from '../../text/encoding.js'
import type {Context} from '../context.js'
import {encodingOption} from '../encoding.js'
import {extensions} from '../parsers.js'
import {expandPaths, readVFileOrProblem, unreadable} from '../read.js'
import {summaryTable, type SummaryRow} from '../summary.js'

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('parse directives and print a one-screen summary of each; exit 1 if a file could not be read')
    .argument('<files...>', 'files, folders or globs; - for standard input')
    .option('--ext <list>', 'extensions to read in folders, comma separated', extensions, ['txt'])
    .addOption(encodingOption())
    .addHelpText('after', '\nExample:\n  $ chithi summary fixtures/\n')
    .action(async (patterns: string[], options: {ext: string[]; encoding: EncodingOption}) => {
      const {files, unmatched} = await expandPaths(patterns, options.ext)
      const rows: SummaryRow[] = unmatched.map((problem) => ({path: problem.path, fields: undefined, file: unreadable(problem.path, problem.reason)}))
      for (const path of files) {
        const read = await readVFileOrProblem(path, io, options.encoding)
        const {tree, file} = read.value === undefined ? {tree: undefined, file: read} : parseFile(read)
        rows.push({path, fields: tree ? documentFields(tree) : undefined, file})
      }

      io.stdout.write(summaryTable(rows) + '\n')
      if (rows.some((row) => !row.fields)) context.exitCode = 1
    })
}
