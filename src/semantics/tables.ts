/**
 * Task tables: a Kế hoạch often lists its tasks in a table (task, *cơ quan
 * chủ trì*, *cơ quan phối hợp*, *thời gian hoàn thành*). Each row is an
 * obligation `at: "table"`.
 */
import type {Table, TableCell} from '../tree/types.js'
import type {Draft, FoundParty} from './obligations.js'
import {partiesAt} from './clause/read.js'
import {positionIn, unitOf, type TextUnit} from './text-unit.js'
import {findTimings} from './timing.js'
import {keyOf, wordsOf} from './words.js'

/** The role of a column, from its header. */
type Column = 'task' | 'lead' | 'with' | 'time' | 'other'

function columnOf(header: string): Column {
  const key = keyOf(header)
  if (/phối hợp/.test(key)) return 'with'
  if (/chủ trì|thực hiện|cơ quan|đơn vị|trách nhiệm/.test(key) && !/thời gian|thời hạn/.test(key)) return 'lead'
  if (/thời gian|thời hạn|tiến độ|hoàn thành|thời điểm/.test(key)) return 'time'
  if (/nhiệm vụ|nội dung|giải pháp|công việc|hoạt động|tên/.test(key)) return 'task'
  return 'other'
}

/** Obligations of a task table; none when the table is not one. */
export function tableDrafts(table: Table, year: number | undefined): Draft[] {
  const rows = table.children.filter((row) => row.type === 'tableRow')
  let columns: Column[] | undefined
  let headers: string[] = []
  const drafts: Draft[] = []
  for (const row of rows) {
    const cells = row.children.filter((cell): cell is TableCell => cell.type === 'tableCell')
    const units = cells.map((cell) => unitOf([cell]))
    if (!columns) {
      const candidate = units.map((unit) => columnOf(unit.text))
      if (candidate.includes('lead') && (candidate.includes('task') || candidate.includes('time') || candidate.includes('with'))) {
        columns = candidate
        headers = units.map((unit) => unit.text)
      }

      continue
    }

    // Section rows (`I`, `NHÓM GIẢI PHÁP …`) have fewer cells.
    if (cells.length < columns.length) continue
    const lead = units[columns.indexOf('lead')]
    if (!lead || lead.text.trim() === '') continue
    const draft: Draft = {
      at: 'table',
      who: parties(lead),
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

    const partner = units[columns.indexOf('with')]
    if (partner) draft.with = parties(partner)
    const time = units[columns.indexOf('time')]
    if (time) draft.when = timings(time, year)
    if (draft.who.length > 0) drafts.push(draft)
  }

  return drafts
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

/** A time cell: timing phrases, or a bare year (`2026`) or span of years (`2025 - 2035`). */
function timings(unit: TextUnit, year: number | undefined): Draft['when'] {
  const found = findTimings(unit.text, year)
  if (found.length > 0) return found.map((timing) => ({...timing, position: positionIn(unit, timing.start, timing.end)}))
  const years = /(?:năm\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?/iu.exec(unit.text)
  if (!years) return []
  const last = years[2] ?? years[1]
  return [
    {
      kind: 'within',
      date: `${last}-12-31`,
      text: years[0],
      start: years.index,
      end: years.index + years[0].length,
      position: positionIn(unit, years.index, years.index + years[0].length)
    }
  ]
}
