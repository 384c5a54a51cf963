/**
 * Plain-text tables for the terminal, and CSV.
 */
import {csvField} from '../batch/outputs.js'

/** Rows as an aligned text table; cells longer than `width` are cut with `…`. */
export function textTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, width = 48): string {
  const cells = rows.map((row) => row.map((cell) => cut(cell === null || cell === undefined ? '' : String(cell), width)))
  const widths = headers.map((header, column) => Math.max(header.length, ...cells.map((row) => (row[column] ?? '').length)))
  const line = (values: readonly string[]): string => values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
  return [line(headers), widths.map((size) => '─'.repeat(size)).join('  '), ...cells.map(line)].join('\n')
}

/** Rows as CSV (with a header line and a byte-order mark). */
export function csvTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + [headers, ...rows].map((row) => row.map((cell) => csvField(cell ?? '')).join(',')).join('\r\n') + '\r\n'
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}
