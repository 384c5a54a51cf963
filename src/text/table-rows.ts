/**
 * Rows of a markdown table that a crawl broke over lines: a cell holding a
 * line break of its own (`| 3 | Kiểm đếm … | Sở Nông nghiệp và Môi trường;` /
 * `Sở Xây dựng | Quý II/2026 |`). The row goes on until a line closes it
 * with `|`; the line breaks inside it are read as spaces, so the line
 * grammar sees one row and the table is not cut in two.
 */
import type {SplitField} from './split-fields.js'

/** How many lines a broken row may run over. */
const rowLines = 4

/** Line breaks inside broken table rows, to read as spaces. */
export function brokenTableRows(text: string): SplitField[] {
  if (!text.includes('|')) return []
  const lines: Array<{start: number; end: number; line: string}> = []
  for (let start = 0; ; ) {
    const next = text.indexOf('\n', start)
    const end = next === -1 ? text.length : next
    lines.push({start, end, line: text.slice(start, end).trim()})
    if (next === -1) break
    start = next + 1
  }

  const out: SplitField[] = []
  for (let index = 1; index < lines.length; index++) {
    const {line} = lines[index]!
    // A row that opens like the rows above it and is left open.
    if (!line.startsWith('|') || line.endsWith('|') || pipes(line) < 2 || !isRow(lines[index - 1]!.line)) continue
    let last = index + 1
    while (last < lines.length && last <= index + rowLines && !lines[last]!.line.startsWith('|') && lines[last]!.line !== '' && !lines[last]!.line.endsWith('|')) last++
    const closing = lines[last]
    if (!closing || last > index + rowLines || closing.line.startsWith('|') || !closing.line.endsWith('|')) continue
    for (let at = index; at < last; at++) out.push({name: 'a table row', start: lines[at]!.end, end: lines[at]!.end + 1, text: ' '})
    index = last
  }

  return out
}

function pipes(line: string): number {
  let count = 0
  for (const char of line) if (char === '|') count++
  return count
}

/** A whole row of a markdown table (or its delimiter row). */
function isRow(line: string): boolean {
  return line.startsWith('|') && line.endsWith('|') && pipes(line) >= 3
}
