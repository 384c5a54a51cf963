/**
 * Layout repairs: the one text-layer step between normalisation and the
 * lexer. Archives hold the same directives in layouts the line grammar was
 * not written for (word-segmented NLP copies, flattened crawls, gazette PDF);
 * each repair here turns one of them into the plain lines the grammar reads,
 * keeps the map back to the caller's offsets, and says what it did and where.
 */
import {desegment, detectSegmented} from './segmented.js'
import {originalOffset, type MappedText} from './offsets.js'

/** Layouts chithi recognises and reads. */
export type Layout = 'word-segmented'

/** Rule ids of the messages layout repairs emit. */
export type LayoutRule = 'word-segmented'

/** A repair, placed in the caller's text (`[start, end)`, offsets of `MappedText.original`). */
export interface LayoutRepair {
  ruleId: LayoutRule
  reason: string
  start: number
  end: number
}

/** Text read as the plain lines it stands for, and what was done to it. */
export interface LaidOut {
  text: MappedText
  layouts: Layout[]
  repairs: LayoutRepair[]
}

/** Repair the layout of normalised text (NFC, LF). */
export function repairLayout(source: MappedText): LaidOut {
  let text = source
  const layouts: Layout[] = []
  const repairs: LayoutRepair[] = []

  const segmented = detectSegmented(text.text)
  if (segmented) {
    const before = text
    text = desegment(text)
    layouts.push('word-segmented')
    repairs.push({
      ruleId: 'word-segmented',
      reason: `Word-segmented text (${segmented.joins} words joined by \`_\`, punctuation set apart): read as plain text, words with spaces`,
      start: originalOffset(before, segmented.first),
      end: originalOffset(before, segmented.first + 1)
    })
  }

  return {text, layouts, repairs}
}
