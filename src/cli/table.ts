/**
 * Plain-text tables for the terminal, and CSV.
 */
import {csvField} from '../batch/outputs.js'

/**
 * Rows as an aligned text table; cells longer than `width` are cut with `…`,
 * and on a terminal the widest columns give way until the table fits it.
 */
export function textTable(
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
  width = 48,
  fit = process.stdout.isTTY ? process.stdout.columns : undefined,
  /** Columns cut at their start (paths and places, whose end matters). */
  tails: readonly number[] = []
): string {
  const flat = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)).replace(/\s+/g, ' ')))
  const widths = headers.map((header, column) => Math.min(width, Math.max(header.length, ...flat.map((row) => (row[column] ?? '').length))))
  if (fit) {
    const total = (): number => widths.reduce((sum, size) => sum + size, 0) + 2 * (widths.length - 1)
    // No column narrower than its header or ten characters (a date), unless its content is.
    const least = widths.map((size, column) => Math.min(size, Math.max((headers[column] ?? '').length, 10)))
    while (total() > fit) {
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
      .map((value, column) => cut(value, widths[column] ?? width, tails.includes(column)).padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((size) => '─'.repeat(size)).join('  '), ...flat.map(line)].join('\n')
}

/** Rows as CSV (with a header line and a byte-order mark). */
export function csvTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + [headers, ...rows].map((row) => row.map((cell) => csvField(cell ?? '')).join(',')).join('\r\n') + '\r\n'
}

function cut(text: string, width: number, fromStart = false): string {
  if (text.length <= width) return text
  return fromStart ? `…${text.slice(text.length - width + 1)}` : `${text.slice(0, width - 1)}…`
}
