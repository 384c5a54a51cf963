/**
 * Flattened crawls: a header whose columns were run together on a few lines
 * ("BỘ TÀI CHÍNH -------- CỘNG HÒA … Độc lập - Tự do - Hạnh phúc", "Số: … V/v
 * …", "Hà Nội, ngày … Kính gửi: …") and a signature block on one line ("KT. BỘ
 * TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", sometimes with the annex form glued
 * after the name), items whose first sub-item runs on after the heading
 * ("2. Về Đại lý … 2.1. Điều kiện …"). Each fixed formula of a header starts a line of its own
 * again: the breaks are inserted into the text (white space, so nothing of
 * the source moves or goes).
 *
 * The formulas are matched on the shadow of the text (diacritics removed,
 * case kept), like the line grammar's.
 */
import {titleNames} from './document-types.js'
import {stripDiacritics} from './fold.js'
import {append} from '../append.js'

/** Where a header or signature was cut back into lines. */
export interface Unflattened {
  /** Offsets (in the text examined) before which a line break goes. */
  breaks: number[]
  /** Lines that held a header run together, and a signature run together. */
  header: {start: number; end: number} | undefined
  signature: {start: number; end: number} | undefined
}

/** A document's title in capitals right after a date's year (`… năm 2025* **KẾ HOẠCH**`), as the shadow reads it; the names are the document types'. */
const titleAfterDate = String.raw`(?<=\d{4}[*_]{0,3}[ \t]{1,4})[*_]{0,3}(?:${titleNames.map((name) => name.toUpperCase().replace(/ /g, String.raw`[ \t]+`)).join('|')})[*_]{0,3}`
/** That title and the first capitals of the trích yếu after it. */
const titleAndSubject = new RegExp(`${titleAfterDate}[ \\t]+[*_]{0,3}[A-Z]{2}`)
/** Where the body's first sentence starts after the trích yếu's capitals (`… THÀNH PHỐ CẦN THƠ Thực hiện …`). */
const bodyStart = /(?<=[A-Z.,)*_][ \t]{1,4})[A-Z][a-z]/

/**
 * The formulas that open a column of the header, as the shadow reads them.
 * One entry a formula; each starts a line of its own.
 */
const headerFormulas: ReadonlyArray<{name: string; pattern: RegExp}> = [
  {name: 'national title', pattern: /CONG[ \t]+HOA[ \t]+XA[ \t]+HOI[ \t]+CHU[ \t]+NGHIA[ \t]+VIET[ \t]+NAM/g},
  {name: 'party heading', pattern: /DANG[ \t]+CONG[ \t]+SAN[ \t]+VIET[ \t]+NAM/g},
  {name: 'motto', pattern: /Doc[ \t]+lap[ \t]*[-–][ \t]*Tu[ \t]+do/g},
  {name: 'rule', pattern: /[-_=]{4,}/g},
  // `Số: 06/CT-UBND`, `Số:    /KH-MTTQ`, and the Party's `Số 1767-CV/TU` without a colon.
  {name: 'number', pattern: /\bSo(?:[ \t]*:[ \t]*[0-9.…_ \t]*\/|[ \t]+[0-9]{1,6}[ \t]*-[ \t]*[A-Z])/g},
  {name: 'subject', pattern: /\bV[ \t]*\/[ \t]*v\b/g},
  // (The place's first word, after the emphasis a converter put around the line: `*Quảng Trị, ngày …`.)
  // Its words in title case (`Thành phố Hồ Chí Minh`, `TP. Hồ Chí Minh`), so that the capitals of a column before it (`ĐẢNG CỘNG SẢN VIỆT NAM`) stay there.
  {name: 'place and date', pattern: /(?<=^|[ \t])[*_]{0,3}(?:(?:Thanh[ \t]+pho|TP\.|Tp\.)[ \t]*)?[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?){0,4},[ \t]+ngay[ \t]+[0-9.…_ \t]{1,6}thang\b/g},
  // The document's title in capitals glued after the date (`… năm 2025* **KẾ HOẠCH** PHÁT ĐỘNG …`).
  {name: 'title', pattern: new RegExp(`${titleAfterDate}(?=[ \\t]+[*_]{0,3}[A-Z]{2})`, 'g')},
  // An urgency marking written last on the line (`… năm 2020 KHẨN`).
  {name: 'marking', pattern: /(?<=[ \t])(?:HOA[ \t]+TOC|THUONG[ \t]+KHAN|KHAN|TOI[ \t]+MAT|TUYET[ \t]+MAT)[ \t]*$/g},
  {name: 'addressees', pattern: /\bKinh[ \t]+gui[ \t]*:/g}
]

/** Signing marks (State and Party) that open a signature line. */
const authorityMark = /^[ \t]*(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L|T\/UQ)\.?[ \t]+(?=[A-Z])/
const innerMark = /[ \t](?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L|T\/UQ)\.?[ \t]+(?=[A-Z])/g
/** A signing mark after a recipient entry's end, on the entry's line (`- Lưu: VT, NVY. KT. GIÁM ĐỐC`). */
const gluedMark = /[.;,][ \t]+(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L|T\/UQ)\.?[ \t]+(?=[A-Z]{2})/
/** A line of the Nơi nhận list: a dash, or `Lưu`. */
const recipientLine = /^[ \t]*(?:[-–+]|Luu\b)/
/** Offices that sign, in capitals (shadow), longest first. */
const offices = /(?:PHO[ \t]+)?(?:THU[ \t]+TUONG|BO[ \t]+TRUONG|THU[ \t]+TRUONG|CHU[ \t]+TICH|CHU[ \t]+NHIEM|TONG[ \t]+CUC[ \t]+TRUONG|CUC[ \t]+TRUONG|VU[ \t]+TRUONG|GIAM[ \t]+DOC|TONG[ \t]+GIAM[ \t]+DOC|CHANH[ \t]+VAN[ \t]+PHONG|TRUONG[ \t]+BAN|BI[ \t]+THU|TRUONG[ \t]+PHONG)(?:[ \t]+THUONG[ \t]+TRUC)?(?=[ \t]|$)/g
/** A person's name: two to five capitalised words, not in capitals. */
const personName = /[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,4}/g

/** Where the header and the signature of a flattened crawl go back into lines. */
export function unflatten(text: string): Unflattened {
  const shadow = stripDiacritics(text)
  const breaks: number[] = []
  const header = headerBreaks(shadow, breaks)
  const signature = signatureBreaks(shadow, breaks)
  cellBorderBreaks(shadow, breaks)
  runInBreaks(shadow, breaks)
  breaks.sort((a, b) => a - b)
  return {breaks, header, signature}
}

/** Breaks in the first lines, when one of them holds two formulas or more. */
function headerBreaks(shadow: string, breaks: number[]): Unflattened['header'] {
  const found: number[] = []
  let crowded = false
  let start = 0
  let lines = 0
  let zone: {start: number; end: number} | undefined
  while (start < shadow.length && lines < 8) {
    let end = shadow.indexOf('\n', start)
    if (end === -1) end = shadow.length
    const line = shadow.slice(start, end)
    if (line.trim() !== '') {
      lines++
      const starts: number[] = []
      for (const {pattern} of headerFormulas) {
        pattern.lastIndex = 0
        for (let match = pattern.exec(line); match; match = pattern.exec(line)) starts.push(match.index)
      }

      // (A dash or emphasis before a formula opening its line, `- Kính gửi:`, is no column before it.)
      // After a title, the trích yếu in capitals and the body's first sentence (`… TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ Thực hiện …`): the body starts a line.
      const title = titleAndSubject.exec(line)
      const body = title ? bodyStart.exec(line.slice(title.index + title[0].length)) : null
      if (title && body) starts.push(title.index + title[0].length + body.index)
      const lead = line.search(/[^-–*_#\s]/)
      const inner = starts.filter((at) => lead !== -1 && lead < at)
      if (starts.length >= 2 && inner.length > 0) crowded = true
      for (const at of inner) found.push(start + at)
      if (inner.length > 0) zone = {start: zone?.start ?? start, end}
      // The addressees end the header; on a crowded line each of their entries starts a line (`Kính gửi: - Các đơn vị …; - Phòng Y tế …`).
      const addressees = /\bKinh[ \t]+gui[ \t]*:/.exec(line)
      if (addressees) {
        if (starts.length >= 2 || crowded) {
          const entry = /(?<=[:;,.][ \t]*)[-–+][ \t]+(?=[A-Z])/g
          entry.lastIndex = addressees.index
          for (let match = entry.exec(line); match; match = entry.exec(line)) found.push(start + match.index)
        }

        break
      }
    }

    start = end + 1
  }

  if (!crowded || !zone) return undefined
  append(breaks, new Set(found))
  return zone
}

/**
 * The Nơi nhận and the signature of a web copy as the two cells of one
 * table row, their borders glued to the words (`| **Nơi nhận:**` … `- Lưu
 * VP. | **T/M BỘ CHÍNH TRỊ**` … `**Trần Minh Khải** |`): each border stands
 * on a line of its own, as in the copies whose borders have their lines.
 */
function cellBorderBreaks(shadow: string, breaks: number[]): void {
  // A border opening the Nơi nhận's cell.
  for (const match of shadow.matchAll(/^([ \t]*\|)[ \t]*[*_]*[ \t]*Noi[ \t]+nhan\b/gm)) breaks.push(match.index + (match[1]?.length ?? 0))
  // A border between the list and the signature's mark.
  for (const match of shadow.matchAll(/[^\s|][ \t]+(\|)[ \t]*(?=[*_]*[ \t]*(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L|T\/UQ)\.?[ \t]+[A-Z])/g)) {
    const at = match.index + match[0].indexOf('|')
    breaks.push(at, at + 1)
  }

  // A border closing the signature's cell after the name (`**Trần Minh Khải** |`), the line not a table row.
  let start = 0
  for (const line of shadow.split('\n')) {
    const trimmed = line.trimEnd()
    if (trimmed.endsWith('|') && /[ \t]\|$/.test(trimmed) && !line.trimStart().startsWith('|') && /[a-z]/.test(line) && trimmed.indexOf('|') === trimmed.length - 1) breaks.push(start + trimmed.length - 1)
    start += line.length + 1
  }
}

/**
 * An item whose first sub-item runs on after its heading: "2. Về Đại lý làm
 * thủ tục hải quan 2.1. Điều kiện …". The sub-item labelled with the item's
 * own number and `.1.` starts a line.
 */
function runInBreaks(shadow: string, breaks: number[]): void {
  const pattern = /^[ \t*_]*(\d{1,2})\.[ \t]+[^\n]*?[^\s\d.][ \t]+(\d{1,2})\.1\.[ \t]+(?=[A-Z])/gm
  for (let match = pattern.exec(shadow); match; match = pattern.exec(shadow)) {
    if (match[1] !== match[2]) continue
    breaks.push(match.index + match[0].lastIndexOf(`${match[2]}.1.`))
  }
}

/** Breaks inside a signature written on one line: marks, office, name, and what is glued after the name. */
function signatureBreaks(shadow: string, breaks: number[]): Unflattened['signature'] {
  let start = shadow.length
  let last: Unflattened['signature']
  // Read from the end: the signature is near it.
  for (let scanned = 0; start > 0 && scanned < 400; scanned++) {
    const end = start
    start = shadow.lastIndexOf('\n', end - 1) + 1
    const line = shadow.slice(start, end)
    const mark = authorityMark.exec(line)
    // A signature glued to the last entry of the Nơi nhận (`- Lưu: VT, NVY. KT. GIÁM ĐỐC`): its mark starts a line.
    const glued = mark || !recipientLine.test(line) ? null : gluedMark.exec(line)
    if (glued) {
      breaks.push(start + glued.index + glued[0].length - glued[0].trimStart().length + 1)
      last = {start, end}
    }

    if (mark) {
      const found = signatureLine(line, mark[0].length)
      if (found.length > 0) {
        append(breaks, found.map((at) => start + at))
        last = {start, end}
      }
    }

    if (start === 0) break
    start--
  }

  return last
}

/** Offsets in a signature line where a new line of the block starts. */
function signatureLine(line: string, afterMark: number): number[] {
  const out: number[] = []
  // The name: the first run of capitalised words after the capitals.
  personName.lastIndex = afterMark
  const name = personName.exec(line)
  const capitals = name ? name.index : line.length
  innerMark.lastIndex = afterMark
  for (let match = innerMark.exec(line); match && match.index < capitals; match = innerMark.exec(line)) out.push(match.index + 1)
  // The office: the last office title among the capitals that does not follow a mark directly.
  offices.lastIndex = afterMark
  let office = -1
  for (let match = offices.exec(line); match && match.index < capitals; match = offices.exec(line)) {
    const before = line.slice(0, match.index).trimEnd()
    if (match.index > afterMark && !/(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L|T\/UQ)\.?$/.test(before)) office = match.index
  }

  if (office !== -1 && !out.includes(office)) out.push(office)
  if (!name) return out.length > 0 && office !== -1 ? out : []
  if (office === -1 && out.length === 0 && line.slice(afterMark, capitals).trim() === '') return []
  out.push(name.index)
  const after = name.index + name[0].length
  if (line.slice(after).trim() !== '') out.push(after + (line.slice(after).length - line.slice(after).trimStart().length))
  return out.sort((a, b) => a - b)
}
