/**
 * Bytes → text.
 *
 * Accepts UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM. Anything
 * that is not text (NUL bytes, invalid UTF-8) is refused with a reason rather
 * than guessed at: the caller turns the reason into a fatal message.
 */

/** What reading the bytes gave: the text, or why there is none. */
export type Decoded =
  | {ok: true; text: string; encoding: Encoding; bom: boolean}
  | {ok: false; reason: string; ruleId: DecodeRule; offset: number}

/** Encodings read without help. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Rule ids of decoding failures. */
export type DecodeRule = 'binary-content' | 'invalid-utf8' | 'invalid-utf16'

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decode bytes as a directive's text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes.subarray(2), 'utf-16le')
  }

  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes.subarray(2), 'utf-16be')
  }

  const bom =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  const nul = body.indexOf(0)

  if (nul !== -1) {
    return {
      ok: false,
      ruleId: 'binary-content',
      offset: nul + (bom ? 3 : 0),
      reason: `Binary content: a NUL byte at byte ${nul + (bom ? 3 : 0)}; this is not a text file (UTF-16 without a BOM is not read)`
    }
  }

  try {
    return {ok: true, text: utf8.decode(body), encoding: 'utf-8', bom}
  } catch {
    const at = firstInvalidUtf8(body)
    return {
      ok: false,
      ruleId: 'invalid-utf8',
      offset: at + (bom ? 3 : 0),
      reason: `Invalid UTF-8 at byte ${at + (bom ? 3 : 0)} (0x${(body[at] ?? 0).toString(16).padStart(2, '0')}): the file is in another encoding`
    }
  }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (body.length % 2 === 1) {
    return {
      ok: false,
      ruleId: 'invalid-utf16',
      offset: body.length + 1,
      reason: `Truncated ${encoding.toUpperCase()}: an odd number of bytes after the BOM`
    }
  }

  try {
    const text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(body)
    const nul = text.indexOf('\u0000')
    if (nul !== -1) {
      return {
        ok: false,
        ruleId: 'binary-content',
        offset: 2 + nul * 2,
        reason: `Binary content: a NUL character at byte ${2 + nul * 2}`
      }
    }

    return {ok: true, text, encoding, bom: true}
  } catch {
    return {
      ok: false,
      ruleId: 'invalid-utf16',
      offset: 2,
      reason: `Invalid ${encoding.toUpperCase()}: an unpaired surrogate`
    }
  }
}

/** Byte index of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    let need = 0
    if (byte < 0x80) need = 0
    else if (byte >= 0xc2 && byte <= 0xdf) need = 1
    else if (byte >= 0xe0 && byte <= 0xef) need = 2
    else if (byte >= 0xf0 && byte <= 0xf4) need = 3
    else return index

    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
    }

    index += need + 1
  }

  return Math.max(0, bytes.length - 1)
}
