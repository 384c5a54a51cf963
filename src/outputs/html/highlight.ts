/**
 * Highlights: spans of the source (a party, an action, a timing) laid over
 * the text leaves of the tree. A leaf is cut where a highlight begins or ends
 * and each piece is wrapped in the highlights that cover it, outermost first.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Text} from '../../tree/types.js'

/** What a highlight marks. */
export type HighlightKind = 'party' | 'action' | 'timing'

/** A span of the caller's text to mark. */
export interface Highlight {
  kind: HighlightKind
  /** Offsets into the caller's text, end exclusive. */
  start: number
  end: number
  /** The element id of the highlight (on its first piece). */
  id: string
  /** Shown on hover: a canonical name, an ISO date. */
  title: string
  /** Extra classes (a party's role). */
  classes?: string[]
}

/** Highlights indexed for lookup by offset. */
export interface HighlightIndex {
  /** Sorted by start, then longest first. */
  list: Highlight[]
  /** The highlights over each block of the text (`offset >> blockBits`), in the order of `list`: a leaf looks only at its blocks. */
  blocks: Map<number, Highlight[]>
  /** Ids already placed on an element. */
  placed: Set<string>
  /** Every highlight's id → the id of the one kept for its span (a span given twice is highlighted once). */
  kept: Map<string, string>
}

const blockBits = 9

/** Index highlights; empty or inverted spans are dropped, a span given twice is kept once. */
export function indexHighlights(highlights: readonly Highlight[]): HighlightIndex {
  const first = new Map<string, string>()
  const kept = new Map<string, string>()
  const list = highlights
    .filter((highlight) => {
      if (highlight.end <= highlight.start) return false
      const key = `${highlight.kind}:${highlight.start}:${highlight.end}`
      const earlier = first.get(key)
      kept.set(highlight.id, earlier ?? highlight.id)
      if (earlier !== undefined) return false
      first.set(key, highlight.id)
      return true
    })
    .sort(order)
  const blocks = new Map<number, Highlight[]>()
  for (const highlight of list) {
    for (let block = highlight.start >> blockBits; block <= (highlight.end - 1) >> blockBits; block++) {
      const found = blocks.get(block)
      if (found) found.push(highlight)
      else blocks.set(block, [highlight])
    }
  }

  return {list, blocks, placed: new Set(), kept}
}

/** By start, then longest first, actions before what they enclose. */
function order(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind)
}

/** Actions enclose parties and timings. */
function rank(kind: HighlightKind): number {
  return kind === 'action' ? 0 : 1
}

/** Source offset of each character of a text leaf, and one past its end. */
function offsetsOf(leaf: Text): number[] {
  const start = leaf.position?.start.offset ?? 0
  const map = leaf.data?.offsets
  const offsets = Array.from({length: leaf.value.length + 1}, (_, index) => start + index)
  if (map && map.length > 0) {
    let pair = 0
    for (let index = 0; index < leaf.value.length; index++) {
      while (pair + 1 < map.length && map[pair + 1]![0] <= index) pair++
      const [from, offset] = map[pair]!
      if (from <= index) offsets[index] = offset + (index - from)
    }
  }

  offsets[leaf.value.length] = leaf.position?.end.offset ?? start + leaf.value.length
  return offsets
}

/** A text leaf as hast, cut and wrapped by the highlights over it. */
export function highlightText(leaf: Text, index: HighlightIndex): ElementContent[] {
  const start = leaf.position?.start.offset
  const end = leaf.position?.end.offset
  if (start === undefined || end === undefined) return [{type: 'text', value: leaf.value}]
  const over = highlightsOver(index, start, end)
  if (over.length === 0) return [{type: 'text', value: leaf.value}]

  const offsets = offsetsOf(leaf)
  // Cut points: where the set of covering highlights changes.
  const edges = new Set<number>()
  for (const highlight of over) edges.add(highlight.start).add(highlight.end)
  const cuts = new Set<number>([0, leaf.value.length])
  for (let character = 0; character <= leaf.value.length; character++) {
    if (edges.has(offsets[character]!)) cuts.add(character)
  }

  const points = [...cuts].sort((a, b) => a - b)
  const out: ElementContent[] = []
  for (let piece = 0; piece + 1 < points.length; piece++) {
    const from = points[piece]!
    const to = points[piece + 1]!
    const at = offsets[from]!
    let content: ElementContent = {type: 'text', value: leaf.value.slice(from, to)}
    const covering = over.filter((highlight) => highlight.start <= at && highlight.end > at)
    // Innermost first, so that the outermost ends up outside.
    for (const highlight of covering.reverse()) content = wrap(highlight, content, index)
    out.push(content)
  }

  return out
}

/** The highlights over `[start, end)`, in the order of the index's list. */
function highlightsOver(index: HighlightIndex, start: number, end: number): Highlight[] {
  const first = start >> blockBits
  const last = (end - 1) >> blockBits
  if (first === last) return (index.blocks.get(first) ?? []).filter((highlight) => highlight.start < end && highlight.end > start)
  const found = new Set<Highlight>()
  for (let block = first; block <= last; block++) {
    for (const highlight of index.blocks.get(block) ?? []) if (highlight.start < end && highlight.end > start) found.add(highlight)
  }

  return [...found].sort(order)
}

function wrap(highlight: Highlight, content: ElementContent, index: HighlightIndex): ElementContent {
  const first = !index.placed.has(highlight.id)
  if (first) index.placed.add(highlight.id)
  return h(
    highlight.kind === 'action' ? 'span' : 'mark',
    {
      className: ['hl', highlight.kind, ...(highlight.classes ?? [])],
      id: first ? highlight.id : undefined,
      title: highlight.title,
      dataFor: highlight.id
    },
    content
  )
}
