/**
 * Rows as a command prints them: an aligned table (fitted to a terminal,
 * whole in a pipe), CSV, TSV, JSON or JSON lines. Widths are counted in
 * terminal columns (string-width: combining marks take none, wide
 * characters two).
 */
import {Option} from 'commander'
import stringWidth from 'string-width'
import {csvField, formulaStart} from '../batch/outputs.js'
import {maximum} from '../append.js'
import type {Io} from './io.js'

/** A cell of a printed row. */
export type Cell = string | number | null | undefined

/** The formats of `query`, `stats` and `sql`. */
export const rowFormats = ['table', 'csv', 'tsv', 'json', 'jsonl'] as const
/** A format of `query`, `stats` and `sql`. */
export type RowFormat = (typeof rowFormats)[number]

/** `--format` and `--bom`, as `query`, `stats` and `sql` declare them. */
export function formatOptions(): Option[] {
  return [
    new Option('-f, --format <format>', 'table (fitted to a terminal, whole in a pipe), csv, tsv, json or jsonl').choices(rowFormats).default('table'),
    new Option('--bom', 'csv/tsv: begin with a byte-order mark, for spreadsheets that need one to read UTF-8')
  ]
}

/**
 * Rows as an aligned text table. On a terminal (`fit`: its width) cells
 * longer than `width` are cut with `…` and the widest columns give way until
 * the table fits; otherwise every cell is printed whole.
 */
export function textTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
  options: {fit?: number | undefined; width?: number; tails?: readonly number[]} = {}
): string {
  const tails = options.tails ?? []
  const flat = rows.map((row) => headers.map((_, column) => text(row[column])))
  const widths = headers.map((header, column) => maximum(flat.map((row) => stringWidth(row[column] ?? '')), stringWidth(header)))
  if (options.fit) {
    const cap = options.width ?? 40
    for (const [column, size] of widths.entries()) widths[column] = Math.min(size, Math.max(cap, stringWidth(headers[column] ?? '')))
    const total = (): number => widths.reduce((sum, size) => sum + size, 0) + 2 * (widths.length - 1)
    // No column narrower than its header or ten columns (a date), unless its content is.
    const least = widths.map((size, column) => Math.min(size, Math.max(stringWidth(headers[column] ?? ''), 10)))
    while (total() > options.fit) {
      let widest = -1
      for (let column = 0; column < widths.length; column++) {
        if ((widths[column] ?? 0) > (least[column] ?? 0) && (widest === -1 || (widths[column] ?? 0) > (widths[widest] ?? 0))) widest = column
      }

      if (widest === -1) break
      widths[widest] = (widths[widest] ?? 0) - 1
    }
  }

  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => pad(cut(value, widths[column] ?? 0, tails.includes(column)), widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((size) => '─'.repeat(size)).join('  '), ...flat.map(line)].join('\n')
}

/** Rows as CSV (`,`) or TSV (tab), RFC 4180 quoting, CRLF line ends; a byte-order mark first when asked. */
export function delimited(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>, separator: ',' | '\t', bom = false): string {
  const field = (cell: Cell): string => (separator === ',' ? csvField(cell) : tsvField(cell))
  return (bom ? '\uFEFF' : '') + [headers, ...rows].map((row) => headers.map((_, column) => field(row[column])).join(separator)).join('\r\n') + '\r\n'
}

/**
 * Print rows in a format: `objects` (one per row) for JSON and JSON lines,
 * `headers` and `cells` for the others. A table on a terminal ends with a
 * count, or with `first N of M` when a limit cut it.
 */
export function printRows(
  io: Io,
  format: RowFormat,
  rows: {headers: readonly string[]; cells: ReadonlyArray<readonly Cell[]>; objects: readonly unknown[]; tails?: readonly number[]; total?: number},
  options: {bom?: boolean} = {}
): void {
  if (format === 'json') io.stdout.write(JSON.stringify(rows.objects, null, 2) + '\n')
  else if (format === 'jsonl') io.stdout.write(rows.objects.map((object) => JSON.stringify(object) + '\n').join(''))
  else if (format === 'csv' || format === 'tsv') io.stdout.write(delimited(rows.headers, rows.cells, format === 'csv' ? ',' : '\t', options.bom))
  else {
    io.stdout.write(textTable(rows.headers, rows.cells, {fit: io.stdout.columns, tails: rows.tails}) + '\n')
    const count = rows.cells.length
    io.stdout.write(rows.total !== undefined && rows.total > count ? `first ${count} of ${rows.total} rows (--limit to change)\n` : `${count} ${count === 1 ? 'row' : 'rows'}\n`)
  }
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ')
}

/** A TSV field: quoted like CSV when it holds a tab, a quote or a line break. */
function tsvField(cell: Cell): string {
  const value = cell === null || cell === undefined ? '' : String(cell)
  // A formula's start is neutralised as in CSV (OWASP): spreadsheets open TSV too.
  if (typeof cell === 'string' && formulaStart.test(value)) return `"'${value.replace(/"/g, '""')}"`
  return /[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - stringWidth(value)))
}

const segmenter = new Intl.Segmenter()

/** Cut `value` to `width` columns with `…`, at its end (or at its start: paths and places, whose end matters). */
function cut(value: string, width: number, fromStart = false): string {
  if (stringWidth(value) <= width) return value
  const graphemes = [...segmenter.segment(value)].map((part) => part.segment)
  if (fromStart) graphemes.reverse()
  let used = 1
  const kept: string[] = []
  for (const grapheme of graphemes) {
    const size = stringWidth(grapheme)
    if (used + size > width) break
    kept.push(grapheme)
    used += size
  }

  return fromStart ? `…${kept.reverse().join('')}` : `${kept.join('')}…`
}
