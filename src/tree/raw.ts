/**
 * Raw blocks: the body's CST blocks as lines of prose, tables and single
 * tokens, before they are regrouped (joins, running heads, column tables) and
 * nested into the tree.
 */
import type {CstNode, IToken} from 'chevrotain'
import {isToken, ordered, tokensOf} from './cst.js'
import type {Table} from './types.js'

/** Lines of prose: a paragraph, or an item's or bullet's first paragraph. */
export interface Lines {
  kind: 'lines'
  role: 'item' | 'bullet' | 'paragraph'
  /** Runs of consecutive lines; a page break lies between two runs. */
  runs: IToken[][]
  /** The page-break lines between runs (page numbers, `--- PAGE BREAK ---`). */
  gaps: IToken[]
}

export type Raw =
  | Lines
  | {kind: 'table' | 'pipeTable'; tokens: IToken[]}
  | {kind: 'token'; token: IToken}
  | {kind: 'running'; token: IToken}
  | {kind: 'columns'; table: Table}

/** A block CST node as a raw block. */
export function toRaw(block: CstNode): Raw {
  const child = ordered(block)[0]
  if (!child) return {kind: 'token', token: tokensOf(block)[0] as IToken}
  if (isToken(child)) return {kind: 'token', token: child}
  const tokens = tokensOf(child)
  if (child.name === 'table') return {kind: 'table', tokens}
  if (child.name === 'pipeTable') return {kind: 'pipeTable', tokens}
  return {kind: 'lines', role: child.name as Lines['role'], runs: [tokens], gaps: []}
}

/** The lines of a raw block, in source order. */
export function rawTokens(raw: Raw): IToken[] {
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

/** The part of a raw block before a line. */
export function before(raw: Lines, token: IToken): Lines {
  const runs = raw.runs.map((run) => run.filter((each) => each.startOffset < token.startOffset)).filter((run) => run.length > 0)
  return {...raw, runs, gaps: raw.gaps.filter((each) => each.startOffset < token.startOffset)}
}
