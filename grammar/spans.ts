/**
 * The parts of a line its classifier matched, carried on the line token.
 *
 * The line classifier (`lines.ts`) finds an item's label, a bullet's mark, a
 * heading's `#` once, on the shadow text; the spans it found ride on the
 * token (Chevrotain's custom payload) as offsets into the lexed text, which
 * the shadow and the real text share. The tree builders copy them instead of
 * finding the label or the mark again with patterns of their own.
 */
import type {CustomPatternMatcherReturn, IToken} from 'chevrotain'

/** `[start, end)` in the lexed (normalised) text. */
export interface Span {
  start: number
  end: number
}

/** What a line token matched, by part. */
export interface LineSpans {
  /** The markdown before an item's label or a bullet's mark: heading `#`, `**`, `__`, spaces. */
  prefix?: Span
  /** A markdown heading mark `#` … `######` opening the line (possibly inside `**`). */
  heading?: Span
  /** An item's label with its punctuation: `1.`, `4.1.`, `a)`, `(iv)`, `II -`, `Điều 3.`, `6**.` (a bold split from its dot). */
  label?: Span
  /** A bullet's mark: `-`, `+`, `•`, `*`. */
  marker?: Span
  /** The words that open the line, with their markdown and colon: `Kính gửi:`, `Nơi nhận:`, `Số:`, a signing mark `TM.`. */
  keyword?: Span
  /** Where the words start, after the label or the mark (and the markdown after them). */
  content?: number
}

const none: LineSpans = Object.freeze({})

/** The spans a line token carries (none for a token that matched no part). */
export function lineSpans(token: IToken): LineSpans {
  const payload: unknown = token.payload
  return isLineSpans(payload) ? payload : none
}

/** A matcher's answer: the image, and the spans as the token's payload when there are any. */
export function withPayload(image: string, spans: LineSpans | undefined): CustomPatternMatcherReturn {
  const found: CustomPatternMatcherReturn = [image]
  if (spans) found.payload = spans
  return found
}

/** A payload the classifier set (an object of spans; Chevrotain leaves others undefined). */
function isLineSpans(value: unknown): value is LineSpans {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The text of a span. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

/**
 * An item line's spans from the groups of `itemLabel` matched on the line's
 * rest at `offset` (1–2 for a roman heading alone on its line, 3–4
 * otherwise), cut to the token's `end`.
 */
export function itemSpans(found: RegExpExecArray, offset: number, end: number, shadow: string): LineSpans {
  const prefix = found[1] ?? found[3] ?? ''
  const label = found[2] ?? found[4] ?? ''
  const labelStart = offset + prefix.length
  const labelEnd = Math.min(end, labelStart + label.length)
  return {
    prefix: {start: offset, end: labelStart},
    ...headingOf(shadow, offset, labelStart),
    label: {start: labelStart, end: labelEnd},
    content: contentStart(shadow, labelEnd, end)
  }
}

/** A bullet line's spans from the groups of `bullet` (1 the markdown before, 2 or 3 the mark). */
export function bulletSpans(found: RegExpExecArray, offset: number, end: number, shadow: string): LineSpans {
  const prefix = found[1] ?? ''
  const markStart = offset + prefix.length
  const markEnd = markStart + (found[2] ?? found[3] ?? '').length
  return {
    prefix: {start: offset, end: markStart},
    ...headingOf(shadow, offset, markStart),
    marker: {start: markStart, end: markEnd},
    content: contentStart(shadow, markEnd, end)
  }
}

// `#` … `######` and a space, after the bold or italic marks that may open a line.
const headingMark = /^[*_ \t]*(#{1,6})(?=[ \t])/

/** The heading mark opening a line at `offset` (before `end`), if any. */
export function headingSpans(shadow: string, offset: number, end: number): LineSpans | undefined {
  const found = headingOf(shadow, offset, end)
  return found.heading ? found : undefined
}

function headingOf(shadow: string, offset: number, end: number): {heading?: Span} {
  const found = headingMark.exec(shadow.slice(offset, Math.min(end, offset + 16)))
  if (!found) return {}
  const start = offset + found[0].length - (found[1] ?? '').length
  return {heading: {start, end: offset + found[0].length}}
}

/** The first offset from `from` (before `end`) that is no space or markdown mark. */
function contentStart(shadow: string, from: number, end: number): number {
  let at = from
  while (at < end && /[ \t*_]/.test(shadow[at] ?? '')) at++
  return at
}
