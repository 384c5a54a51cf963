/**
 * Front matter: header fields, title, subject and addressees, from the
 * `front` rule of the CST.
 */
import type {CstNode, IToken} from 'chevrotain'
import {namesTitleIssuer} from '../../grammar/gates.js'
import {lineSpans} from '../../grammar/spans.js'
import {isShouting, nameCase, sentenceCase} from '../text/casing.js'
import {findDates} from '../text/dates.js'
import {parseNumber} from '../text/document-number.js'
import {typeOfTitle} from '../text/document-types.js'
import {fold, modernizeTones} from '../text/fold.js'
import {endOf, isToken, kindOf, ordered, tokensOf} from './cst.js'
import {asMarkers, inlineOf, separatorLeaves, unknownLeaf, type Context} from './leaves.js'
import {markerLeaf, phrasing, plainText, splitLeading, splitSpan, splitTrailing} from './phrasing.js'
import type {
  Addressee,
  Addressees,
  AddresseesContent,
  DocumentNumber,
  Header,
  HeaderContent,
  Issuer,
  Marking,
  Motto,
  NationalTitle,
  PlaceDate,
  RootContent,
  Subject,
  Title
} from './types.js'
import {append} from '../append.js'

/** Root children for the front matter, in source order. */
export function buildFront(context: Context, front: CstNode): RootContent[] {
  const out: RootContent[] = []
  let header: HeaderContent[] = []
  let titleSeen = false
  const flush = (): void => {
    if (header.some((node) => node.type !== 'marker' && node.type !== 'pageBreak')) out.push(wrapHeader(header))
    else append(out, (header as RootContent[]))
    header = []
  }

  const children = mergeIssuers(ordered(front))
  // Issuer lines interleaved with the right-hand column (the national title
  // beside each line) are one issuer block read in order.
  let issuerLines: IToken[] = []
  for (const child of children) {
    if (Array.isArray(child)) {
      issuerLines = titleSeen ? child : [...issuerLines, ...child]
      header.push(buildIssuer(context, child, issuerLines))
      continue
    }

    if (!isToken(child) && child.name !== 'headerField') issuerLines = []

    if (isToken(child)) {
      const kind = kindOf(child)
      if (isSeparator(kind) || kind === 'PageNumber' || kind === 'SealMark') append(header, separatorLeaves(context, child))
      else if (!asideOfIssuer(context, header, child)) header.push(unknownLeaf(context, child, 'Line in the header not recognised'))
      continue
    }

    switch (child.name) {
      case 'headerField': {
        header.push(buildField(context, tokensOf(child)[0] as IToken))
        break
      }

      case 'headerStray': {
        const token = tokensOf(child)[0] as IToken
        if (kindOf(token) === 'PageNumber') append(header, separatorLeaves(context, token))
        else if (kindOf(token) === 'SealMark') append(header, separatorLeaves(context, token))
        else if (!asideOfIssuer(context, header, token)) header.push(unknownLeaf(context, token, 'Line in the header not recognised'))
        break
      }

      case 'title': {
        flush()
        append(out, buildTitle(context, tokensOf(child)))
        titleSeen = true
        break
      }

      case 'headingSubject':
      case 'subject': {
        const subject = buildSubject(context, tokensOf(child), !titleSeen)
        if (titleSeen) {
          flush()
          out.push(subject)
        } else header.push(subject)
        break
      }

      case 'addressees': {
        flush()
        out.push(buildAddressees(context, tokensOf(child)))
        break
      }

      default:
        for (const token of tokensOf(child)) header.push(unknownLeaf(context, token, 'Line in the header not recognised'))
    }
  }

  flush()
  return out
}

/**
 * An aside in parentheses under the issuer (`(Cơ quan thường trực Ban Chỉ
 * đạo)`, a Word export's second line of the cell): kept in the issuer as a
 * marker, not part of its name. False when the line is not one.
 */
function asideOfIssuer(context: Context, header: HeaderContent[], token: IToken): boolean {
  const issuer = header.findLast((node) => node.type !== 'marker' && node.type !== 'pageBreak')
  if (issuer?.type !== 'issuer') return false
  const {source} = context
  let start = token.startOffset
  let end = endOf(token)
  while (start < end && /\s/.test(source.text[start] ?? '')) start++
  while (end > start && /\s/.test(source.text[end - 1] ?? '')) end--
  const text = source.text.slice(start, end).replace(/^[*_]+|[*_]+$/g, '')
  if (!/^\([^()]{1,200}\)$/.test(text)) return false
  const aside = markerLeaf(source, start, end, 'aside')
  issuer.children.push(aside)
  issuer.position = positionOf(issuer.children)
  context.report.info(`Aside under the issuer kept, not part of its name: \`${text}\``, aside.position, 'issuer-aside')
  return true
}

function isSeparator(kind: string): boolean {
  return kind === 'Blank' || kind === 'Pipe' || kind === 'Rule' || kind === 'Star' || kind === 'Decoration' || kind === 'PageBreak'
}

function wrapHeader(children: HeaderContent[]): Header {
  return {type: 'header', children, position: positionOf(children)}
}

/** Issuer lines separated only by blank or decoration lines are one issuer. */
function mergeIssuers(children: ReturnType<typeof ordered>): Array<ReturnType<typeof ordered>[number] | IToken[]> {
  const out: Array<ReturnType<typeof ordered>[number] | IToken[]> = []
  let pending: IToken[] | undefined
  let held: IToken[] = []
  for (const child of children) {
    if (!isToken(child) && child.name === 'issuer') {
      const tokens = tokensOf(child)
      if (pending) append(append(pending, held), tokens)
      else {
        pending = tokens
        out.push(pending)
      }

      held = []
      continue
    }

    if (pending && isToken(child) && (kindOf(child) === 'Blank' || kindOf(child) === 'Decoration')) {
      held.push(child)
      continue
    }

    if (held.length > 0) append(out, held)
    held = []
    pending = undefined
    out.push(child)
  }

  append(out, held)
  return out
}

// ----------------------------------------------------------------- issuer

/** Words that open the name of a body (a new body, not a wrapped line). */
const heads =
  /^(?:ban|so|bo|van phong|uy ban(?! nhan dan)|dang uy|dang bo|huyen uy|tinh uy|thanh uy|quan uy|thi uy|cuc|chi cuc|tong cuc|vu|vien|truong|hoi|cong an|bo chi huy|thanh tra|doan|lien doan|trung tam|phong|chi bo|tong cong ty|cong ty)\b/

/** A superior written first (`ĐẢNG BỘ TỈNH …`, `BỘ TÀI CHÍNH`, `ỦY BAN NHÂN DÂN TỈNH …`, `TỈNH ỦY …`), as the shadow reads it. */
const parentHead = /^(?:dang bo|bo|uy ban (?:mttq|mat tran|nhan dan)|ubnd|ban chap hanh|tinh uy|thanh uy|huyen uy|quan uy|thi uy)\b/

/**
 * A parent and its body run together on one line by a crawl (`ĐẢNG BỘ TỈNH
 * ĐÔNG THÀNH TỈNH ỦY ĐÔNG THÀNH`, `BỘ TÀI CHÍNH TỔNG CỤC THUẾ`): the two
 * lines they were, cut where a body's head starts after the parent's name.
 */
function splitParent(line: string): string[] {
  const folded = fold(line)
  if (!parentHead.test(folded)) return [line]
  const words = [...folded.matchAll(/\S+/g)]
  for (let index = 3; index < words.length - 1; index++) {
    const at = words[index]!.index
    if (heads.test(folded.slice(at))) return [line.slice(0, at).trim(), line.slice(at).trim()]
  }

  return [line]
}

/** The issuer block: the last body named, and the superior above it (`lines` may include earlier issuer lines). */
function buildIssuer(context: Context, tokens: IToken[], all: IToken[] = tokens): Issuer {
  const children = inlineOf(context, tokens)
  const lines = all
    .filter((token) => kindOf(token) === 'Upper')
    .map((token) => plainText(phrasing(context.source, token.startOffset, endOf(token))))
    .filter((line) => line !== '')

  // Join wrapped lines; start a new body where a line opens one (or where a crawl ran the parent and the body together on one line).
  const bodies: string[] = []
  for (const line of lines.flatMap(splitParent)) {
    const previous = bodies[bodies.length - 1]
    // A one-word line (`THỦ`, `VĂN`) was cut by a wrap, not ended.
    const cut = previous !== undefined && (!/\s/.test(previous.trim()) || /\b(?:nhan|cua|va|ve)$/i.test(fold(previous)))
    const opensBody = heads.test(fold(line)) && previous !== undefined && !cut
    if (previous === undefined || opensBody) bodies.push(line)
    else bodies[bodies.length - 1] = `${previous} ${line}`
  }

  const own = bodies[bodies.length - 1] ?? ''
  const superior = bodies.length > 1 ? bodies.slice(0, -1).join(' ') : null
  const node: Issuer = {
    type: 'issuer',
    value: issuerName(own, superior),
    superior: superior === null ? null : nameCase(superior),
    children,
    position: positionOf(children)
  }
  return node
}

/**
 * A body of a Party committee is named with the committee:
 * `BAN TỔ CHỨC` under `BAN CHẤP HÀNH TRUNG ƯƠNG` is the `Ban Tổ chức Trung
 * ương`; `VĂN PHÒNG` under `TỈNH ỦY …` is the `Văn phòng Tỉnh ủy`; `BAN
 * THƯỜNG TRỰC` under a Front committee is named with the whole committee.
 */
function issuerName(own: string, superior: string | null): string {
  const name = nameCase(own)
  if (!superior) return name
  const folded = fold(superior)
  const dependent = /^(?:ban|van phong|uy ban kiem tra)\b/.test(fold(own)) && !/\b(?:trung uong|tinh uy|thanh uy|huyen uy)\b/.test(fold(own))
  if (!dependent) return name
  if (/ban chap hanh trung uong/.test(folded)) return `${name} Trung ương`
  const committee = /\b(tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy)\b/.exec(folded)
  if (committee) return `${name} ${nameCase(superior).split(' ').slice(0, 2).join(' ')}`
  // `BAN THƯỜNG TRỰC` under `ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH`: the Front's standing board, named with the whole committee.
  if (/\b(?:mat tran to quoc|mttq)\b/.test(folded)) return `${name} ${nameCase(superior)}`
  return name
}

// ------------------------------------------------------------- header fields

function buildField(context: Context, token: IToken): HeaderContent {
  const children = phrasing(context.source, token.startOffset, endOf(token))
  const position = positionOf(children)
  switch (kindOf(token)) {
    case 'PartyHeading':
    case 'NationalTitle': {
      const party = kindOf(token) === 'PartyHeading'
      const node: NationalTitle = {
        type: 'nationalTitle',
        system: party ? 'party' : 'state',
        value: party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        children,
        position
      }
      return node
    }

    case 'Motto': {
      const node: Motto = {type: 'motto', value: 'Độc lập - Tự do - Hạnh phúc', children, position}
      return node
    }

    case 'NumberLine': {
      const keyword = lineSpans(token).keyword
      if (keyword) splitSpan(context.source, children, keyword, 'prefix')
      splitTrailing(context.source, children, /[,;.]+\s*$/, 'punctuation')
      const parts = parseNumber(plainText(children))
      const node: DocumentNumber = {
        type: 'number',
        value: parts.value,
        serial: parts.serial,
        typeCode: parts.typeCode,
        issuerCode: parts.issuerCode,
        system: parts.system,
        children,
        position
      }
      return node
    }

    case 'PlaceDate': {
      const value = plainText(children)
      const comma = /^(.*?),\s*(?:ngày|Ngày|NGÀY)/u.exec(value)
      const found = findDates(value)[0]
      const node: PlaceDate = {
        type: 'placeDate',
        value,
        place: comma ? modernizeTones(comma[1]!.trim()) : null,
        date: found?.iso ?? null,
        children,
        position
      }
      if (!node.date) context.report.warn(`Date \`${value}\` has a blank or impossible part`, position, 'invalid-date')
      return node
    }

    default: {
      const value = plainText(children)
      const node: Marking = {
        type: 'marking',
        values: value
          .split(/\s*[-,;/]\s*/)
          .map((mark) => mark.trim().toUpperCase())
          .filter((mark) => mark !== ''),
        children,
        position
      }
      return node
    }
  }
}

// ---------------------------------------------------------- title, subject

/** The title node, and the subject when the title line carries it. */
function buildTitle(context: Context, tokens: IToken[]): RootContent[] {
  const {source} = context
  const first = tokens[0] as IToken
  // A markdown heading mark (`# THÔNG BÁO`, from OCR to markdown) is not part of the title.
  const line = plainText(phrasing(source, first.startOffset, endOf(first))).replace(/^#{1,6}\s+/, '')
  const named = typeOfTitle(line)
  // Where the type name ends in the source line.
  let split = endOf(first)
  if (named) {
    split = afterWords(source.text, first.startOffset, endOf(first), line.slice(0, named.length).split(' ').length)
    // Keep the closing markers of a bold type name with it.
    const opened = (source.text.slice(first.startOffset, split).match(/\*\*|__/g) ?? []).length % 2 === 1
    const tail = /^\s*(?:\*\*|__)/.exec(source.text.slice(split, endOf(first)))
    if (opened && tail) split += tail[0].length
  }

  const rest = named ? plainText(phrasing(source, split, endOf(first))) : ''
  // The title's byline on its own line, a blank line between (`**KẾT LUẬN**` / `**CỦA BỘ CHÍNH TRỊ**`).
  const bylineLine = tokens.slice(1).find((token) => kindOf(token) !== 'Blank')
  const ownByline = rest === '' && bylineLine !== undefined && namesTitleIssuer(bylineLine) ? plainText(phrasing(source, bylineLine.startOffset, endOf(bylineLine))) : undefined
  const byline = /^(?:của|CỦA)\s+(.+)$/u.exec(ownByline ?? rest)
  const titleEnd = ownByline !== undefined ? endOf(bylineLine as IToken) : byline || rest === '' ? endOf(first) : split
  const children = phrasing(source, first.startOffset, titleEnd)
  const title: Title = {
    type: 'title',
    value: named ? line.slice(0, named.length) : line,
    documentType: named?.type ?? null,
    issuer: byline ? nameCase(byline[1] as string) : null,
    children,
    position: positionOf(children)
  }

  const out: RootContent[] = [title]
  const subjectStart = !byline && rest !== '' ? split : undefined
  const more = ownByline !== undefined ? tokens.slice(tokens.indexOf(bylineLine as IToken) + 1).filter((token) => kindOf(token) !== 'Blank') : tokens.slice(1)
  if (subjectStart !== undefined || more.length > 0) {
    const start = subjectStart ?? (more[0] as IToken).startOffset
    const end = endOf((more[more.length - 1] ?? first) as IToken)
    out.push(subjectNode(context, start, end, true))
  }

  return out
}

/** Offset just after the `count`-th word starting at `start`. */
function afterWords(text: string, start: number, end: number, count: number): number {
  let index = start
  for (let word = 0; word < count && index < end; word++) {
    while (index < end && !/[\p{L}\p{N}]/u.test(text[index] ?? '')) index++
    while (index < end && /[\p{L}\p{N}]/u.test(text[index] ?? '')) index++
  }

  return index
}

/** A subject from its own lines (`V/v …`, `về …`, or capitals under a title). */
function buildSubject(context: Context, tokens: IToken[], _inHeader: boolean): Subject {
  const first = tokens[0] as IToken
  const last = tokens[tokens.length - 1] as IToken
  return subjectNode(context, first.startOffset, endOf(last), true)
}

const subjectPrefix = /^\s*(?:[Vv]\s*\/\s*[Vv]|[Vv]ề\s+việc|VỀ\s+VIỆC|[Vv]ề|VỀ)(?![\p{L}])\s*:?/u

function subjectNode(context: Context, start: number, end: number, capitalFirst: boolean): Subject {
  const {source} = context
  const children = phrasing(source, start, end)
  const prefix = splitLeading(source, children, subjectPrefix, 'prefix')
  // Recase runs of lines written in capitals; keep lines written in mixed case.
  const lines = source.text
    .slice(start, end)
    .split('\n')
    .map((line) => line.replace(/[*_#]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
  const runs: Array<{shouting: boolean; text: string}> = []
  for (const line of lines) {
    const shouting = isShouting(line)
    const last = runs[runs.length - 1]
    if (last && last.shouting === shouting) last.text += ` ${line}`
    else runs.push({shouting, text: line})
  }

  let value = runs.map((run, index) => (run.shouting ? sentenceCase(run.text, index === 0 && capitalFirst) : run.text)).join(' ')
  if (prefix !== undefined) {
    value = value.replace(subjectPrefix, '').trim()
    value = value.charAt(0).toLowerCase() + value.slice(1)
  }

  return {type: 'subject', value: modernizeTones(value), children, position: positionOf(children)}
}

// ------------------------------------------------------------- addressees

/** `Kính gửi:` and its entries. */
function buildAddressees(context: Context, tokens: IToken[]): Addressees {
  const {source} = context
  const opener = tokens[0] as IToken
  // The opener's words as the lexer found them (`Kính gửi:`, `… điện:`).
  const keyword = lineSpans(opener).keyword
  const prefixEnd = keyword?.end ?? endOf(opener)
  const children: AddresseesContent[] = asMarkers(context, phrasing(source, opener.startOffset, prefixEnd), 'prefix')

  const entries: Array<{start: number; end: number}> = []
  let current: {start: number; end: number} | undefined
  if (source.text.slice(prefixEnd, endOf(opener)).trim() !== '') {
    current = {start: prefixEnd, end: endOf(opener)}
    entries.push(current)
  }

  const pending: Array<{at: number; nodes: AddresseesContent[]}> = []
  let previousKind = ''
  for (const token of tokens.slice(1)) {
    const kind = kindOf(token)
    // A page turn: running head, signature stamp, and the page's number after them.
    const pageTurn = kind === 'SealMark' || (kind === 'PageNumber' && (previousKind === 'PageBreak' || previousKind === 'SealMark'))
    if (kind !== 'Blank') previousKind = kind
    if (kind === 'Bullet') {
      current = {start: token.startOffset, end: endOf(token)}
      entries.push(current)
    } else if (isSeparator(kind) || kind === 'LoneDash' || pageTurn) {
      current = undefined
      pending.push({at: token.startOffset, nodes: separatorLeaves(context, token) as AddresseesContent[]})
    } else if (current && !/[.]\s*[*_]*$/.test(source.text.slice(current.start, current.end))) {
      current.end = endOf(token)
    } else {
      current = {start: token.startOffset, end: endOf(token)}
      entries.push(current)
    }
  }

  const built: Array<{at: number; nodes: AddresseesContent[]}> = entries.map((entry) => ({
    at: entry.start,
    nodes: [addressee(context, entry.start, entry.end)]
  }))
  for (const group of [...built, ...pending].sort((a, b) => a.at - b.at)) append(children, group.nodes)

  const kind = keyword && /dong\s+kinh\s+gui/.test(fold(source.text.slice(keyword.start, keyword.end))) ? 'cc' : 'to'
  return {type: 'addressees', kind, children, position: positionOf(children)}
}

/** What an addressee is sent for, after its name: "… để lãnh đạo, chỉ đạo", "… để biết, phối hợp". Not part of the name. */
const purposeVerbs = '(?:biết|báo cáo|lãnh đạo|chỉ đạo|phối hợp|thực hiện|theo dõi|chỉ đạo thực hiện)'
const addresseePurpose = new RegExp(`\\s+để\\s+${purposeVerbs}(?:\\s*(?:,|và)\\s*${purposeVerbs})*\\s*[.;,]?$`, 'u')

function addressee(context: Context, start: number, end: number): Addressee {
  const {source} = context
  const children = phrasing(source, start, end)
  splitLeading(source, children, /^\s*[-–—+•]\s*/, 'bullet')
  splitTrailing(source, children, /[,;.]+\s*$/, 'punctuation')
  const value = plainText(children).replace(addresseePurpose, '')
  return {type: 'addressee', value: modernizeTones(value), children, position: positionOf(children)}
}

// ----------------------------------------------------------------- helpers

/**
 * Position covering a run of nodes; undefined for none (the tree builder
 * drops parents left without children).
 */
export function positionOf(nodes: ReadonlyArray<{position?: Title['position']}>): Title['position'] {
  const first = nodes[0]?.position
  const last = nodes[nodes.length - 1]?.position
  if (!first || !last) return undefined
  return {start: first.start, end: last.end}
}
