/**
 * Deadlines where people plan: the dated obligations of a corpus query as an
 * iCalendar file (RFC 5545) that any calendar opens. One all-day event per
 * obligation and dated timing (`by`, `on`, `within` with its last day); a
 * recurring task with a known period repeats from the directive's date.
 * Built with `ical-generator`.
 */
import ical, {ICalEventRepeatingFreq, type ICalRepeatingOptions} from 'ical-generator'
import type {ObligationRow} from '../store/corpus.js'

/** How the calendar is written. */
export interface CalendarOptions {
  /** The calendar's name, as a calendar application lists it. */
  name?: string
  /** A link to each directive's page: `{id}`, `{path}` and `{number}` are replaced (URL-encoded). */
  link?: string
  /** Events dated on or after this day only (YYYY-MM-DD). */
  from?: string
  /** Events dated on or before this day only (YYYY-MM-DD). */
  to?: string
}

/** Words a calendar shows before the party: what the date is to the task. */
const kindLabels: Record<string, string> = {by: 'Hạn', on: 'Ngày', within: 'Trong hạn', recurring: 'Định kỳ'}

const repeats: Record<string, ICalRepeatingOptions> = {
  daily: {freq: ICalEventRepeatingFreq.DAILY},
  weekly: {freq: ICalEventRepeatingFreq.WEEKLY},
  monthly: {freq: ICalEventRepeatingFreq.MONTHLY},
  quarterly: {freq: ICalEventRepeatingFreq.MONTHLY, interval: 3},
  'half-yearly': {freq: ICalEventRepeatingFreq.MONTHLY, interval: 6},
  yearly: {freq: ICalEventRepeatingFreq.YEARLY}
}

/** One event of the calendar, before it is written. */
export interface CalendarEvent {
  /** Stable across runs (the document's and the obligation's ids and the timing's place in it): a calendar that imports again updates the event. */
  uid: string
  date: string
  kind: string
  /** Parties responsible for the task. */
  parties: string[]
  row: ObligationRow
  timing: ObligationRow['timings'][number]
}

/** The events of a query's rows: one per obligation and dated (or periodic) timing, the parties of each obligation together. */
export function calendarEvents(rows: readonly ObligationRow[], options: Pick<CalendarOptions, 'from' | 'to'> = {}): CalendarEvent[] {
  const byObligation = new Map<string, {row: ObligationRow; parties: string[]}>()
  for (const row of rows) {
    const key = `${row.document.id}/${row.obligation}`
    const known = byObligation.get(key)
    if (known) {
      if (!known.parties.includes(row.party.text)) known.parties.push(row.party.text)
    } else byObligation.set(key, {row, parties: [row.party.text]})
  }

  const events: CalendarEvent[] = []
  for (const {row, parties} of byObligation.values()) {
    row.timings.forEach((timing, index) => {
      const periodic = timing.kind === 'recurring' && timing.period !== null && timing.period in repeats
      const date = periodic ? (timing.date ?? row.document.date) : timing.date
      if (!date || !(periodic || timing.kind === 'by' || timing.kind === 'on' || timing.kind === 'within')) return
      if (!periodic && ((options.from && date < options.from) || (options.to && date > options.to))) return
      if (periodic && options.to && date > options.to) return
      events.push({uid: `${row.document.id}-${row.obligation}-${index}@chithi`, date, kind: timing.kind, parties, row, timing})
    })
  }

  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))
}

/** The iCalendar text of a query's rows. */
export function calendarOf(rows: readonly ObligationRow[], options: CalendarOptions = {}): string {
  return calendarText(calendarEvents(rows, options), options)
}

/** The iCalendar text of events already chosen (`calendarEvents`). */
export function calendarText(events: readonly CalendarEvent[], options: Pick<CalendarOptions, 'name' | 'link'> = {}): string {
  const calendar = ical({name: options.name ?? 'chithi', prodId: {company: 'chithi', product: 'chithi', language: 'VI'}})
  for (const event of events) {
    const {row, timing} = event
    const document = [row.document.type, row.document.number ? `số ${row.document.number}` : null, row.document.date ? `ngày ${row.document.date}` : null, row.document.issuer ? `của ${row.document.issuer}` : null]
      .filter(Boolean)
      .join(' ')
    const where = row.location.line === null ? row.location.path : `${row.location.path}:${row.location.line}:${row.location.column ?? 1}`
    const periodic = timing.kind === 'recurring' && timing.period !== null ? repeats[timing.period] : undefined
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: dayOf(event.date),
      summary: `${kindLabels[event.kind] ?? event.kind}: ${event.parties.join(', ')} — ${shorten(row.action, 120)}`,
      description: [row.action, `Thời hạn: ${timing.text}`, `Văn bản: ${document || row.document.path}`, `Mục: ${row.at}`, `Nguồn: ${where}`].join('\n'),
      categories: [{name: event.kind}],
      url: options.link ? linkOf(options.link, row) : null,
      repeating: periodic ?? null
    })
  }

  return calendar.toString()
}

/** A calendar day at midnight UTC (all-day events carry the date only). */
function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

function linkOf(template: string, row: ObligationRow): string {
  return template
    .replaceAll('{id}', encodeURIComponent(row.document.id))
    .replaceAll('{path}', encodeURI(row.document.path))
    .replaceAll('{number}', encodeURIComponent(row.document.number ?? ''))
}
