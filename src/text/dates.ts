/**
 * Calendar dates as Vietnamese directives write them: `ngày 30 tháng 7 năm
 * 2020`, `30/7/2020`, `30-7-2020`, `ngày 05/9` (year from context).
 */
import {stripDiacritics} from './fold.js'

/** A date found in text, with its span in that text. */
export interface FoundDate {
  /** ISO date, or null when the day or month is blank or impossible. */
  iso: string | null
  year: number | null
  month: number | null
  day: number | null
  /** Index of the first character of the date in the text searched. */
  index: number
  /** Length of the date in the text searched. */
  length: number
}

// On diacritics-free text: `ngay 30 thang 7 nam 2020` or `30/7/2020`.
const spelled = /(?:ngay[ \t\n]*)?(\d{1,2}|[.…_ \t]*)[ \t\n]*thang[ \t\n]*(\d{1,2}|[.…_ \t]*)[ \t\n]*(?:nam[ \t\n]*(\d{4}))?/gi
const numeric = /(?<![\d/.-])(\d{1,2})[ \t]*([/.-])[ \t]*(\d{1,2})(?:[ \t]*\2[ \t]*(\d{4}))?(?![\d/])/g

/** ISO form of a date, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null
  if (month < 1 || month > 12 || day < 1) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The last day of a month: `lastDay(2021, 2)` is `2021-02-28`. */
export function lastDay(year: number, month: number): string | null {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())
}

/** Every date in `text`, in order; a date without a year takes `defaultYear`. */
export function findDates(text: string, defaultYear?: number): FoundDate[] {
  const plain = stripDiacritics(text)
  const found: FoundDate[] = []
  const taken: Array<[number, number]> = []

  for (const match of plain.matchAll(spelled)) {
    const [all, dayText = '', monthText = '', yearText] = match
    if (!/\d/.test(all) || (!/ngay/i.test(all) && !yearText)) continue
    const start = match.index + (all.length - all.trimStart().length)
    found.push(build(dayText, monthText, yearText, defaultYear, start, all.trim().length))
    taken.push([match.index, match.index + all.length])
  }

  for (const match of plain.matchAll(numeric)) {
    const [all, dayText = '', separator = '', monthText = '', yearText] = match
    if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue
    // `1.5` and `3-4` without a year are rarely dates.
    if (!yearText && separator !== '/') continue
    found.push(build(dayText, monthText, yearText, defaultYear, match.index, all.length))
  }

  return found.sort((a, b) => a.index - b.index)
}

function build(
  dayText: string,
  monthText: string,
  yearText: string | undefined,
  defaultYear: number | undefined,
  index: number,
  length: number
): FoundDate {
  const day = /\d/.test(dayText) ? Number.parseInt(dayText, 10) : null
  const month = /\d/.test(monthText) ? Number.parseInt(monthText, 10) : null
  const year = yearText ? Number.parseInt(yearText, 10) : defaultYear ?? null
  const iso = day !== null && month !== null && year !== null ? isoDate(year, month, day) : null
  return {iso, year, month, day, index, length}
}
