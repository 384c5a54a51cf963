/** `chithi query --db FILE …`: who must do what by when, across the corpus. */
import {Command, Option} from 'commander'
import type {DocumentRow, ObligationQuery, ObligationRow} from '../../store/corpus.js'
import {shown} from '../../batch/inputs.js'
import {partyKind, partyLevel, timingKind} from '../../semantics/schema.js'
import {withCorpus} from '../corpus.js'
import {csvTable, textTable} from '../table.js'

/** The filters of `ObligationQuery` (documents take those that apply to them), and how to print. */
type Options = Omit<ObligationQuery, 'limit'> & {
  db: string
  documents?: boolean
  format: 'table' | 'csv' | 'json'
  limit: string
}

const headers = ['date', 'document', 'issuer', 'at', 'role', 'party', 'canonical', 'responsible', 'action', 'timing', 'location']
const documentHeaders = ['date', 'number', 'type', 'issuer', 'subject', 'obligations', 'path']

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('find obligations in a corpus: by party, issuer, type, dates, deadlines, timing kind, role or words')
    .requiredOption('--db <file>', 'the SQLite database made by chithi ingest')
    .option('--who <text>', 'a party (canonical name or as written; case and diacritics do not matter)')
    .addOption(new Option('--kind <kind>', 'party kind').choices(partyKind.options))
    .addOption(new Option('--level <level>', 'party level').choices(partyLevel.options))
    .option('--issuer <text>', 'issuing body (part of its name)')
    .option('--type <type>', 'document type, e.g. "Chỉ thị"')
    .option('--from <date>', 'documents dated on or after (YYYY-MM-DD)')
    .option('--to <date>', 'documents dated on or before (YYYY-MM-DD)')
    .option('--due-before <date>', 'obligations with a deadline or date on or before (YYYY-MM-DD)')
    .option('--due-after <date>', 'obligations with a deadline or date on or after (YYYY-MM-DD)')
    .addOption(new Option('--timing <kind>', 'obligations with a timing of this kind').choices(timingKind.options))
    .addOption(new Option('--role <role>', 'the party’s role').choices(['responsible', 'with', 'reportTo']))
    .option('--text <words>', 'words the obligation mentions (diacritics-insensitive: "cach ly" finds "cách ly")')
    .option('--documents', 'list the documents instead (filters: --text in the whole text, --issuer, --type, --from, --to)')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'csv', 'json']).default('table'))
    .option('--limit <n>', 'at most this many rows', '100')
    .action((options: Options) => {
      withCorpus('query', options.db, (corpus) => {
        const limit = Number.parseInt(options.limit, 10)
        if (options.documents) {
          const rows = corpus.documents({...options, limit})
          print(options.format, rows, documentHeaders, rows.map(documentCells))
        } else {
          const rows = corpus.obligations({...options, limit})
          print(options.format, rows, headers, rows.map(cells))
        }
      })
    })
}

type Cell = string | number | null

function print(format: Options['format'], rows: readonly object[], names: readonly string[], table: Cell[][]): void {
  if (format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n')
  else if (format === 'csv') process.stdout.write(csvTable(names, table))
  else process.stdout.write(`${textTable(names, table, 40, undefined, [names.length - 1])}\n${rows.length} rows\n`)
}

function documentCells(row: DocumentRow): Cell[] {
  return [row.date, row.number, row.type, row.issuer, row.subject, row.obligations, shown(row.path)]
}

function cells(row: ObligationRow): Cell[] {
  return [
    row.document.date,
    row.document.number ?? shown(row.document.path),
    row.document.issuer,
    row.at,
    row.party.role,
    row.party.text,
    row.party.canonical,
    row.parties
      .filter((party) => party.role === 'responsible')
      .map((party) => party.canonical)
      .join('; '),
    row.action,
    row.timings.map((timing) => [timing.kind, timing.date ?? timing.period].filter(Boolean).join(' ')).join(', '),
    `${shown(row.location.path)}:${row.location.line ?? '?'}:${row.location.column ?? '?'}`
  ]
}
