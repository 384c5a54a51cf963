/**
 * The body (and an annex): paragraphs, numbered items nested by their labels,
 * bullets, tables, the closing; paragraphs split by a page break joined
 * again, and hard-wrapped text without blank lines cut into paragraphs.
 */
import type {CstNode, IToken} from 'chevrotain'
import {isCapitals} from '../../grammar/lines.js'
import {fold} from '../text/fold.js'
import {opensColumnTable, readColumnTable} from './columns.js'
import {endOf, isToken, kindOf, ordered, tokensOf} from './cst.js'
import {positionOf} from './header.js'
import {separatorLeaves, unknownLeaf, type Context} from './leaves.js'
import {labelPattern, parseLabel, pathOf} from './numbering.js'
import {markerLeaf, phrasing, plainText, splitLeading} from './phrasing.js'
import type {
  Body,
  BodyContent,
  Bullet,
  Closing,
  FlowContent,
  Item,
  Marker,
  Paragraph,
  PhrasingContent,
  Table,
  TableCell,
  TableRow,
  TableRowContent
} from './types.js'
import {append, maximum} from '../append.js'

/** Lines of prose: a paragraph, or an item's or bullet's first paragraph. */
interface Lines {
  kind: 'lines'
  role: 'item' | 'bullet' | 'paragraph'
  /** Runs of consecutive lines; a page break lies between two runs. */
  runs: IToken[][]
  /** The page-break lines between runs (page numbers, `--- PAGE BREAK ---`). */
  gaps: IToken[]
}

type Raw =
  | Lines
  | {kind: 'table' | 'pipeTable'; tokens: IToken[]}
  | {kind: 'token'; token: IToken}
  | {kind: 'running'; token: IToken}
  | {kind: 'columns'; table: Table}

/** Block CST nodes → body children (with a closing when `closing` is set). */
export function buildBlocks(context: Context, blocks: CstNode[], options: {closing: boolean}): BodyContent[] {
  let raws = blocks.map((block) => toRaw(block))
  raws = columnTables(context, raws)
  raws = markRunningHeaders(context, raws)
  raws = joinPageBreaks(context, raws)
  raws = joinClosedParentheses(context, raws)
  raws = raws.flatMap((raw): Raw[] => (raw.kind === 'lines' ? splitHardWrapped(context, raw) : [raw]))
  const closingAt = options.closing ? findClosing(context, raws) : -1
  const main = closingAt === -1 ? raws : raws.slice(0, closingAt)
  const out: BodyContent[] = nest(context, main, options.closing)
  if (closingAt !== -1) {
    const children = nest(context, raws.slice(closingAt), true) as FlowContent[]
    if (children.length > 0) {
      const closing: Closing = {type: 'closing', children, position: positionOf(children)}
      out.push(closing)
    }
  }

  return out
}

/** The body node, or nothing when the body is empty. */
export function buildBody(context: Context, body: CstNode): Body | undefined {
  const blocks = ordered(body).filter((child): child is CstNode => !isToken(child))
  const children = buildBlocks(context, blocks, {closing: true})
  if (children.length === 0) return undefined
  return {type: 'body', children, position: positionOf(children)}
}

function toRaw(block: CstNode): Raw {
  const child = ordered(block)[0]
  if (!child) return {kind: 'token', token: tokensOf(block)[0] as IToken}
  if (isToken(child)) return {kind: 'token', token: child}
  const tokens = tokensOf(child)
  if (child.name === 'table') return {kind: 'table', tokens}
  if (child.name === 'pipeTable') return {kind: 'pipeTable', tokens}
  return {kind: 'lines', role: child.name as Lines['role'], runs: [tokens], gaps: []}
}

/** The lines of a raw block, in source order. */
function rawTokens(raw: Raw): IToken[] {
  switch (raw.kind) {
    case 'lines':
      return [...raw.runs.flat(), ...raw.gaps].sort((a, b) => a.startOffset - b.startOffset)
    case 'table':
    case 'pipeTable':
      return raw.tokens
    case 'columns':
      return []
    default:
      return [raw.token]
  }
}

/** Task tables flattened without pipes (a gazette annex): each becomes one raw block, the lines before its header staying a paragraph. */
function columnTables(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index] as Raw
    const tokens = raw.kind === 'lines' ? rawTokens(raw) : []
    const at = tokens.findIndex((token) => opensColumnTable(context, token))
    if (raw.kind === 'lines' && at !== -1) {
      const opening = at === 0 ? raw : {kind: 'lines' as const, role: raw.role, runs: [tokens.slice(at)], gaps: []}
      const found = readColumnTable(context, [opening, ...raws.slice(index + 1)].map((each) => rawTokens(each)))
      if (found) {
        if (at > 0) out.push(before(raw, tokens[at] as IToken))
        out.push({kind: 'columns', table: found.table})
        index += found.groups - 1
        continue
      }
    }

    out.push(raw)
  }

  return out
}

/** The part of a raw block before a line. */
function before(raw: Lines, token: IToken): Lines {
  const runs = raw.runs.map((run) => run.filter((each) => each.startOffset < token.startOffset)).filter((run) => run.length > 0)
  return {...raw, runs, gaps: raw.gaps.filter((each) => each.startOffset < token.startOffset)}
}

// ------------------------------------------------------------ running heads

/** A one-line paragraph repeated three times or more is a running header. */
function markRunningHeaders(context: Context, raws: Raw[]): Raw[] {
  const counts = new Map<string, number>()
  const keyOf = (raw: Raw): string | undefined => {
    if (raw.kind !== 'lines' || raw.role !== 'paragraph' || raw.runs[0]?.length !== 1) return undefined
    const token = raw.runs[0][0] as IToken
    const text = context.source.text.slice(token.startOffset, endOf(token)).trim()
    // A label such as `Ví dụ:` may repeat; a running header does not end with a colon.
    return text.length > 0 && text.length <= 100 && !/:[\s*_]*$/.test(text) ? text : undefined
  }

  for (const raw of raws) {
    const key = keyOf(raw)
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  return raws.map((raw) => {
    const key = keyOf(raw)
    if (!key || (counts.get(key) ?? 0) < 3) return raw
    return {kind: 'running', token: (raw as Lines).runs[0]?.[0] as IToken}
  })
}

// ---------------------------------------------------------- page breaks

// What lies between the two halves of a paragraph cut by a page: blank lines, the page's running head and number, a signature stamp.
const gapKinds = new Set(['Blank', 'PageBreak', 'PageNumber', 'Decoration', 'SealMark'])

/**
 * A paragraph cut in mid-sentence by a page break ("… trong thực" / "hiện
 * các chỉ đạo …", "… tuyên truyền sâu rộng" / "Luật Lâm nghiệp …") is one
 * paragraph: join the part after the break to the part before it.
 */
function joinPageBreaks(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  let index = 0
  while (index < raws.length) {
    const raw = raws[index] as Raw
    out.push(raw)
    index++
    if (raw.kind !== 'lines') continue

    let current = raw
    for (;;) {
      let next = index
      const gap: IToken[] = []
      while (next < raws.length) {
        const between = raws[next] as Raw
        if (between.kind !== 'token' || !gapKinds.has(kindOf(between.token))) break
        gap.push(between.token)
        next++
      }

      const after = raws[next]
      if (!after || after.kind !== 'lines' || after.role !== 'paragraph') break
      const hasBreak = gap.some((token) => kindOf(token) !== 'Decoration')
      if (!hasBreak) break
      // Cut mid-sentence: the part after the break starts in lower case, or (across a page) the part before ran to the margin.
      const acrossPage = gap.some((token) => kindOf(token) === 'PageBreak' || kindOf(token) === 'PageNumber' || kindOf(token) === 'SealMark')
      // … or, across a page, a bold span left open before the break closes after it (`**4. Sở` / page / `Tài chính**`), or the prose before ends on a comma or a word in lower case (`Chủ tịch UBND tỉnh yêu cầu` / page / `Thủ trưởng các sở …`).
      const joins =
        (acrossPage && openEmphasis(context, current)) ||
        (endsMidSentence(context, current) && (startsMidSentence(context, after) || (acrossPage && isWrapped(context, current) && (runsToMargin(context, current) || runsOn(context, current)))))
      if (!joins) break
      const joined: Lines = {
        kind: 'lines',
        role: current.role,
        runs: [...current.runs, ...after.runs],
        // Every token of the gap keeps its place (a `**` decoration line too: it is a marker, not lost); blank lines give no leaf.
        gaps: [...current.gaps, ...gap, ...after.gaps]
      }
      const first = after.runs[0]?.[0] as IToken
      context.report.info(
        'Paragraph split by a page break joined again',
        context.source.position(first.startOffset, first.startOffset),
        'page-break-joined'
      )
      out[out.length - 1] = joined
      current = joined
      index = next + 1
    }
  }

  return out
}

/**
 * A line that starts `24):` or `3).` right under a line that left a
 * parenthesis open (`*(Khoản 1, Điều` / `24):*`) closes that parenthesis,
 * and a line opening with the hyphen of a compound cut by the wrap: each
 * goes on with the lines above, neither is an item or a bullet.
 */
function joinClosedParentheses(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  for (const raw of raws) {
    const previous = out[out.length - 1]
    if (raw.kind === 'lines' && previous?.kind === 'lines' && ((raw.role === 'item' && closesOpenParenthesis(context, previous, raw)) || (raw.role === 'bullet' && wrapsAtHyphen(context, previous, raw)))) {
      const runs = previous.runs.slice(0, -1)
      const [first, ...rest] = raw.runs
      out[out.length - 1] = {...previous, runs: [...runs, [...(previous.runs[previous.runs.length - 1] as IToken[]), ...(first ?? [])], ...rest], gaps: [...previous.gaps, ...raw.gaps]}
      continue
    }

    out.push(raw)
  }

  return out
}

/**
 * `… phối hợp tổ chức chính trị` / `- xã hội tại địa phương thực hiện …`: a
 * line cut before the hyphen of a compound, the next line opening with it
 * and a word in lower case, under a line that ran to the margin without a
 * stop. It goes on with the lines above; it is no dash bullet.
 */
function wrapsAtHyphen(context: Context, previous: Lines, raw: Lines): boolean {
  const first = raw.runs[0]?.[0]
  const run = previous.runs[previous.runs.length - 1]
  const last = run?.[run.length - 1]
  if (!first || !last || (first.startLine ?? 0) - (last.endLine ?? last.startLine ?? 0) !== 1) return false
  if (!/^[ \t]*-[ \t]+\p{Ll}/u.test(context.source.text.slice(first.startOffset, endOf(first)))) return false
  const above = lastLine(context, previous)
  return above.length >= 50 && /\p{L}$/u.test(above)
}

function closesOpenParenthesis(context: Context, previous: Lines, raw: Lines): boolean {
  const first = raw.runs[0]?.[0]
  const run = previous.runs[previous.runs.length - 1]
  const last = run?.[run.length - 1]
  if (!first || !last || (first.startLine ?? 0) - (last.endLine ?? last.startLine ?? 0) !== 1) return false
  if (!/^[\s*_]*[0-9a-zđ]{1,3}\)/u.test(context.source.text.slice(first.startOffset, endOf(first)))) return false
  const above = lastLine(context, previous)
  return above.split('(').length > above.split(')').length
}

function lastLine(context: Context, lines: Lines): string {
  const run = lines.runs[lines.runs.length - 1] as IToken[]
  const token = run[run.length - 1] as IToken
  return context.source.text.slice(token.startOffset, endOf(token)).replace(/[*_]+\s*$/, '').trimEnd()
}

/** Lines wrapped at a page's width (a PDF's), not paragraphs each on one long line (a web page's): only these say by their length or last word that they go on. */
function isWrapped(context: Context, lines: Lines): boolean {
  return lastLine(context, lines).trim().length <= 160
}

/** The last line runs to the margin (50 characters or more), or ends a block of prose three lines long or more (not a heading in bold or capitals). */
function runsToMargin(context: Context, lines: Lines): boolean {
  const last = lastLine(context, lines)
  if (last.trim().length >= 50) return true
  return lines.runs.flat().length >= 3 && !isCapitals(last) && !startsHeading(context, lines)
}

/** The block opens with bold or a markdown heading. */
function startsHeading(context: Context, lines: Lines): boolean {
  const first = lines.runs[0]?.[0]
  return !first || /^\s*(?:[*_]{2}|#)/.test(context.source.text.slice(first.startOffset, endOf(first)))
}

function endsMidSentence(context: Context, lines: Lines): boolean {
  return /[\p{L}\p{N},]$/u.test(lastLine(context, lines))
}

/** Prose (not a heading: no bold, not in capitals) whose last line stops on a comma, or (no label) on a lower-case word. */
function runsOn(context: Context, lines: Lines): boolean {
  if (startsHeading(context, lines)) return false
  // An item's line may end on a word in lower case as a heading does (`1. Giai đoạn chuẩn bị`), not on a comma.
  return (lines.role === 'paragraph' ? /(?:\p{Ll}|,)$/u : /,$/u).test(lastLine(context, lines))
}

/** The lines leave a `**` bold span open. */
function openEmphasis(context: Context, lines: Lines): boolean {
  let count = 0
  for (const run of lines.runs) for (const token of run) count += context.source.text.slice(token.startOffset, endOf(token)).split('**').length - 1
  return count % 2 === 1
}

function startsMidSentence(context: Context, lines: Lines): boolean {
  const token = lines.runs[0]?.[0] as IToken
  const text = context.source.text.slice(token.startOffset, endOf(token)).replace(/^[\s*_]+/, '')
  return /^\p{Ll}/u.test(text)
}

// ------------------------------------------------------------ hard wraps

/**
 * Text converted from PDF runs paragraphs together, wrapped at a fixed width.
 * A line that ends a sentence well short of that width, followed by a line
 * that starts with a capital, ends a paragraph.
 */
function splitHardWrapped(context: Context, lines: Lines): Lines[] {
  const tokens = lines.runs.flat()
  if (tokens.length < 3) return [lines]
  const texts = tokens.map((token) => context.source.text.slice(token.startOffset, endOf(token)).trim())
  const width = maximum(texts.map((text) => text.length))
  if (width < 50) return [lines]
  // Lines cut apart by a page turn (the runs of a joined paragraph) are never split there.
  const runOf = new Map(lines.runs.flatMap((run, index) => run.map((token) => [token, index] as const)))

  const cuts: number[] = []
  for (let index = 0; index < tokens.length - 1; index++) {
    if (runOf.get(tokens[index] as IToken) !== runOf.get(tokens[index + 1] as IToken)) continue
    const text = texts[index] as string
    const next = (texts[index + 1] as string).replace(/^[*_\s]+/, '')
    const ends = /[.:;!?][)”"*_]*$/.test(text) && text.length < width * 0.75
    if (ends && /^[\p{Lu}\d“"(]/u.test(next)) cuts.push(index + 1)
  }

  if (cuts.length === 0) return [lines]
  return [0, ...cuts].map((from, index) => {
    const to = cuts[index] ?? tokens.length
    const first = (tokens[from] as IToken).startOffset
    const last = (tokens[to - 1] as IToken).startOffset
    const runs = lines.runs.map((run) => run.filter((token) => token.startOffset >= first && token.startOffset <= last)).filter((run) => run.length > 0)
    const gaps = lines.gaps.filter((token) => token.startOffset > first && token.startOffset < last)
    return {kind: 'lines', role: from === 0 ? lines.role : 'paragraph', runs, gaps}
  })
}

// --------------------------------------------------------------- closing

/**
 * Where the closing starts: the first paragraph after the last numbered item
 * that hands the document over ("Giao …", "Ban Thường vụ Tỉnh ủy giao …",
 * "… thực hiện Công văn này", "Trong quá trình thực hiện …").
 */
function findClosing(context: Context, raws: Raw[]): number {
  let lastItem = -1
  raws.forEach((raw, index) => {
    if (raw.kind === 'lines' && raw.role === 'item') lastItem = index
  })
  if (lastItem === -1) return -1
  // An item that is only a heading (`5. Về việc …:`) owns the paragraph under it.
  const heading = linesText(context, raws[lastItem] as Lines)
  let first = lastItem + 1
  // … and so does one whose label stands alone on its line (`**3.****`, the text on the next).
  const words = heading.replace(/^[\s#*_]+/, '').replace(labelPattern, '')
  if (/:\s*$/.test(heading) || !/[\p{L}\p{N}]/u.test(words)) {
    while (first < raws.length && (raws[first] as Raw).kind !== 'lines') first++
    first++
  }

  for (let index = first; index < raws.length; index++) {
    const raw = raws[index] as Raw
    if (raw.kind !== 'lines' || raw.role !== 'paragraph') continue
    if (isClosing(fold(linesText(context, raw)))) return index
  }

  return -1
}

const documentWords = '(?:cong van|chi thi|ke hoach|thong bao|nghi quyet|ket luan|cong dien|huong dan|quy dinh|quyet dinh|van ban|chuong trinh|de an|thong tri)'
const closingCues = [
  /^giao\b/,
  /^tren day la\b/,
  /^(?:yeu cau|de nghi)\b/,
  new RegExp(`^${documentWords} nay\\b`),
  /^trong qua trinh (?:trien khai |to chuc )?thuc hien\b/,
  /^qua trinh (?:trien khai |to chuc )?thuc hien\b/,
  /^(?:ban thuong vu|thuong truc|ban bi thu|bo chinh tri|uy ban nhan dan|ubnd|chu tich|thu tuong)[^.;]{0,60}\b(?:giao|yeu cau|de nghi|tin tuong|chi dao)\b/,
  new RegExp(`\\b(?:thuc hien|trien khai|thi hanh|quan triet)[^.;]{0,40}\\b${documentWords} nay\\b`),
  /\btin tuong\b/
]

function isClosing(folded: string): boolean {
  const text = folded.replace(/^[^a-z0-9]+/, '')
  return closingCues.some((cue) => cue.test(text))
}

function linesText(context: Context, lines: Lines): string {
  return lines.runs
    .flat()
    .map((token) => context.source.text.slice(token.startOffset, endOf(token)))
    .join(' ')
    .replace(/[*_#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

// ------------------------------------------------------------------ nest

interface OpenItem {
  node: Item
  key: string
}

/** Build nodes and nest them: items by their labels, bullets by their marks. */
function nest(context: Context, raws: Raw[], inBody: boolean): BodyContent[] {
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
      const mark = splitLeading(context.source, paragraph.children, /^\s*(?:[-–—+•∙·●○▪◦►]|\*(?=\s))\s*/u, 'bullet') ?? '-'
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
    const words = plainText(paragraph.children)
    const parsed = parseLabel(words.replace(/^#+\s*/, ''))
    const label = parsed ?? {label: '?', numbering: 'arabic' as const, key: 'arabic'}
    splitLeading(context.source, paragraph.children, labelPattern, 'label')
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
  const label = parseLabel(context.source.text.slice(first.startOffset, endOf(first)).replace(/^[\s#*_]+/, ''))
  if (!label || !(label.key in firstLabels)) return false
  return label.label !== firstLabels[label.key] && !items.some((open) => open.key === label.key)
}

/** A paragraph over its runs of lines, with page-break leaves between runs. */
function paragraphOf(context: Context, lines: Lines): Paragraph {
  const children: PhrasingContent[] = []
  lines.runs.forEach((run, index) => {
    if (index > 0) {
      const previous = lines.runs[index - 1] as IToken[]
      const between = lines.gaps.filter(
        (token) => token.startOffset >= endOf(previous[previous.length - 1] as IToken) && token.startOffset < (run[0] as IToken).startOffset
      )
      for (const token of between) append(children, (separatorLeaves(context, token) as unknown as PhrasingContent[]))
    }

    const first = run[0] as IToken
    const last = run[run.length - 1] as IToken
    append(children, phrasing(context.source, first.startOffset, endOf(last)))
  })
  splitLeading(context.source, children, /^\s*#{1,6}(?=\s)/u, 'heading')
  return {type: 'paragraph', children, position: positionOf(children)}
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

// ----------------------------------------------------------------- tables

/** A table, or (for a lone `|` and a cell or two) just its markers and paragraphs. */
function tableNodes(context: Context, kind: 'table' | 'pipeTable', tokens: IToken[]): FlowContent[] {
  const rows = kind === 'table' ? markdownRows(context, tokens) : flattenedRows(context, tokens)
  const cells = rows.reduce((sum, row) => sum + row.children.filter((child) => child.type === 'tableCell').length, 0)
  if (cells < 2) {
    // Not a table: pipes are markers, cell text is prose.
    const out: FlowContent[] = []
    for (const row of rows) {
      for (const child of row.children) {
        if (child.type === 'marker' || child.type === 'pageBreak') out.push(child)
        else out.push({type: 'paragraph', children: child.children, position: child.position})
      }
    }

    return out
  }

  const table: Table = {type: 'table', form: kind === 'table' ? 'markdown' : 'flattened', children: rows, position: positionOf(rows)}
  return [table]
}

function markdownRows(context: Context, tokens: IToken[]): TableRow[] {
  const {source} = context
  return tokens.map((token) => {
    const children: TableRowContent[] = []
    const start = token.startOffset
    const text = source.text.slice(start, endOf(token))
    const delimiter = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(text)
    let cellStart = -1
    for (let index = 0; index <= text.length; index++) {
      const char = text[index]
      if (char === '|' || index === text.length) {
        if (cellStart !== -1) {
          const cell = cellOf(context, start + cellStart, start + index, delimiter)
          if (cell) children.push(cell)
          // `| Sở Y tế | | Quý III/2025 |`: a cell left empty between two pipes keeps its column.
          else if (char === '|' && !delimiter) children.push({type: 'tableCell', children: [], position: source.position(start + cellStart, start + cellStart)})
        }

        if (char === '|') children.push(markerLeaf(source, start + index, start + index + 1, 'pipe'))
        cellStart = index + 1
      }
    }

    const row: TableRow = {type: 'tableRow', children, position: positionOf(children)}
    return row
  })
}

function cellOf(context: Context, start: number, end: number, delimiter: boolean): TableCell | Marker | undefined {
  const {source} = context
  let from = start
  let to = end
  while (from < to && /\s/.test(source.text[from] ?? '')) from++
  while (to > from && /\s/.test(source.text[to - 1] ?? '')) to--
  if (from === to) return undefined
  if (delimiter) return markerLeaf(source, from, to, 'rule')
  const children = phrasing(source, from, to)
  return {type: 'tableCell', children, position: positionOf(children)}
}

/** What a page turn leaves inside a flattened table: running head, page number, signature stamp. */
const pageTurnKinds = new Set(['PageBreak', 'SealMark'])

/**
 * Cells one per line between `|` lines; two `|` in a row end a row. A page
 * turn inside the table stays where it falls: inside the cell it cut (the
 * cell reads on across it) or in the row between two cells.
 */
function flattenedRows(context: Context, tokens: IToken[]): TableRow[] {
  const rows: TableRow[] = []
  let row: TableRowContent[] = []
  let cell: Lines = {kind: 'lines', role: 'paragraph', runs: [], gaps: []}
  let pending: IToken[] = []
  let previousWasPipe = false
  const closeCell = (): void => {
    const runs = cell.runs.filter((run) => run.length > 0)
    if (runs.length === 0) return
    const lastRun = runs[runs.length - 1] as IToken[]
    const end = endOf(lastRun[lastRun.length - 1] as IToken)
    // Page leaves after the cell's last line belong to the row, after the cell.
    const trailing = cell.gaps.filter((token) => token.startOffset >= end)
    const first = runs[0]?.[0] as IToken
    const built = runs.length === 1 ? cellOf(context, first.startOffset, end, false) : cellOverPages(context, {...cell, runs, gaps: cell.gaps.filter((token) => token.startOffset < end)})
    if (built) row.push(built)
    pending.push(...trailing)
    cell = {kind: 'lines', role: 'paragraph', runs: [], gaps: []}
  }

  const flushPending = (): void => {
    for (const token of pending) append(row, separatorLeaves(context, token) as TableRowContent[])
    pending = []
  }

  const closeRow = (): void => {
    if (row.length > 0) rows.push({type: 'tableRow', children: row, position: positionOf(row)})
    row = []
  }

  const significant = tokens.filter((token) => kindOf(token) !== 'Blank')
  for (const [index, token] of significant.entries()) {
    const kind = kindOf(token)
    if (isPageTurn(significant, index)) {
      // Inside a cell: kept for the cell, which goes on after the page; between cells: a leaf of the row.
      if (cell.runs.length > 0) {
        cell.gaps.push(token)
        cell.runs.push([])
      } else pending.push(token)
      continue
    }

    if (kind === 'Pipe') {
      const endsRow = cell.runs.length === 0 && previousWasPipe && row.some((child) => child.type === 'tableCell')
      closeCell()
      flushPending()
      if (endsRow) closeRow()
      append(row, (separatorLeaves(context, token) as Marker[]))
      previousWasPipe = true
      continue
    }

    flushPending()
    if (cell.runs.length === 0) cell.runs.push([])
    cell.runs[cell.runs.length - 1]!.push(token)
    previousWasPipe = false
  }

  closeCell()
  flushPending()
  closeRow()
  return rows
}

/** A running head or stamp, or the page's number next to one (a number alone between two `|` is a cell: `|` `1` `CÔNG BÁO…`). */
function isPageTurn(tokens: readonly IToken[], index: number): boolean {
  const kind = kindOf(tokens[index] as IToken)
  if (kind !== 'PageNumber') return pageTurnKinds.has(kind)
  const [before, after] = [tokens[index - 1], tokens[index + 1]].map((token) => (token ? kindOf(token) : ''))
  return pageTurnKinds.has(before ?? '') || (pageTurnKinds.has(after ?? '') && before !== 'Pipe')
}

/** A cell cut by a page turn: its runs of lines with the page's leaves between them. */
function cellOverPages(context: Context, cell: Lines): TableCell | undefined {
  const paragraph = paragraphOf(context, cell)
  if (paragraph.children.length === 0) return undefined
  return {type: 'tableCell', children: paragraph.children, position: paragraph.position}
}

// -------------------------------------------------------------- positions

/** Item and bullet positions cover everything nested under them. */
function fixPositions(nodes: readonly BodyContent[]): void {
  for (const node of nodes) {
    if (node.type === 'item' || node.type === 'bullet' || node.type === 'closing') {
      fixPositions(node.children)
      node.position = positionOf(node.children)
    }
  }
}
