/**
 * The line classifier behind the lexer's custom matchers.
 *
 * At each offset the lexer asks every token type in turn whether it matches;
 * `classifyAt` answers once per offset (the answer is cached) with the kind of
 * the line, or of the column of a line, that starts there and where it ends.
 * The decision list below is the whole of the line grammar: read it top to
 * bottom.
 */
import type {CustomPatternMatcherReturn} from 'chevrotain'
import * as p from './patterns.js'
import {bulletSpans, headingSpans, itemSpans, withPayload, type LineSpans} from './spans.js'

/** Kinds of line tokens. */
export type LineKind =
  | 'Blank'
  | 'PageBreak'
  | 'Rule'
  | 'Pipe'
  | 'TableRow'
  | 'Star'
  | 'SealMark'
  | 'Decoration'
  | 'PartyHeading'
  | 'NationalTitle'
  | 'Motto'
  | 'AddresseesOpener'
  | 'DistributionOpener'
  | 'Authority'
  | 'NumberLine'
  | 'PlaceDate'
  | 'Marking'
  | 'Office'
  | 'Title'
  | 'Subject'
  | 'ItemLine'
  | 'LoneDash'
  | 'Bullet'
  | 'Archive'
  | 'PageNumber'
  | 'Code'
  | 'EndMark'
  | 'Upper'
  | 'Text'

interface Classified {
  kind: LineKind
  end: number
  /** The parts matched (an item's label, a bullet's mark, a heading's `#`), carried on the token. */
  spans?: LineSpans
}

/** The text being lexed: the shadow the lexer reads and the real text. */
interface Scan {
  shadow: string
  original: string
  offset: number
  result: Classified | undefined
}

let scan: Scan = {shadow: '', original: '', offset: -1, result: undefined}

/** Set the text the matchers read (the lexer does this before each run). */
export function beginScan(shadow: string, original: string): void {
  scan = {shadow, original, offset: -1, result: undefined}
}

/** Release the text after a run. */
export function endScan(): void {
  firstLine = {text: '', start: 0}
  scan = {shadow: '', original: '', offset: -1, result: undefined}
}

/** Custom matcher: does a token of `kind` start at `offset`? The token's payload holds the spans the classifier matched. */
export function match(kind: LineKind, text: string, offset: number): CustomPatternMatcherReturn | null {
  if (scan.offset !== offset || text !== scan.shadow) {
    if (text !== scan.shadow) scan = {shadow: text, original: text, offset: -1, result: undefined}
    scan.offset = offset
    scan.result = classifyAt(text, scan.original, offset)
  }

  const result = scan.result
  if (!result || result.kind !== kind) return null
  return withPayload(text.slice(offset, result.end), result.spans)
}

/** Start of the first line with content (cached per text). */
let firstLine: {text: string; start: number} = {text: '', start: 0}
function firstLineStart(shadow: string): number {
  if (firstLine.text !== shadow) {
    const content = shadow.search(/\S/)
    firstLine = {text: shadow, start: content === -1 ? 0 : shadow.lastIndexOf('\n', content) + 1}
  }

  return firstLine.start
}

const horizontalSpace = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\v]/

// Kinds whose line may open a paragraph under a markdown heading (`# Kết luận …`).
const headingKinds = new Set<LineKind>(['Text', 'Upper', 'Title', 'Subject', 'Office', 'Archive', 'NumberLine', 'PlaceDate', 'Marking'])

/** What starts at `offset` of the shadow text, with the heading mark of a line of prose. */
export function classifyAt(shadow: string, original: string, offset: number): Classified | undefined {
  const found = classifyKind(shadow, original, offset)
  if (!found || !headingKinds.has(found.kind)) return found
  const heading = headingSpans(shadow, offset, found.end)
  return heading ? {...found, spans: {...found.spans, ...heading}} : found
}

/** What kind of line (or column) starts at `offset` of the shadow text. */
function classifyKind(shadow: string, original: string, offset: number): Classified | undefined {
  const char = shadow[offset]
  if (char === undefined) return undefined
  const lineStart = shadow.lastIndexOf('\n', offset - 1) + 1
  let lineEnd = shadow.indexOf('\n', offset)
  if (lineEnd === -1) lineEnd = shadow.length
  const atStart = isBlank(shadow, lineStart, offset)

  if (char === '\n') {
    return atStart ? {kind: 'Blank', end: offset + 1} : undefined
  }

  if (atStart && isBlank(shadow, offset, lineEnd)) {
    return {kind: 'Blank', end: lineEnd < shadow.length ? lineEnd + 1 : lineEnd}
  }

  if (horizontalSpace.test(char)) return undefined

  const rest = shadow.slice(offset, lineEnd)
  const whole = (kind: LineKind): Classified => ({kind, end: lineEnd})

  if (atStart) {
    if (p.pageBreak.test(rest)) return whole('PageBreak')
    if (p.rule.test(rest)) return whole('Rule')
    if (p.pipe.test(rest)) return whole('Pipe')
    if (p.tableRow.test(rest)) return whole('TableRow')
    if (p.star.test(rest)) return whole('Star')
    if (p.sealMark.test(rest)) return whole('SealMark')
    if (p.decoration.test(rest)) return whole('Decoration')
  }

  const phrase = headerPhraseAt(shadow, offset, lineEnd)
  if (phrase) return phrase

  if (!atStart) {
    if (p.endMark.test(rest) && /^\.?[ \t]*\//.test(rest)) return whole('EndMark')
    return prose(offset, rest)
  }

  const addressees = p.addresseesOpener.exec(rest)
  // A Công điện's `… điện:` line is its opener whole.
  if (addressees || p.telegramOpener.test(rest)) return keyword(whole('AddresseesOpener'), offset, addressees?.[1] ?? rest)
  const distribution = p.distributionOpener.exec(rest)
  if (distribution) return keyword(whole('DistributionOpener'), offset, distribution[1] ?? '')
  const authority = p.authority.exec(rest)
  if (authority && isUpper(rest.replace(/^[^A-Z]*[A-Z/.]+[ \t]+/, ''))) return keyword(whole('Authority'), offset + (authority[1] ?? '').length, authority[2] ?? '')
  if (p.marking.test(rest)) return whole('Marking')
  if (p.office.test(rest)) return whole('Office')
  if (p.title.test(rest) && isUpper(firstWords(rest, 2))) return beforeEndMark('Title', offset, rest)
  if (p.sentenceTitle.test(rest) && lineStart === firstLineStart(shadow)) return beforeEndMark('Title', offset, rest)
  if (p.subject.test(rest) && isSubjectWord(original, offset, rest)) return beforeEndMark('Subject', offset, rest)
  const label = p.itemLabel.exec(rest)
  if (label) return withSpans(beforeEndMark('ItemLine', offset, rest), (end) => itemSpans(label, offset, end, shadow))
  if (p.loneDash.test(rest)) return whole('LoneDash')
  if (p.archiveLine.test(rest) && /^[^A-Za-z]*L(?:ưu|ƯU)/.test(original.slice(offset, lineEnd))) return whole('Archive')
  const mark = p.bullet.exec(rest)
  if (mark) return withSpans(beforeEndMark('Bullet', offset, rest), (end) => bulletSpans(mark, offset, end, shadow))
  if (p.pageNumber.test(rest)) return whole('PageNumber')
  if (p.code.test(rest)) return whole('Code')
  if (/^[ \t]*(?:\.[ \t]*)?\/[ \t]*\.[ \t*_]*$/.test(rest)) return whole('EndMark')
  return prose(offset, rest)
}

/** A header column that may sit anywhere on a header line, or span lines. */
function headerPhraseAt(shadow: string, offset: number, lineEnd: number): Classified | undefined {
  const first = shadow[offset]
  // Cheap filter on the first character before running the sticky patterns.
  if (first === undefined || !/[A-Za-z*_#]/.test(first)) return undefined

  for (const [kind, pattern] of stickyPhrases) {
    pattern.lastIndex = offset
    const found = pattern.exec(shadow)
    if (!found) continue
    const end = trimEnd(shadow, offset, pattern.lastIndex)
    if (kind === 'PlaceDate' || kind === 'NumberLine') {
      // These must end their line, or hand over to a place-and-date column.
      const after = shadow.slice(end, shadow.indexOf('\n', end) === -1 ? shadow.length : shadow.indexOf('\n', end))
      const tail = after.trim()
      if (tail !== '' && !(kind === 'NumberLine' && placeDateStart.test(tail))) continue
    }

    // `Số:` is group 1 of the number line's pattern (with indices).
    const number = kind === 'NumberLine' ? found.indices?.[1] : undefined
    if (number) return {kind, end, spans: {keyword: {start: number[0], end: number[1]}}}
    if (kind === 'NumberLine' || kind === 'PlaceDate') return {kind, end}
    // Phrases must be written in capitals (the motto in its usual case).
    if (kind !== 'Motto' && !isUpper(shadow.slice(offset, end))) continue
    return {kind, end}
  }

  void lineEnd
  return undefined
}

const stickyPhrases: Array<[LineKind, RegExp]> = [
  ['PartyHeading', p.partyHeading],
  ['NationalTitle', p.nationalTitle],
  ['Motto', p.motto],
  ['NumberLine', p.numberLine],
  ['PlaceDate', p.placeDate]
]

const placeDateStart = /^(?:[*_]{1,3})?(?:[A-Z][A-Za-z.]*(?:[ \t]+[A-Za-z][A-Za-z.]*)*[ \t]*,[ \t]*)?[Nn]gay\b/

// A right-hand column phrase inside a left-hand header line.
const embeddedColumn =
  /(?<![ \t])[ \t]{2,}(?=(?:[*_]{1,3})?(?:DANG[ \t]+CONG[ \t]+SAN[ \t]+VIET[ \t]+NAM|CONG[ \t]+HOA[ \t]+XA[ \t]+HOI|Doc[ \t]+lap[ \t]*[-–]|(?:[A-Z][A-Za-z.]*[ \t]+){0,4}[A-Z][A-Za-z.]*[ \t]*,[ \t]*ngay[ \t]+\d))/

/** An `Upper` or `Text` line, cut before an embedded column or an end mark. */
function prose(offset: number, rest: string): Classified {
  // A left-hand header column with a right-hand one beside it.
  const column = embeddedColumn.exec(rest)
  if (column && column.index > 0 && isUpper(rest.slice(0, column.index))) {
    return {kind: 'Upper', end: offset + column.index}
  }

  return beforeEndMark(isCapitals(rest) ? 'Upper' : 'Text', offset, rest)
}

/** A token whose line opens with a keyword (`Kính gửi:`, `Nơi nhận:`, a signing mark) of `text` at `start`. */
function keyword(found: Classified, start: number, text: string): Classified {
  return {...found, spans: {keyword: {start, end: Math.min(found.end, start + text.length)}}}
}

/** A token with the spans matched in it (cut to its end). */
function withSpans(found: Classified, spans: (end: number) => LineSpans): Classified {
  return {...found, spans: spans(found.end)}
}

/** A whole-line token, minus a trailing end mark `./.` (lexed on its own). */
function beforeEndMark(kind: LineKind, offset: number, rest: string): Classified {
  const mark = p.endMark.exec(rest)
  if (mark && mark.index > 0) {
    return {kind, end: offset + rest.slice(0, mark.index).trimEnd().length}
  }

  return {kind, end: offset + rest.length}
}

function trimEnd(text: string, start: number, end: number): number {
  let stop = end
  while (stop > start && /[ \t\n]/.test(text[stop - 1] ?? '')) stop--
  return stop
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!horizontalSpace.test(text[index] ?? '')) return false
  }

  return true
}

/** Mostly capitals (at least two letters; markdown and digits ignored). */
export function isUpper(text: string): boolean {
  let letters = 0
  let upper = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      letters++
      upper++
    } else if (code >= 97 && code <= 122) {
      letters++
    } else if (code > 127) {
      const char = text[index] ?? ''
      const lower = char.toLowerCase()
      if (lower !== char.toUpperCase()) {
        letters++
        if (char !== lower) upper++
      }
    }
  }

  return letters >= 2 && upper / letters >= 0.85
}

/** A line in capitals, or a one-letter word of capitals alone (`Ý` of `Ý KIẾN CHỈ ĐẠO`, cut by a wrap). */
export function isCapitals(line: string): boolean {
  return isUpper(line) || /^[ \t*_]*[A-Z\u00C0-\u1EF8][ \t*_]*$/.test(line)
}

function firstWords(text: string, count: number): string {
  return text.replace(/^[^A-Za-z]+/, '').split(/[ \t*_]+/).slice(0, count).join(' ')
}

/** `về`/`V/v`/`Về việc` in the real text (the shadow also reads `vệ`, `vẻ` as `ve`). */
function isSubjectWord(original: string, offset: number, rest: string): boolean {
  const head = original.slice(offset, offset + rest.length).replace(/^[ \t#*_]+/, '')
  return /^(?:[Vv][ \t]*\/[ \t]*[Vv]\b|[Vv]ề(?![\p{L}])|VỀ(?![\p{L}]))/u.test(head)
}
