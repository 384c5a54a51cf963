/**
 * Task tables: a Kế hoạch often lists its tasks in a table (task, *cơ quan
 * chủ trì*, *cơ quan phối hợp*, *thời gian hoàn thành*). Each row is an
 * obligation `at: "table"`.
 */
import {headerCells, taskHeaderStarts, type ColumnRole} from '../tree/column-words.js'
import type {Table, TableCell} from '../tree/types.js'
import {fold} from '../text/fold.js'
import type {Draft, FoundParty} from './obligations.js'
import {partiesAt} from './clause/read.js'
import {positionIn, unitOf, type TextUnit} from './text-unit.js'
import {findDates} from '../text/dates.js'
import {deadlineLabelWords} from './lexicon/frames.js'
import {findReferences} from './references.js'
import {findTimings, type Issued} from './timing.js'
import {keyOf, wordsOf} from './words.js'

/** The role of a column, from its header. */
type Column = 'task' | 'lead' | 'with' | 'time' | 'other'

/** What the column reader's header vocabulary says each role is, as a column of this reader. */
const fromHeaderCells: Readonly<Record<ColumnRole, Column>> = {number: 'other', task: 'task', lead: 'lead', with: 'with', result: 'other', time: 'time', basis: 'other', other: 'other'}

function columnOf(header: string): Column {
  // A header the tree's column reader knows (`Cơ quan chủ trì`, `Thời hạn trình`) has its role there: one vocabulary for both readers.
  const folded = fold(header).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()
  const known = headerCells.get(folded)
  if (known) return fromHeaderCells[known]
  const key = keyOf(header)
  if (/phối hợp/.test(key)) return 'with'
  if (taskHeaderStarts.some((start) => folded === start || folded.startsWith(`${start} `))) return 'task'
  if (/chủ trì|thực hiện|cơ quan|đơn vị|trách nhiệm/.test(key) && !/thời gian|thời hạn/.test(key)) return 'lead'
  if (/thời gian|thời hạn|tiến độ|hoàn thành|thời điểm/.test(key)) return 'time'
  if (/nhiệm vụ|nội dung|giải pháp|công việc|hoạt động|tên/.test(key)) return 'task'
  return 'other'
}

/** The columns a task table's header gave, for the rest of it cut off by a page (a table of the same width and no header of its own). */
export interface TableColumns {
  columns: Column[]
  headers: string[]
}

/** The task rows of every table, in order: a table without a header of its own, as wide as the task table before it, goes on with its columns. */
export function tablesDrafts(tables: readonly Table[], issued: Issued): Draft[] {
  const drafts: Draft[] = []
  let carried: TableColumns | undefined
  for (const table of tables) {
    const read = readTable(table, issued, carried)
    drafts.push(...read.drafts)
    carried = read.columns ?? carried
  }

  return drafts
}

/** A row that heads a task table: a lead column, and a task, a time or partners. */
function isHeader(columns: readonly Column[]): boolean {
  return columns.includes('lead') && (columns.includes('task') || columns.includes('time') || columns.includes('with'))
}

/** Obligations of a task table (none when the table is not one), and the columns it read them by. */
function readTable(table: Table, issued: Issued, carried?: TableColumns): {drafts: Draft[]; columns: TableColumns | undefined} {
  const rows = table.children.filter((row) => row.type === 'tableRow')
  let columns: Column[] | undefined
  let headers: string[] = []
  const drafts: Draft[] = []
  const width = (row: (typeof rows)[number]): number => row.children.filter((cell) => cell.type === 'tableCell').length
  // No header among the first rows, and as wide as the table before: its rows go on with that table's columns.
  const headed = rows.slice(0, 3).some((row) => isHeader(row.children.filter((cell): cell is TableCell => cell.type === 'tableCell').map((cell) => columnOf(unitOf([cell]).text))))
  if (!headed && carried && rows.length > 0 && rows.every((row) => width(row) === carried.columns.length || width(row) === 0)) {
    columns = carried.columns
    headers = carried.headers
  }

  for (const row of rows) {
    const cells = row.children.filter((cell): cell is TableCell => cell.type === 'tableCell')
    const units = cells.map((cell) => unitOf([cell]))
    if (!columns) {
      const candidate = units.map((unit) => columnOf(unit.text))
      if (isHeader(candidate)) {
        columns = candidate
        headers = units.map((unit) => unit.text)
      }

      continue
    }

    // Section rows (`I`, `NHÓM GIẢI PHÁP …`) have fewer cells.
    if (cells.length < columns.length) continue
    const lead = units[columns.indexOf('lead')]
    if (!lead || lead.text.trim() === '') continue
    const leadCell = cells[columns.indexOf('lead')]!
    const draft: Draft = {
      at: 'table',
      who: cellParties(leadCell),
      inherited: false,
      what: [],
      when: [],
      with: [],
      reportTo: [],
      lead: true,
      polarity: 'do',
      position: positionIn(lead, 0, lead.text.length),
      row: Object.fromEntries(units.map((unit, index) => [headers[index] ?? String(index), unit.text]))
    }
    const task = units[columns.indexOf('task')]
    if (task) {
      draft.what.push(task.text.replace(/[\s.;,]+$/u, ''))
      draft.position = positionIn(task, 0, task.text.length)
    }

    const partner = cells[columns.indexOf('with')]
    if (partner) draft.with = cellParties(partner)
    const time = units[columns.indexOf('time')]
    if (time) draft.when = cellTimings(time, issued, headers[columns.indexOf('time')] ?? '')
    if (draft.who.length > 0) drafts.push(draft)
  }

  return {drafts, columns: columns ? {columns, headers} : undefined}
}

/** A cell listing parties, each line a web copy set apart by `<br>` read on its own (`Sở Tài chính<br>Hội đồng thẩm định giá đất tỉnh`). */
function cellParties(cell: TableCell): FoundParty[] {
  const lines: TableCell['children'][] = [[]]
  for (const child of cell.children) {
    if (child.type === 'marker' && /^<br\s*\/?>$/iu.test(child.value)) lines.push([])
    else lines.at(-1)!.push(child)
  }

  return lines.filter((line) => line.length > 0).flatMap((line) => parties(unitOf(line)))
}

/** A cell listing parties: every piece, split at `,` `;` `và`. */
function parties(unit: TextUnit): FoundParty[] {
  const words = wordsOf(unit.text)
  if (words.length === 0) return []
  return (partiesAt(unit.text, words, 0, words.length)?.parties ?? []).map((piece) => ({
    text: piece.text.replace(/[\s,;:.]+$/u, ''),
    position: positionIn(unit, piece.start, piece.end)
  }))
}

/**
 * A time cell: timing phrases, and the periods a table writes bare: a year
 * (`2026`), a span of years (`2027 - 2030`), a quarter (`Quý IV/2026`), also
 * beside a phrase (`2026 và hằng năm`).
 */
export function cellTimings(unit: TextUnit, issued: Issued, label: string, periods = true): Draft['when'] {
  const {year} = issued
  // Dates in citations (`Quyết định số 12/QĐ-UBND ngày 10/3/2025`) are no deadlines.
  const cited = findReferences(unit.text, year).map((reference) => [reference.start, reference.end] as const)
  const found: Draft['when'] = findTimings(unit.text, issued, cited).map((timing) => ({...timing, position: positionIn(unit, timing.start, timing.end)}))
  const covered = (start: number, end: number): boolean => found.some((timing) => timing.start < end && start < timing.end) || cited.some(([a, b]) => a < end && start < b)
  // `31/12/2025` alone under `Thời hạn` or `Thời gian hoàn thành`: the day it is due by; under `Thời gian`: the day it happens.
  const lower = label.toLowerCase()
  const kind = deadlineLabelWords.some((word) => lower.includes(word)) ? 'by' : 'on'
  for (const date of findDates(unit.text, year)) {
    const start = date.index
    const end = start + date.length
    if (!date.iso || covered(start, end)) continue
    found.push({kind, date: date.iso, text: unit.text.slice(start, end), start, end, position: positionIn(unit, start, end)})
  }

  if (!periods) return found.sort((a, b) => a.start - b.start)
  // A year, a span of years, a quarter; not the year of a month or a day (`tháng 12/2025`, `tháng 12 năm 2025`).
  const bare = /(?:quý\s+([IV]{1,3})\s*\/\s*|(?<!tháng\s+\d{1,2}\s+)năm\s+|(?<![/.\-–\d]\s*))(?<!tháng\s+\d{1,2}\s+năm\s+)(\d{4})(?:\s*[-–]\s*(\d{4}))?/giu
  for (const match of unit.text.matchAll(bare)) {
    const start = match.index
    const end = start + match[0].length
    if (covered(start, end)) continue
    const quarter = match[1] ? ['I', 'II', 'III', 'IV'].indexOf(match[1].toUpperCase()) + 1 : 0
    const last = match[3] ?? match[2] ?? ''
    const date = quarter > 0 ? `${last}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1] ?? '12-31'}` : `${last}-12-31`
    found.push({kind: 'within', date, text: match[0], start, end, position: positionIn(unit, start, end)})
  }

  return found.sort((a, b) => a.start - b.start)
}
