/** `chithi stats --db FILE`: the corpus at a glance. */
import type {Command} from 'commander'
import type {CorpusStats} from '../../store/corpus.js'
import type {Context} from '../context.js'
import {corpusLocation, dbOption, withCorpus} from '../corpus.js'
import {positiveInteger} from '../parsers.js'
import {formatOptions, printRows, textTable, type RowFormat} from '../table.js'

interface Options {
  db?: string
  limit?: number
  format: RowFormat
  bom?: boolean
}

/** The long form of the three lists, for csv, tsv and jsonl: one row each, named by its section. */
const longHeaders = ['section', 'name', 'kind', 'level', 'jurisdiction', 'year', 'count'] as const

function longRows(stats: CorpusStats): Array<Record<(typeof longHeaders)[number], string | number | null>> {
  return [
    ...stats.parties.map((row) => ({section: 'parties', name: row.canonical, kind: row.kind, level: row.level, jurisdiction: row.jurisdiction, year: null, count: row.obligations})),
    ...stats.groups.map((row) => ({section: 'groups', name: row.canonical, kind: row.kind, level: row.level, jurisdiction: row.jurisdiction, year: null, count: row.obligations})),
    ...stats.timingsByMonth.map((row) => ({section: 'timings by month', name: row.month, kind: null, level: null, jurisdiction: null, year: null, count: row.timings})),
    ...stats.documentsByIssuerYear.map((row) => ({section: 'documents by issuer and year', name: row.issuer, kind: null, level: null, jurisdiction: null, year: row.year, count: row.documents}))
  ]
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('bodies by number of obligations (groups such as `các sở, ban, ngành` apart), timings by month, documents by issuer and year')
    .option(...dbOption)
    .option('--limit <n>', 'rows per list of parties and of issuers (default: 20 in a table, all in other formats)', positiveInteger)
  for (const option of formatOptions()) command.addOption(option)
  command
    .addHelpText('after', '\nExamples:\n  $ chithi stats --db corpus.sqlite\n  $ chithi stats --db corpus.sqlite --format csv > stats.csv\n')
    .action(async (options: Options) => {
      await withCorpus(corpusLocation(options.db, io), async (corpus) => {
        const table = options.format === 'table'
        const stats = await corpus.stats(options.limit ?? (table ? 20 : undefined))
        if (options.format === 'json') {
          io.stdout.write(JSON.stringify(stats, null, 2) + '\n')
          return
        }

        if (!table) {
          const rows = longRows(stats)
          printRows(io, options.format, {headers: longHeaders, cells: rows.map((row) => longHeaders.map((key) => row[key])), objects: rows}, {bom: options.bom})
          return
        }

        const fit = io.stdout.columns
        const more = (shown: number, total: number): string[] => (total > shown ? [`first ${shown} of ${total} (--limit to change)`] : [])
        io.stdout.write(
          [
            `${stats.documents} documents, ${stats.obligations} obligations`,
            '',
            'Parties by number of obligations',
            textTable(['party', 'kind', 'level', 'jurisdiction', 'obligations'], stats.parties.map((row) => [row.canonical, row.kind, row.level, row.jurisdiction ?? '—', row.obligations]), {fit, width: 60}),
            ...more(stats.parties.length, stats.totals.parties),
            '',
            'Groups (of the issuer’s jurisdiction, not bodies) by number of obligations',
            textTable(['group', 'level', 'jurisdiction', 'obligations'], stats.groups.map((row) => [row.canonical, row.level, row.jurisdiction ?? '—', row.obligations]), {fit, width: 60}),
            ...more(stats.groups.length, stats.totals.groups),
            '',
            'Timings by month',
            textTable(['month', 'timings'], stats.timingsByMonth.map((row) => [row.month, row.timings]), {fit}),
            '',
            'Documents by issuer and year',
            textTable(['issuer', 'year', 'documents'], stats.documentsByIssuerYear.map((row) => [row.issuer ?? '—', row.year ?? '—', row.documents]), {fit, width: 60}),
            ...more(stats.documentsByIssuerYear.length, stats.totals.documentsByIssuerYear),
            ''
          ].join('\n')
        )
      })
    })
}
