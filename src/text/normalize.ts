/**
 * The text the grammar reads: NFC, LF line endings, invisible format
 * characters removed. Every offset in it maps back to the caller's text so
 * that positions in the tree point at what the caller gave.
 */

/** Normalised text and the way back. */
export interface NormalizedText {
  /** NFC text with `\n` line endings and no zero-width characters. */
  readonly text: string
  /** The caller's text. */
  readonly original: string
  /**
   * `map[i]` is the offset in `original` of the normalised offset `i`
   * (`map.length === text.length + 1`); `undefined` when both texts are the
   * same.
   */
  readonly map: Uint32Array | undefined
}

// Characters that change under normalisation: CR, combining marks, and
// invisible format characters (zero-width space/joiners, word joiner, BOM,
// soft hyphen).
const needsWork = /[\r\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u200B-\u200D\u2060\uFEFF\u00AD]/
const invisible = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/
const combining = /^\p{M}$/u

/** Normalise `original` for parsing, keeping a map back to it. */
export function normalizeText(original: string): NormalizedText {
  if (!needsWork.test(original) && original.normalize('NFC') === original) {
    return {text: original, original, map: undefined}
  }

  const pieces: string[] = []
  const map: number[] = []
  let index = 0

  while (index < original.length) {
    const char = original[index] ?? ''

    if (char === '\r') {
      pieces.push('\n')
      map.push(index)
      index += original[index + 1] === '\n' ? 2 : 1
      continue
    }

    if (invisible.test(char)) {
      index++
      continue
    }

    // A cluster: one starter and the combining marks after it.
    let end = index + codePointLength(original, index)
    while (end < original.length) {
      const next = String.fromCodePoint(original.codePointAt(end) ?? 0)
      if (!combining.test(next)) break
      end += next.length
    }

    const cluster = original.slice(index, end)
    const composed = cluster.normalize('NFC')
    pieces.push(composed)
    for (let k = 0; k < composed.length; k++) {
      // Every unit of the composed cluster maps to the cluster's start, but the
      // last one, which is followed by the cluster's end.
      map.push(k === 0 ? index : Math.min(end - 1, index + k))
    }

    index = end
  }

  map.push(original.length)
  return {text: pieces.join(''), original, map: Uint32Array.from(map)}
}

/** Offset in the caller's text of the normalised offset `offset`. */
export function toOriginalOffset(normalized: NormalizedText, offset: number): number {
  if (!normalized.map) return offset
  const clamped = Math.max(0, Math.min(offset, normalized.map.length - 1))
  return normalized.map[clamped] ?? normalized.original.length
}

function codePointLength(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0
  return code > 0xffff ? 2 : 1
}
