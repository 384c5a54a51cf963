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
// A run to rewrite: CR(LF), invisible characters, or combining marks (with the
// character before them, which they may compose with).
const work = /\r\n?|[\u200B-\u200D\u2060\uFEFF\u00AD]+|[^\r\n]?\p{M}+/gu

// Characters NFC replaces on their own (canonical singletons).
const singletons = /[\u0340\u0341\u0343\u0344\u0374\u037E\u0387\u1F71-\u1FFD\u2000\u2001\u2126\u212A\u212B\u2329\u232A\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u

/** Normalise `original` for parsing, keeping a map back to it. */
export function normalizeText(original: string): NormalizedText {
  if (!needsWork.test(original) && original.normalize('NFC') === original) {
    return {text: original, original, map: undefined}
  }

  const pieces: string[] = []
  // NFC may (rarely) lengthen a cluster: leave room.
  let map = new Uint32Array(original.length * 2 + 1)
  let length = 0
  let copied = 0
  const copy = (from: number, to: number): void => {
    if (to <= from) return
    // Without combining marks only NFC singletons can change here.
    const chunk = original.slice(from, to)
    if (!singletons.test(chunk)) {
      pieces.push(chunk)
      for (let k = 0; k < chunk.length; k++) map[length + k] = from + k
      length += chunk.length
      return
    }

    // A singleton changes under NFC (and may change length: `丽` U+2F800 is two units, its NFC one):
    // each character on its own, its units mapped to where it stands.
    let at = from
    for (const character of chunk) {
      const composed = character.normalize('NFC')
      pieces.push(composed)
      for (let k = 0; k < composed.length; k++) map[length + k] = at + Math.min(k, character.length - 1)
      length += composed.length
      at += character.length
    }
  }

  for (const found of original.matchAll(work)) {
    const start = found.index
    const text = found[0]
    copy(copied, start)
    copied = start + text.length
    if (text.startsWith('\r')) {
      pieces.push('\n')
      map[length++] = start
    } else if (/^[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(text)) {
      // Invisible: dropped from the parsed text (it stays in the source).
    } else {
      const composed = text.normalize('NFC')
      pieces.push(composed)
      for (let k = 0; k < composed.length; k++) map[length + k] = start + Math.min(k, text.length - 1)
      length += composed.length
    }

    if (length + 2 * (original.length - copied) + 1 > map.length) {
      const grown = new Uint32Array(map.length * 2)
      grown.set(map)
      map = grown
    }
  }

  copy(copied, original.length)
  map[length] = original.length
  return {text: pieces.join(''), original, map: map.slice(0, length + 1)}
}

/** Offset in the caller's text of the normalised offset `offset`. */
export function toOriginalOffset(normalized: NormalizedText, offset: number): number {
  if (!normalized.map) return offset
  const clamped = Math.max(0, Math.min(offset, normalized.map.length - 1))
  return normalized.map[clamped] ?? normalized.original.length
}
