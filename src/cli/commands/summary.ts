/** `chithi summary FILE…`: a one-screen summary. */
import type {Command} from 'commander'
import {parseFile} from '../../parse.js'
import {documentFields} from '../../tree/fields.js'
import {expandPaths, readVFile} from '../read.js'
import {summaryTable, type SummaryRow} from '../summary.js'

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('parse directives and print a one-screen summary of each')
    .argument('<files...>', 'files, folders or globs')
    .action(async (patterns: string[]) => {
      const rows: SummaryRow[] = []
      for (const path of await expandPaths(patterns)) {
        const {tree, file} = parseFile(await readVFile(path))
        rows.push({path, fields: tree ? documentFields(tree) : undefined, file})
      }

      process.stdout.write(summaryTable(rows) + '\n')
    })
}
