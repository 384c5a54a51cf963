/**
 * Edits to a mapped text: replacements of spans, each mapped onto the span it
 * replaced, so that every offset of the result still points into the
 * caller's text.
 */
import {MappedBuilder, type MappedText} from './offsets.js'

/** `[start, end)` of the text replaced by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Apply edits (any order; an edit that overlaps one before it is skipped). */
export function applyEdits(source: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return source
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const text = source.text
  const builder = new MappedBuilder()
  let copied = 0
  for (const edit of sorted) {
    if (edit.start < copied) continue
    builder.push(text.slice(copied, edit.start), copied, edit.start)
    builder.push(edit.text, edit.start, edit.end)
    copied = edit.end
  }

  builder.push(text.slice(copied), copied, text.length)
  return builder.finish(source, text.length)
}
