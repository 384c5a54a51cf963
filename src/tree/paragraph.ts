/**
 * A paragraph over raw lines: its runs of lines, with the leaves of what
 * lies between them (a page turn that cut it) in place.
 */
import type {IToken} from 'chevrotain'
import {lineSpans, type LineSpans} from '../../grammar/spans.js'
import {append} from '../append.js'
import {endOf} from './cst.js'
import {positionOf} from './header.js'
import {separatorLeaves, type Context} from './leaves.js'
import {phrasing, splitSpan} from './phrasing.js'
import type {Lines} from './raw.js'
import type {Paragraph, PhrasingContent} from './types.js'

/** The spans the lexer matched on the first line of some lines. */
export function firstSpans(lines: Lines): LineSpans {
  const first = lines.runs[0]?.[0]
  return first ? lineSpans(first) : {}
}

/** A paragraph over its runs of lines, with page-break leaves between runs. */
export function paragraphOf(context: Context, lines: Lines): Paragraph {
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
  const heading = firstSpans(lines).heading
  if (heading) splitSpan(context.source, children, heading, 'heading')
  return {type: 'paragraph', children, position: positionOf(children)}
}
