/**
 * Running text read off tree nodes, with the way back: every character of a
 * unit knows its offset, line and column in the caller's text, so anything
 * found in it can be highlighted there.
 */
import {modernizeTones} from '../text/fold.js'
import type {Node, Point, Position, Text} from '../tree/types.js'

/** Text of some nodes, white space collapsed, markers left out. */
export interface TextUnit {
  /** The words, one space between them. */
  text: string
  /** The same, with a line break (`\n`) where a line of the source ends: the same length, for readers that look at lines. */
  lined: string
  /** Offset, line and column in the caller's text of each character (and of the end). */
  offsets: Int32Array
  lines: Int32Array
  columns: Int32Array
}

const units = new WeakMap<Node, TextUnit>()

/** Read the words of nodes into one unit (a single node's unit is computed once). */
export function unitOf(nodes: readonly Node[]): TextUnit {
  if (nodes.length === 1) {
    const node = nodes[0] as Node
    const cached = units.get(node)
    if (cached) return cached
    const unit = readUnitOf(nodes)
    units.set(node, unit)
    return unit
  }

  return readUnitOf(nodes)
}

function readUnitOf(nodes: readonly Node[]): TextUnit {
  // Upper bound of the unit's length: every character of every text leaf, and a space between leaves.
  const leaves: Text[] = []
  const collect = (node: Node): void => {
    if (node.type === 'text') leaves.push(node as Text)
    else if (node.type === 'marker' || node.type === 'pageBreak' || node.type === 'unknown') leaves.push(breakLeaf)
    else if ('children' in node) for (const child of (node as {children: Node[]}).children) collect(child)
  }

  for (const node of nodes) collect(node)
  let size = 1
  for (const leaf of leaves) size += leaf.value.length + 1
  // Working buffers shared by every unit that fits them (each element is written before it is read; the unit keeps copies).
  const shared = size <= buffers.codes.length
  const codes = shared ? buffers.codes : new Uint16Array(size)
  const offsets = shared ? buffers.offsets : new Int32Array(size)
  const lines = shared ? buffers.lines : new Int32Array(size)
  const columns = shared ? buffers.columns : new Int32Array(size)
  let length = 0
  let pendingSpace = false
  // The space pending is a line break of the source (a leaf ends its line): written `\n`, so readers can tell a new line.
  let pendingBreak = false
  let end: {offset: number; line: number; column: number} | undefined

  for (const leaf of leaves) {
    if (leaf === breakLeaf) {
      pendingSpace = length > 0
      continue
    }

    const start = leaf.position?.start
    if (!start) continue
    let line = start.line
    let column = start.column
    const value = leaf.value
    const map = leaf.data?.offsets
    const mapped = map !== undefined && map.length > 0
    const base = start.offset ?? 0
    // For a leaf whose characters are not a plain copy (NFD, CRLF), walk its offset map once.
    const leafOffsets = mapped ? offsetsOf(map, value.length) : undefined
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k)
      const offset = leafOffsets ? (leafOffsets[k] as number) : base + k
      if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)) {
        pendingSpace = length > 0
        if (code === 10) pendingBreak = length > 0
      } else {
        if (pendingSpace) {
          codes[length] = pendingBreak ? 10 : 32
          offsets[length] = (offsets[length - 1] as number) + 1
          lines[length] = lines[length - 1] as number
          columns[length] = (columns[length - 1] as number) + 1
          length++
          pendingSpace = false
          pendingBreak = false
        }

        codes[length] = code
        offsets[length] = offset
        lines[length] = line
        columns[length] = column
        length++
      }

      if (code === 10) {
        line++
        column = 1
      } else column += leafOffsets ? (leafOffsets[k + 1] as number) - offset : 1
    }

    end = {offset: leaf.position!.end.offset ?? 0, line: leaf.position!.end.line, column: leaf.position!.end.column}
    // A leaf that ends a line or a page is followed by a word break.
    pendingSpace = true
    pendingBreak = length > 0
  }

  offsets[length] = end?.offset ?? 0
  lines[length] = end?.line ?? 1
  columns[length] = end?.column ?? 1
  // New-style tone marks (`Ủy ban`, `hòa`): what the record writes, and what the lexicon's words are; the swap keeps every offset.
  const lined = modernizeTones(utf16.decode(codes.subarray(0, length)))
  const text = lined.replaceAll('\n', ' ')
  return {text, lined, offsets: offsets.slice(0, length + 1), lines: lines.slice(0, length + 1), columns: columns.slice(0, length + 1)}
}

const utf16 = new TextDecoder('utf-16le')

/** What `readUnitOf` works in, for units up to this size: four buffers per paragraph were most of what it allocated. */
const bufferSize = 16384
const buffers = {codes: new Uint16Array(bufferSize), offsets: new Int32Array(bufferSize), lines: new Int32Array(bufferSize), columns: new Int32Array(bufferSize)}

/** Stands for a marker between two text leaves: a word break. */
const breakLeaf: Text = {type: 'text', value: ''}

/** Source offsets of every character of a text leaf (and of its end) from its offset map. */
function offsetsOf(map: ReadonlyArray<readonly [number, number]>, length: number): Int32Array {
  const out = new Int32Array(length + 1)
  let entry = 0
  for (let k = 0; k <= length; k++) {
    while (entry + 1 < map.length && (map[entry + 1] as readonly [number, number])[0] <= k) entry++
    const [index, offset] = map[entry] as readonly [number, number]
    out[k] = offset + (k - index)
  }

  return out
}

/** The point in the caller's text of a unit's character `index`. */
export function pointAt(unit: TextUnit, index: number): Point {
  const at = Math.max(0, Math.min(index, unit.text.length))
  return {line: unit.lines[at] as number, column: unit.columns[at] as number, offset: unit.offsets[at] as number}
}

/** The position of the unit's range `[start, end)` (end at the last character's end). */
export function positionIn(unit: TextUnit, start: number, end: number): Position {
  const from = pointAt(unit, start)
  if (end <= start) return {start: from, end: from}
  const last = pointAt(unit, end - 1)
  // One past the last character.
  const next = end < unit.text.length && unit.text[end] !== ' ' ? pointAt(unit, end) : undefined
  const endPoint = next && next.offset === (last.offset ?? 0) + 1 ? next : {line: last.line, column: last.column + 1, offset: (last.offset ?? 0) + 1}
  return {start: from, end: endPoint}
}

/** A slice of a unit as a unit of its own. */
export function sliceUnit(unit: TextUnit, start: number, end: number): TextUnit {
  return {
    text: unit.text.slice(start, end),
    lined: unit.lined.slice(start, end),
    offsets: unit.offsets.slice(start, end + 1),
    lines: unit.lines.slice(start, end + 1),
    columns: unit.columns.slice(start, end + 1)
  }
}
