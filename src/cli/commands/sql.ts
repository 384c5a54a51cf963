/** `chithi sql --db FILE "SELECT …"`: anything else, read-only; and the tables and schema to write it against. */
import type {Command} from 'commander'
import type {Context} from '../context.js'
import {corpusLocation, dbOption, withCorpus} from '../corpus.js'
import {usageError} from '../io.js'
import {parameter} from '../parsers.js'
import {formatOptions, printRows, type RowFormat} from '../table.js'

interface Options {
  db?: string
  param?: Record<string, string>
  tables?: boolean
  schema?: boolean
  format: RowFormat
  bom?: boolean
}

/** The database's own tables and views, on PostgreSQL (its schema, not the system's). */
const postgresTablesSql = `SELECT c.relname AS "table", CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END AS type,
    (SELECT count(*)::int FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY c.relname COLLATE "C"`

/** The database's own tables and views (not SQLite's, not the search indexes' shadow tables). */
const tablesSql = `SELECT t.name AS "table", t.type, t.ncol AS columns
  FROM pragma_table_list t WHERE t.schema = 'main' AND t.type IN ('table', 'view', 'virtual') AND t.name NOT LIKE 'sqlite_%' ORDER BY t.name`
const schemaSql = `SELECT m.sql FROM sqlite_master m JOIN pragma_table_list t ON t.name = m.tbl_name AND t.schema = 'main'
  WHERE m.sql IS NOT NULL AND t.type IN ('table', 'view', 'virtual') AND m.name NOT LIKE 'sqlite_%' ORDER BY m.type = 'index', m.tbl_name, m.name`

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('run a statement that reads on the corpus database (opened read-only, or in a read-only transaction on PostgreSQL); chithi_fold(text) folds case and diacritics')
    .argument('[query]', 'the SQL; :name, @name or $name are bound from -p')
    .option(...dbOption)
    .option('-p, --param <name=value>', 'bind a parameter (repeat for more)', parameter)
    .option('--tables', 'list the tables and views instead')
    .option('--schema', 'print the CREATE statements instead')
  for (const option of formatOptions()) command.addOption(option)
  command
    .addHelpText(
      'after',
      `
Examples:
  $ chithi sql --db corpus.sqlite --tables
  $ chithi sql --db corpus.sqlite "SELECT type, count(*) AS n FROM documents GROUP BY type" --format csv
  $ chithi sql --db corpus.sqlite "SELECT path FROM documents WHERE issuer = :issuer" -p "issuer=Tỉnh ủy Thanh Hóa"
`
    )
    .action(async (query: string | undefined, options: Options) => {
      if ([query !== undefined, options.tables, options.schema].filter(Boolean).length !== 1) throw usageError('give one of: a query, --tables, --schema')
      await withCorpus(corpusLocation(options.db, io), async (corpus) => {
        if (options.schema) {
          // PostgreSQL keeps no CREATE statements: the migrations that made the schema are it.
          if (corpus.engine === 'postgres') io.stdout.write((await import('../../store/postgres-schema.js')).postgresMigrations.map((migration) => migration.trim() + '\n').join('\n'))
          else io.stdout.write((await corpus.sql(schemaSql)).map((row) => `${String(row.sql)};\n`).join(''))
          return
        }

        const rows = await corpus.sql(options.tables ? (corpus.engine === 'postgres' ? postgresTablesSql : tablesSql) : (query as string), options.param ?? [])
        const headers = Object.keys(rows[0] ?? {})
        printRows(io, options.format, {headers, cells: rows.map((row) => headers.map((header) => cell(row[header]))), objects: rows}, {bom: options.bom})
      })
    })
}

/** A value as a table shows it (blobs by their size). */
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Uint8Array) return `<${value.length} bytes>`
  return JSON.stringify(value)
}
