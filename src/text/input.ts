/**
 * What callers may hand in: text, bytes, or a vfile holding either.
 */
import {VFile} from 'vfile'
import {decodeBytes} from './decode.js'

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

    return {file, text: value}
  }

  const decoded = decodeBytes(value)
  if (!decoded.ok) {
    fatal(file, decoded.reason, decoded.ruleId)
    return {file, text: undefined}
  }

  return {file, text: decoded.text}
}

function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: 'chithi'})
  message.fatal = true
}
