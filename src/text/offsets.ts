/**
 * Text with a way back to what the caller gave: every step that changes the
 * text (decoding bytes, converting a legacy encoding, repairing mojibake)
 * keeps a map from its offsets to the caller's, so that positions stay exact.
 */

/** Decoded text and the way back to the caller's offsets. */
export interface MappedText {
  /** The text (Unicode, not yet NFC). */
  readonly text: string
  /**
   * What positions count in: the caller's string, or for bytes the decoded
   * text (UTF-8, UTF-16) or one character per byte (8-bit code pages).
   */
  readonly original: string
  /**
   * `map[i]` is the offset in `original` of offset `i` in `text`
   * (`map.length === text.length + 1`); `undefined` when they are the same.
   */
  readonly map: Uint32Array | undefined
}

/** Text that is its own original. */
export function unmapped(text: string): MappedText {
  return {text, original: text, map: undefined}
}

/** Offset in `original` of offset `offset` of `mapped.text`. */
export function originalOffset(mapped: MappedText, offset: number): number {
  if (!mapped.map) return offset
  return mapped.map[Math.max(0, Math.min(offset, mapped.map.length - 1))] ?? mapped.original.length
}

/**
 * Builds text piece by piece, each piece mapped to a range of the source it
 * came from: unit `k` of a piece from `[start, end)` maps to `start + min(k,
 * end - start - 1)`; a piece from an empty range (an insertion) maps to
 * `start`.
 */
export class MappedBuilder {
  #pieces: string[] = []
  #map = new Uint32Array(1024)
  #identity = true
  #length = 0

  /** Append `text` taken from `[start, end)` of the source. */
  push(text: string, start: number, end: number): void {
    if (text.length === 0) return
    this.#pieces.push(text)
    const span = end - start
    if (span !== text.length || start !== this.#length) this.#identity = false
    if (this.#length + text.length >= this.#map.length) {
      const grown = new Uint32Array(Math.max(this.#map.length * 2, this.#length + text.length + 1))
      grown.set(this.#map)
      this.#map = grown
    }

    const map = this.#map
    for (let k = 0; k < text.length; k++) map[this.#length + k] = start + (span > 0 ? Math.min(k, span - 1) : 0)
    this.#length += text.length
  }

  /** The text, mapped onto `source` (whose own map, if any, is followed back to the caller). */
  finish(source: MappedText, sourceLength: number): MappedText {
    const text = this.#pieces.join('')
    if (this.#identity && text.length === sourceLength) return {text, original: source.original, map: source.map}
    const map = this.#map.slice(0, text.length + 1)
    map[text.length] = sourceLength
    if (source.map) for (let index = 0; index <= text.length; index++) map[index] = source.map[map[index] as number] as number
    return {text, original: source.original, map}
  }
}

/**
 * Rewrite the matches of `pattern` (global) in `source.text` with
 * `replace`, keeping the map: a replacement maps onto the span it replaced.
 */
export function rewrite(source: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  const builder = new MappedBuilder()
  const text = source.text
  let copied = 0
  let changed = false
  pattern.lastIndex = 0
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0].length === 0) {
      pattern.lastIndex++
      continue
    }

    const replacement = replace(found)
    if (replacement === found[0]) continue
    changed = true
    // Only what differs maps onto the span it replaced; a common start and end map one to one.
    const matched = found[0]
    let head = 0
    while (head < matched.length && head < replacement.length && matched[head] === replacement[head]) head++
    let tail = 0
    while (tail < matched.length - head && tail < replacement.length - head && matched[matched.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++
    const start = found.index + head
    const end = found.index + matched.length - tail
    builder.push(text.slice(copied, start), copied, start)
    builder.push(replacement.slice(head, replacement.length - tail), start, end)
    copied = end
  }

  if (!changed) return source
  builder.push(text.slice(copied), copied, text.length)
  return builder.finish(source, text.length)
}

/** Line starts of a text (after `\n`, `\r\n` or a lone `\r`), for points. */
export class LineIndex {
  readonly #starts: Uint32Array

  constructor(text: string) {
    const starts = [0]
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
    }

    this.#starts = Uint32Array.from(starts)
  }

  /** Line and column (1-based) and offset of an offset. */
  point(offset: number): {line: number; column: number; offset: number} {
    const starts = this.#starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (starts[low] as number) + 1, offset}
  }
}

/**
 * The normalised text of `mapped.text` (normalize.ts), with its map followed
 * on back to the caller's text: what the tree's positions are made from.
 */
export function throughNormalized(mapped: MappedText, normalized: {text: string; map: Uint32Array | undefined}): MappedText {
  if (!mapped.map) return {text: normalized.text, original: mapped.original, map: normalized.map}
  const map = new Uint32Array(normalized.text.length + 1)
  for (let index = 0; index <= normalized.text.length; index++) {
    map[index] = originalOffset(mapped, normalized.map ? (normalized.map[index] as number) : index)
  }

  return {text: normalized.text, original: mapped.original, map}
}
