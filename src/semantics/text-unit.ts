/**
 * Running text read off tree nodes, with the way back: every character of a
 * unit knows its offset, line and column in the caller's text, so anything
 * found in it can be highlighted there.
 */
import type {Node, Point, Position, Text} from '../tree/types.js'

/** Text of some nodes, white space collapsed, markers left out. */
export interface TextUnit {
  text: string
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
  const chars: string[] = []
  const offsets: number[] = []
  const lines: number[] = []
  const columns: number[] = []
  let end: {offset: number; line: number; column: number} | undefined
  let pendingSpace = false

  const push = (char: string, offset: number, line: number, column: number): void => {
    const code = char.charCodeAt(0)
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || (code > 0x1fff && /\s/.test(char))) {
      pendingSpace = chars.length > 0
      return
    }

    if (pendingSpace) {
      chars.push(' ')
      offsets.push(offsets[offsets.length - 1]! + 1)
      lines.push(lines[lines.length - 1]!)
      columns.push(columns[columns.length - 1]! + 1)
      pendingSpace = false
    }

    chars.push(char)
    offsets.push(offset)
    lines.push(line)
    columns.push(column)
  }

  const visit = (node: Node): void => {
    if (node.type === 'text') {
      const leaf = node as Text
      const start = leaf.position?.start
      if (!start) return
      let line = start.line
      let column = start.column
      const value = leaf.value
      const mapped = leaf.data?.offsets !== undefined && leaf.data.offsets.length > 0
      const base = start.offset ?? 0
      for (let k = 0; k < value.length; k++) {
        const offset = mapped ? offsetIn(leaf, k) : base + k
        const char = value[k] as string
        push(char, offset, line, column)
        if (char === '\n') {
          line++
          column = 1
        } else column += mapped ? offsetIn(leaf, k + 1) - offset : 1
      }

      end = {offset: leaf.position!.end.offset ?? 0, line: leaf.position!.end.line, column: leaf.position!.end.column}
      // A leaf that ends a line or a page is followed by a word break.
      pendingSpace = true
      return
    }

    if (node.type === 'marker' || node.type === 'pageBreak' || node.type === 'unknown') {
      pendingSpace = chars.length > 0
      return
    }

    if ('children' in node) for (const child of (node as {children: Node[]}).children) visit(child)
  }

  for (const node of nodes) visit(node)
  offsets.push(end?.offset ?? 0)
  lines.push(end?.line ?? 1)
  columns.push(end?.column ?? 1)
  return {text: chars.join(''), offsets: Int32Array.from(offsets), lines: Int32Array.from(lines), columns: Int32Array.from(columns)}
}

/** Source offset of the character `k` of a text leaf. */
function offsetIn(leaf: Text, k: number): number {
  const start = leaf.position?.start.offset ?? 0
  const map = leaf.data?.offsets
  if (!map || map.length === 0) return start + k
  let chosen = map[0] as [number, number]
  for (const entry of map) {
    if (entry[0] <= k) chosen = entry
    else break
  }

  return chosen[1] + (k - chosen[0])
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
    offsets: unit.offsets.slice(start, end + 1),
    lines: unit.lines.slice(start, end + 1),
    columns: unit.columns.slice(start, end + 1)
  }
}
