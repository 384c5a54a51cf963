/** `chithi cites NUMBER --db FILE`: what a directive cites, each citation resolved to a document of the corpus or left unresolved. */
import type {Command} from 'commander'
import {shown} from '../../batch/inputs.js'
import {withNumbered} from '../citations.js'
import type {Context} from '../context.js'
import {dbOption} from '../corpus.js'
import {formatOptions, printRows, type RowFormat} from '../table.js'

interface Options {
  db?: string
  format: RowFormat
  bom?: boolean
}

const headers = ['document', 'kind', 'number', 'date', 'issuer', 'resolved', 'path']

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('what a directive cites (its number in any spelling: 32/CT-TTg, số 32-CT/TW), each citation resolved to a document of the corpus or left unresolved')
    .argument('<number>', 'the directive’s number and symbol')
    .option(...dbOption)
  for (const option of formatOptions()) command.addOption(option)
  command
    .addHelpText(
      'after',
      `
Examples:
  $ chithi cites 12/CT-UBND --db corpus.sqlite
  $ chithi cites "45-CV/ĐU" --db corpus.sqlite --format csv > citations.csv
`
    )
    .action(async (number: string, options: Options) => {
      await withNumbered(io, options.db, number, 'cites', (graph, documents) => {
        const ids = new Set(documents.map((document) => document.id))
        const citations = graph.citations.filter((citation) => ids.has(citation.from))
        const objects = citations.map((citation) => {
          const from = graph.documents.get(citation.from)!
          const resolved = citation.resolved ? graph.documents.get(citation.resolved) : undefined
          return {document: {id: from.id, number: from.number, path: from.path}, kind: citation.kind, number: citation.number, date: citation.date, issuer: citation.issuer, text: citation.text, resolved: resolved ?? null}
        })
        const cells = objects.map((row) => [row.document.number, row.kind, row.number, row.date, row.issuer, row.resolved ? (row.resolved.number ?? shown(row.resolved.path)) : '(not in the corpus)', row.resolved ? shown(row.resolved.path) : ''])
        printRows(io, options.format, {headers, cells, objects}, {bom: options.bom})
      })
    })
}
