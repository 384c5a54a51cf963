/**
 * The text a tree is built from: the normalised text the grammar read, and
 * positions in the caller's text for any range of it.
 */
import type {Point, Position} from 'unist'
import type {NormalizedText} from '../text/normalize.js'
import {toOriginalOffset} from '../text/normalize.js'
import type {TextData} from './types.js'

/** Source text with a way back to the caller's positions. */
export class Source {
  /** The normalised text (NFC, LF). */
  readonly text: string
  readonly #normalized: NormalizedText
  /** Offsets in the caller's text where each line starts (after `\n`, `\r\n` or a lone `\r`). */
  readonly #lines: Uint32Array

  constructor(normalized: NormalizedText) {
    this.text = normalized.text
    this.#normalized = normalized
    const original = normalized.original
    const starts = [0]
    for (let index = 0; index < original.length; index++) {
      const code = original.charCodeAt(index)
      if (code === 10 || (code === 13 && original.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
    }

    this.#lines = Uint32Array.from(starts)
  }

  /** Offset in the caller's text. */
  offset(offset: number): number {
    return toOriginalOffset(this.#normalized, offset)
  }

  /** Point in the caller's text of a normalised offset. */
  point(offset: number): Point {
    const original = this.offset(offset)
    // The last line starting at or before the offset.
    const lines = this.#lines
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lines[middle] as number) <= original) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: original - (lines[low] as number) + 1, offset: original}
  }

  /** Position in the caller's text of the normalised range `[start, end)`. */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** The offsets map of a text leaf over `[start, end)`, when it is not a plain copy. */
  textData(start: number, end: number): TextData | undefined {
    if (!this.#normalized.map) return undefined
    const first = this.offset(start)
    if (this.offset(end) - first === end - start) {
      // Same length; still a copy only if every unit maps one to one.
      let linear = true
      for (let index = start; index < end; index++) {
        if (this.offset(index) !== first + (index - start)) {
          linear = false
          break
        }
      }

      if (linear) return undefined
    }

    const offsets: Array<[number, number]> = []
    let delta = Number.NaN
    for (let index = start; index < end; index++) {
      const next = this.offset(index) - (index - start)
      if (next !== delta) {
        offsets.push([index - start, this.offset(index)])
        delta = next
      }
    }

    return {offsets}
  }
}
