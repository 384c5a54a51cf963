/**
 * Leaves for lines that carry no words (pipes, rules, stray marks) and the
 * shared pieces every builder uses: a context, and inline content for a run
 * of tokens.
 */
import type {IToken} from 'chevrotain'
import {endOf, kindOf} from './cst.js'
import {markerLeaf, phrasing, spanOf} from './phrasing.js'
import type {Reporter} from './report.js'
import type {Source} from './source.js'
import type {Marker, MarkerRole, PageBreak, PhrasingContent, Unknown} from './types.js'
import {append} from '../append.js'

/** What every builder needs. */
export interface Context {
  source: Source
  report: Reporter
}

/** Inline content of the tokens `[first, last]` (one span, so markers pair across lines). */
export function inlineOf(context: Context, tokens: readonly IToken[]): PhrasingContent[] {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last) return []
  return phrasing(context.source, first.startOffset, endOf(last))
}

/** Markers for a line without words: `|`, `-----`, `*`, `** **`. */
export function separatorLeaves(context: Context, token: IToken): Array<Marker | PageBreak> {
  const {source} = context
  const kind = kindOf(token)
  if (kind === 'Blank') return []
  if (kind === 'PageBreak' || kind === 'PageNumber') {
    const start = token.startOffset
    const end = trimmedEnd(source.text, start, endOf(token))
    const node: PageBreak = {type: 'pageBreak', value: source.text.slice(start, end), position: source.position(start, end)}
    if (kind === 'PageNumber') context.report.info(`Number \`${node.value.trim()}\` alone on its line: read as a page number (a page break), not words`, node.position, 'page-number')
    return [node]
  }

  const role: MarkerRole =
    kind === 'Pipe' || kind === 'TableRow' ? 'pipe' : kind === 'Rule' ? 'rule' : kind === 'Star' ? 'star' : kind === 'LoneDash' ? 'bullet' : kind === 'SealMark' ? 'seal' : kind === 'EndMark' ? 'end' : 'decoration'
  return runs(source.text, token.startOffset, endOf(token)).map(([from, to]) => markerLeaf(source, from, to, role))
}

/** An unknown leaf over a token, with a message. */
export function unknownLeaf(context: Context, token: IToken, reason: string, ruleId: 'unknown-line' | 'running-header' = 'unknown-line'): Unknown {
  const {source} = context
  const start = token.startOffset
  const end = trimmedEnd(source.text, start, endOf(token))
  const value = source.text.slice(start, end)
  const node: Unknown = {type: 'unknown', value, reason, position: source.position(start, end)}
  context.report.warn(`${reason}: \`${value.length > 60 ? value.slice(0, 57) + '…' : value}\``, node.position, ruleId)
  return node
}

/** Turn inline nodes into markers of one role (for prefixes such as `Kính gửi:`). */
export function asMarkers(context: Context, nodes: readonly PhrasingContent[], role: MarkerRole): Marker[] {
  const out: Marker[] = []
  for (const node of nodes) {
    if (node.type === 'marker') out.push(node)
    else if (node.type === 'text') {
      const span = spanOf(node)
      if (!span) continue
      for (const [from, to] of runs(context.source.text, span.start, span.end)) out.push(markerLeaf(context.source, from, to, role))
    } else if (node.type !== 'pageBreak') append(out, asMarkers(context, node.children, role))
  }

  return out
}

/** Runs of non-white-space characters in `[start, end)`. */
function runs(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let index = start
  while (index < end) {
    while (index < end && /\s/.test(text[index] ?? '')) index++
    const from = index
    while (index < end && !/\s/.test(text[index] ?? '')) index++
    if (index > from) out.push([from, index])
  }

  return out
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return end
}
