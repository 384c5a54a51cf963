/**
 * The parser's look-ahead gates: where the shape of a line is not enough to
 * place it, these look at the lines around it (a run of capitals after a
 * title is the subject, a short name after an office is the signer, a `|`
 * ahead keeps a flattened table open).
 *
 * Each gate reads the tokens around the parser's position through a
 * `Reader` and what the parser has read so far through its `state`.
 */
import {EOF, tokenMatcher, type IToken} from 'chevrotain'
import {isCapitals, isUpper} from './lines.js'
import {lineSpans} from './spans.js'
import * as t from './tokens.js'

/** The parser's state while it reads one document. */
export interface State {
  titleSeen: boolean
  bodySeen: boolean
  /** Offset where the signature being read starts (its name ends it). */
  signatureFrom: number
  subjectSeen: boolean
  /** A `Kính gửi:` list was read: a trích yếu comes before it, so a `Về …` line after it is prose. */
  addresseesSeen?: boolean
  /** The last line of the `Nơi nhận:` opener being read (its first entry may come after a blank line). */
  distributionLine?: number
}

/** What a gate reads: the tokens around the parser's position and the parser's state. */
export interface Reader {
  /** The token `k` ahead: 1 the next, 0 the last consumed, negative further back. */
  at(k: number): IToken
  readonly state: State
}

/** The next token starts on the line after the last one consumed. */
export function continuesOnNextLine(reader: Reader): boolean {
  const previous = reader.at(0)
  const next = reader.at(1)
  if (next.tokenType === EOF || previous.tokenType === EOF) return false
  return lineGap(previous, next) === 1
}

/**
 * A line that continues a title or subject: a `về …` line, or a line in the
 * same case as the one above (capitals after capitals, lower case after
 * lower case), at most eight lines in all.
 */
export function isSubjectLine(reader: Reader, token: IToken): boolean {
  if (tokenMatcher(token, t.Subject)) return true
  const previous = reader.at(0)
  let near = false
  for (let k = 0; k > -8; k--) {
    const earlier = reader.at(k)
    if (tokenMatcher(earlier, t.Title) || tokenMatcher(earlier, t.Subject) || tokenMatcher(earlier, t.Upper)) {
      near = true
      break
    }
  }

  if (!near) return false
  // A title in sentence case carries its subject: only a line that starts in lower case wraps it.
  if (tokenMatcher(previous, t.Title) && /^[^A-Za-z]*[A-Z][a-z]/.test(previous.image)) return /^[^A-Za-z]*[a-z]/.test(token.image)
  // Under a title in capitals, a line in lower case is its trích yếu (`KẾ HOẠCH` / `lãnh đạo cuộc bầu cử …`): a body's sentence starts with a capital;
  // so is a short run of lines in sentence case that ends no sentence (`KẾ HOẠCH` / `Tổ chức hội nghị hiệp thương`, a blank line after it).
  if (tokenMatcher(previous, t.Title) && tokenMatcher(token, t.Text) && (/^[^\p{L}]*\p{Ll}/u.test(token.image) || (token === reader.at(1) && plainSubjectAhead(reader)))) return true
  const upperAbove = isCapitals(previous.image.replace(/^[^A-Za-z]*(?:V\/V|V\/v|v\/v)/, ''))
  if (tokenMatcher(token, t.Upper)) return upperAbove || tokenMatcher(previous, t.Title)
  if (tokenMatcher(token, t.Text)) return !upperAbove || /^[^A-Za-z]*[Vv]e\b/.test(previous.image) && !isUpper(previous.image)
  return false
}

/** A line in capitals that names who issues the title above it: `CỦA BỘ CHÍNH TRỊ`, `**CỦA BAN THƯỜNG VỤ TỈNH ỦY**`. */
export function namesTitleIssuer(token: IToken): boolean {
  return /^[ \t*_#]*(?:CỦA|CUA)[ \t]/u.test(token.image)
}

/** From `LA(1)`, one to three lines in a run that end without closing a sentence, then a blank line. */
function plainSubjectAhead(reader: Reader): boolean {
  let length = 0
  for (let k = 1; k <= 3; k++) {
    const line = reader.at(k)
    length += line.image.length
    const next = reader.at(k + 1)
    const runEnds = !tokenMatcher(next, t.Text) || lineGap(line, next) !== 1
    if (runEnds) return length <= 300 && !/[.:;,][ \t*_]*$/u.test(line.image)
  }

  return false
}

/**
 * A markdown heading in mixed case straight after a title that has no
 * subject yet, or a line set whole in bold there (`**THÔNG BÁO**` /
 * `**Kết luận của Chủ tịch …**`): the trích yếu.
 */
export function headingSubjectAhead(reader: Reader): boolean {
  const next = reader.at(1)
  if (!reader.state.titleSeen || reader.state.subjectSeen || !tokenMatcher(next, t.Text)) return false
  // (… or, after a blank line, a short run in sentence case that ends no sentence: `QUYẾT ĐỊNH` / `` / `Ban hành Kế hoạch …`.)
  const plain = /^[^\p{L}]*\p{Lu}\p{Ll}/u.test(next.image) && plainSubjectAhead(reader)
  if (lineSpans(next).heading?.start !== next.startOffset && !opensBoldSubject(reader) && !plain) return false
  const previous = previousSignificant(reader)
  return previous !== undefined && tokenMatcher(previous, t.Title)
}

/** The next line opens a bold span that closes at the end of a line, within three lines, with no colon or sentence before it closes. */
function opensBoldSubject(reader: Reader): boolean {
  // (`**CỦA BỘ CHÍNH TRỊ**` under `**KẾT LUẬN**` is the title's issuer, not its subject.)
  if (!/^[ \t]*\*\*(?!\*)\S/.test(reader.at(1).image) || /^[ \t]*\*\*[ \t]*(?:CỦA|Của|của)[ \t]/u.test(reader.at(1).image)) return false
  for (let k = 1; k <= 3; k++) {
    const line = reader.at(k)
    if (!tokenMatcher(line, t.Text) || (k > 1 && lineGap(reader.at(k - 1), line) !== 1)) return false
    const bold = (line.image.match(/\*\*/g) ?? []).length
    if (k === 1 ? bold >= 2 : bold >= 1) return /\*\*[ \t]*$/.test(line.image) && !/[:.][ \t]*\*\*[ \t]*$/.test(line.image) && (k > 1 || bold === 2)
  }

  return false
}

/** The bold subject read so far is still open, or a plain one ends no sentence: the next line goes on with it. */
export function boldSubjectContinues(reader: Reader): boolean {
  let count = 0
  for (let k = 0; k > -4; k--) {
    const line = reader.at(k)
    count += (line.image.match(/\*\*/g) ?? []).length
    if (/^[ \t]*\*\*/.test(line.image)) break
  }

  const next = reader.at(1)
  if (!tokenMatcher(next, t.Text) || lineGap(reader.at(0), next) !== 1) return false
  // A plain trích yếu wraps while its line ends no sentence.
  return count % 2 === 1 || (count === 0 && !/[.:;,][ \t*_]*$/u.test(reader.at(0).image))
}

/** The front matter goes on: the next line is a header line, or a stray line inside the header. */
export function frontContinues(reader: Reader): boolean {
  const next = reader.at(1)
  // One trích yếu, before `Kính gửi`: a `Về kiến nghị của …, Thủ tướng Chính phủ có ý kiến …` line after them opens the body.
  if (tokenMatcher(next, t.Subject) && (reader.state.subjectSeen || reader.state.addresseesSeen) && !/^[\s*_]*V\s*\/\s*V/iu.test(next.image)) return false
  if (headingSubjectAhead(reader)) return true
  if (!tokenMatcher(next, t.Textish)) return true
  for (const type of [t.Upper, t.Title, t.Subject, t.NumberLine, t.PlaceDate, t.Marking, t.Office]) {
    if (tokenMatcher(next, type)) return true
  }

  return headerAhead(reader)
}

/** Header lines come soon: a stray line inside the header. */
function headerAhead(reader: Reader): boolean {
  if (reader.state.titleSeen) return false
  let significant = 0
  for (let k = 2; k < 30 && significant < 6; k++) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return false
    if (tokenMatcher(token, t.Separator)) continue
    significant++
    if (tokenMatcher(token, t.HeaderField) || tokenMatcher(token, t.Title) || tokenMatcher(token, t.AddresseesOpener)) return true
    if (tokenMatcher(token, t.ItemLine) || tokenMatcher(token, t.Bullet)) return false
  }

  return false
}

/** The next line continues the paragraph, item or bullet above it. */
export function proseContinues(reader: Reader): boolean {
  const next = reader.at(1)
  if (!tokenMatcher(next, t.Textish)) return false
  if (tokenMatcher(next, t.Office) && reader.state.bodySeen) return false
  return lineGap(reader.at(0), next) <= 1
}

/** The next token belongs to the addressees. */
export function addresseeContinues(reader: Reader): boolean {
  const previous = reader.at(0)
  const next = reader.at(1)
  const entrySeen = addresseeEntrySeen(reader)

  if (tokenMatcher(next, t.Bullet) || tokenMatcher(next, t.LoneDash)) {
    // A bullet after a blank line still counts when the list has begun.
    return true
  }

  if (tokenMatcher(next, t.Separator) || pageNumberAt(next, previous)) {
    // Separators (a page turn too) before the first entry, or between bullet entries.
    const after = nextNonSeparator(reader, 1, true, true)
    if (!after) return false
    if (!entrySeen) return tokenMatcher(after, t.Textish) || tokenMatcher(after, t.Bullet)
    return tokenMatcher(after, t.Bullet) || tokenMatcher(after, t.LoneDash)
  }

  if (tokenMatcher(next, t.Textish)) {
    if (tokenMatcher(next, t.Office)) return false
    // The first entry written without a dash, or a wrapped entry.
    if (!entrySeen) return true
    return lineGap(previous, next) <= 1 && !/[.]\W*$/.test(previous.image) && !tokenMatcher(previous, t.Separator)
  }

  return false
}

/** An entry has been read since the addressees' opener. */
function addresseeEntrySeen(reader: Reader): boolean {
  for (let k = 0; k > -200; k--) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return false
    if (tokenMatcher(token, t.AddresseesOpener)) return hasEntryOnOpener(token)
    if (!tokenMatcher(token, t.Separator)) return true
  }

  return true
}

/** The next token belongs to the distribution list. */
export function recipientContinues(reader: Reader): boolean {
  const previous = reader.at(0)
  const next = reader.at(1)
  if (tokenMatcher(next, t.Bullet) || tokenMatcher(next, t.LoneDash) || tokenMatcher(next, t.Archive)) return true
  const entry = (token: IToken): boolean => tokenMatcher(token, t.Bullet) || tokenMatcher(token, t.Archive)
  // The list goes on after a page turn (running head, page number, stamp) when a dashed entry follows it,
  // or a line that wraps the entry cut by the page, then a dashed entry.
  if (isPageGap(next) && pageTurnAround(reader)) {
    const k = pageGapLength(reader) + 1
    if (entry(reader.at(k)) || (tokenMatcher(reader.at(k), t.Textish) && !tokenMatcher(reader.at(k), t.Office) && entry(reader.at(k + 1)))) return true
  }

  if (tokenMatcher(next, t.Separator)) {
    // A `|` of the signature's column read in between (two columns interleaved) when a dashed entry follows it.
    if (tokenMatcher(next, t.Pipe)) return entry(reader.at(2))
    const after = nextNonSeparator(reader)
    // `# Nơi nhận`, a blank line, then the first entry without its dash (OCR to markdown);
    // or an entry left open on a comma (`- VPCP: BTCN, các PCN,`), its end after a blank line.
    const text = after !== undefined && tokenMatcher(after, t.Textish) && !tokenMatcher(after, t.Office)
    return Boolean(after && (tokenMatcher(after, t.Bullet) || tokenMatcher(after, t.Archive) || (text && (tokenMatcher(previous, t.DistributionOpener) || entryGoesOn(reader, after)))))
  }

  if (tokenMatcher(next, t.Textish) && !tokenMatcher(next, t.Office)) {
    if (tokenMatcher(previous, t.DistributionOpener)) return lineGap(previous, next) <= 1
    // The wrapped end of an entry cut by a page turn, a dashed entry after it; or of an entry left open, after a blank line.
    if (pageTurnAround(reader) && entry(reader.at(2))) return true
    if (tokenMatcher(previous, t.Blank) && entryGoesOn(reader, next)) return true
    if (tokenMatcher(previous, t.Separator) && reader.state.distributionLine !== undefined && (previous.startLine ?? 0) - reader.state.distributionLine <= 1) return true
    return lineGap(previous, next) <= 1 && !tokenMatcher(previous, t.Separator) && !/[.]\W*$/.test(previous.image)
  }

  return false
}

/** The entry read last was left open and `next` ends it: after a comma, or (no `;` or `.`) on a word in lower case (`… (để` / `b/c);`). */
function entryGoesOn(reader: Reader, next: IToken): boolean {
  const last = previousSignificant(reader)?.image ?? ''
  return /,[\s*_]*$/.test(last) || (!/[;.][\s*_]*$/.test(last) && /^[\s*_]*\p{Ll}/u.test(next.image))
}

/** The body has ended: the distribution list or the signature is next. */
export function backMatterAhead(reader: Reader): boolean {
  const next = reader.at(1)
  if (tokenMatcher(next, t.DistributionOpener) || tokenMatcher(next, t.Authority)) return true
  return signatureAhead(reader)
}

/** A signature block starts here. */
export function signatureAhead(reader: Reader): boolean {
  const next = reader.at(1)
  if (tokenMatcher(next, t.Authority)) return true
  if (tokenMatcher(next, t.Office)) return true
  if (tokenMatcher(next, t.SealMark) || tokenMatcher(next, t.Star)) {
    const after = nextNonSeparator(reader, 2)
    return Boolean(after && (tokenMatcher(after, t.Authority) || tokenMatcher(after, t.Office) || isNameLike(after)))
  }

  if (tokenMatcher(next, t.Upper) && previousSignificant(reader) && tokenMatcher(previousSignificant(reader)!, t.EndMark)) {
    return upperRunEnds(reader)
  }

  return false
}

/** The signature goes on: more marks, offices, or the signer's name. */
export function signatureContinues(reader: Reader): boolean {
  const next = reader.at(1)
  const previous = previousSignificant(reader)
  // A name read in this signature ends it (prose above the signature does not count).
  const nameSeen = previous !== undefined && previous.startOffset >= reader.state.signatureFrom && tokenMatcher(previous, t.Text)
  if (tokenMatcher(next, t.Authority) || tokenMatcher(next, t.Office) || tokenMatcher(next, t.SealMark) || tokenMatcher(next, t.Star)) {
    return !nameSeen || tokenMatcher(next, t.SealMark)
  }

  if (nameSeen) return false
  if (tokenMatcher(next, t.Upper)) {
    return previous === undefined || !tokenMatcher(previous, t.DistributionOpener)
  }

  if (tokenMatcher(next, t.Text)) return isNameLike(next)
  // A page may end inside the signature (its running head and number between the office and the name).
  if ((tokenMatcher(next, t.Separator) && !tokenMatcher(next, t.Pipe)) || tokenMatcher(next, t.PageNumber)) {
    const after = nextNonSeparator(reader, 1, true)
    // … or a mark's line, its bold left open, goes on after a blank line (`**TM. ỦY BAN NHÂN` / `DÂN**`).
    const above = previousSignificant(reader, true)
    const openBold = above !== undefined && (above.image.split('**').length - 1) % 2 === 1
    return Boolean(
      after &&
        ((openBold && tokenMatcher(after, t.Upper)) ||
          tokenMatcher(after, t.Authority) ||
          tokenMatcher(after, t.Office) ||
          tokenMatcher(after, t.SealMark) ||
          (tokenMatcher(after, t.Text) && isNameLike(after)))
    )
  }

  return false
}

/** A flattened table goes on while `|` lines keep coming. */
export function pipeTableContinues(reader: Reader): boolean {
  const next = reader.at(1)
  if (next.tokenType === EOF) return false
  if (tokenMatcher(next, t.Pipe)) return true
  // A page (running head, page number, signature stamp) may fall anywhere in the table.
  if (isPageGap(next)) return pipeAfterPageGap(reader)

  if (tokenMatcher(next, t.DistributionOpener) || tokenMatcher(next, t.Authority) || tokenMatcher(next, t.Office)) return false
  // Cell content: a run of lines closed by a `|`.
  return pipeClosesRun(reader)
}

/** A `|` comes after the current run of content lines (within 60 lines; the blank lines of a page turn do not end the run). */
function pipeClosesRun(reader: Reader, from = 1): boolean {
  let afterTurn = false
  for (let k = from; k < from + 60; k++) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return false
    if (tokenMatcher(token, t.Pipe)) return true
    if (tokenMatcher(token, t.Blank) && afterTurn) continue
    if (tokenMatcher(token, t.Blank) || tokenMatcher(token, t.DistributionOpener) || tokenMatcher(token, t.Authority)) return false
    afterTurn = isPageGap(token)
  }

  return false
}

/** A `|` follows the blank lines and page furniture ahead, or a cell that a `|` closes. */
function pipeAfterPageGap(reader: Reader): boolean {
  const k = pageGapLength(reader) + 1
  if (tokenMatcher(reader.at(k), t.Pipe)) return true
  // Only a page turn (not a blank line alone) may fall inside a cell.
  return pageTurnAround(reader) && pipeClosesRun(reader, k)
}

// ------------------------------------------------------------ page turns

/** Blank lines and the furniture of a page turn: running head, page number, stamp. */
function isPageGap(token: IToken): boolean {
  return tokenMatcher(token, t.Blank) || tokenMatcher(token, t.PageBreak) || tokenMatcher(token, t.PageNumber) || tokenMatcher(token, t.SealMark)
}

/** `next` is the number of a page whose running head was just read. */
function pageNumberAt(next: IToken, previous: IToken): boolean {
  return tokenMatcher(next, t.PageNumber) && (tokenMatcher(previous, t.PageBreak) || tokenMatcher(previous, t.SealMark))
}

/** A page turn (running head, page number, stamp; not blank lines alone) in the gap ahead, or just read before the blank lines. */
function pageTurnAround(reader: Reader): boolean {
  let back = 0
  while (back > -40 && tokenMatcher(reader.at(back), t.Blank)) back--
  const end = pageGapLength(reader)
  for (let k = back; k <= end; k++) {
    const token = reader.at(k)
    if (isPageGap(token) && !tokenMatcher(token, t.Blank)) return true
  }

  return false
}

/** How many tokens ahead the blank lines and page furniture end. */
function pageGapLength(reader: Reader): number {
  let k = 1
  while (k < 40 && isPageGap(reader.at(k))) k++
  return k - 1
}


/** A run of capitals (the issuer or an office) ends before prose starts. */
function upperRunEnds(reader: Reader): boolean {
  for (let k = 1; k < 8; k++) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return true
    if (tokenMatcher(token, t.Upper) || tokenMatcher(token, t.Office) || tokenMatcher(token, t.Separator)) continue
    return tokenMatcher(token, t.Text) ? isNameLike(token) : !tokenMatcher(token, t.ItemLine)
  }

  return false
}

/** The first token after the separators ahead (starting at `from`; past page numbers too when `pageNumbers`, and signature stamps when `stamps`: a page's furniture). */
function nextNonSeparator(reader: Reader, from = 1, pageNumbers = false, stamps = false): IToken | undefined {
  for (let k = from; k < from + 40; k++) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return undefined
    if (!tokenMatcher(token, t.Separator) && !(pageNumbers && tokenMatcher(token, t.PageNumber)) && !(stamps && tokenMatcher(token, t.SealMark))) return token
  }

  return undefined
}

/** The last consumed token that is not a separator (nor a page's number, when `pageNumbers`). */
function previousSignificant(reader: Reader, pageNumbers = false): IToken | undefined {
  for (let k = 0; k > -40; k--) {
    const token = reader.at(k)
    if (token.tokenType === EOF) return undefined
    if (!tokenMatcher(token, t.Separator) && !(pageNumbers && tokenMatcher(token, t.PageNumber))) return token
  }

  return undefined
}

/** Line of a token's start (tokens carry offsets; the builder set `startLine`). */
function lineGap(previous: IToken, next: IToken): number {
  return (next.startLine ?? 0) - (previous.endLine ?? previous.startLine ?? 0)
}

/** `Kính gửi: - Các Ủy viên …`: the opener carries the first entry (words after the opener's keyword). */
function hasEntryOnOpener(opener: IToken): boolean {
  const keyword = lineSpans(opener).keyword
  if (!keyword) return false
  return /[A-Za-z]/.test(opener.image.slice(keyword.end - opener.startOffset))
}

/** A short run of capitalised words: a person's name. */
export function isNameLike(token: IToken): boolean {
  if (!tokenMatcher(token, t.Text) && !tokenMatcher(token, t.Upper)) return false
  const text = token.image.replace(/[*_★☆✱✶]/g, ' ').replace(/\((?:Da|da) ky\)/g, ' ').trim()
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 6) return false
  return words.every((word) => /^[A-Z][a-z]*\.?$/.test(word) || /^[A-Z]+$/.test(word))
}
