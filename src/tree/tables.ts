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
import {paragraphOf} from './paragraph.js'
import {before, rawTokens, type Lines, type Raw} from './raw.js'
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
        if (child.type === 'marker' || child.type === 'pageBreak') out.push(child)
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

/** What a page turn leaves inside a flattened table: running head, page number, signature stamp. */
const pageTurnKinds = new Set(['PageBreak', 'SealMark'])

/**
 * Cells one per line between `|` lines; two `|` in a row end a row. A page
 * turn inside the table stays where it falls: inside the cell it cut (the
 * cell reads on across it) or in the row between two cells.
 */
function flattenedRows(context: Context, tokens: IToken[]): TableRow[] {
  const rows: TableRow[] = []
  let row: TableRowContent[] = []
  let cell: Lines = {kind: 'lines', role: 'paragraph', runs: [], gaps: []}
  let pending: IToken[] = []
  let previousWasPipe = false
  const closeCell = (): void => {
    const runs = cell.runs.filter((run) => run.length > 0)
    if (runs.length === 0) return
    const lastRun = runs[runs.length - 1] as IToken[]
    const end = endOf(lastRun[lastRun.length - 1] as IToken)
    // Page leaves after the cell's last line belong to the row, after the cell.
    const trailing = cell.gaps.filter((token) => token.startOffset >= end)
    const first = runs[0]?.[0] as IToken
    const built = runs.length === 1 ? cellOf(context, first.startOffset, end, false) : cellOverPages(context, {...cell, runs, gaps: cell.gaps.filter((token) => token.startOffset < end)})
    if (built) row.push(built)
    pending.push(...trailing)
    cell = {kind: 'lines', role: 'paragraph', runs: [], gaps: []}
  }

  const flushPending = (): void => {
    for (const token of pending) append(row, separatorLeaves(context, token) as TableRowContent[])
    pending = []
  }

  const closeRow = (): void => {
    if (row.length > 0) rows.push({type: 'tableRow', children: row, position: positionOf(row)})
    row = []
  }

  const significant = tokens.filter((token) => kindOf(token) !== 'Blank')
  for (const [index, token] of significant.entries()) {
    const kind = kindOf(token)
    if (isPageTurn(significant, index)) {
      // Inside a cell: kept for the cell, which goes on after the page; between cells: a leaf of the row.
      if (cell.runs.length > 0) {
        cell.gaps.push(token)
        cell.runs.push([])
      } else pending.push(token)
      continue
    }

    if (kind === 'Pipe') {
      const endsRow = cell.runs.length === 0 && previousWasPipe && row.some((child) => child.type === 'tableCell')
      closeCell()
      flushPending()
      if (endsRow) closeRow()
      append(row, (separatorLeaves(context, token) as Marker[]))
      previousWasPipe = true
      continue
    }

    flushPending()
    if (cell.runs.length === 0) cell.runs.push([])
    cell.runs[cell.runs.length - 1]!.push(token)
    previousWasPipe = false
  }

  closeCell()
  flushPending()
  closeRow()
  return rows
}

/** A running head or stamp, or the page's number next to one (a number alone between two `|` is a cell: `|` `1` `CÔNG BÁO…`). */
function isPageTurn(tokens: readonly IToken[], index: number): boolean {
  const kind = kindOf(tokens[index] as IToken)
  if (kind !== 'PageNumber') return pageTurnKinds.has(kind)
  const [before, after] = [tokens[index - 1], tokens[index + 1]].map((token) => (token ? kindOf(token) : ''))
  return pageTurnKinds.has(before ?? '') || (pageTurnKinds.has(after ?? '') && before !== 'Pipe')
}

/** A cell cut by a page turn: its runs of lines with the page's leaves between them. */
function cellOverPages(context: Context, cell: Lines): TableCell | undefined {
  const paragraph = paragraphOf(context, cell)
  if (paragraph.children.length === 0) return undefined
  return {type: 'tableCell', children: paragraph.children, position: paragraph.position}
}
