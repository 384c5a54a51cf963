/**
 * What callers may hand in: text, bytes, or a vfile holding either. Text
 * typed in the legacy Vietnamese encodings (TCVN3, VNI) is recognised and
 * converted, with a message saying so.
 */
import {VFile} from 'vfile'
import {decodeBytes} from './decode.js'
import {decodeLegacy, detectLegacy} from './legacy.js'

/** Input to `parse` and `analyze`. */
export type Input = string | Uint8Array | VFile

/** The text of an input, on its vfile; or the reason there is none (reported on the file). */
export function readInput(input: Input): {file: VFile; text: string | undefined} {
  const file = input instanceof VFile ? input : new VFile({value: input})
  const value = file.value
  if (typeof value === 'string') {
    const nul = value.indexOf('\u0000')
    if (nul !== -1) {
      fatal(file, `Binary content: a NUL character at offset ${nul}; this is not a text file`, 'binary-content')
      return {file, text: undefined}
    }

    return {file, text: repairLegacy(file, value)}
  }

  const decoded = decodeBytes(value)
  if (decoded.ok) return {file, text: repairLegacy(file, decoded.text)}
  // Bytes that are not UTF-8 may be a legacy 8-bit encoding read byte for byte.
  if (decoded.ruleId === 'invalid-utf8') {
    const latin1 = new TextDecoder('windows-1252').decode(value)
    const repaired = repairLegacy(file, latin1)
    if (repaired !== latin1) return {file, text: repaired}
  }

  fatal(file, decoded.reason, decoded.ruleId)
  return {file, text: undefined}
}

// Mojibake of TCVN3/VNI is full of Latin-1 letters; real Vietnamese text is
// full of letters only Unicode has. Count both before running the detector.
const latin1Letters = /[\u00A0-\u00FF]/g
const vietnameseLetters = /[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0102\u0103\u0110\u0111]/g

/** Convert legacy-encoded text to Unicode, with a message; other text is returned as it is. */
function repairLegacy(file: VFile, text: string): string {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  const legacy = sample.match(latin1Letters)?.length ?? 0
  if (legacy < 8) return text
  const unicode = sample.match(vietnameseLetters)?.length ?? 0
  if (unicode > legacy) return text
  const found = detectLegacy(text)
  if (!found) return text
  file.info(
    `Text typed in the legacy ${found.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} encoding, converted to Unicode (confidence ${found.confidence.toFixed(2)}); positions point into the converted text`,
    {ruleId: 'legacy-encoding', source: 'chithi'}
  )
  return decodeLegacy(text, found.encoding)
}

function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: 'chithi'})
  message.fatal = true
}
