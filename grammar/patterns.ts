/**
 * The shapes of a directive's lines, as regular expressions.
 *
 * The lexer runs on a *shadow* of the text: same length, diacritics removed,
 * look-alike letters from other scripts turned into Latin, case kept (`Số:`
 * reads `So:`, `KHẨN` reads `KHAN`). So every pattern here is plain ASCII
 * (Chevrotain drops the `u` flag, chevrotain#1620) and OCR damage to tone
 * marks does not change how a line is classified.
 */

/** Markdown a converter leaves around a line: `**`, `*`, `__`, `#`. */
export const lead = String.raw`(?:[ \t]*#{1,6}[ \t])?[*_ \t]*`
/** The same, after the content. */
export const trail = String.raw`[ \t*_]*`

/** A line that is only markdown markers: `** **`, `__`, `#`. */
export const decoration = /^(?=[ \t]*[*_#])[ \t*_#]+$/

/** The Party's mark under the issuer (`*`), and seal stars. */
export const star = /^[ \t]*(?:\*|★|☆|✱|✶|\(\*\))[ \t]*$/

/** A rule line: `-------`, `=====`, `___`. */
export const rule = /^[ \t]*(?:[*_]{1,3}[ \t]*)?[-=~–—]{3,}(?:[ \t]*[*_]{1,3})?[ \t]*$|^[ \t]*_{3,}[ \t]*$/

/** A lone table pipe, or several: `|`, `| |`. */
export const pipe = /^[ \t]*\|(?:[ \t]*\|)*[ \t]*$/

/** A markdown table row: `| a | b |`. */
export const tableRow = /^[ \t]*\|.*\|[ \t]*$/

/** The running head of the official gazette on every page: `CÔNG BÁO/Số 302/Ngày 02-06-2026`, `CÔNG BÁO/Số 15 + 16/Ngày 10-01-2014`. */
const gazetteHead = String.raw`CONG[ \t]+BAO[ \t]*\/[ \t]*So[ \t]*\d{1,5}(?:[ \t]*\+[ \t]*\d{1,5})*[ \t]*\/[ \t]*Ngay[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`

/** A page break left by a converter, or a running page label (a page number, the gazette's head). */
export const pageBreak = new RegExp(
  String.raw`^[ \t]*(?:\f+|-{2,}[ \t]*(?:PAGE[ \t]*BREAK|page[ \t]*break|Page[ \t]*Break)[ \t]*-{2,}|={2,}[ \t]*(?:PAGE|Page|page|Trang|TRANG)[ \t]*(?:\d+[ \t]*)?={2,}|<!--[ \t]*page[ \t]*break[ \t]*-->|\[(?:page|Page|PAGE)[ \t]*\d+\]|(?:Trang|TRANG)[ \t]+\d{1,4}(?:[ \t]*(?:\/|tren|trên)[ \t]*\d{1,4})?|${gazetteHead})[ \t]*$`
)

/** A line that is only a number (a page number or a table cell). */
export const pageNumber = /^[ \t]*(?:[-–][ \t]*)?\d{1,4}(?:[ \t]*[-–])?[ \t]*$/

/** A catalogue or typist code: `PTB-145`, `VB/12`. */
export const code = /^[ \t]*(?:[*_]{1,3})?[A-Z][A-Z0-9]{0,9}(?:[-_./][A-Z0-9]{1,10}){1,3}(?:[*_]{1,3})?[ \t]*$/

/** Seal and signature marks on a line of their own, and the lines of a digital-signature stamp (`Ký bởi: …`, `Cơ quan: …`, `Ngày ký: …`). */
export const sealMark = new RegExp(
  String.raw`^${lead}(?:\((?:Da|da|DA)[ \t]+(?:ky|Ky|KY)(?:[ \t]*(?:va|,)[ \t]*(?:dong dau|DONG DAU))?\)|\[(?:signed|Signed|SIGNED|da ky|Da ky)\]|\((?:Ky|ky|KY)[ \t]*(?:ten[ \t]*)?(?:,[ \t]*)?(?:dong dau|DONG DAU|ghi ro ho ten)[^)]*\)|(?:Nguoi ky|Ky boi|Signed by|Thoi gian ky|Ngay ky|Co quan)[ \t]*:.*|[★☆✱✶](?:[ \t]*[★☆✱✶])*)${trail}$`
)

/** The Party heading, possibly wrapped: `ĐẢNG CỘNG SẢN VIỆT NAM`. */
export const partyHeading = words(['DANG', 'CONG', 'SAN', 'VIET', 'NAM'])
/** The State's national title: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`. */
export const nationalTitle = words(['CONG', 'HOA?', 'XA', 'HOI', 'CHU', 'NGHIA', 'VIET', 'NAM'])
/** The State's motto: `Độc lập - Tự do - Hạnh phúc`. */
export const motto = new RegExp(
  String.raw`${lead}Doc[ \t]*lap[ \t]*[-–—][ \t]*Tu[ \t]*do[ \t]*[-–—][ \t]*Hanh[ \t]*phuc${trail}`,
  'iy'
)

/** A sticky regex for a phrase of words that may be wrapped, bolded or run together. */
function words(parts: string[]): RegExp {
  const gap = String.raw`(?:[ \t*_]|\n(?![ \t]*\n)){0,6}`
  return new RegExp(lead + parts.join(gap) + trail, 'iy')
}

/** Urgency and secrecy marks standing alone. */
export const marking = new RegExp(
  String.raw`^${lead}(?:THUONG[ \t]+KHAN|KHAN|HOA[ \t]+TOC(?:[ \t]+HEN[ \t]+GIO)?|TUYET[ \t]+MAT|TOI[ \t]+MAT|MAT)(?:[ \t]*[-,;/][ \t]*(?:THUONG[ \t]+KHAN|KHAN|HOA[ \t]+TOC|TUYET[ \t]+MAT|TOI[ \t]+MAT|MAT))*${trail}$`
)

/** The number and symbol: `Số 1767-CV/TU`, `Số: 12/CT-UBND`, `Số:   /KH-UBND`. Group 1: `Số:`. */
export const numberLine = new RegExp(
  String.raw`${lead}(So(?:[ \t]*:)?)[ \t]*(?:[0-9][0-9.]*[ \t]*|[.…_][.…_ \t]*)?(?:[-/][ \t]*[A-Za-z0-9&.]+)+(?:[ \t]*,)?${trail}`,
  'yd'
)

/** Place and date: `Thanh Hóa, ngày 30 tháng 7 năm 2020`, wrapped or not. */
export const placeDate = new RegExp(
  String.raw`${lead}(?:[A-Z][A-Za-z.'()-]*(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)[A-Za-z][A-Za-z.'()-]*){0,6}[ \t]*,[ \t\n]*)?[Nn]gay(?:[ \t\n]*\d{1,2}[ \t\n]*|[.…_ \t\n]*)(?:thang|/|-)(?:[ \t\n]*\d{1,2}[ \t\n]*|[.…_ \t\n]*)(?:nam|/|-)[ \t\n]*\d{4}${trail}`,
  'y'
)

/** The opener of the addressees: `Kính gửi:`, `Đồng kính gửi:`, `Kính trình:`. Group 1: the opener, its markdown and colon. */
export const addresseesOpener = new RegExp(
  String.raw`^(${lead}(?:-[ \t]*)?(?:[*_]{1,3}[ \t]*)?(?:Dong[ \t]+kinh[ \t]+gui|Kinh[ \t]+gui|Kinh[ \t]+trinh|KINH[ \t]+GUI|DONG[ \t]+KINH[ \t]+GUI)[ \t]*(?:[*_]{1,3}[ \t]*)?(?::(?:[ \t]*[*_]{1,3}(?=[ \t]|$))?)?)`
)

/** A Công điện's opener: `THỦ TƯỚNG CHÍNH PHỦ điện:`. */
export const telegramOpener = /^[ \t]*(?:[*_]{1,3}[ \t]*)?[A-Z][A-Z ,.\t*_]{2,120}[ \t*_]*dien[ \t]*:[ \t*_]*$/

/** The opener of the distribution list: `Nơi nhận:`. Group 1: the opener, its markdown and colon. */
export const distributionOpener = new RegExp(String.raw`^(${lead}(?:Noi[ \t]+nhan|NOI[ \t]+NHAN)[ \t]*(?:[*_]{1,3})?[ \t]*:?(?:[ \t]*[*_]{1,3}(?=[ \t]|$))?)`)

/** `Lưu` lines of the distribution list. */
export const archiveLine = new RegExp(String.raw`^${lead}(?:-[ \t]*)?(?:Luu|LUU)\b`)

/** Signing authority: `T/M`, `K/T`, `T/L`, `T/UQ`, `Q.`, and the State's `TM.`, `KT.`, `TL.`, `TUQ.`. Groups: the markdown before, the mark. */
export const authority = new RegExp(
  String.raw`^(${lead})(T[ \t]*/[ \t]*M|T[ \t]*\.[ \t]*M\.?|TM\.?|K[ \t]*/[ \t]*T|K[ \t]*\.[ \t]*T\.?|KT\.?|T[ \t]*/[ \t]*L|TL\.?|T[ \t]*/[ \t]*UQ|TUQ\.?|Q\.)[ \t]+[*_]*[A-Z]`
)

/** Offices that sign: `PHÓ CHỦ TỊCH`, `THỦ TƯỚNG`, `CHÁNH VĂN PHÒNG` … (whole line, upper case). */
export const office = new RegExp(
  String.raw`^${lead}(?:(?:PHO|Q\.)[ \t]+)?(?:CHU[ \t]+TICH(?:[ \t]+NUOC)?|THU[ \t]+TUONG|BO[ \t]+TRUONG(?:[ \t]*,[ \t]*CHU[ \t]+NHIEM)?|THU[ \t]+TRUONG|TONG[ \t]+BI[ \t]+THU|BI[ \t]+THU|GIAM[ \t]+DOC|TONG[ \t]+GIAM[ \t]+DOC|CHANH[ \t]+VAN[ \t]+PHONG|TRUONG[ \t]+BAN|CHU[ \t]+NHIEM|CUC[ \t]+TRUONG|VU[ \t]+TRUONG|VIEN[ \t]+TRUONG|TRUONG[ \t]+PHONG|CHANH[ \t]+AN|TRUONG[ \t]+DOAN|TONG[ \t]+CUC[ \t]+TRUONG|TRUONG[ \t]+KHOA)(?:[ \t]+THUONG[ \t]+TRUC)?${trail}$`
)

/** Type names (tên loại) as the shadow reads them, longest first where one starts another. */
const typeNames = String.raw`(?:CHI[ \t]+THI|CONG[ \t]+VAN|CONG[ \t]+DIEN|THONG[ \t]+BAO|THONG[ \t]+TRI|THONG[ \t]+CAO|KE[ \t]+HOACH|KET[ \t]+LUAN|NGHI[ \t]+QUYET|QUYET[ \t]+DINH|QUY[ \t]+DINH|QUY[ \t]+CHE|HUONG[ \t]+DAN|BAO[ \t]+CAO|TO[ \t]+TRINH|CHUONG[ \t]+TRINH(?:[ \t]+HANH[ \t]+DONG)?|DE[ \t]+AN|PHUONG[ \t]+AN|LOI[ \t]+KEU[ \t]+GOI|TUYEN[ \t]+BO|BIEN[ \t]+BAN|PHU[ \t]+LUC)`

/** Type names that open a title: `CHỈ THỊ`, `THÔNG BÁO` … (upper case). */
export const title = new RegExp(String.raw`^${lead}${typeNames}(?![A-Za-z])`)

/**
 * A title in sentence case with its subject on the same line, as NLP copies
 * and some crawls give it: `Chỉ thị về việc …`, `Kế hoạch của …`. Read as a
 * title only on the first line of a text.
 */
export const sentenceTitle = new RegExp(String.raw`^${lead}${typeNames}[ \t]+(?:VE|V[ \t]*/[ \t]*V|CUA)(?![A-Za-z])`, 'i')

/** The start of a trích yếu: `V/v`, `Về việc`, `về`. */
export const subject = new RegExp(String.raw`^${lead}(?:[Vv][ \t]*/[ \t]*[Vv]\b|[Vv]e[ \t]+viec\b|VE[ \t]+VIEC\b|[Vv]e\b|VE\b)`)

/**
 * The label of a numbered item: `1.`, `4.1.`, `4.1.2.`, `a)`, `I.`, `I-`,
 * `1-`, `(1)`, `(a)`, `(iv)`, `a.1)`, `Điều 3.`, possibly bold or under a markdown heading. An article
 * (`Điều 3.`, `Chương II`) has its dot or colon, or stands alone: "Điều 69 của
 * Luật …" at the start of a wrapped line is a reference, not an article.
 * Groups: the markdown before the label and the label with its punctuation
 * (1 and 2 for a roman heading alone on its line, 3 and 4 otherwise).
 */
export const itemLabel = new RegExp(
  String.raw`^(?:([ \t]*(?:#{1,6}[ \t]|\*\*)[ \t]*)([IVXL]{1,6}[ \t]*[.\-–)])[ \t*_]*$|(${lead})((?:Phan|PHAN|Chuong|CHUONG|Muc|MUC|Dieu|DIEU)[ \t]+(?:[0-9]{1,3}|[IVXL]{1,6})(?:[ \t]*[.:](?=[ \t*_]|$)|(?=[ \t*_]*$))|[IVXL]{1,6}[ \t]*[.\-–)](?![0-9/])(?=[ \t*_]*[A-Za-z0-9])|[0-9]{1,2}(?:\.[0-9]{1,2}){1,5}\.?(?=[ \t*_]|$)|[0-9]{1,2}(?:\*\*)*(?:\.(?![0-9])|\)|[ \t]*[-–](?=(?:\*\*)?[ \t]+[^ \t0-9]))|[a-zđ]\.[0-9]{1,2}\)|[a-zđ]\)|[a-z]\.(?=[ \t]+[*_]*[A-Z])|\([0-9]{1,2}\)|\([a-z]\)|\((?:ii|iii|iv|vi|vii|viii|ix|xi|xii)\)))`
)

/** A bullet: `- text`, `+ text`, `• text`, `* text`. Groups: the markdown before the mark, the mark (2, or 3 for `*`). */
export const bullet = new RegExp(String.raw`^(${lead})(?:([-–—+•∙·●○▪◦►])(?=[ \t]*[^ \t\-–—\n])|(\*)[ \t]+(?=\S))`)

/** A dash alone on its line. */
export const loneDash = /^[ \t]*[-–—+][ \t]*$/

/** The end mark `./.` closing the body. */
export const endMark = /\.[ \t]*\/[ \t]*\.[ \t*_]*$/
