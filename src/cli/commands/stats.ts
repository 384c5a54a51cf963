/** `chithi stats --db FILE`: the corpus at a glance. */
import type {Command} from 'commander'
import {withCorpus} from '../corpus.js'
import {textTable} from '../table.js'

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('parties by number of obligations, timings by month, documents by issuer and year')
    .requiredOption('--db <file>', 'the SQLite database made by chithi ingest')
    .option('--limit <n>', 'rows per table', '20')
    .option('--json', 'as JSON')
    .action((options: {db: string; limit: string; json?: boolean}) => {
      withCorpus('stats', options.db, (corpus) => {
        const stats = corpus.stats(Number.parseInt(options.limit, 10))
        if (options.json) {
          process.stdout.write(JSON.stringify(stats, null, 2) + '\n')
          return
        }

        process.stdout.write(
          [
            `${stats.documents} documents, ${stats.obligations} obligations`,
            '',
            'Parties by number of obligations',
            textTable(['party', 'kind', 'level', 'obligations'], stats.parties.map((row) => [row.canonical, row.kind, row.level, row.obligations]), 60),
            '',
            'Timings by month',
            textTable(['month', 'timings'], stats.timingsByMonth.map((row) => [row.month, row.timings])),
            '',
            'Documents by issuer and year',
            textTable(['issuer', 'year', 'documents'], stats.documentsByIssuerYear.map((row) => [row.issuer ?? '—', row.year ?? '—', row.documents]), 60),
            ''
          ].join('\n')
        )
      })
    })
}
