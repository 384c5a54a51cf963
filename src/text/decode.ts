/**
 * Bytes → text, in a code page given or detected.
 *
 * `decodeBytes` reads bytes in one code page and says what it could not
 * read, by byte. `detectBytes` finds the code page: a byte order mark; UTF-16
 * by its zero bytes; UTF-8 when the bytes are UTF-8; otherwise every 8-bit
 * code page is tried and scored by the share of its words that are
 * Vietnamese syllables (syllables.ts), and UTF-8 with a few damaged bytes
 * competes with them. Bytes none of them reads as Vietnamese are refused with
 * a reason, not guessed at.
 */
import {encodingTitles, type Encoding} from './encoding.js'
import {decodeLegacyBytes, legacyEncodings, type LegacyEncoding} from './legacy.js'
import {unmapped, type MappedText} from './offsets.js'
import {score, share, type Score} from './syllables.js'
import {decodeUtf8, type InvalidUtf8} from './utf8.js'

/** Bytes read: the text, with what could not be read. */
export interface DecodedBytes {
  ok: true
  /** The text and the way back to byte positions. */
  mapped: MappedText
  encoding: Encoding
  /** Whether a byte order mark began the bytes (it is not in the text). */
  bom: boolean
  /** Runs of bytes that could not be read (each U+FFFD in the text), by byte and text offset. */
  invalid: InvalidUtf8[]
}

/** Why bytes were not read. */
export interface Refusal {
  ok: false
  reason: string
  ruleId: DecodeRule
  /** Byte offset of the problem. */
  offset: number
}

/** Rule ids of refusals. */
export type DecodeRule = 'binary-content' | 'invalid-utf8' | 'invalid-utf16'

/** How sure detection was, and of what. */
export interface Detection {
  /** Share of the scored words that are syllables in the chosen reading (0–1). */
  confidence: number
  /** The next best reading and its share, when there was one. */
  runnerUp?: {encoding: Encoding; confidence: number}
}

/** Read bytes in `encoding` (VIQR is read as UTF-8, and converted later). */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): DecodedBytes | Refusal {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff
    return decodeUtf16(bytes, encoding, bom)
  }

  if (encoding === 'utf-8' || encoding === 'viqr') {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const nul = refuseNul(bytes)
    if (nul) return nul
    const body = bom ? bytes.subarray(3) : bytes
    const decoded = decodeUtf8(body)
    for (const run of decoded.invalid) run.byte += bom ? 3 : 0
    return {ok: true, mapped: unmapped(decoded.text), encoding, bom, invalid: decoded.invalid}
  }

  const nul = refuseNul(bytes)
  if (nul) return nul
  const mapped = decodeLegacyBytes(bytes, encoding)
  const invalid: InvalidUtf8[] = []
  for (let index = mapped.text.indexOf('\uFFFD'); index !== -1; index = mapped.text.indexOf('\uFFFD', index + 1)) {
    const byte = mapped.map ? (mapped.map[index] as number) : index
    invalid.push({byte, length: 1, offset: index, replacements: 1, why: `0x${(bytes[byte] ?? 0).toString(16).toUpperCase()}: no character in ${encoding}`})
  }

  return {ok: true, mapped, encoding, bom: false, invalid}
}

/** Find the code page of bytes and read them. */
export function detectBytes(bytes: Uint8Array): {decoded: DecodedBytes; detection: Detection | undefined} | Refusal {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withoutDetection(decodeUtf16(bytes, 'utf-16le', true))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withoutDetection(decodeUtf16(bytes, 'utf-16be', true))
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withoutDetection(decodeBytes(bytes, 'utf-8'))

  if (bytes.includes(0)) {
    const endian = utf16Endian(bytes)
    if (endian) {
      const decoded = decodeUtf16(bytes, endian, false)
      // Text: letters, and no control character but tab and line breaks.
      if (decoded.ok && decoded.invalid.length === 0 && /\p{L}/u.test(decoded.mapped.text) && !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(decoded.mapped.text)) {
        return {decoded, detection: {confidence: 1}}
      }
    }

    return refuseNul(bytes) as Refusal
  }

  const utf8 = decodeUtf8(bytes)
  if (utf8.invalid.length === 0) return {decoded: {ok: true, mapped: unmapped(utf8.text), encoding: 'utf-8', bom: false, invalid: []}, detection: undefined}

  // Not UTF-8: score every reading on a sample, read the whole in the best.
  const sample = bytes.length > 200_000 ? bytes.subarray(0, 200_000) : bytes
  const readings: Array<{encoding: Encoding; score: Score}> = [{encoding: 'utf-8', score: score(decodeUtf8(sample).text)}]
  for (const encoding of legacyEncodings) readings.push({encoding, score: score(decodeLegacyBytes(sample, encoding).text)})
  const ranked = [...readings].sort((a, b) => share(b.score) - share(a.score))
  const best = ranked[0] as (typeof ranked)[number]
  const runner = ranked.find((reading) => reading.encoding !== best.encoding && share(reading.score) > 0)
  const detection: Detection = {confidence: round(share(best.score))}
  if (runner) detection.runnerUp = {encoding: runner.encoding, confidence: round(share(runner.score))}

  if (share(best.score) >= 0.7) return {decoded: decodeBytes(bytes, best.encoding) as DecodedBytes, detection}
  // No letter beyond ASCII in a windows-1258 reading: punctuation (`“ ” –`) in a text that is not Vietnamese.
  const western = readings.find((reading) => reading.encoding === 'windows-1258')
  if (western && western.score.size === 0) return {decoded: decodeBytes(bytes, 'windows-1258') as DecodedBytes, detection: {confidence: 0}}

  const first = utf8.invalid[0] as InvalidUtf8
  return {
    ok: false,
    ruleId: 'invalid-utf8',
    offset: first.byte,
    reason: `Invalid UTF-8 at byte ${first.byte} (${first.why}), and no Vietnamese code page reads the file either (best: ${best.encoding}, ${Math.round(share(best.score) * 100)}% of its words); give the encoding with --encoding`
  }
}

function withoutDetection(decoded: DecodedBytes | Refusal): {decoded: DecodedBytes; detection: undefined} | Refusal {
  return decoded.ok ? {decoded, detection: undefined} : decoded
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function refuseNul(bytes: Uint8Array): Refusal | undefined {
  const nul = bytes.indexOf(0)
  if (nul === -1) return undefined
  return {
    ok: false,
    ruleId: 'binary-content',
    offset: nul,
    reason: `Binary content: a NUL byte at byte ${nul}; this is not a text file (nor UTF-16: give --encoding utf-16le or utf-16be if it is)`
  }
}

/**
 * UTF-16 without a BOM, by its zero bytes: text mostly below U+0100 (and
 * Vietnamese is: letters, digits, spaces) has a zero in every other byte.
 */
function utf16Endian(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 === 1 || bytes.length < 4) return undefined
  let even = 0
  let odd = 0
  const length = Math.min(bytes.length, 100_000)
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) even++
    if (bytes[index + 1] === 0) odd++
  }

  const units = length / 2
  if (odd > units * 0.3 && even < units * 0.05) return 'utf-16le'
  if (even > units * 0.3 && odd < units * 0.05) return 'utf-16be'
  return undefined
}

/** UTF-16: a lone surrogate becomes U+FFFD, reported by byte; an odd number of bytes is refused. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedBytes | Refusal {
  const start = bom ? 2 : 0
  if ((bytes.length - start) % 2 === 1) {
    return {ok: false, ruleId: 'invalid-utf16', offset: bytes.length - 1, reason: `Truncated ${encodingTitles[encoding]}: an odd number of bytes${bom ? ' after the BOM' : ''}`}
  }

  const little = encoding === 'utf-16le'
  const units: number[] = []
  const invalid: InvalidUtf8[] = []
  const unitAt = (index: number): number => (little ? (bytes[index] as number) | ((bytes[index + 1] as number) << 8) : ((bytes[index] as number) << 8) | (bytes[index + 1] as number))
  let index = start
  for (; index + 1 < bytes.length; index += 2) {
    const unit = unitAt(index)
    if (unit === 0) return {ok: false, ruleId: 'binary-content', offset: index, reason: `Binary content: a NUL character at byte ${index}`}
    if (unit >= 0xd800 && unit <= 0xdbff && index + 3 < bytes.length) {
      const next = unitAt(index + 2)
      if (next >= 0xdc00 && next <= 0xdfff) {
        units.push(unit, next)
        index += 2
        continue
      }
    }

    if (unit >= 0xd800 && unit <= 0xdfff) {
      invalid.push({byte: index, length: 2, offset: units.length, replacements: 1, why: `0x${unit.toString(16).toUpperCase()}: an unpaired surrogate`})
      units.push(0xfffd)
      continue
    }

    units.push(unit)
  }

  let text = ''
  for (let chunk = 0; chunk < units.length; chunk += 8192) text += String.fromCharCode(...units.slice(chunk, chunk + 8192))
  return {ok: true, mapped: unmapped(text), encoding, bom, invalid}
}

export type {LegacyEncoding}
