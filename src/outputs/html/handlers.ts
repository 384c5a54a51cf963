/**
 * The directive's tree as hast, one small handler per node kind (as
 * `mdast-util-to-hast` does): the header's parts, title, subject,
 * addressees, items with their nesting, tables, distribution, signature.
 * Text leaves go through the highlights; lines with messages are marked.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Node, Parent, Text} from '../../tree/types.js'
import {highlightText, type HighlightIndex} from './highlight.js'
import {append} from '../../append.js'

/** What the handlers share while rendering one page. */
export interface RenderState {
  highlights: HighlightIndex
  /** Message reasons by line. */
  flagged: Map<number, string[]>
  /** The lines with messages, in order; those before `next` have their anchor. */
  lines: number[]
  next: number
  /** Lines whose anchor has been placed. */
  anchored: Set<number>
}

/** The state of a page's rendering. */
export function renderState(highlights: HighlightIndex, flagged: Map<number, string[]>): RenderState {
  return {highlights, flagged, lines: [...flagged.keys()].sort((a, b) => a - b), next: 0, anchored: new Set()}
}

type Handler = (node: Node, state: RenderState) => ElementContent[]

/** A node's children, with a space where the source had a gap between them. */
export function all(node: Parent, state: RenderState): ElementContent[] {
  const out: ElementContent[] = []
  let previous: number | undefined
  for (const child of node.children) {
    const start = child.position?.start.offset
    if (previous !== undefined && start !== undefined && start > previous && out.length > 0) out.push({type: 'text', value: ' '})
    append(out, one(child, state))
    previous = child.position?.end.offset ?? previous
  }

  return out
}

/** One node as hast. */
export function one(node: Node, state: RenderState): ElementContent[] {
  const handler = handlers[node.type] ?? fallback
  return flag(node, handler(node, state), state)
}

/**
 * Wrap a leaf in the anchor of each message line it covers, or that lies
 * before it without a leaf of its own (a blank line, a line left out).
 */
function flag(node: Node, content: ElementContent[], state: RenderState): ElementContent[] {
  if ('children' in node || !node.position) return content
  let out = content
  // Every line up to this leaf's last has its anchor once this leaf is done: a pointer, not a scan.
  while (state.next < state.lines.length && (state.lines[state.next] as number) <= node.position.end.line) {
    const line = state.lines[state.next++] as number
    state.anchored.add(line)
    out = [h('span', {className: ['flagged'], id: `L${line}`, title: (state.flagged.get(line) ?? []).join('\n')}, out)]
  }

  return out
}

const block =
  (tag: string, className: string): Handler =>
  (node, state) => [h(tag, {className: [className]}, all(node as Parent, state))]

const fallback: Handler = (node, state) => ('children' in node ? block('div', node.type)(node, state) : [{type: 'text', value: String((node as {value?: unknown}).value ?? '')}])

const handlers: Partial<Record<string, Handler>> = {
  text: (node, state) => highlightText(node as Text, state.highlights),
  marker(node) {
    const marker = node as Node & {role: string; value: string}
    return [h('span', {className: ['marker', `marker-${marker.role}`]}, marker.value)]
  },
  unknown(node) {
    const unknown = node as Node & {value: string; reason: string}
    return [h('span', {className: ['unknown'], title: unknown.reason}, unknown.value)]
  },
  pageBreak: (node) => [h('span', {className: ['page-break'], title: 'page break'}, (node as Node & {value: string}).value)],
  strong: (node, state) => [h('strong', all(node as Parent, state))],
  emphasis: (node, state) => [h('em', all(node as Parent, state))],

  header: block('header', 'doc-header'),
  issuer: block('div', 'issuer'),
  nationalTitle: block('div', 'national-title'),
  motto: block('div', 'motto'),
  number: block('div', 'number'),
  placeDate: block('div', 'place-date'),
  marking: block('div', 'marking'),
  title: block('h1', 'title'),
  subject: block('p', 'subject'),

  addressees: block('div', 'addressees'),
  addressee: block('div', 'addressee'),

  body: block('main', 'body'),
  paragraph: block('p', 'paragraph'),
  closing: block('div', 'closing'),
  item(node, state) {
    const item = node as Parent & {path: string; depth: number}
    return [h('section', {className: ['item', `depth-${Math.min(item.depth, 6)}`], dataPath: item.path}, all(item, state))]
  },
  bullet: block('div', 'bullet'),
  table(node, state) {
    // Rule lines and stray marks between rows get a row of their own: nothing but rows in a table.
    const rows = (node as Parent).children.map((child) =>
      child.type === 'tableRow' ? one(child, state) : [h('tr', {className: ['rule']}, [h('td', {colSpan: 99}, one(child, state))])]
    )
    return [h('div', {className: ['table-wrap']}, [h('table', [h('tbody', rows.flat())])])]
  },
  tableRow(node, state) {
    // Pipes go inside the cell they open (or the last one): nothing but cells in a row.
    const cells: ElementContent[] = []
    let pending: ElementContent[] = []
    for (const child of (node as Parent).children) {
      if (child.type !== 'tableCell') {
        append(pending, one(child, state))
        continue
      }

      cells.push(h('td', {className: ['cell']}, [...pending, ...all(child as Parent, state)]))
      pending = []
    }

    const last = cells.at(-1)
    if (pending.length > 0 && last && last.type === 'element') append(last.children, pending)
    else if (pending.length > 0) cells.push(h('td', pending))
    return [h('tr', {className: ['row']}, cells)]
  },

  distribution: block('footer', 'distribution'),
  recipient: block('div', 'recipient'),
  signature: block('div', 'signature'),
  signatureLine: block('div', 'signature-line'),
  appendix: block('section', 'appendix')
}
