/**
 * Reading the concrete syntax tree: children in source order, token spans.
 */
import type {CstElement, CstNode, IToken} from 'chevrotain'

/** Children of a CST node (tokens and rules) in source order. */
export function ordered(node: CstNode): CstElement[] {
  const children: Array<[number, CstElement]> = []
  for (const list of Object.values(node.children)) for (const child of list) children.push([startOf(child), child])
  return children.sort((a, b) => a[0] - b[0]).map((entry) => entry[1])
}

/** Whether a CST element is a token. */
export function isToken(element: CstElement): element is IToken {
  return 'image' in element
}

/** Tokens under a CST element, in source order. */
export function tokensOf(element: CstElement): IToken[] {
  if (isToken(element)) return [element]
  return ordered(element).flatMap((child) => tokensOf(child))
}

/** Start offset of a CST element (tokens carry offsets into the normalised text). */
export function startOf(element: CstElement): number {
  if (isToken(element)) return element.startOffset
  // The parser tracks node locations; a node without one (after recovery) is measured.
  const located = element.location?.startOffset
  if (located !== undefined && !Number.isNaN(located)) return located
  let start = Number.POSITIVE_INFINITY
  for (const list of Object.values(element.children)) {
    for (const child of list) start = Math.min(start, startOf(child))
  }

  return start
}

/** End offset (exclusive) of a token. */
export function endOf(token: IToken): number {
  return token.startOffset + token.image.length
}

/** Name of a token's type. */
export function kindOf(token: IToken): string {
  return token.tokenType.name
}

/** Every token under a CST element, in no particular order (cheaper than `tokensOf`). */
export function collectTokens(element: CstElement, into: IToken[] = []): IToken[] {
  if (isToken(element)) into.push(element)
  else for (const list of Object.values(element.children)) for (const child of list) collectTokens(child, into)
  return into
}
