/**
 * Back matter: the distribution list (`Nơi nhận`) and the signature block.
 */
import type {IToken} from 'chevrotain'
import {lineSpans} from '../../grammar/spans.js'
import {officeCase, personCase} from '../text/casing.js'
import {latinize, modernizeTones} from '../text/fold.js'
import {endOf, kindOf} from './cst.js'
import {positionOf} from './header.js'
import {asMarkers, separatorLeaves, type Context} from './leaves.js'
import {phrasing, plainText, splitLeading, splitSpan, splitTrailing} from './phrasing.js'
import type {Distribution, DistributionContent, Purpose, Recipient, Signature, SignatureContent, SignatureLine} from './types.js'
import {append} from '../append.js'

const separatorKinds = new Set(['Blank', 'Pipe', 'Rule', 'Star', 'Decoration', 'PageBreak', 'PageNumber', 'SealMark', 'LoneDash'])

// ------------------------------------------------------------ distribution

/** `Nơi nhận:` and its recipients. */
export function buildDistribution(context: Context, tokens: IToken[]): Distribution {
  const {source} = context
  const opener = tokens[0] as IToken
  // `Nơi nhận:` as the lexer found it.
  const prefixEnd = lineSpans(opener).keyword?.end ?? endOf(opener)
  const children: DistributionContent[] = asMarkers(context, phrasing(source, opener.startOffset, prefixEnd), 'prefix')

  // Each entry: its runs of lines (an entry left open goes on after a blank line: `- Thủ tướng … (để` / `b/c);`).
  const lines: Array<Array<{start: number; end: number}>> = []
  let current: Array<{start: number; end: number}> | undefined
  let blankSince = false
  if (source.text.slice(prefixEnd, endOf(opener)).trim() !== '') {
    current = [{start: prefixEnd, end: endOf(opener)}]
    lines.push(current)
  }

  const markers: Array<{at: number; nodes: DistributionContent[]}> = []
  for (const token of tokens.slice(1)) {
    const kind = kindOf(token)
    if (separatorKinds.has(kind)) {
      if (kind === 'Blank') blankSince = true
      else current = undefined
      markers.push({at: token.startOffset, nodes: separatorLeaves(context, token) as DistributionContent[]})
      continue
    }

    const line = source.text.slice(token.startOffset, endOf(token))
    const sofar = current ? source.text.slice(current[0]!.start, current.at(-1)!.end) : ''
    const startsEntry =
      kind === 'Bullet' ||
      kind === 'Archive' ||
      !current ||
      (blankSince && !(/,\s*[*_]*\s*$/.test(sofar) || (!/[;.]\s*[*_]*\s*$/.test(sofar) && /^[\s*_]*\p{Ll}/u.test(line)))) ||
      (/[;.]\s*[*_]*\s*$/.test(sofar) && /^[\s*_]*\p{Lu}/u.test(line))
    if (startsEntry) {
      current = [{start: token.startOffset, end: endOf(token)}]
      lines.push(current)
    } else if (blankSince) current!.push({start: token.startOffset, end: endOf(token)})
    else current!.at(-1)!.end = endOf(token)
    blankSince = false
  }

  const recipients = lines.map((runs) => recipient(context, runs))
  applyBraces(recipients)
  const groups = [...recipients.map((node) => ({at: node.position!.start.offset ?? 0, nodes: [node] as DistributionContent[]})), ...markers]
  for (const group of groups.sort((a, b) => a.at - b.at)) append(children, group.nodes)
  return {type: 'distribution', children, position: positionOf(children)}
}

// In parentheses, `để` and `báo cáo` with their tone marks lost or misread by OCR too (`(dể b/c)`, `(đê b/c)`).
const reportPurpose = /\(\s*(?:[đd][eéèẻẽẹêếềểễệ]\s+)?(?:b\s*\/\s*c(?:áo)?|b[aáàảãạ]o\s+c[aáàảãạ]o|bc)\s*\)|(?:\}\s*)?(?<![\p{L}])để\s+(?:b\s*\/\s*c(?:áo)?|báo\s+cáo)\b/iu
const doPurpose = /\(\s*(?:để\s+)?(?:thực\s+hiện|t\s*\/\s*h)\s*\)|(?:\}\s*)?(?<![\p{L}])để\s+thực\s+hiện\b/iu
const archive = /^\s*Lưu\s*:?\s*/iu

/** Braces (`} để báo cáo`) whose purpose applies to the lines above, filled in later. */
const braced = new WeakSet<Recipient>()

function recipient(context: Context, runs: ReadonlyArray<{start: number; end: number}>): Recipient {
  const {source} = context
  const parts = runs.map((run) => phrasing(source, run.start, run.end))
  splitLeading(source, parts[0]!, /^\s*[-–—+•]\s*/u, 'bullet')
  splitTrailing(source, parts.at(-1)!, /[,;.]+\s*$/u, 'punctuation')
  const children = parts.flat()
  // (Runs apart by a blank line read with a space between them.)
  let value = modernizeTones(parts.map((part) => plainText(part)).join(' '))
  let purpose: Purpose | null = null

  if (archive.test(value)) {
    purpose = 'lưu'
    value = value.replace(archive, '')
  } else if (reportPurpose.test(value)) {
    purpose = 'báo cáo'
  } else if (doPurpose.test(value)) {
    purpose = 'thực hiện'
  }

  const hasBrace = /\}/.test(value)
  value = value
    .replace(reportPurpose, ' ')
    .replace(doPurpose, ' ')
    .replace(/[}]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;.]+$/u, '')
    .trim()
  const node: Recipient = {type: 'recipient', value, purpose, children, position: positionOf(children)}
  if (hasBrace) braced.add(node)
  return node
}

/** A brace's purpose covers the lines above it, back to the last line with a purpose of its own. */
function applyBraces(recipients: Recipient[]): void {
  recipients.forEach((node, index) => {
    if (!braced.has(node) || node.purpose === null) return
    for (let back = index - 1; back >= 0; back--) {
      const above = recipients[back] as Recipient
      if (above.purpose !== null || braced.has(above)) break
      above.purpose = node.purpose
    }
  })
}

// --------------------------------------------------------------- signature

/** Slash form of a signing mark: `TM.` → `T/M`. */
function slashForm(mark: string): string {
  const letters = mark.replace(/[\s./]/g, '').toUpperCase()
  if (letters === 'Q') return 'Q.'
  if (letters === 'TUQ') return 'T/UQ'
  return `${letters[0]}/${letters.slice(1)}`
}

/** The signature block: marks, offices, seal marks, the signer's name. */
export function buildSignature(context: Context, tokens: IToken[]): Signature {
  const {source} = context
  const children: SignatureContent[] = []
  const marks: string[] = []
  let onBehalfOf: string[] = []
  const upperAfterMark: IToken[][] = []
  let name: string | null = null
  const authorityLines: Array<{token: IToken; rest: string; continuation: IToken[]}> = []

  // First pass: sort the lines.
  const significant = tokens.filter((token) => !separatorKinds.has(kindOf(token)) && kindOf(token) !== 'SealMark')
  let lastAuthority = -1
  significant.forEach((token, index) => {
    if (kindOf(token) === 'Authority') lastAuthority = index
  })

  let titleToken: IToken | undefined
  const afterLast = significant.slice(lastAuthority + 1).filter((token) => kindOf(token) !== 'Text')
  if (afterLast.length > 0) titleToken = afterLast[afterLast.length - 1]
  void upperAfterMark

  for (const token of tokens) {
    const kind = kindOf(token)
    if (separatorKinds.has(kind) || kind === 'SealMark') {
      append(children, (separatorLeaves(context, token) as SignatureContent[]))
      continue
    }

    const nodes = phrasing(source, token.startOffset, endOf(token))
    if (kind === 'Authority') {
      // The signing mark (`TM.`, `K/T`) as the lexer found it.
      const keyword = lineSpans(token).keyword
      const mark = keyword ? slashForm(latinize(source.text.slice(keyword.start, keyword.end))) : ''
      if (mark) marks.push(mark)
      if (keyword) splitSpan(source, nodes, keyword, 'prefix')
      const line = {token, rest: plainText(nodes), continuation: [] as IToken[]}
      authorityLines.push(line)
      children.push(signatureLine('authority', mark ? `${mark} ${officeCase(line.rest)}` : officeCase(line.rest), nodes))
      continue
    }

    if (kind === 'Text' && token !== titleToken) {
      splitLeading(source, nodes, /^[\s★☆✱✶*]+/u, 'seal')
      splitTrailing(source, nodes, /\(\s*(?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)\s*\)\s*$/u, 'seal')
      name = personCase(plainText(nodes))
      children.push(signatureLine('name', name, nodes))
      continue
    }

    if (token === titleToken) {
      children.push(signatureLine('office', officeCase(plainText(nodes)), nodes))
      continue
    }

    // A line between a mark and the title continues the mark's line.
    const last = authorityLines[authorityLines.length - 1]
    if (last) {
      last.continuation.push(token)
      last.rest = `${last.rest} ${plainText(nodes)}`
      const previous = children.findLast((child): child is SignatureLine => child.type === 'signatureLine' && child.role === 'authority')
      if (previous) {
        append(previous.children, nodes)
        previous.value = `${previous.value.split(' ')[0]} ${officeCase(last.rest)}`
        previous.position = positionOf(previous.children)
      }
    } else children.push(signatureLine('office', officeCase(plainText(nodes)), nodes))
  }

  onBehalfOf = authorityLines.length > 0 ? [authorityLines[0]!.rest] : []
  const office = titleToken ? officeCase(plainText(phrasing(source, titleToken.startOffset, endOf(titleToken)))) : null
  return {
    type: 'signature',
    authority: marks.length > 0 ? marks.join(' ') : null,
    onBehalfOf: onBehalfOf.length > 0 && onBehalfOf[0] !== '' ? officeCase(onBehalfOf.join(' ')) : null,
    title: office,
    name,
    children,
    position: positionOf(children)
  }
}

function signatureLine(role: SignatureLine['role'], value: string, children: SignatureLine['children']): SignatureLine {
  return {type: 'signatureLine', role, value, children, position: positionOf(children)}
}
