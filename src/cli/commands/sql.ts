/** `chithi sql --db FILE "SELECT …"`: anything else, read-only. */
import type {Command} from 'commander'
import {withCorpus} from '../corpus.js'
import {textTable} from '../table.js'

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('run a SELECT on the corpus database (opened read-only); chithi_fold(text) folds case and diacritics')
    .requiredOption('--db <file>', 'the SQLite database made by chithi ingest')
    .argument('<query>', 'the SQL')
    .option('--json', 'as JSON')
    .action((query: string, options: {db: string; json?: boolean}) => {
      withCorpus('sql', options.db, (corpus) => {
        const rows = corpus.sql(query)
        if (options.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n')
        else {
          const headers = Object.keys(rows[0] ?? {})
          process.stdout.write(`${textTable(headers, rows.map((row) => headers.map((header) => row[header] as string | number | null)), 60)}\n${rows.length} rows\n`)
        }
      })
    })
}
