/** `chithi cited-by NUMBER --db FILE [--depth N]`: which directives implement a directive, and those that implement them. */
import type {Command} from 'commander'
import {shown} from '../../batch/inputs.js'
import {implementers} from '../../store/citations.js'
import {withNumbered} from '../citations.js'
import type {Context} from '../context.js'
import {dbOption} from '../corpus.js'
import {positiveInteger} from '../parsers.js'
import {formatOptions, printRows, type RowFormat} from '../table.js'

interface Options {
  db?: string
  depth: number
  format: RowFormat
  bom?: boolean
}

const headers = ['depth', 'date', 'number', 'type', 'issuer', 'cites', 'path']

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('which directives of the corpus cite a directive (those implementing it), and with --depth those citing them in turn: the chain from the centre to provinces to communes')
    .argument('<number>', 'the directive’s number and symbol')
    .option(...dbOption)
    .option('--depth <n>', 'follow the chain this many steps', positiveInteger, 1)
  for (const option of formatOptions()) command.addOption(option)
  command
    .addHelpText(
      'after',
      `
Examples:
  $ chithi cited-by 32/CT-TTg --db corpus.sqlite --depth 3
  $ chithi cited-by "15-KL/TW" --db corpus.sqlite --format jsonl
`
    )
    .action(async (number: string, options: Options) => {
      await withNumbered(io, options.db, number, 'cited-by', (graph, documents) => {
        const found = implementers(graph, documents.map((document) => document.id), options.depth)
        const cells = found.map((row) => [row.depth, row.document.date, row.document.number ?? shown(row.document.path), row.document.type, row.document.issuer, graph.documents.get(row.cites)?.number ?? '', shown(row.document.path)])
        printRows(io, options.format, {headers, cells, objects: found}, {bom: options.bom})
      })
    })
}
