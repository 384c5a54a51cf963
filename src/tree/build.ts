/**
 * CST → tree: the root and its parts, what is absent, and a last check that
 * every token of the text made it into the tree.
 */
import type {CstNode, ILexingError, IRecognitionException, IToken} from 'chevrotain'
import {buildDistribution, buildSignature} from './back.js'
import {buildBlocks, buildBody} from './body.js'
import {collectTokens, isToken, kindOf, ordered, tokensOf} from './cst.js'
import {buildFront, positionOf} from './header.js'
import {separatorLeaves, unknownLeaf, type Context} from './leaves.js'
import {reportSeveralDirectives} from './several.js'
import type {Appendix, FlowContent, Node, Part, Root, RootContent} from './types.js'
import {append} from '../append.js'

/** Build the tree of a document from its CST. */
export function buildTree(
  context: Context,
  cst: CstNode,
  tokens: IToken[],
  problems: {lexing: ILexingError[]; parsing: IRecognitionException[]}
): Root {
  const children: RootContent[] = []
  let appendixBlocks: CstNode[] = []
  const flushAppendix = (): void => {
    if (appendixBlocks.length === 0) return
    const content = buildBlocks(context, appendixBlocks, {closing: false}) as FlowContent[]
    appendixBlocks = []
    if (content.length === 0) return
    if (!content.some((node) => node.type === 'paragraph' || node.type === 'item' || node.type === 'bullet' || node.type === 'table')) {
      append(children, (content as RootContent[]))
      return
    }

    const appendix: Appendix = {type: 'appendix', children: content, position: positionOf(content)}
    children.push(appendix)
  }

  for (const part of ordered(cst)) {
    if (isToken(part)) continue
    switch (part.name) {
      case 'front':
        append(children, buildFront(context, part))
        break
      case 'body': {
        const body = buildBody(context, part)
        if (body) children.push(body)
        break
      }

      case 'back': {
        const inner = ordered(part)[0]
        if (!inner || isToken(inner)) break
        if (inner.name === 'block') {
          appendixBlocks.push(inner)
          break
        }

        flushAppendix()
        if (inner.name === 'distribution') children.push(buildDistribution(context, tokensOf(inner)))
        else children.push(buildSignature(context, tokensOf(inner)))
        break
      }

      default:
        flushAppendix()
        for (const token of tokensOf(part)) {
          append(children, strayNodes(context, token))
        }
    }
  }

  flushAppendix()
  recover(context, children, cst, tokens, problems)
  const pruned = prune(children) as RootContent[]
  reportSeveralDirectives(context, tokens, pruned)
  return finish(context, pruned)
}

function strayNodes(context: Context, token: IToken): RootContent[] {
  const kind = kindOf(token)
  if (kind === 'Blank') return []
  if (kind === 'Pipe' || kind === 'Rule' || kind === 'Decoration' || kind === 'Star' || kind === 'PageBreak' || kind === 'PageNumber') {
    return separatorLeaves(context, token) as RootContent[]
  }

  return [unknownLeaf(context, token, 'Line after the end of the directive not placed')]
}

/**
 * Tokens the parser skipped while recovering from an error, and characters the
 * lexer could not read, become unknown leaves: nothing is dropped.
 */
function recover(
  context: Context,
  children: RootContent[],
  cst: CstNode,
  tokens: IToken[],
  problems: {lexing: ILexingError[]; parsing: IRecognitionException[]}
): void {
  const seen = new Set(collectTokens(cst).map((token) => token.startOffset))
  const lost: RootContent[] = []
  for (const token of tokens) {
    if (seen.has(token.startOffset) || kindOf(token) === 'Blank') continue
    lost.push(unknownLeaf(context, token, 'Line the grammar could not place'))
  }

  for (const error of problems.lexing) {
    const token = {startOffset: error.offset, image: context.source.text.slice(error.offset, error.offset + error.length)} as IToken
    if (token.image.trim() === '') continue
    lost.push(unknownLeaf(context, token, 'Characters the lexer could not read'))
  }

  if (lost.length === 0) return
  append(children, lost)
  children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
}

/** Drop parents left without children (they hold no text); every node kept has a position. */
function prune(nodes: Node[]): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if ('children' in node) {
      const parent = node as Node & {children: Node[]}
      parent.children = prune(parent.children)
      // An empty cell keeps its column's place in a row.
      if ((parent.children.length === 0 && node.type !== 'tableCell') || !parent.position) continue
    } else if (!node.position) continue
    out.push(node)
  }

  return out
}

/** The root, with what is absent and a message for each missing part users expect. */
function finish(context: Context, children: RootContent[]): Root {
  const found = new Set<string>()
  const visit = (node: Node): void => {
    found.add(node.type)
    if (node.type === 'title' && (node as {issuer?: string | null}).issuer) found.add('issuer')
    if (node.type === 'placeDate' && (node as {date?: string | null}).date) found.add('date')
    if ('children' in node && Array.isArray((node as {children: unknown}).children)) {
      for (const child of (node as {children: Node[]}).children) visit(child)
    }
  }

  for (const child of children) visit(child)

  const absent: Part[] = []
  const lack = (part: Part, present: boolean): boolean => {
    if (!present) absent.push(part)
    return !present
  }

  const start = context.source.position(0, 0)
  const hasHeader = found.has('header')
  if (lack('header', hasHeader)) {
    context.report.warn('No header: the issuer, number and date are missing', start, 'missing-header')
  }

  if (lack('issuer', found.has('issuer')) && hasHeader) {
    context.report.warn('No issuer in the header', start, 'missing-issuer')
  }

  if (lack('number', found.has('number')) && hasHeader) {
    context.report.warn('No number and symbol (`Số …`) in the header', start, 'missing-number')
  }

  if (lack('date', found.has('date')) && hasHeader) {
    context.report.warn('No place and date in the header', start, 'missing-date')
  }

  if (lack('title', found.has('title')) && !found.has('addressees') && !found.has('subject')) {
    context.report.info('No title, subject or addressees: the document type is unknown', start, 'missing-title')
  }

  lack('subject', found.has('subject'))
  lack('addressees', found.has('addressees'))
  if (lack('body', found.has('body'))) context.report.warn('No body', start, 'missing-body')
  lack('items', found.has('item'))
  const end = context.source.position(context.source.text.length, context.source.text.length)
  if (lack('distribution', found.has('distribution'))) {
    context.report.info('No distribution list (`Nơi nhận`)', end, 'missing-distribution')
  }

  if (lack('signature', found.has('signature'))) {
    context.report.warn('No signature', end, 'missing-signature')
  }

  const root: Root = {type: 'root', absent, children}
  root.position = context.source.position(0, context.source.text.length)
  return root
}
