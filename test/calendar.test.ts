/**
 * Deadlines where people plan: `chithi calendar` writes the dated
 * obligations of a corpus as iCalendar, read back here with an independent
 * parser (ical.js, Mozilla's) and compared with what `chithi query` says.
 */
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ICAL from 'ical.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {ingest} from '../src/store.js'
import {chithi, fixturesDir} from './helpers.js'

interface Event {
  uid: string
  date: string
  summary: string
  description: string
  rule: string | null
  url: string | null
}

/** The events of an iCalendar text, as ical.js reads them. */
function eventsOf(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const rule = component.getFirstPropertyValue('rrule')
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      rule: rule ? rule.toString() : null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null
    }
  })
}

describe('chithi calendar', () => {
  let db: string
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chithi-calendar-'))
    // The fixtures, and a made-up plan with a monthly report.
    const extra = join(folder, 'extra')
    mkdirSync(extra)
    writeFileSync(
      join(extra, 'ke-hoach.txt'),
      ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH', 'Số: 40/KH-UBND', 'Quảng Bình, ngày 10 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Phòng cháy rừng', '', '1. Sở Y tế báo cáo kết quả hằng tháng.', '', '2. Sở Y tế kiểm tra các cơ sở trước ngày 30/4/2025.', ''].join('\n')
    )
    db = join(folder, 'corpus.sqlite')
    const report = await ingest([fixturesDir, extra], {db, version: 'test', jobs: 1, progress: false})
    if ('problem' in report) throw new Error(report.problem)
  })

  it('gives one all-day event for each dated obligation that `query` finds, on its date', async () => {
    const calendar = await chithi(['calendar', '--db', db])
    expect(calendar.status).toBe(0)
    const events = eventsOf(calendar.stdout).filter((event) => event.rule === null)
    const query = await chithi(['query', '--db', db, '--role', 'responsible', '--due-after', '1900-01-01', '--format', 'json'])
    const rows = JSON.parse(query.stdout) as Array<{document: {id: string}; obligation: string; timings: Array<{kind: string; date: string | null}>}>
    const expected = new Set(rows.flatMap((row) => row.timings.filter((timing) => timing.date && ['by', 'on', 'within'].includes(timing.kind)).map((timing) => `${row.document.id}/${row.obligation} ${timing.date}`)))
    const found = new Set(events.map((event) => `${event.uid.replace(/-\d+@chithi$/, '').replace(/-(o\d+)$/, '/$1')} ${event.date}`))
    expect(expected.size).toBeGreaterThan(3)
    expect(found).toEqual(expected)
  })

  it('says who and what, with the directive and where in it', async () => {
    const {stdout} = await chithi(['calendar', '--db', db, '--who', 'Sở Y tế', '--link', 'https://archive.example/{number}'])
    const deadline = eventsOf(stdout).find((event) => event.date === '2025-04-30')
    expect(deadline).toMatchObject({summary: 'Hạn: Sở Y tế — kiểm tra các cơ sở trước ngày 30/4/2025', url: 'https://archive.example/40%2FKH-UBND'})
    expect(deadline?.description).toContain('Kế hoạch số 40/KH-UBND ngày 2025-03-10 của')
    expect(deadline?.description).toMatch(/Nguồn: .*ke-hoach\.txt:11:/)
  })

  it('repeats a recurring task from the directive’s date with its period', async () => {
    const {stdout} = await chithi(['calendar', '--db', db, '--who', 'Sở Y tế'])
    const monthly = eventsOf(stdout).find((event) => event.rule !== null)
    expect(monthly).toMatchObject({date: '2025-03-10', rule: 'FREQ=MONTHLY'})
  })

  it('keeps to the days asked for, and writes a file with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chithi-ics-')), 'deadlines.ics')
    const result = await chithi(['calendar', '--db', db, '--from', '2025-04-01', '--to', '2025-04-30', '--out', out])
    expect(result.stderr).toMatch(/events written to/)
    const events = eventsOf(readFileSync(out, 'utf8'))
    // A task repeating since March recurs in April: it stays, from its first day.
    const dates = events.filter((event) => event.rule === null).map((event) => event.date)
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.every((date) => date >= '2025-04-01' && date <= '2025-04-30')).toBe(true)
    const repeating = events.filter((event) => event.rule !== null).map((event) => event.date)
    expect(repeating).toContain('2025-03-10')
    expect(repeating.every((date) => date <= '2025-04-30')).toBe(true)
  })

  it('refuses a date it cannot read, naming the option', async () => {
    const result = await chithi(['calendar', '--db', db, '--from', '31/12/2025'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--from/)
  })
})
