/**
 * Tables of the body: markdown rows, tables flattened one cell per line
 * between pipes, and task tables flattened without pipes (read by
 * `columns.ts`).
 */
import type {IToken} from 'chevrotain'
import {append} from '../append.js'
import {opensColumnTable, readColumnTable} from './columns.js'
import {endOf, kindOf} from './cst.js'
import {positionOf} from './header.js'
import {separatorLeaves, type Context} from './leaves.js'
import {markerLeaf, phrasing} from './phrasing.js'
import {before, rawTokens, type Raw} from './raw.js'
import type {FlowContent, Marker, Table, TableCell, TableRow, TableRowContent} from './types.js'

/** Task tables flattened without pipes (a gazette annex): each becomes one raw block, the lines before its header staying a paragraph. */
export function columnTables(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index] as Raw
    const tokens = raw.kind === 'lines' ? rawTokens(raw) : []
    const at = tokens.findIndex((token) => opensColumnTable(context, token))
    if (raw.kind === 'lines' && at !== -1) {
      const opening = at === 0 ? raw : {kind: 'lines' as const, role: raw.role, runs: [tokens.slice(at)], gaps: []}
      const found = readColumnTable(context, [opening, ...raws.slice(index + 1)].map((each) => rawTokens(each)))
      if (found) {
        if (at > 0) out.push(before(raw, tokens[at] as IToken))
        out.push({kind: 'columns', table: found.table})
        index += found.groups - 1
        continue
      }
    }

    out.push(raw)
  }

  return out
}

/** A table, or (for a lone `|` and a cell or two) just its markers and paragraphs. */
export function tableNodes(context: Context, kind: 'table' | 'pipeTable', tokens: IToken[]): FlowContent[] {
  const rows = kind === 'table' ? markdownRows(context, tokens) : flattenedRows(context, tokens)
  const cells = rows.reduce((sum, row) => sum + row.children.filter((child) => child.type === 'tableCell').length, 0)
  if (cells < 2) {
    // Not a table: pipes are markers, cell text is prose.
    const out: FlowContent[] = []
    for (const row of rows) {
      for (const child of row.children) {
        if (child.type === 'marker') out.push(child)
        else out.push({type: 'paragraph', children: child.children, position: child.position})
      }
    }

    return out
  }

  const table: Table = {type: 'table', form: kind === 'table' ? 'markdown' : 'flattened', children: rows, position: positionOf(rows)}
  return [table]
}

function markdownRows(context: Context, tokens: IToken[]): TableRow[] {
  const {source} = context
  return tokens.map((token) => {
    const children: TableRowContent[] = []
    const start = token.startOffset
    const text = source.text.slice(start, endOf(token))
    const delimiter = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(text)
    let cellStart = -1
    for (let index = 0; index <= text.length; index++) {
      const char = text[index]
      if (char === '|' || index === text.length) {
        if (cellStart !== -1) {
          const cell = cellOf(context, start + cellStart, start + index, delimiter)
          if (cell) children.push(cell)
          // `| Sở Y tế | | Quý III/2025 |`: a cell left empty between two pipes keeps its column.
          else if (char === '|' && !delimiter) children.push({type: 'tableCell', children: [], position: source.position(start + cellStart, start + cellStart)})
        }

        if (char === '|') children.push(markerLeaf(source, start + index, start + index + 1, 'pipe'))
        cellStart = index + 1
      }
    }

    const row: TableRow = {type: 'tableRow', children, position: positionOf(children)}
    return row
  })
}

function cellOf(context: Context, start: number, end: number, delimiter: boolean): TableCell | Marker | undefined {
  const {source} = context
  let from = start
  let to = end
  while (from < to && /\s/.test(source.text[from] ?? '')) from++
  while (to > from && /\s/.test(source.text[to - 1] ?? '')) to--
  if (from === to) return undefined
  if (delimiter) return markerLeaf(source, from, to, 'rule')
  const children = phrasing(source, from, to)
  return {type: 'tableCell', children, position: positionOf(children)}
}

/** Cells one per line between `|` lines; two `|` in a row end a row. */
function flattenedRows(context: Context, tokens: IToken[]): TableRow[] {
  const rows: TableRow[] = []
  let row: TableRowContent[] = []
  let cell: IToken[] = []
  let previousWasPipe = false
  const closeCell = (): void => {
    if (cell.length === 0) return
    const first = cell[0] as IToken
    const last = cell[cell.length - 1] as IToken
    const built = cellOf(context, first.startOffset, endOf(last), false)
    if (built) row.push(built)
    cell = []
  }

  const closeRow = (): void => {
    if (row.length > 0) rows.push({type: 'tableRow', children: row, position: positionOf(row)})
    row = []
  }

  for (const token of tokens) {
    const kind = kindOf(token)
    if (kind === 'Blank') continue
    if (kind === 'Pipe') {
      if (cell.length > 0) closeCell()
      else if (previousWasPipe && row.some((child) => child.type === 'tableCell')) closeRow()
      append(row, (separatorLeaves(context, token) as Marker[]))
      previousWasPipe = true
      continue
    }

    cell.push(token)
    previousWasPipe = false
  }

  closeCell()
  closeRow()
  return rows
}
