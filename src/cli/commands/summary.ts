/** `chithi summary FILE…`: a one-screen summary. */
import type {Command} from 'commander'
import {parseFile} from '../../parse.js'
import {documentFields} from '../../tree/fields.js'
import type {EncodingOption} from '../../text/encoding.js'
import {encodingOption} from '../encoding.js'
import {expandPaths, readVFile} from '../read.js'
import {summaryTable, type SummaryRow} from '../summary.js'

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('parse directives and print a one-screen summary of each')
    .argument('<files...>', 'files, folders or globs')
    .addOption(encodingOption())
    .action(async (patterns: string[], options: {encoding: EncodingOption}) => {
      const rows: SummaryRow[] = []
      for (const path of await expandPaths(patterns)) {
        const {tree, file} = parseFile(await readVFile(path, options.encoding))
        rows.push({path, fields: tree ? documentFields(tree) : undefined, file})
      }

      process.stdout.write(summaryTable(rows) + '\n')
    })
}
