/**
 * UTF-8 read as windows-1252 or windows-1258 and saved again: `Tá»‰nh ủy`
 * for `Tỉnh ủy`, `Ä‘` for `đ`, `Æ°` for `ư`. The damage undoes itself: the
 * characters give back their bytes, and the bytes are UTF-8. Only sequences
 * that decode to letters and punctuation a directive holds (Latin letters,
 * Vietnamese letters, combining marks, general punctuation, `₫`, `€`) are
 * repaired, so that text in a legacy code page is not taken for it.
 */
import {utf8MisreadBytes} from './codepages.js'
import {MappedBuilder, type MappedText} from './offsets.js'

/** What repairing did: the text, how many characters came back, and where the first was. */
export interface MojibakeRepair {
  mapped: MappedText
  /** Characters given back. */
  repaired: number
  /** Offset in the input text of the first repair, and its before and after. */
  first?: {offset: number; length: number; before: string; after: string}
}

const plausible = /[\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F\u20AB\u20AC]/u

/** Repair UTF-8 mojibake in `source` (twice read, twice repaired: up to three rounds). */
export function repairMojibake(source: MappedText): MojibakeRepair {
  let result: MojibakeRepair = {mapped: source, repaired: 0}
  for (let round = 0; round < 3; round++) {
    const next = repairOnce(result.mapped)
    if (next.repaired === 0) break
    result = {mapped: next.mapped, repaired: result.repaired + next.repaired, first: result.first ?? next.first}
  }

  return result
}

/** `utf8MisreadBytes` by code unit (-1: no byte), read at every character of every text. */
const byteOf = new Int16Array(0x10000).fill(-1)
for (const [char, byte] of utf8MisreadBytes) byteOf[char.charCodeAt(0)] = byte

function byteAt(text: string, index: number): number | undefined {
  if (index >= text.length) return undefined
  const byte = byteOf[text.charCodeAt(index)] as number
  return byte === -1 ? undefined : byte
}

function repairOnce(source: MappedText): MojibakeRepair {
  const text = source.text
  const builder = new MappedBuilder()
  let copied = 0
  let repaired = 0
  let first: MojibakeRepair['first']
  let index = 0
  while (index < text.length) {
    const lead = byteAt(text, index)
    const need = lead === undefined ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
    if (need === 0) {
      index++
      continue
    }

    const bytes = [lead as number]
    for (let k = 1; k <= need; k++) {
      const byte = byteAt(text, index + k)
      if (byte === undefined || byte < 0x80 || byte > 0xbf) break
      bytes.push(byte)
    }

    const decoded = bytes.length === need + 1 ? decodeSequence(bytes) : undefined
    if (decoded === undefined || !plausible.test(decoded)) {
      index++
      continue
    }

    builder.push(text.slice(copied, index), copied, index)
    builder.push(decoded, index, index + need + 1)
    first ??= {offset: index, length: need + 1, before: text.slice(index, index + need + 1), after: decoded}
    repaired++
    index += need + 1
    copied = index
  }

  if (repaired === 0) return {mapped: source, repaired}
  builder.push(text.slice(copied), copied, text.length)
  return {mapped: builder.finish(source, text.length), repaired, first}
}

const strict = new TextDecoder('utf-8', {fatal: true})

function decodeSequence(bytes: number[]): string | undefined {
  try {
    return strict.decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
}
