/**
 * What callers may hand in: text, bytes, or a vfile holding either, and the
 * code page to read it in (`file.data.encoding`, `auto` when unset).
 *
 * Reading gives the text with a map back to the caller's positions, and
 * reports on the file what it did and what it could not recover, each where
 * it is: bytes no code page has, invalid UTF-8 (by byte), U+FFFD left by an
 * earlier wrong decoding, repaired mojibake, a detected code page.
 */
import {documented, origin} from '../messages.js'
import {VFile} from 'vfile'
import {decodeBytes, detectBytes, type DecodedBytes, type Detection} from './decode.js'
import {encodingTitles, type Encoding, type EncodingOption} from './encoding.js'
import {decodeMisread, legacyEncodings, lowercaseLines, type LegacyEncoding} from './legacy.js'
import {repairMojibake} from './mojibake.js'
import {LineIndex, originalOffset, unmapped, type MappedText} from './offsets.js'
import {score, share, wordPattern} from './syllables.js'
import type {InvalidUtf8} from './utf8.js'
import {decodeViqr} from './viqr.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * The code page to read the file's bytes in, or that a string was typed
     * in before someone read it as windows-1252; `auto` (the default)
     * detects it. Set by the caller.
     */
    encoding: EncodingOption
    /** How chithi read the file. Set by chithi. */
    decoding: Decoding
  }
}

/** How a file was read. */
export interface Decoding {
  /** The code page the text was read in (for a string: `utf-8` when it was taken as it is). */
  encoding: Encoding
  /** Whether chithi found the code page (`true`) or was told it (`false`). */
  detected: boolean
  /** For a detected code page: the share of its words that are Vietnamese syllables (0–1). */
  confidence?: number
  /** Characters given back from UTF-8 mojibake (`Tá»‰nh` → `Tỉnh`). */
  repaired?: number
}

/** Rule ids of the messages reading emits. */
export type InputRule =
  | 'binary-content'
  | 'invalid-utf8'
  | 'invalid-utf16'
  | 'undefined-byte'
  | 'replacement-character'
  | 'legacy-encoding'
  | 'encoding-detected'
  | 'mojibake'
  | 'lowercase-line'

/** Input to `parse` and `analyze`: text, bytes, or a vfile holding either (and, in `data.encoding`, its code page). */
export type Input = string | Uint8Array | VFile

/** At most this many messages of one rule per file; then one that counts the rest. */
const messagesPerRule = 50

/**
 * The text of an input, mapped back to the caller's positions, on its vfile;
 * or `undefined` when there is none (the reason is a fatal message on the
 * file).
 */
export function readInput(input: Input): {file: VFile; text: MappedText | undefined} {
  const file = input instanceof VFile ? input : new VFile({value: input})
  const option = file.data.encoding ?? 'auto'
  const value = file.value
  const report = new InputReport(file)

  if (typeof value === 'string') {
    const nul = value.indexOf('\u0000')
    if (nul !== -1) {
      report.fatal(`Binary content: a NUL character at offset ${nul}; this is not a text file`, 'binary-content')
      return {file, text: undefined}
    }

    const text = option === 'auto' ? recoverText(unmapped(value), report) : convertText(unmapped(value), option)
    file.data.decoding = report.decoding ?? {encoding: option === 'auto' ? 'utf-8' : option, detected: option === 'auto'}
    if (file.data.decoding.encoding === 'tcvn3') report.lowercase(text)
    return {file, text: report.finish(text)}
  }

  const read = option === 'auto' ? detectBytes(value) : {decoded: decodeBytes(value, option), detection: undefined}
  const decoded = 'decoded' in read ? read.decoded : read
  if (!decoded.ok) {
    report.fatal(decoded.reason, decoded.ruleId)
    return {file, text: undefined}
  }

  const detection = 'detection' in read ? read.detection : undefined
  report.decoding = {encoding: decoded.encoding, detected: option === 'auto'}
  if (option === 'auto' && detection && decoded.encoding !== 'utf-8') report.detected(decoded, detection)
  report.invalidBytes(decoded)

  let text = decoded.mapped
  if (option === 'viqr') text = convertText(text, 'viqr')
  else if (option === 'auto' && decoded.encoding === 'utf-8' && decoded.invalid.length === 0) text = recoverText(text, report)
  file.data.decoding = report.decoding
  if (report.decoding.encoding === 'tcvn3') report.lowercase(text)
  return {file, text: report.finish(text)}
}

/** A string in a code page given: convert it, as typed in that code page and read as windows-1252. */
function convertText(source: MappedText, encoding: Encoding): MappedText {
  if (encoding === 'viqr') return decodeViqr(source).mapped
  if ((legacyEncodings as readonly string[]).includes(encoding)) return decodeMisread(source, encoding as LegacyEncoding)
  return source
}

// Misread legacy text is full of latin1 letters; Vietnamese text of letters only Unicode has.
const latin1Letters = /[\u00A0-\u00FF]/g
const vietnameseLetters = /[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0102\u0103\u0110\u0111]/g
const unicodeOnly = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u036F]/
const nonAscii = /[^\u0000-\u007F]/

/** How many characters of `text` a one-character class (`g`, without `u`) matches: as `text.match(pattern).length`, without the array. */
function countOf(text: string, pattern: RegExp): number {
  let count = 0
  pattern.lastIndex = 0
  while (pattern.test(text)) count++
  return count
}

/**
 * Text read before it reached us: repair UTF-8 mojibake, then find a legacy
 * code page read as windows-1252, or VIQR.
 */
function recoverText(source: MappedText, report: InputReport): MappedText {
  let text = source
  const repair = repairMojibake(text)
  if (repair.repaired > 0) {
    text = repair.mapped
    report.mojibake(source, repair)
  }

  const sample = text.text.length > 200_000 ? text.text.slice(0, 200_000) : text.text
  // Counted, not matched: a match array holds a string per letter of the text.
  const legacy = countOf(sample, latin1Letters)
  if (legacy >= 8 && legacy >= countOf(sample, vietnameseLetters)) {
    const found = detectMisread(sample)
    if (found) {
      report.misread(found.encoding, found.confidence)
      return decodeMisread(text, found.encoding)
    }
  }

  if (!nonAscii.test(sample) || countOf(sample, vietnameseLetters) < 8) {
    const viqr = decodeViqr(text)
    const words = sample.match(/[A-Za-z]+/g)?.length ?? 0
    if (viqr.converted >= 5 && viqr.converted >= words * 0.2 && viqr.converted >= 9 * viqr.rejected) {
      report.viqr(viqr.converted)
      return viqr.mapped
    }
  }

  return text
}

/** Report each U+FFFD of decoded text given as it is (`parseText`). */
export function reportReplacements(file: VFile, text: MappedText): void {
  new InputReport(file).finish(text)
}

/** What `detectMisread` found: the code page a string was typed in and how sure it is (0–1). */
export interface MisreadDetection {
  encoding: LegacyEncoding
  /**
   * Gain in the share of valid Vietnamese syllables (by characters), decoded
   * against as it is, scaled down for short texts (n characters: × n /
   * (n + 10)). At least 0.5.
   */
  confidence: number
}

/**
 * Tell whether `text` is a legacy code page read as windows-1252: decode it
 * in each and compare the share of its non-ASCII words that are syllables
 * with the share as it is. Found when at least 80% is valid once decoded and
 * the confidence is at least 0.5; `undefined` for Unicode Vietnamese, other
 * languages, text too short to be sure, and text that mixes Unicode
 * Vietnamese with a legacy code page.
 */
export function detectMisread(text: string): MisreadDetection | undefined {
  const words = (text.match(wordPattern) ?? []).filter((word) => nonAscii.test(word))
  if (words.length === 0) return undefined
  if (words.filter((word) => unicodeOnly.test(word)).length / words.length > 0.05) return undefined
  const before = score(text)
  let best: MisreadDetection | undefined
  for (const encoding of legacyEncodings) {
    const after = score(decodeMisread(unmapped(text), encoding).text.normalize('NFC'))
    const size = before.size
    const confidence = Math.round(((share(after) - share(before)) * size * 1000) / (size + 10)) / 1000
    if (share(after) >= 0.8 && confidence >= 0.5 && (!best || confidence > best.confidence)) best = {encoding, confidence}
  }

  return best
}

/** Messages about reading, placed in the caller's text. */
class InputReport {
  decoding: Decoding | undefined
  readonly #file: VFile
  readonly #counts = new Map<InputRule, number>()
  /** Text offsets of U+FFFD already reported (invalid bytes). */
  readonly #reported = new Set<number>()
  #pending: Array<(text: MappedText, lines: LineIndex) => void> = []

  constructor(file: VFile) {
    this.#file = file
  }

  fatal(reason: string, ruleId: InputRule): void {
    const message = documented(this.#file.message(reason, origin(ruleId)))
    message.fatal = true
  }

  detected(decoded: DecodedBytes, detection: Detection): void {
    const title = encodingTitles[decoded.encoding]
    const runner = detection.runnerUp ? `; next best ${encodingTitles[detection.runnerUp.encoding]}, ${percent(detection.runnerUp.confidence)}` : ''
    this.decoding = {encoding: decoded.encoding, detected: true, confidence: detection.confidence}
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
      this.#info(`Read as ${title} without a byte order mark (detected by its zero bytes)`, 'encoding-detected')
    } else if (decoded.encoding === 'windows-1258' && detection.confidence === 0) {
      this.#info('Not UTF-8, and no Vietnamese letter in any code page: read as windows-1258 (windows-1252 for these bytes)', 'encoding-detected')
    } else {
      this.#info(`Read as ${title}: ${percent(detection.confidence)} of its words are Vietnamese syllables in it${runner}; positions count bytes`, 'legacy-encoding')
    }
  }

  misread(encoding: LegacyEncoding, confidence: number): void {
    this.decoding = {encoding, detected: true, confidence}
    this.#info(`Text typed in ${encodingTitles[encoding]} and read as windows-1252, converted to Unicode (confidence ${confidence.toFixed(2)})`, 'legacy-encoding')
  }

  viqr(words: number): void {
    this.decoding = {encoding: 'viqr', detected: true}
    this.#info(`Text in VIQR (\`Vie^.t\`), converted to Unicode: ${words} words`, 'legacy-encoding')
  }

  mojibake(source: MappedText, repair: ReturnType<typeof repairMojibake>): void {
    this.decoding = {encoding: 'utf-8', detected: true, repaired: repair.repaired}
    const first = repair.first
    if (!first) return
    this.#pending.push((_text, lines) => {
      const start = originalOffset(source, first.offset)
      const end = originalOffset(source, first.offset + first.length)
      this.#message(
        `UTF-8 read as windows-1252 and repaired: ${repair.repaired} characters given back (first \`${first.before}\` → \`${first.after}\`)`,
        'mojibake',
        {start: lines.point(start), end: lines.point(end)},
        false
      )
    })
  }

  /** Invalid bytes, each where it is (the text offsets are those of the decoded text, before any conversion). */
  invalidBytes(decoded: DecodedBytes): void {
    if (decoded.invalid.length === 0) return
    const rule: InputRule = decoded.encoding === 'utf-8' || decoded.encoding === 'viqr' ? 'invalid-utf8' : decoded.encoding.startsWith('utf-16') ? 'invalid-utf16' : 'undefined-byte'
    const lines = new LineIndex(decoded.mapped.original)
    for (const run of decoded.invalid) {
      for (let k = 0; k < run.replacements; k++) this.#reported.add(originalOffset(decoded.mapped, run.offset + k))
      const start = originalOffset(decoded.mapped, run.offset)
      const end = originalOffset(decoded.mapped, run.offset + run.replacements)
      const reason =
        rule === 'undefined-byte'
          ? `Byte ${run.byte} (${run.why}): read as U+FFFD`
          : `Invalid ${rule === 'invalid-utf8' ? 'UTF-8' : 'UTF-16'} at byte ${run.byte} (${run.why}): read as U+FFFD`
      this.#message(reason, rule, {start: lines.point(start), end: lines.point(end)}, false)
    }
  }

  /** TCVN3 lines with no capital: a heading whose capitals the code page lost. */
  lowercase(text: MappedText): void {
    this.#pending.push((_text, lines) => {
      for (const [start, end] of lowercaseLines(text.text)) {
        this.#message(
          'Line with no capital letter in TCVN3 text: a heading set in a capitals font (.VnTimeH) arrives so, and its capitals cannot be recovered',
          'lowercase-line',
          {start: lines.point(originalOffset(text, start)), end: lines.point(originalOffset(text, end))},
          undefined
        )
      }
    })
  }

  /** Report what is pending and every U+FFFD not yet reported; give the text. */
  finish(text: MappedText): MappedText {
    const lines = new LineIndex(text.original)
    for (const pending of this.#pending) pending(text, lines)
    this.#replacements(text, lines)
    for (const [rule, count] of this.#counts) {
      if (count > messagesPerRule) documented(this.#file.info(`${count - messagesPerRule} more \`${rule}\` messages not shown`, origin(rule)))
    }

    return text
  }

  /** U+FFFD in the text: a character lost before the text reached us. One message per run. */
  #replacements(text: MappedText, lines: LineIndex): void {
    let lost = 0
    const pattern = /\uFFFD+/g
    for (const found of text.text.matchAll(pattern)) {
      const offsets = Array.from({length: found[0].length}, (_, k) => found.index + k).filter((offset) => !this.#reported.has(originalOffset(text, offset)))
      if (offsets.length === 0) continue
      lost += offsets.length
      const start = originalOffset(text, offsets[0] as number)
      const end = originalOffset(text, (offsets.at(-1) as number) + 1)
      this.#message(
        offsets.length === 1 ? 'A character was lost before the text reached chithi (U+FFFD)' : `${offsets.length} characters were lost before the text reached chithi (U+FFFD)`,
        'replacement-character',
        {start: lines.point(start), end: lines.point(end)},
        false
      )
    }

    // Letters are counted (a string each) only when enough were lost to ask.
    if (lost >= 10 && lost >= (text.text.match(/\p{L}/gu)?.length ?? 0) * 0.01) {
      documented(this.#file.info(
        `${lost} characters were lost (U+FFFD): the text was probably decoded in the wrong code page before it reached chithi; give chithi the original bytes (with --encoding if it cannot tell)`,
        origin('replacement-character')
      ))
    }
  }

  #info(reason: string, ruleId: InputRule): void {
    this.#message(reason, ruleId, undefined, undefined)
  }

  #message(reason: string, ruleId: InputRule, place: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}} | undefined, fatal: boolean | undefined): void {
    const count = (this.#counts.get(ruleId) ?? 0) + 1
    this.#counts.set(ruleId, count)
    if (count > messagesPerRule) return
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      const message = documented(this.#file.message(reason, {place, ...origin(ruleId)}))
      message.fatal = fatal
    } finally {
      Error.stackTraceLimit = limit
    }
  }
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
