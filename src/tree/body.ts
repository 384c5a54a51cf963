/**
 * The body (and an annex): its CST blocks read as raw blocks, regrouped
 * (column tables, running heads, page-break and wrap joins), the closing
 * found, and the rest nested into items, bullets, paragraphs and tables.
 */
import type {CstNode} from 'chevrotain'
import {findClosing} from './closing.js'
import {isToken, ordered} from './cst.js'
import {positionOf} from './header.js'
import {joinClosedParentheses, joinPageBreaks, splitHardWrapped} from './joins.js'
import type {Context} from './leaves.js'
import {nest} from './nest.js'
import {toRaw, type Raw} from './raw.js'
import {markRunningHeaders} from './running.js'
import {columnTables} from './tables.js'
import type {Body, BodyContent, Closing, FlowContent} from './types.js'

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
