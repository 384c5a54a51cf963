/**
 * Citations: other documents a directive names (`Kết luận số 105-KL/TU ngày
 * 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh`). Their dates are not deadlines.
 */
import {findDates} from '../text/dates.js'

/** A document cited in the text, with its span. */
export interface FoundReference {
  /** The cited document's type, as written: `Kết luận`, `Nghị định`. */
  kind: string
  number: string | null
  date: string | null
  issuer: string | null
  text: string
  start: number
  end: number
}

const kinds =
  'Chỉ thị|Nghị quyết|Kết luận|Công văn|Quyết định|Kế hoạch|Thông báo|Công điện|Hướng dẫn|Nghị định|Thông tư(?: liên tịch)?|Luật|Bộ luật|Pháp lệnh|Quy định|Quy chế|Chương trình(?: hành động)?|Phương án|Thông tri|Lời kêu gọi|Văn bản|Đề án|Hiến pháp|Điều lệ|Tờ trình|Báo cáo'
const pattern = new RegExp(
  String.raw`(?<![\p{L}])(${kinds})(?:\s+(?:số|số:))?\s*((?:\d[\d.]*\s*[-/]\s*)?[\p{Lu}\d][\p{L}\d.&]*(?:\s*[-/]\s*[\p{L}\d&.]+)*)?(?:\s*,)?(?:\s+(?:ban hành\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?(?:\s+của\s+([^,;.()\n]{2,80}?)(?=\s+(?:về|để|nhằm|với|theo|trong|tại|đã|thì|là|và\s+(?:các|những|thực|triển|tổ))(?![\p{L}])|\s+(?:và\s+)?(?:${kinds})\s|\s*[,;.()]|$))?`,
  'gu'
)

const quick = new RegExp(`(?:${kinds})`, 'u')
/** A date right after a citation without its kind repeated (`ngày 07/3/2020` in `Công điện của Thường trực Ban Bí thư ngày 07/3/2020`); made once, not per text. */
const loose = new RegExp(String.raw`(?<![\p{L}])(${kinds})\s+của\s+[^,;.]{3,80}?\s+ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})`, 'gu')
const cache = new Map<string, FoundReference[]>()

/** Forget the citations of the last document. */
export function clearReferenceCache(): void {
  cache.clear()
}

/** Every citation in `text`: one with a number, a date or an issuer. */
export function findReferences(text: string, year?: number): FoundReference[] {
  if (!quick.test(text)) return []
  const key = `${year ?? ''}\u0000${text}`
  const cached = cache.get(key)
  if (cached) return cached
  const found = searchReferences(text, year)
  if (cache.size > 256) cache.clear()
  cache.set(key, found)
  return found
}

function searchReferences(text: string, year?: number): FoundReference[] {
  const out: FoundReference[] = []
  for (const found of text.matchAll(pattern)) {
    const [all, kind = '', rawNumber, rawDate, rawIssuer] = found
    const number = rawNumber && /\d/.test(rawNumber) ? rawNumber.replace(/\s+/g, '') : null
    if (!number && !rawDate) continue
    let trimmed = all.replace(/[\s,]+$/, '')
    // The cited document's own subject (`… về tăng cường … năm 2025`) belongs to the citation.
    const about = /^\s+về\s[^;.]*?(?=[;.]|,\s+(?=[\p{Lu}])|$)/u.exec(text.slice(found.index + trimmed.length))
    if (about) trimmed += about[0]
    out.push({
      kind,
      number,
      date: rawDate ? (findDates(rawDate, year)[0]?.iso ?? null) : null,
      issuer: rawIssuer ? rawIssuer.replace(/[\s,]+$/, '').trim() : null,
      text: trimmed,
      start: found.index,
      end: found.index + trimmed.length
    })
  }

  for (const found of text.matchAll(loose)) {
    if (out.some((reference) => found.index < reference.end && found.index + found[0].length > reference.start && reference.date)) continue
    const issuer = /của\s+(.+?)\s+ngày/u.exec(found[0])?.[1] ?? null
    out.push({
      kind: found[1] ?? '',
      number: null,
      date: findDates(found[2] ?? '', year)[0]?.iso ?? null,
      issuer,
      text: found[0],
      start: found.index,
      end: found.index + found[0].length
    })
  }

  return out.sort((a, b) => a.start - b.start)
}
