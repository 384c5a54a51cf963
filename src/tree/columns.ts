/**
 * A task table a PDF converter flattened one cell per line without pipes (a
 * gazette annex): a header row of known cells (`TT` / `Tên nhiệm vụ` / `Cơ
 * quan` / `chủ trì` …), then rows that each open with their number alone
 * (`1`) or before the task (`7  Đề án …`), their cells wrapped over several
 * lines, two cells sometimes on one line apart by a run of spaces. Rows are
 * regrouped by the kind of text each column holds: the task, then parties
 * (lead, cooperating), then the result, a time (`Tháng 9/2026`, `Thường
 * xuyên`) and the grounds (`Nghị quyết số 66-NQ/TW`), read from the end.
 * Running heads, page numbers, stamps, the header repeated on every page and
 * footnotes stay where they are, as page breaks and markers.
 */
import {trimChars} from '../text/trim.js'
import type {IToken} from 'chevrotain'
import {fold, modernizeTones} from '../text/fold.js'
import {basisStarts, columnOrder, headerCells, joiners, partyStarts, tableEnds, timeLeads, timeWords, type ColumnRole} from './column-words.js'
import {endOf, kindOf} from './cst.js'
import {positionOf} from './header.js'
import {separatorLeaves, type Context} from './leaves.js'
import {markerLeaf, phrasing} from './phrasing.js'
import type {Marker, PageBreak, PhrasingContent, Table, TableCell, TableContent, TableRow} from './types.js'

/** A line, trimmed. */
interface Line {
  token: IToken
  start: number
  end: number
  text: string
  folded: string
}

/** A piece of a row's text: a line, or the part of a line before or after a run of spaces. */
interface Segment {
  start: number
  end: number
  text: string
  folded: string
  /** First piece of its line (else it follows a run of spaces on the line). */
  first: boolean
}

type Piece = {segment: Segment} | {node: Marker | PageBreak}

interface Row {
  pieces: Piece[]
  /** A section row (`II` / `HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ`): one cell, numbering starts again under it. */
  section: boolean
}

interface HeaderCell {
  role: ColumnRole
  lines: Line[]
}

const furniture = new Set(['PageBreak', 'PageNumber', 'SealMark', 'Rule', 'Decoration', 'Pipe', 'Star'])

/** Does this line open a flattened task table (`TT`, `STT`)? A cheap first test. */
export function opensColumnTable(context: Context, token: IToken): boolean {
  const text = context.source.text.slice(token.startOffset, endOf(token)).trim()
  return text.length <= 9 && headerCells.get(squeeze(fold(text)).replace(/^[*_ ]+|[*_ ]+$/g, '')) === 'number'
}

/**
 * The table whose header opens the first group of lines, and how many
 * groups it takes; `undefined` when these lines are not such a table.
 */
export function readColumnTable(context: Context, groups: readonly IToken[][]): {table: Table; groups: number} | undefined {
  // A new annex (`Phụ lục II`) ends the table, and so does a paragraph of prose after a blank line: a cell is never a long line that ends a sentence.
  const end = groups.findIndex(
    (group, index) =>
      index > 0 && (group.some((token) => startsWithAny(squeeze(fold(textOf(context, token))).replace(/^[*_ ]+/, ''), tableEnds)) || isProse(textOf(context, group[0] as IToken)))
  )
  const taken = end === -1 ? groups.length : end
  const lines = linesOf(context, groups.slice(0, taken).flat())
  const header = headerAt(lines, 0)
  if (!header) return undefined
  const roles = header.cells.map((cell) => cell.role)
  const {source} = context
  const children: TableContent[] = [
    {
      type: 'tableRow',
      // A page turned inside the header: its lines stay in the row, as page breaks and markers.
      children: [...header.cells.map((cell) => cellOfLines(context, cell.lines)), ...header.skipped.flatMap((line) => separatorLeaves(context, line.token))],
      position: source.position((header.cells[0]?.lines[0] as Line).start, (header.cells.at(-1)?.lines.at(-1) as Line).end)
    }
  ]
  const rows: Row[] = []
  let row: Row | undefined
  let expectedRow = 1
  let lastRow = 0
  let expectedNote = 1
  let inNote = false
  let afterHead = false
  const put = (node: Marker | PageBreak): void => {
    if (row) row.pieces.push({node})
    else children.push(node)
  }

  const close = (): void => {
    if (!row) return
    // What follows the row's last cell (a page's furniture) stands between rows.
    const trailing: Array<Marker | PageBreak> = []
    for (let piece = row.pieces.at(-1); piece && 'node' in piece; piece = row.pieces.at(-1)) {
      trailing.unshift(piece.node)
      row.pieces.pop()
    }

    if (row.pieces.length > 0 && row.section) children.push(sectionNode(context, row))
    else if (row.pieces.length > 0) {
      children.push(rowNode(context, row, roles))
      rows.push(row)
    }

    children.push(...trailing)
    row = undefined
  }

  for (let index = header.next; index < lines.length; index++) {
    const line = lines[index] as Line
    const kind = kindOf(line.token)
    const digits = /^\d{1,4}$/.test(line.text)
    if (furniture.has(kind) && !(digits && !afterHead)) {
      for (const node of separatorLeaves(context, line.token)) put(node)
      afterHead = kind === 'PageBreak' && !digits
      inNote = false
      continue
    }

    if (digits && afterHead) {
      put({type: 'pageBreak', value: line.text, position: source.position(line.start, line.end)})
      afterHead = false
      continue
    }

    afterHead = false
    const repeated = headerAt(lines, index)
    if (repeated && repeated.cells.length === header.cells.length) {
      for (const cell of repeated.cells) for (const each of cell.lines) put(markerLeaf(source, each.start, each.end, 'heading'))
      index = repeated.next - 1
      continue
    }

    // Markdown bold around a number or a section's numeral (`**1**`, `** II**`) is not part of it.
    const lead = /^[*_\s]*/u.exec(line.text)?.[0].length ?? 0
    const bare = trimChars(line.text.slice(lead), undefined, /[*_\s]/u)
    if (/^[IVX]{1,4}\.?$/u.test(bare)) {
      close()
      row = {pieces: [{segment: segmentOf(source.text, line.start, line.end, true)}], section: true}
      expectedRow = 1
      inNote = false
      continue
    }

    const numbered = /^(\d{1,3})(\s*)(.*)$/u.exec(bare)
    const number = numbered ? Number(numbered[1]) : Number.NaN
    const gap = numbered?.[2]?.length ?? 0
    const rest = numbered?.[3] ?? ''
    // The first row may carry on a table cut before its header (numbers from 3); under a section, numbers may go on or start again.
    if (rows.length === 0 && !row && (rest === '' || gap >= 2)) expectedRow = number
    if (row?.section && number === lastRow + 1 && (rest === '' || gap >= 2)) expectedRow = number
    const opensRow = number === expectedRow && (rest === '' || gap >= 2 || (gap === 1 && number !== expectedNote))
    const opensNote = !opensRow && number === expectedNote && gap === 1 && /^\p{L}/u.test(rest)
    if (opensRow) {
      close()
      row = {pieces: [], section: false}
      const digitsStart = line.start + lead
      const digitsEnd = digitsStart + (numbered?.[1]?.length ?? 0)
      row.pieces.push({segment: segmentOf(source.text, line.start, rest === '' ? line.end : digitsEnd, true)})
      const restStart = rest === '' ? line.end : digitsEnd + gap
      if (rest !== '') for (const segment of segmentsOf(source.text, restStart, line.end, false)) row.pieces.push({segment})
      lastRow = number
      expectedRow++
      inNote = false
      continue
    }

    if (opensNote) {
      expectedNote++
      inNote = true
    }

    if (inNote) {
      put(markerLeaf(source, line.start, line.end, 'note'))
      continue
    }

    if (!row) row = {pieces: [], section: false}
    for (const segment of segmentsOf(source.text, line.start, line.end, true)) row.pieces.push({segment})
  }

  close()
  if (rows.length === 0) return undefined
  const table: Table = {type: 'table', form: 'columns', children, position: positionOf(children)}
  context.report.info(
    `Task table flattened one cell per line, read by its columns: ${rows.length} rows under ${header.cells.map((cell) => cell.lines.map((each) => each.text).join(' ')).join(' | ')}`,
    children[0]?.position,
    'column-table'
  )
  return {table, groups: taken}
}

// ------------------------------------------------------------------ lines

/** A line of running prose: long, and closed as a sentence is. */
function isProse(text: string): boolean {
  const line = text.trim()
  return line.length > proseLength && /[.:;]$/u.test(line) && /^\p{Lu}/u.test(line)
}

/** Longer than any line of a flattened cell: a PDF column wraps well before it. */
const proseLength = 150

function textOf(context: Context, token: IToken): string {
  return context.source.text.slice(token.startOffset, endOf(token))
}

function linesOf(context: Context, tokens: readonly IToken[]): Line[] {
  const out: Line[] = []
  const text = context.source.text
  for (const token of [...tokens].sort((a, b) => a.startOffset - b.startOffset)) {
    let start = token.startOffset
    let end = endOf(token)
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    if (start === end) continue
    const value = text.slice(start, end)
    // Markdown bold around a header cell (`**STT**`) is not part of its words.
    out.push({token, start, end, text: value, folded: trimChars(squeeze(fold(value)), /[*_ ]/u, /[*_ ]/u)})
  }

  return out
}

/** One space for each run of white space. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The header row at `index`: known cells, the lead among them, in the usual
 * order. A page may turn inside it (`Cơ quan phối` / page / `hợp`): the
 * page's lines are `skipped`, read past.
 */
function headerAt(lines: readonly Line[], index: number): {cells: HeaderCell[]; next: number; skipped: Line[]} | undefined {
  const first = lines[index]
  if (!first || headerCells.get(first.folded) !== 'number') return undefined
  const cells: HeaderCell[] = [{role: 'number', lines: [first]}]
  // The header's own lines after the first, past a page's furniture.
  const own: number[] = []
  const skipped: Line[] = []
  for (let at = index + 1; at < lines.length && own.length < 24; at++) {
    const line = lines[at] as Line
    const kind = kindOf(line.token)
    if (furniture.has(kind) || (/^\d{1,4}$/.test(line.text) && kindOf(lines[at - 1]!.token) === 'PageBreak')) skipped.push(line)
    else own.push(at)
  }

  let taken = 0
  while (taken < own.length) {
    let found: HeaderCell | undefined
    for (let size = 3; size >= 1 && !found; size--) {
      const group = own.slice(taken, taken + size).map((at) => lines[at] as Line)
      if (group.length < size) continue
      const role = headerCells.get(group.map((line) => line.folded).join(' '))
      if (role && role !== 'number') found = {role, lines: group}
    }

    if (!found) break
    cells.push(found)
    taken += found.lines.length
  }

  const next = taken === 0 ? index + 1 : (own[taken - 1] as number) + 1
  const inside = skipped.filter((line) => line.start < (lines[next - 1] as Line).end)

  const roles = cells.map((cell) => cell.role)
  // Number, task and parties first, in that order; result, time and grounds after them in any order; no column twice.
  const rank = (role: ColumnRole): number => Math.min(columnOrder.indexOf(role), columnOrder.indexOf('result'))
  const ordered = roles.every((role, position) => position === 0 || rank(role) >= rank(roles[position - 1] as ColumnRole))
  if (cells.length < 4 || !roles.includes('lead') || !ordered || new Set(roles).size !== roles.length) return undefined
  return {cells, next, skipped: inside}
}

function segmentOf(text: string, start: number, end: number, first: boolean): Segment {
  const value = text.slice(start, end)
  return {start, end, text: value, folded: squeeze(fold(value)), first}
}

/** A line cut at runs of two spaces or more (two cells on one line). */
function segmentsOf(text: string, start: number, end: number, first: boolean): Segment[] {
  const out: Segment[] = []
  const gaps = /\s{2,}/g
  const value = text.slice(start, end)
  let from = 0
  let isFirst = first
  for (const match of value.matchAll(gaps)) {
    out.push(segmentOf(text, start + from, start + match.index, isFirst))
    from = match.index + match[0].length
    isFirst = false
  }

  out.push(segmentOf(text, start + from, end, isFirst))
  return out
}

// ------------------------------------------------------------------- rows

const timePattern = (() => {
  const leads = `(?:(?:${timeLeads.join('|')}) )*`
  const unit = `(?:${leads}(?:(?:\\d{1,2}/){0,2}\\d{4}|[ivx]+/\\d{4})|${timeWords.join('|')})`
  return new RegExp(`^${unit}(?: ?(?:,|va|-|–|den) ?${unit})*$`)
})()

function startsWithAny(folded: string, words: readonly string[]): boolean {
  // The word whole: `bo` opens `bo tu phap` and `bo;`, not `bon`.
  return words.some((word) => folded.startsWith(word) && !/[\p{L}\d]/u.test(folded.charAt(word.length)))
}

function capitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text)
}

function endsOpen(segment: Segment): boolean {
  if (/[,;\-–(“"/]$/u.test(segment.text)) return true
  const last = /(\S+)$/.exec(modernizeTones(segment.text).toLowerCase())?.[1] ?? ''
  return joiners.includes(last)
}

/** Does the segment open a new cell? A run of spaces before it, or a capital after a line that does not run on. */
function opensCell(segments: readonly Segment[], index: number): boolean {
  const segment = segments[index] as Segment
  if (!segment.first) return true
  const previous = segments[index - 1]
  if (!previous) return true
  if (endsOpen(previous)) return false
  // A time or a number on a line of its own (`2026`, `2025 - 2035`) is a cell of its own.
  if (/^\d/.test(segment.text)) return true
  if (!capitalised(segment.text)) return false
  // `Đài Truyền hình Việt` / `Nam, Đài …`: a name going on over the line, unless a new party starts.
  const lastWord = /(\S+)$/.exec(previous.text)?.[1] ?? ''
  return !(/^\p{Lu}\p{Ll}/u.test(lastWord) && !startsWithAny(segment.folded, partyStarts))
}

/** Roles → inclusive ranges of segment indices. */
function splitRow(segments: readonly Segment[], roles: readonly ColumnRole[]): Map<ColumnRole, [number, number]> {
  const found = new Map<ColumnRole, [number, number]>()
  // A row with a line per column, none wrapped (`1` / task / lead / partners / time): each line is its column's cell.
  if (segments.length === roles.length && roles[0] === 'number' && /^[*_\s]*\d+[*_\s]*$/u.test(segments[0]?.text ?? '') && segments.every((segment, index) => segment.first && (index === 0 || !endsOpen(segments[index - 1] as Segment)))) {
    roles.forEach((role, index) => found.set(role, [index, index]))
    return found
  }

  const last = segments.length - 1
  let at = 0
  if (roles.includes('number') && segments[0] && /^[*_\s]*\d+[*_\s]*$/u.test(segments[0].text)) {
    found.set('number', [0, 0])
    at = 1
  }

  if (at > last) return found
  let lead = -1
  let widest = 0
  for (let index = roles.includes('task') ? at + 1 : at; index <= last; index++) {
    const segment = segments[index] as Segment
    widest = Math.max(widest, (segments[index - 1] as Segment).text.length)
    // A party's line is narrower than the task's column (a task line may start with `Quốc hội` too).
    if (opensCell(segments, index) && startsWithAny(segment.folded, partyStarts) && segment.text.length <= Math.max(28, widest * 0.75)) {
      lead = index
      break
    }
  }

  if (lead === -1) {
    found.set(roles.includes('task') ? 'task' : 'other', [at, last])
    return found
  }

  if (roles.includes('task') && lead > at) found.set('task', [at, lead - 1])
  const cellEnd = (from: number): number => {
    let index = from + 1
    while (index <= last && !opensCell(segments, index)) index++
    return index - 1
  }

  const leadEnd = cellEnd(lead)
  found.set('lead', [lead, leadEnd])
  let next = leadEnd + 1
  if (roles.includes('with') && next <= last && startsWithAny((segments[next] as Segment).folded, partyStarts)) {
    const withEnd = cellEnd(next)
    found.set('with', [next, withEnd])
    next = withEnd + 1
  }

  const tail = roles.filter((role) => columnOrder.indexOf(role) >= columnOrder.indexOf('result'))
  let end = last
  // The grounds, in the last column: from the last cell that opens with a document's name.
  if (tail.at(-1) === 'basis') {
    for (let index = end; index >= next; index--) {
      if (!opensCell(segments, index)) continue
      const joined = segments.slice(index, end + 1).map((segment) => segment.folded).join(' ')
      if (startsWithAny(joined, basisStarts)) {
        found.set('basis', [index, end])
        end = index - 1
        break
      }
    }
  }

  const reads = (from: number, to: number): boolean => timePattern.test(segments.slice(from, to + 1).map((segment) => segment.folded.replace(/[.;]$/, '')).join(' '))
  const timeFirst = tail.includes('time') && tail.indexOf('time') < Math.max(0, tail.indexOf('result'))
  if (tail.includes('time') && !timeFirst) {
    // Time after the result: the longest run of lines at the end that reads as a time.
    for (let from = Math.max(next, end - 4); from <= end; from++) {
      if (reads(from, end)) {
        found.set('time', [from, end])
        end = from - 1
        break
      }
    }
  } else if (timeFirst) {
    // Time before the result: the first cell after the parties that reads as a time, the result after it.
    search: for (let from = next; from <= end; from++) {
      if (from > next && !opensCell(segments, from)) continue
      for (let to = Math.min(end, from + 4); to >= from; to--) {
        if (to < end && !opensCell(segments, to + 1)) continue
        if (!reads(from, to)) continue
        // (Text with no column of its own stays in the cell before it: a cell runs to the next one's start.)
        found.set('time', [from, to])
        if (to < end && tail.includes('result')) found.set('result', [to + 1, end])
        return found
      }
    }
  }

  if (next <= end && tail.includes('result')) found.set('result', [next, end])
  return found
}

/** A row node: a cell per column of the header (empty where the row has nothing), furniture inside the cell it cut. */
function rowNode(context: Context, row: Row, roles: readonly ColumnRole[]): TableRow {
  const {source} = context
  const segments: Segment[] = []
  const pieceOf: number[] = []
  row.pieces.forEach((piece, index) => {
    if ('segment' in piece) {
      segments.push(piece.segment)
      pieceOf.push(index)
    }
  })
  const ranges = splitRow(segments, roles)
  // Pieces from a cell's first segment up to the next cell's first segment.
  const starts = roles
    .map((role) => ranges.get(role))
    .filter((range): range is [number, number] => range !== undefined)
    .map((range) => pieceOf[range[0]] as number)
  const cells: TableCell[] = []
  let lastEnd = segments[0]?.start ?? 0
  let opened = false
  for (const role of roles) {
    const range = ranges.get(role)
    if (!range) {
      cells.push({type: 'tableCell', children: [], position: source.position(lastEnd, lastEnd)})
      continue
    }

    // The first cell takes whatever comes before it too; each cell runs to the next cell's start.
    const own = pieceOf[range[0]] as number
    const from = opened ? own : 0
    opened = true
    const next = starts.find((start) => start > own)
    const to = next === undefined ? row.pieces.length - 1 : next - 1
    const children: PhrasingContent[] = []
    for (const piece of row.pieces.slice(from, to + 1)) {
      if ('node' in piece) children.push(piece.node)
      else children.push(...phrasing(source, piece.segment.start, piece.segment.end))
    }

    const cell: TableCell = {type: 'tableCell', children, position: positionOf(children)}
    cells.push(cell)
    for (const piece of row.pieces.slice(from, to + 1)) if ('segment' in piece) lastEnd = piece.segment.end
  }

  return {type: 'tableRow', children: cells, position: positionOf(cells.filter((cell) => cell.children.length > 0))}
}

/** A section row: one cell with its numeral and title. */
function sectionNode(context: Context, row: Row): TableRow {
  const children: PhrasingContent[] = []
  for (const piece of row.pieces) {
    if ('node' in piece) children.push(piece.node)
    else children.push(...phrasing(context.source, piece.segment.start, piece.segment.end))
  }

  const cell: TableCell = {type: 'tableCell', children, position: positionOf(children)}
  return {type: 'tableRow', children: [cell], position: cell.position}
}

function cellOfLines(context: Context, lines: readonly Line[]): TableCell {
  const children = lines.flatMap((line) => phrasing(context.source, line.start, line.end))
  return {type: 'tableCell', children, position: positionOf(children)}
}
