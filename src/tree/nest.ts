/**
 * Nesting: raw blocks become nodes, items nested by their labels and bullets
 * by their marks; articles take their paths from the top.
 */
import type {IToken} from 'chevrotain'
import {lineSpans, spanText, type LineSpans} from '../../grammar/spans.js'
import {append} from '../append.js'
import {endOf, kindOf} from './cst.js'
import {positionOf} from './header.js'
import {separatorLeaves, unknownLeaf, type Context} from './leaves.js'
import {parseLabel, pathOf, type Label} from './numbering.js'
import {phrasing, splitSpan} from './phrasing.js'
import type {Lines, Raw} from './raw.js'
import {tableNodes} from './tables.js'
import {firstSpans, paragraphOf} from './paragraph.js'
import type {BodyContent, Bullet, FlowContent, Item, Paragraph, PhrasingContent} from './types.js'

interface OpenItem {
  node: Item
  key: string
}

/** Build nodes and nest them: items by their labels, bullets by their marks. */
export function nest(context: Context, raws: Raw[], inBody: boolean): BodyContent[] {
  const root: BodyContent[] = []
  const items: OpenItem[] = []
  const bullets: Bullet[] = []
  const container = (): FlowContent[] => {
    const bullet = bullets[bullets.length - 1]
    if (bullet) return bullet.children
    const item = items[items.length - 1]
    return item ? item.node.children : (root as FlowContent[])
  }

  const itemContainer = (): FlowContent[] => {
    const item = items[items.length - 1]
    return item ? item.node.children : (root as FlowContent[])
  }

  let previousRaw: Raw | undefined
  for (const raw of raws) {
    if (raw.kind !== 'lines') previousRaw = raw
    if (raw.kind === 'running') {
      container().push(unknownLeaf(context, raw.token, 'Running header or watermark repeated on several pages', 'running-header'))
      continue
    }

    if (raw.kind === 'token') {
      const nodes = tokenNodes(context, raw.token, inBody)
      append(container(), nodes)
      continue
    }

    if (raw.kind === 'columns') {
      bullets.length = 0
      itemContainer().push(raw.table)
      continue
    }

    if (raw.kind !== 'lines') {
      bullets.length = 0
      append(itemContainer(), tableNodes(context, raw.kind, raw.tokens))
      continue
    }

    const paragraph = paragraphOf(context, raw)
    if (raw.role === 'item' && continuesEnumeration(context, raw, previousRaw, items)) {
      // `(2)` opening a list straight after prose is the prose's own enumeration, wrapped: a paragraph.
      bullets.length = 0
      itemContainer().push(paragraph)
      previousRaw = raw
      continue
    }

    previousRaw = raw
    if (raw.role === 'paragraph') {
      bullets.length = 0
      itemContainer().push(paragraph)
      continue
    }

    if (raw.role === 'bullet') {
      const marker = firstSpans(raw).marker
      const mark = (marker && splitSpan(context.source, paragraph.children, marker, 'bullet')) ?? '-'
      const symbol = mark.trim()
      const node: Bullet = {type: 'bullet', bullet: symbol, children: [paragraph], position: paragraph.position}
      const same = bullets.findIndex((open) => open.bullet === symbol)
      if (same !== -1) bullets.length = same
      const parent = bullets[bullets.length - 1]
      if (parent) parent.children.push(node)
      else itemContainer().push(node)
      bullets.push(node)
      continue
    }

    // An item: its label decides where it nests.
    bullets.length = 0
    const span = firstSpans(raw).label
    const label = labelOf(context, raw) ?? {label: '?', numbering: 'arabic' as const, key: 'arabic'}
    if (span) splitSpan(context.source, paragraph.children, span, 'label')
    const same = items.findIndex((open) => open.key === label.key)
    if (same !== -1) items.length = same
    const parent = items[items.length - 1]
    const node: Item = {
      type: 'item',
      label: label.label,
      path: pathOf(label.label, parent?.node),
      numbering: label.numbering,
      depth: items.length + 1,
      children: [paragraph],
      position: paragraph.position
    }
    if (parent) parent.node.children.push(node)
    else root.push(node)
    items.push({node, key: label.key})
  }

  articlesFromTheTop(root, undefined)
  fixPositions(root)
  return root
}

/**
 * In a text of articles the sections above them (`I- QUY ĐỊNH CHUNG`,
 * `Chương II`) are headings: an article's path starts at its own number, so
 * `Điều 3` › `1.` › `a)` is `3.1.a` wherever it stands (ANNOTATION.md).
 */
function articlesFromTheTop(nodes: ReadonlyArray<BodyContent | FlowContent>, section: Item | undefined): void {
  for (const node of nodes) {
    if (node.type !== 'item') continue
    if (node.numbering === 'article' && section) rebase(node, node.path, node.label)
    articlesFromTheTop(node.children, node.numbering === 'article' ? undefined : (section ?? node))
  }
}

function rebase(item: Item, from: string, to: string): void {
  if (item.path === from || item.path.startsWith(`${from}.`)) item.path = to + item.path.slice(from.length)
  for (const child of item.children) if (child.type === 'item') rebase(child, from, to)
}

/** First labels of a sequence, by the key of their numbering. */
const firstLabels: Readonly<Record<string, string>> = {'paren-number': '1', 'paren-letter': 'a', 'paren-roman': 'i'}

/**
 * A parenthesized label that would open a list at other than its first
 * (`(2)` with no `(1)` open) on the line right after prose: "… như sau: (1)
 * Tổng số …;" wrapped so that "(2) Cắt giảm …" starts a line. It continues
 * the prose.
 */
function continuesEnumeration(context: Context, raw: Lines, previous: Raw | undefined, items: readonly OpenItem[]): boolean {
  if (!previous || previous.kind !== 'lines' || previous.role === 'item') return false
  const first = raw.runs[0]?.[0]
  const run = previous.runs[previous.runs.length - 1]
  const last = run?.[run.length - 1]
  if (!first || !last || (first.startLine ?? 0) - (last.endLine ?? last.startLine ?? 0) !== 1) return false
  const label = labelOf(context, raw)
  if (!label || !(label.key in firstLabels)) return false
  return label.label !== firstLabels[label.key] && !items.some((open) => open.key === label.key)
}


/** An item's label, from the span the lexer found on its first line. */
function labelOf(context: Context, lines: Lines): Label | undefined {
  const span = firstSpans(lines).label
  return span ? parseLabel(spanText(context.source.text, span)) : undefined
}


/** Nodes for a line token in the body. */
function tokenNodes(context: Context, token: IToken, inBody: boolean): FlowContent[] {
  switch (kindOf(token)) {
    case 'Blank':
      return []
    case 'Pipe':
    case 'Rule':
    case 'Star':
    case 'Decoration':
    case 'PageBreak':
    case 'PageNumber':
    case 'EndMark':
    case 'LoneDash':
      return separatorLeaves(context, token) as FlowContent[]
    case 'SealMark':
      // A PDF's digital-signature stamp (`Ký bởi: …`) lands wherever its page breaks the body.
      return separatorLeaves(context, token) as FlowContent[]
    case 'Code':
      // In the body, a symbol cut from the line above (`NQ/TW`): words, not a stray line.
      if (!inBody) return [unknownLeaf(context, token, 'Line not recognised')]
      return [{type: 'paragraph', children: phrasing(context.source, token.startOffset, endOf(token)), position: context.source.position(token.startOffset, endOf(token))}]
    case 'PartyHeading':
    case 'NationalTitle':
    case 'Motto':
      return [unknownLeaf(context, token, 'Header line inside the body (a running header?)', 'running-header')]
    case 'AddresseesOpener':
      return [unknownLeaf(context, token, 'Addressees opener inside the body')]
    default:
      return [unknownLeaf(context, token, 'Line not recognised')]
  }
}

/** Item and bullet positions cover everything nested under them. */
function fixPositions(nodes: readonly BodyContent[]): void {
  for (const node of nodes) {
    if (node.type === 'item' || node.type === 'bullet' || node.type === 'closing') {
      fixPositions(node.children)
      node.position = positionOf(node.children)
    }
  }
}
