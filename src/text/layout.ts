/**
 * Layout repairs: the one text-layer step between normalisation and the
 * lexer. Archives hold the same directives in layouts the line grammar was
 * not written for (word-segmented NLP copies, flattened crawls, gazette PDF);
 * each repair here turns one of them into the plain lines the grammar reads,
 * keeps the map back to the caller's offsets, and says what it did and where.
 */
import {applyEdits} from './edits.js'
import {unflatten} from './flattened.js'
import {findInterleaved, findInterleavedHeader, type Interleaved} from './interleaved.js'
import {confusionEdits, diacriticEdits, formulaEdits, labelEdits, type OcrEdit, type OcrRule} from './ocr.js'
import {MappedBuilder, originalOffset, type MappedText} from './offsets.js'
import {residueSpans, type ResidueKind} from './residue.js'
import {splitFields} from './split-fields.js'
import {brokenTableRows} from './table-rows.js'
import {desegment, detectSegmented} from './segmented.js'
import {append} from '../append.js'

/** Layouts chithi recognises and reads. */
export type Layout = 'word-segmented' | 'flattened-header' | 'flattened-signature' | 'ocr' | 'interleaved-columns'

/** Rule ids of the messages layout repairs emit. */
export type LayoutRule = 'word-segmented' | 'flattened-header' | 'flattened-signature' | 'interleaved-columns' | 'conversion-residue' | 'split-field' | OcrRule

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

  // OCR: confusions first (the other passes read digits), then labels, formulas and tone marks.
  let ocr = false
  for (const pass of [confusionEdits, labelEdits, formulaEdits, diacriticEdits]) {
    const edits = pass(text.text)
    if (edits.length === 0) continue
    const before = text
    text = applyEdits(text, edits)
    ocr = true
    append(repairs, edits.map((edit: OcrEdit) => ({ruleId: edit.ruleId, reason: edit.reason, start: originalOffset(before, edit.start), end: originalOffset(before, edit.end)})))
  }

  if (ocr) layouts.push('ocr')

  const split = [...splitFields(text.text), ...brokenTableRows(text.text)].sort((a, b) => a.start - b.start)
  if (split.length > 0) {
    const before = text
    text = applyEdits(text, split)
    repairs.push(
      ...split.map((field) => ({
        ruleId: 'split-field' as const,
        reason: `${field.name[0]?.toUpperCase() ?? ''}${field.name.slice(1)} broken over two lines: read as one line`,
        start: originalOffset(before, field.start),
        end: originalOffset(before, field.end)
      }))
    )
  }

  const header = findInterleavedHeader(text.text)
  if (header) {
    layouts.push('interleaved-columns')
    repairs.push({
      ruleId: 'interleaved-columns',
      reason: 'Header read across its two columns, a line of each in turn: issuer, quốc hiệu and tiêu ngữ read apart by their kind',
      start: originalOffset(text, header.start),
      end: originalOffset(text, header.end)
    })
  }

  const interleaved = findInterleaved(text.text)
  if (interleaved) {
    const before = text
    text = reorderLines(text, interleaved)
    if (!layouts.includes('interleaved-columns')) layouts.push('interleaved-columns')
    repairs.push({
      ruleId: 'interleaved-columns',
      reason: 'Nơi nhận and signature read across their two columns, a line of each in turn: read as the list, then the signature',
      start: originalOffset(before, interleaved.start),
      end: originalOffset(before, interleaved.end)
    })
  }

  const flat = unflatten(text.text)
  if (flat.breaks.length > 0) {
    const before = text
    text = insertBreaks(text, flat.breaks)
    const place = (zone: {start: number; end: number}) => ({start: originalOffset(before, zone.start), end: originalOffset(before, zone.end)})
    if (flat.header) {
      layouts.push('flattened-header')
      repairs.push({ruleId: 'flattened-header', reason: 'Header columns run together on a line: each field read on a line of its own', ...place(flat.header)})
    }

    if (flat.signature) {
      layouts.push('flattened-signature')
      repairs.push({ruleId: 'flattened-signature', reason: 'Signature block on one line: marks, office and name read apart', ...place(flat.signature)})
    }
  }

  // Residue is not repaired (the tree keeps it as markers); it is said where it is.
  for (const residue of residueSpans(text.text)) {
    const value = text.text.slice(residue.start, residue.end)
    repairs.push({
      ruleId: 'conversion-residue',
      reason: `${residueNames[residue.kind]} \`${value.length > 40 ? `${value.slice(0, 39)}…` : value}\` kept, not read as words`,
      start: originalOffset(text, residue.start),
      end: originalOffset(text, residue.end)
    })
  }

  return {text, layouts, repairs}
}

const residueNames: Readonly<Record<ResidueKind, string>> = {image: 'Image link', html: 'HTML tag', latex: 'LaTeX residue'}

/** The lines of a block in a new order, each with its own line break (so a leaf's end maps just after its line) and a blank line. */
function reorderLines(source: MappedText, block: Interleaved): MappedText {
  const builder = new MappedBuilder()
  const text = source.text
  builder.push(text.slice(0, block.start), 0, block.start)
  if (block.start > 0) builder.push('\n', block.start, block.start)
  block.lines.forEach(([start, end], index) => {
    builder.push(text.slice(start, end), start, end)
    // The last line of the text has no break of its own: one is inserted where it ends.
    if (end < text.length) builder.push('\n', end, end + 1)
    else if (index < block.lines.length - 1) builder.push('\n', end, end)
    // A blank line after each, so that no node runs on from a line to one that was not next to it in the source
    // (a line that was, the list's wrapped lines after the signature ran out, goes on as it did).
    const next = block.lines[index + 1]
    const adjacent = next !== undefined && next[0] > end && /^[ \t]*\n[ \t]*$/.test(text.slice(end, next[0]))
    if (!adjacent && (index < block.lines.length - 1 || block.end < text.length)) builder.push('\n', end, end)
  })
  const after = block.end < text.length ? block.end + 1 : text.length
  builder.push(text.slice(after), after, text.length)
  return builder.finish(source, text.length)
}

/** Line breaks inserted before the offsets `at` (sorted): white space mapped onto the character after it. */
function insertBreaks(source: MappedText, at: readonly number[]): MappedText {
  const builder = new MappedBuilder()
  const text = source.text
  let copied = 0
  for (const offset of at) {
    // The break replaces the white space before the formula, or goes in front of it.
    let from = offset
    while (from > copied && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
    builder.push(text.slice(copied, from), copied, from)
    builder.push('\n', from, offset)
    copied = offset
  }

  builder.push(text.slice(copied), copied, text.length)
  return builder.finish(source, text.length)
}
