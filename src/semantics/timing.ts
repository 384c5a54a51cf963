/**
 * Timing phrases (`when`): immediate, by, on, within, during, recurring,
 * until, event, per ANNOTATION.md, with ISO dates resolved against the
 * document's date. Manner words (`kịp thời`, `nhanh chóng`, `tiếp tục`) are
 * not timing, and dates inside citations are not deadlines.
 */
import {findDates, isoDate, lastDay} from '../text/dates.js'
import {weekdays} from './lexicon/frames.js'

/** Kinds of timing. */
export type TimingKind = 'immediate' | 'by' | 'on' | 'within' | 'during' | 'recurring' | 'until' | 'event'

/** How often a recurring task comes back. */
export type Period = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly'

/** A timing phrase found in a text, with its span. */
export interface FoundTiming {
  kind: TimingKind
  date?: string
  period?: Period
  text: string
  start: number
  end: number
}

const D = String.raw`(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`
/** A day of the week written before a date (`trước Thứ Tư, ngày 03/12/2025`): read past, the date is what counts. */
const W = String.raw`(?:(?:${weekdays.map((day) => day.replace(/ /g, String.raw`\s+`)).join('|')})\s*,?\s+)?`
const roman: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4}
const periods: Record<string, Period> = {ngày: 'daily', tuần: 'weekly', tháng: 'monthly', quý: 'quarterly', năm: 'yearly'}

/** When the document was issued: the year a date without one takes, the day a span with no start of its own runs from. */
export interface Issued {
  year: number | undefined
  /** The document's date, ISO. */
  date?: string | undefined
}

interface Rule {
  kind: TimingKind
  pattern: RegExp
  /** A cheap test: the rule can only match a text that passes it. */
  trigger?: RegExp
  resolve?: (found: RegExpExecArray, year: number | undefined, issued: string | undefined) => Partial<FoundTiming>
}

/** `trong thời hạn 5 năm` with no start of its own (`kể từ …`) runs from the document's date: its last day. */
function spanFromIssue(found: RegExpExecArray, amount: number, unit: string, issued: string | undefined): Partial<FoundTiming> {
  if (!issued) return {}
  const after = found.input.slice(found.index + found[0].length, found.index + found[0].length + 24)
  if (/^\s*(?:làm việc\s*)?,?\s*(?:kể từ|tính từ|từ|sau)(?!\p{L})/iu.test(after)) return {}
  const [y, m, d] = issued.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (unit === 'năm') date.setUTCFullYear(y + amount)
  else if (unit === 'tháng') date.setUTCMonth(m - 1 + amount)
  else if (unit === 'tuần') date.setUTCDate(d + 7 * amount)
  else if (unit === 'ngày') date.setUTCDate(d + amount)
  else return {}
  return {date: date.toISOString().slice(0, 10)}
}

/** Rules in order: earlier rules claim their span first. */
const rules: Rule[] = [
  {
    kind: 'recurring',
    // `trước ngày 25/12 hằng năm`: the date is a deadline of its own (`by`), the rest recurs.
    pattern: new RegExp(String.raw`(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(ngày|tuần|tháng|quý|năm)|định kỳ(?:\s+(\d+)\s+tháng)?(?:\s*[,(]?\s*(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm))?|(?<!(?:chi|phí|động|sách|vụ)\s)thường xuyên(?!\s*,\s*liên tục)`, 'giu'),
    resolve: (found) => {
      const unit = (found[1] ?? found[3])?.toLowerCase()
      if (found[2]) return {period: found[2] === '6' ? 'half-yearly' : found[2] === '3' ? 'quarterly' : 'monthly'}
      return unit ? {period: periods[unit]} : {}
    }
  },
  {kind: 'immediate', pattern: /trong thời gian (?:nhanh|sớm) nhất|ngay lập tức|khẩn trương|khẩn cấp|thần tốc|sớm nhất|(?<![\p{L}])ngay(?![\p{L}])(?!\s+(?:khi|sau|từ khi|trong ngày|vào ngày))/giu},
  {kind: 'until', trigger: /khi|đến hết/iu, pattern: /(?:cho )?đến khi [^,;.]+|cho đến hết (?!năm\s+\d|ngày\s+\d)[^,;.]+|(?<!(?:sau|trước)\s)khi có (?:thông báo|ý kiến|chỉ đạo|hướng dẫn)[^,;.]*/giu},
  // `ngày 15 đến ngày 31/12/2025`: a period, ending on its last day. (With `từ`, ANNOTATION.md reads a start, `on`, and an end, `until`.)
  {
    kind: 'within',
    trigger: /đến|tới/iu,
    pattern: new RegExp(String.raw`(?<!từ\s)ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+(${D})`, 'giu'),
    resolve: (found, year) => ({date: findDates(found[1] ?? '', year)[0]?.iso ?? undefined})
  },
  // `đến hết ngày 31/12/2025`, `cho đến ngày 15/3`: until that day.
  {
    kind: 'until',
    trigger: /đến/iu,
    pattern: new RegExp(String.raw`(?:cho\s+)?đến\s+(?:hết\s+)?ngày\s+(${D})`, 'giu'),
    resolve: (found, year) => ({date: findDates(found[1] ?? '', year)[0]?.iso ?? undefined})
  },
  {
    kind: 'by',
    pattern: new RegExp(String.raw`(?:trước|chậm nhất(?:\s+là)?(?:\s+(?:trước|vào))?|hạn chót)\s+(?:(\d{1,2})\s*giờ(?:\s*\d{1,2})?\s*)?${W}(?:ngày\s+)?(${D})|(?:trước|chậm nhất(?:\s+là)?)\s+(?:(?:tháng)\s+(\d{1,2})(?:\s*[/]\s*|\s+năm\s+)(\d{4}))`, 'giu'),
    resolve: (found, year) => {
      if (found[2]) return {date: findDates(found[2], year)[0]?.iso ?? undefined}
      if (found[3] && found[4]) return {date: lastDay(Number(found[4]), Number(found[3])) ?? undefined}
      return {}
    }
  },
  // `trung tuần tháng 4/2025`: a part of a month; its last day where the part has one.
  {
    kind: 'within',
    trigger: /tuần|đầu tháng|cuối tháng|giữa tháng/iu,
    pattern: /(?:vào\s+|trong\s+)?(thượng tuần|trung tuần|hạ tuần|đầu|giữa|cuối)\s+tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?/giu,
    resolve: (found, year) => {
      const part = (found[1] ?? '').toLowerCase()
      const month = Number(found[2])
      const y = found[3] ? Number(found[3]) : year
      if (!y) return {}
      if (part === 'thượng tuần') return {date: isoDate(y, month, 10) ?? undefined}
      if (part === 'trung tuần') return {date: isoDate(y, month, 20) ?? undefined}
      if (part === 'hạ tuần' || part === 'cuối') return {date: lastDay(y, month) ?? undefined}
      return {}
    }
  },
  // `giai đoạn 2026–2030`, `từ nay đến cuối năm 2025`, `đến hết năm 2025`: a period, ending on its last day.
  {
    kind: 'within',
    trigger: /giai đoạn|đến (?:hết|cuối)|cuối năm/iu,
    pattern: /trong\s+giai đoạn\s+\d{4}\s*[-–—]\s*(\d{4})|(?:từ nay\s+)?đến\s+(?:hết|cuối)\s+năm\s+(\d{4})|(?:vào\s+|trong\s+)?cuối\s+năm\s+(\d{4})/giu,
    resolve: (found) => ({date: `${found[1] ?? found[2] ?? found[3]}-12-31`})
  },
  // `Tháng 12/2025` as a task's own time (a table's time column, after `hoàn thành`); a month that qualifies a noun is not.
  {
    kind: 'within',
    trigger: /tháng/iu,
    pattern: /(?<=(?:^|hoàn thành|hoàn tất|xong|thực hiện|triển khai)\s*)tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu,
    resolve: (found) => ({date: lastDay(Number(found[2]), Number(found[1])) ?? undefined})
  },
  // A task table's time cell holding only a year or a span of years (`2026`, `2025 - 2030`): within, to the last year's end.
  {
    kind: 'within',
    pattern: /^\s*(?:năm\s+)?(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*$/giu,
    resolve: (found) => ({date: `${found[2] ?? found[1]}-12-31`})
  },
  // `từ năm học 2025 - 2026`, `trong năm học 2025-2026`: a school year, whose last day the text does not fix.
  {kind: 'within', trigger: /năm học/iu, pattern: /(?:từ|trong)\s+năm học\s+\d{4}\s*[-–]\s*\d{4}/giu},
  // `Năm 2025 và các năm tiếp theo`: open-ended, no last day.
  // … as the task's own time only: `Chỉ số cải cách hành chính năm 2025 và các năm tiếp theo` names the index of those years.
  {kind: 'within', pattern: /(?:(?:trong|từ)\s+|(?<=^[\s*_]*|[,;:]\s*))(?:năm|Năm)\s+\d{4}\s+và\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)/gu},
  {
    kind: 'within',
    pattern: /(?:trong\s+)?(?:quý|Quý)\s+(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:\s*(?:\/|năm)\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?|(?:trong|vào)\s+tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?|(?:trong|hoàn thành trong)\s+(?:vòng\s+|thời hạn\s+|(?:thời gian\s+)?(?:chậm nhất|tối đa|không quá)\s+)?(\d+)\s+(ngày|tháng|tuần|giờ|năm)(?!\s+(?:\d|đầu|cuối))(?:\s+làm việc)?|(?:trong\s+|từ\s+|(?<=(?:^|hoàn thành|hoàn tất|xong|thực hiện|triển khai)\s*))năm\s+(\d{4})(?!\s*[-–]\s*\d)/giu,
    resolve: (found, year, issued) => {
      if (found[1]) {
        const quarter = roman[found[1].toLowerCase()] ?? 0
        const y = found[2] ? Number(found[2]) : year
        return y ? {date: lastDay(y, quarter * 3) ?? undefined} : {}
      }

      if (found[3]) {
        const months = Number(found[3])
        const y = found[5] ? Number(found[5]) : year
        if (!y) return {}
        return {date: (found[4] === 'đầu' ? lastDay(y, months) : lastDay(y, 12)) ?? undefined}
      }

      if (found[6]) {
        const y = found[7] ? Number(found[7]) : year
        return y ? {date: lastDay(y, Number(found[6])) ?? undefined} : {}
      }

      if (found[10]) return {date: `${found[10]}-12-31`}
      if (found[8] && found[9] && !/làm việc$/u.test(found[0])) return spanFromIssue(found, Number(found[8]), found[9].toLowerCase(), issued)
      return {}
    }
  },
  {
    kind: 'during',
    trigger: /(?:thời gian|quá trình|suốt|trong khi|trong và sau)/iu,
    pattern: /(?:[Tt]rước,?\s+trong\s+và\s+sau(?:\s+(?:thời gian|quá trình))?(?!\s+khi\s)|[Tt]rong (?:thời gian|quá trình|suốt|khi)|(?<=^|[.;:]\s*)Quá trình)\s+(?!tới|qua|gần|vừa|nhanh|sớm)[^,;.()]+(?:,\s*nhiệm kỳ\s+\d{4}\s*-\s*\d{4})?/gu
  },
  {
    kind: 'on',
    trigger: /ngày|từ/iu,
    // `từ ngày 01/7/2025`, `Từ 01/7/2025` (a start), `ngay trong ngày 15/11`.
    pattern: new RegExp(String.raw`(?:ngay\s+)?(?:vào|từ|trong)\s+ngày\s+(${D})|từ\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})`, 'giu'),
    resolve: (found, year) => ({date: findDates(found[1] ?? found[2] ?? '', year)[0]?.iso ?? undefined})
  },
  // `trước khi ban hành`, `sau khi có Quy chế`, `trước Tết Nguyên đán`: an event, no date.
  {kind: 'event', trigger: /khi|hợp|phát sinh|nếu|tết|ngay sau|khó khăn|vướng mắc/iu, pattern: /(?:ngay\s+)?(?:(?:trước|sau)\s+)?(?<!từ\s)khi\s+[^,;.]+|trước\s+Tết[^,;.]*|ngay\s+sau\s+(?!khi)[^,;.]+|(?:nếu|(?<=^|[,;:]\s*)có)\s+(?:có|phát sinh|gặp)?\s*(?:khó khăn|vướng mắc|vấn đề|yêu cầu|nhu cầu)[^;.]*?(?=,\s*(?:các|kịp|đề|phản|báo)|\s+(?:kịp thời|đề nghị|yêu cầu|báo cáo|phản ánh)\s|;|\.|$)|nếu\s+(?!có\s+(?:khó khăn|vướng mắc|vấn đề|yêu cầu|nhu cầu)|để\s)[^,;.]+|(?:(?<=^|[,;.:]\s*|thì\s|trong\s|đối với\s)|trong\s+)(?:Trường|trường) hợp\s+[^,;.]+|(?:(?:những|các)\s+)?(?:vấn đề|khó khăn|vướng mắc|tình huống|sự việc)(?:\s*,\s*(?:vấn đề|khó khăn|vướng mắc))?[^,;.]{0,60}?phát sinh/giu}
]

/** Every timing phrase in `text` outside the `excluded` spans (citations). */
export function findTimings(text: string, issued: Issued, excluded: ReadonlyArray<readonly [number, number]> = []): FoundTiming[] {
  const {year} = issued
  const taken: Array<[number, number]> = excluded.map(([a, b]) => [a, b])
  const out: FoundTiming[] = []
  for (const rule of rules) {
    if (rule.trigger && !rule.trigger.test(text)) continue
    rule.pattern.lastIndex = 0
    for (let found = rule.pattern.exec(text); found; found = rule.pattern.exec(text)) {
      const start = found.index + (found[0].length - found[0].trimStart().length)
      const end = found.index + found[0].trimEnd().length
      if (end <= start) continue
      if (taken.some(([a, b]) => start < b && end > a)) continue
      // Words, not parts of words.
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue
      const extra = rule.resolve?.(found, year, issued.date) ?? {}
      const timing: FoundTiming = {kind: rule.kind, text: text.slice(start, end), start, end}
      if (extra.date) timing.date = extra.date
      if (extra.period) timing.period = extra.period
      out.push(timing)
      taken.push([start, end])
    }
  }

  return out.sort((a, b) => a.start - b.start)
}
