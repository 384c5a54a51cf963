/**
 * UTF-8 with the place of every invalid sequence: WHATWG's decoder (one
 * U+FFFD per maximal invalid subpart, as `TextDecoder` gives), and for each
 * run of invalid bytes its byte offset, its offset in the decoded text and
 * what is wrong with it.
 */

/** A run of bytes UTF-8 cannot decode. */
export interface InvalidUtf8 {
  /** Byte offset of its first byte (in the bytes given). */
  byte: number
  /** How many bytes. */
  length: number
  /** Offset of its first U+FFFD in the decoded text. */
  offset: number
  /** How many U+FFFD stand for it. */
  replacements: number
  /** What the bytes are. */
  why: string
}

/** Text decoded from UTF-8, with U+FFFD for each invalid subpart. */
export interface Utf8Text {
  text: string
  invalid: InvalidUtf8[]
  /** Valid multi-byte sequences (how much UTF-8 there is to trust). */
  multibyte: number
}

const lenient = new TextDecoder('utf-8', {ignoreBOM: true})

/** Decode UTF-8, finding each invalid run. */
export function decodeUtf8(bytes: Uint8Array): Utf8Text {
  const invalid: InvalidUtf8[] = []
  let multibyte = 0
  let offset = 0
  let index = 0
  let last: InvalidUtf8 | undefined
  const fail = (start: number, end: number): void => {
    if (last && last.byte + last.length === start) {
      last.length = end - last.byte
      last.replacements++
    } else {
      last = {byte: start, length: end - start, offset, replacements: 1, why: ''}
      invalid.push(last)
    }

    offset++
  }

  while (index < bytes.length) {
    const byte = bytes[index] as number
    if (byte < 0x80) {
      index++
      offset++
      continue
    }

    let need = 0
    let lower = 0x80
    let upper = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) need = 1
    else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      if (byte === 0xe0) lower = 0xa0
      if (byte === 0xed) upper = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      if (byte === 0xf0) lower = 0x90
      if (byte === 0xf4) upper = 0x8f
    } else {
      fail(index, index + 1)
      index++
      continue
    }

    let seen = 1
    while (seen <= need) {
      const next = bytes[index + seen]
      if (next === undefined || next < lower || next > upper) break
      lower = 0x80
      upper = 0xbf
      seen++
    }

    if (seen <= need) {
      fail(index, index + seen)
      index += seen
      continue
    }

    index += need + 1
    offset += need === 3 ? 2 : 1
    multibyte++
  }

  for (const run of invalid) run.why = describe(bytes.subarray(run.byte, run.byte + run.length))
  return {text: lenient.decode(bytes), invalid, multibyte}
}

/** What an invalid run is, in words, with its bytes. */
function describe(run: Uint8Array): string {
  const hex = Array.from(run.subarray(0, 8), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ') + (run.length > 8 ? ' …' : '')
  const [first = 0, second = 0, third = 0] = run
  let what = 'not UTF-8'
  if (first === 0xed && second >= 0xa0 && second <= 0xbf) {
    const unit = 0xd000 | ((second & 0x3f) << 6) | (third & 0x3f)
    what = `an encoded surrogate, U+${unit.toString(16).toUpperCase()}`
  } else if (first === 0xc0 || first === 0xc1 || (first === 0xe0 && second < 0xa0 && second >= 0x80) || (first === 0xf0 && second < 0x90 && second >= 0x80)) {
    what = 'an overlong encoding'
  } else if (first >= 0xf5 || (first === 0xf4 && second >= 0x90)) {
    what = 'a code point above U+10FFFF'
  } else if (first >= 0x80 && first <= 0xbf) {
    what = 'a continuation byte with no lead byte'
  } else if (first >= 0xc2 && first <= 0xf4) {
    what = 'a sequence cut short'
  }

  return `${hex}: ${what}`
}
