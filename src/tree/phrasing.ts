/**
 * Inline content: text leaves, markdown markers, strong and emphasis, built
 * from a range of the source, and the small operations the builders need on
 * them (split a leading label or dash off into a marker, read the plain text).
 */
import {tokenizeInline, StrongMark} from '../../grammar/inline.js'
import {latinize} from '../text/fold.js'
import {residueSpans, type Residue} from '../text/residue.js'
import type {Source} from './source.js'
import type {Emphasis, Marker, MarkerRole, PhrasingContent, Strong, Text} from './types.js'
import {append} from '../append.js'

/** Normalised offsets of every leaf built here. */
const spans = new WeakMap<object, {start: number; end: number}>()

/** Normalised `[start, end)` of a node built by this module (leaves and parents). */
export function spanOf(node: object): {start: number; end: number} | undefined {
  return spans.get(node)
}

/** A text leaf over `[start, end)`. */
export function textLeaf(source: Source, start: number, end: number): Text {
  const node: Text = {type: 'text', value: source.text.slice(start, end), position: source.position(start, end)}
  const data = source.textData(start, end)
  if (data) node.data = data
  spans.set(node, {start, end})
  return node
}

/** A marker leaf over `[start, end)`. */
export function markerLeaf(source: Source, start: number, end: number, role: MarkerRole): Marker {
  const node: Marker = {type: 'marker', role, value: source.text.slice(start, end), position: source.position(start, end)}
  spans.set(node, {start, end})
  return node
}

interface Frame {
  kind: 'strong' | 'emphasis' | 'root'
  opener: Marker | undefined
  children: PhrasingContent[]
}

/** Inline nodes for the source range `[start, end)` (trimmed of white space). */
export function phrasing(source: Source, start: number, end: number): PhrasingContent[] {
  const text = source.text
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  if (start >= end) return []

  const stack: Frame[] = [{kind: 'root', opener: undefined, children: []}]
  const top = (): Frame => stack[stack.length - 1] as Frame
  const slice = text.slice(start, end)
  // Converter residue (image links, LaTeX) is kept as markers, not words.
  const residue = residueSpans(slice).map((each): Residue => ({...each, start: each.start + start, end: each.end + start}))

  for (const token of tokenizeInline(slice)) {
    const from = start + token.startOffset
    const to = from + token.image.length
    if (token.tokenType.name === 'Run' || residue.some((each) => each.start <= from && to <= each.end)) {
      appendRun(source, top().children, from, to, residue)
      continue
    }

    const kind = token.tokenType === StrongMark ? 'strong' : 'emphasis'
    const marker = markerLeaf(source, from, to, kind)
    const open = findOpen(stack, kind)
    if (open === -1) {
      stack.push({kind, opener: marker, children: []})
      continue
    }

    // Close the frame; frames opened inside it and left open are flattened.
    while (stack.length - 1 > open) flatten(stack)
    const frame = stack.pop() as Frame
    const node = wrap(frame, marker)
    top().children.push(node)
  }

  while (stack.length > 1) flatten(stack)
  return mergeText(source, top().children)
}

function findOpen(stack: Frame[], kind: Frame['kind']): number {
  for (let index = stack.length - 1; index > 0; index--) {
    if (stack[index]?.kind === kind) return index
  }

  return -1
}

/** An unclosed frame: its marker and children go back into the parent. */
function flatten(stack: Frame[]): void {
  const frame = stack.pop() as Frame
  const parent = stack[stack.length - 1] as Frame
  if (frame.opener) parent.children.push(frame.opener)
  append(parent.children, frame.children)
}

function wrap(frame: Frame, closer: Marker): Strong | Emphasis {
  const opener = frame.opener as Marker
  const children = [opener, ...frame.children, closer]
  const node = {
    type: frame.kind,
    children,
    position: {start: opener.position!.start, end: closer.position!.end}
  } as Strong | Emphasis
  spans.set(node, {start: spanOf(opener)!.start, end: spanOf(closer)!.end})
  return node
}

function appendText(source: Source, children: PhrasingContent[], from: number, to: number): void {
  const last = children[children.length - 1]
  if (last && last.type === 'text' && spanOf(last)?.end === from) {
    const merged = textLeaf(source, spanOf(last)!.start, to)
    children[children.length - 1] = merged
    return
  }

  children.push(textLeaf(source, from, to))
}

/** Text over `[from, to)`, with the residue in it as markers. */
function appendRun(source: Source, children: PhrasingContent[], from: number, to: number, residue: readonly Residue[]): void {
  let at = from
  for (const each of residue) {
    if (each.end <= at || each.start >= to) continue
    const start = Math.max(each.start, at)
    const end = Math.min(each.end, to)
    if (start > at) appendText(source, children, at, start)
    children.push(markerLeaf(source, start, end, 'residue'))
    at = end
  }

  if (at < to) appendText(source, children, at, to)
}

function mergeText(source: Source, children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of children) {
    const last = out[out.length - 1]
    if (child.type === 'text') appendText(source, out, spanOf(child)!.start, spanOf(child)!.end)
    else if (child.type === 'marker' && child.role === 'residue' && last?.type === 'marker' && last.role === 'residue' && spanOf(last)?.end === spanOf(child)?.start) {
      out[out.length - 1] = markerLeaf(source, spanOf(last)!.start, spanOf(child)!.end, 'residue')
    } else out.push(child)
  }

  return out
}

/** Position of a run of inline nodes. */
export function spanOfAll(nodes: readonly object[]): {start: number; end: number} | undefined {
  const first = nodes[0]
  const last = nodes[nodes.length - 1]
  if (!first || !last) return undefined
  const start = spanOf(first)?.start
  const end = spanOf(last)?.end
  if (start === undefined || end === undefined) return undefined
  return {start, end}
}

/** Record the span of a parent built elsewhere. */
export function setSpan(node: object, start: number, end: number): void {
  spans.set(node, {start, end})
}

/**
 * The words of inline nodes: text leaves only, white space collapsed, and
 * look-alike letters from other scripts (a web copy's Cyrillic `Р` in `CР`)
 * written in Latin.
 */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return latinize(collectText(nodes).replace(/\s+/g, ' ').trim())
}

function collectText(nodes: readonly PhrasingContent[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += node.value
    else if (node.type === 'marker' || node.type === 'pageBreak') out += ' '
    else out += collectText(node.children)
  }

  return out
}

/**
 * Split the syntax matched by `pattern` off the start of the first text leaf
 * (inside strong or emphasis too) into a marker. Returns the matched text, or
 * undefined when the text does not start with it.
 */
export function splitLeading(
  source: Source,
  nodes: PhrasingContent[],
  pattern: RegExp,
  role: MarkerRole
): string | undefined {
  return splitAt(source, nodes, pattern, role, 'start')
}

/**
 * Split the source span `[start, end)` (an item's label, a bullet's mark, a
 * heading's `#`, as the line lexer found it) off the start of the first text
 * leaf (inside strong or emphasis too) into a marker, when that leaf holds the
 * span whole with nothing but white space before it. Returns the marker's
 * text, or undefined when the leaf does not hold it.
 */
export function splitSpan(
  source: Source,
  nodes: PhrasingContent[],
  span: {start: number; end: number},
  role: MarkerRole
): string | undefined {
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'marker' || node.type === 'pageBreak') continue
    if (node.type !== 'text') return splitSpan(source, node.children, span, role)
    const leaf = spanOf(node)!
    if (span.start < leaf.start || span.end > leaf.end || source.text.slice(leaf.start, span.start).trim() !== '') return undefined
    const start = trimStart(source, span.start, span.end)
    const end = trimEndOffset(source, start, span.end)
    if (start === end) return undefined
    const pieces: PhrasingContent[] = [markerLeaf(source, start, end, role)]
    const rest = trimStart(source, end, leaf.end)
    if (rest < leaf.end) pieces.push(textLeaf(source, rest, leaf.end))
    nodes.splice(index, 1, ...pieces)
    return source.text.slice(start, end)
  }

  return undefined
}

/** Split the syntax matched by `pattern` (anchored with `$`) off the end of the last text leaf. */
export function splitTrailing(
  source: Source,
  nodes: PhrasingContent[],
  pattern: RegExp,
  role: MarkerRole
): string | undefined {
  return splitAt(source, nodes, pattern, role, 'end')
}

function splitAt(
  source: Source,
  nodes: PhrasingContent[],
  pattern: RegExp,
  role: MarkerRole,
  side: 'start' | 'end'
): string | undefined {
  const order = side === 'start' ? nodes.keys() : [...nodes.keys()].reverse()
  for (const index of order) {
    const node = nodes[index] as PhrasingContent
    if (node.type === 'marker' || node.type === 'pageBreak') continue
    if (node.type !== 'text') return splitAt(source, node.children, pattern, role, side)
    const span = spanOf(node)!
    const found = pattern.exec(node.value)
    if (!found || found[0].trim() === '') return undefined
    const matchStart = span.start + found.index
    const matchEnd = matchStart + found[0].length
    if (side === 'start' && found.index !== 0 && node.value.slice(0, found.index).trim() !== '') return undefined
    if (side === 'end' && matchEnd !== span.end && node.value.slice(found.index + found[0].length).trim() !== '') return undefined
    const pieces: PhrasingContent[] = []
    const trimmedStart = trimStart(source, matchStart, matchEnd)
    const trimmedEnd = trimEndOffset(source, trimmedStart, matchEnd)
    if (trimmedStart > span.start && source.text.slice(span.start, trimmedStart).trim() !== '') {
      pieces.push(textLeaf(source, span.start, trimmedStart))
    }

    pieces.push(markerLeaf(source, trimmedStart, trimmedEnd, role))
    const restStart = trimStart(source, trimmedEnd, span.end)
    if (side === 'start') {
      if (restStart < span.end) pieces.push(textLeaf(source, restStart, span.end))
    } else {
      const before = trimEndOffset(source, span.start, trimmedStart)
      pieces.length = 0
      if (before > span.start) pieces.push(textLeaf(source, span.start, before))
      pieces.push(markerLeaf(source, trimmedStart, trimmedEnd, role))
      if (restStart < span.end && source.text.slice(restStart, span.end).trim() !== '') {
        pieces.push(textLeaf(source, restStart, span.end))
      }
    }

    nodes.splice(index, 1, ...pieces)
    return source.text.slice(trimmedStart, trimmedEnd)
  }

  return undefined
}

function trimStart(source: Source, start: number, end: number): number {
  while (start < end && /\s/.test(source.text[start] ?? '')) start++
  return start
}

function trimEndOffset(source: Source, start: number, end: number): number {
  while (end > start && /\s/.test(source.text[end - 1] ?? '')) end--
  return end
}
