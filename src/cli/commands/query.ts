/** `chithi query --db FILE …`: who must do what by when, across the corpus. */
import {type Command, Option} from 'commander'
import {shown} from '../../batch/inputs.js'
import {partyKind, partyLevel, timingKind} from '../../semantics/schema.js'
import type {DocumentRow, ObligationQuery, ObligationRow} from '../../store/corpus.js'
import type {Context} from '../context.js'
import {corpusLocation, dbOption, withCorpus} from '../corpus.js'
import {isoDate, positiveInteger} from '../parsers.js'
import {formatOptions, printRows, type Cell, type RowFormat} from '../table.js'

/** The filters of `ObligationQuery` (documents take those that apply to them), and how to print. */
type Options = Omit<ObligationQuery, 'limit'> & {
  db?: string
  documents?: boolean
  format: RowFormat
  bom?: boolean
  limit?: number
}

const headers = ['date', 'document', 'issuer', 'at', 'role', 'party', 'canonical', 'jurisdiction', 'responsible', 'action', 'timing', 'location']
const documentHeaders = ['date', 'number', 'type', 'issuer', 'subject', 'obligations', 'path']

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('find obligations in a corpus, one row per obligation and party: by party, its jurisdiction, issuer, type, dates, deadlines, timing kind, role or words; every row unless --limit')
    .option(...dbOption)
    .option('--who <text>', 'a party (canonical name or as written; case and diacritics do not matter)')
    .addOption(new Option('--kind <kind>', 'party kind').choices(partyKind.options))
    .addOption(new Option('--level <level>', 'party level').choices(partyLevel.options))
    .option('--jurisdiction <place>', 'the province or city the party is a body of, e.g. "Thanh Hóa" or "tỉnh Thanh Hóa" (case and diacritics do not matter)')
    .option('--issuer <text>', 'issuing body (part of its name)')
    .option('--type <type>', 'document type, e.g. "Chỉ thị"')
    .option('--from <date>', 'documents dated on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'documents dated on or before (YYYY-MM-DD)', isoDate)
    .option('--due-before <date>', 'obligations with a deadline or date on or before (YYYY-MM-DD)', isoDate)
    .option('--due-after <date>', 'obligations with a deadline or date on or after (YYYY-MM-DD)', isoDate)
    .addOption(new Option('--timing <kind>', 'obligations with a timing of this kind').choices(timingKind.options))
    .addOption(new Option('--role <role>', 'the party’s role').choices(['responsible', 'with', 'reportTo']))
    .option('--text <words>', 'words the obligation mentions (diacritics-insensitive: "cach ly" finds "cách ly")')
    .option('--documents', 'list the documents instead (filters: --text in the whole text, --issuer, --type, --from, --to)')
    .option('--limit <n>', 'at most this many rows (default: all)', positiveInteger)
  for (const option of formatOptions()) command.addOption(option)
  command
    .addHelpText(
      'after',
      `
Examples:
  $ chithi query --db corpus.sqlite --who "Công an tỉnh" --from 2020-01-01 --to 2021-12-31
  $ chithi query --db corpus.sqlite --who "Sở Y tế" --jurisdiction "Thanh Hoa"
  $ chithi query --db corpus.sqlite --who "Ban Thường vụ" --role reportTo --format csv > reports.csv
  $ chithi query --db corpus.sqlite --documents --text "don vi" --format jsonl
`
    )
    .action(async (options: Options) => {
      await withCorpus(corpusLocation(options.db, io), async (corpus) => {
        // One row more than the limit says whether the limit cut anything.
        const limit = options.limit === undefined ? undefined : options.limit + 1
        const found = options.documents ? await corpus.documents({...options, limit}) : await corpus.obligations({...options, limit})
        const cut = options.limit !== undefined && found.length > options.limit
        const rows = cut ? found.slice(0, options.limit) : found
        const table = options.documents
          ? {headers: documentHeaders, cells: (rows as DocumentRow[]).map(documentCells), objects: rows}
          : {headers, cells: (rows as ObligationRow[]).map(cells), objects: rows, tails: [headers.length - 1]}
        printRows(io, options.format, table, {bom: options.bom})
        if (cut) io.stderr.write(`chithi query: the first ${rows.length} rows are shown (--limit ${options.limit}); there are more\n`)
      })
    })
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
    row.party.jurisdiction?.name ?? null,
    row.parties
      .filter((party) => party.role === 'responsible')
      .map((party) => party.canonical)
      .join('; '),
    row.action,
    row.timings.map((timing) => [timing.kind, timing.date ?? timing.period].filter(Boolean).join(' ')).join(', '),
    `${shown(row.location.path)}:${row.location.line ?? '?'}:${row.location.column ?? '?'}`
  ]
}
