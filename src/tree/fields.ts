/**
 * What a directive says about itself, read off its tree: the `document`
 * fields of ANNOTATION.md (type, issuer, number, place, date, subject,
 * markings, addressees, items, distribution, signer).
 */
import {nameCase} from '../text/casing.js'
import {findDates} from '../text/dates.js'
import {parseNumber} from '../text/document-number.js'
import {fold, modernizeTones} from '../text/fold.js'
import {typeOfCode, typeOfTitle} from '../text/document-types.js'
import {toText} from './to-text.js'
import type {
  Addressees,
  Appendix,
  DocumentNumber,
  DocumentType,
  Issuer,
  Item,
  Marking,
  Node,
  PlaceDate,
  Purpose,
  Root,
  Signature,
  Subject,
  Text,
  Title
} from './types.js'

/** The document fields. */
export interface DocumentFields {
  type: DocumentType | null
  issuer: string | null
  number: string | null
  place: string | null
  date: string | null
  subject: string | null
  markings: string[]
  /** Each `Kính gửi` and `Đồng kính gửi` entry, without what it is sent for (`… để lãnh đạo, chỉ đạo`). */
  addressees: string[]
  /** Item paths in order, sub-numbering in parentheses (`(1)`, `(a)`, `(iv)`) included. */
  items: string[]
  distribution: Array<{name: string; purpose: Purpose | null}>
  signer: {authority: string | null; onBehalfOf: string | null; title: string | null; name: string | null} | null
}

/** Read the document fields off a tree. */
export function documentFields(tree: Root): DocumentFields {
  const first = <T extends Node>(type: string): T | undefined => find(tree, type) as T | undefined
  const title = first<Title>('title')
  const number = first<DocumentNumber>('number')
  const placeDate = first<PlaceDate>('placeDate')
  const subject = first<Subject>('subject')
  // Interleaved columns give several issuer nodes; the last carries the whole block.
  const header = tree.children.find((node) => node.type === 'header')
  const issuer = header ? all<Issuer>(header, 'issuer').at(-1) : undefined
  const signature = first<Signature>('signature')
  const addressees = tree.children.filter((node): node is Addressees => node.type === 'addressees')
  const body = tree.children.find((node) => node.type === 'body')

  let type: DocumentType | null = title?.documentType ?? null
  if (type === 'Phụ lục') type = null
  if (!type && number?.typeCode) type = typeOfCode(number.typeCode) ?? null
  if (!type && (addressees.length > 0 || (subject && /^\s*V\s*\/\s*V/i.test(subjectPrefix(subject))))) type = 'Công văn'

  // A header lost in conversion: the annex names the document it goes with (`Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025`).
  const annexed = number && placeDate?.date ? undefined : annexReference(tree, type)
  return {
    type,
    issuer: tones(issuer?.value ?? title?.issuer ?? telegramIssuer(addressees) ?? null),
    number: number?.value ?? annexed?.number ?? null,
    place: tones(spelledAs(placeDate?.place ?? null, [issuer?.value, issuer?.superior])),
    date: placeDate?.date ?? annexed?.date ?? null,
    subject: tones(subject?.value ?? null),
    markings: all<Marking>(tree, 'marking').flatMap((node) => node.values),
    addressees: addressees.flatMap((node) =>
      node.children.filter((child) => child.type === 'addressee').map((child) => modernizeTones((child as {value: string}).value))
    ),
    // Sections over articles are headings, not items (`I- QUY ĐỊNH CHUNG` › `Điều 1.`); a document issued with this one counts its items after.
    items: [body, ...attachedDocuments(tree)].flatMap((part) => (part ? itemPaths(part) : [])),
    distribution: all<{type: 'recipient'; value: string; purpose: Purpose | null} & Node>(tree, 'recipient').map((node) => ({
      name: modernizeTones(node.value),
      purpose: node.purpose
    })),
    signer: signature
      ? {authority: signature.authority, onBehalfOf: tones(signature.onBehalfOf), title: tones(signature.title), name: tones(signature.name)}
      : null
  }
}

/**
 * A place as another field spells it: an OCR'd place line that lost or
 * changed its tone marks (`Phược Hòa`) takes the spelling of the same
 * words in the issuer (`Đảng ủy xã Phước Hòa`). Folding keeps lengths.
 */
function spelledAs(value: string | null, sources: ReadonlyArray<string | null | undefined>): string | null {
  if (value === null) return value
  const wanted = fold(value)
  for (const source of sources) {
    if (!source) continue
    const at = fold(source).indexOf(wanted)
    const before = source[at - 1]
    const after = source[at + value.length]
    if (at !== -1 && (before === undefined || /\s/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return source.slice(at, at + value.length)
  }

  return value
}

/** The item paths of a body, sections over articles left out. */
function itemPaths(part: Node): string[] {
  return all<Item>(part, 'item')
    .filter((item) => item.numbering === 'article' || !all<Item>(item, 'item').some((inner) => inner.numbering === 'article'))
    .map((item) => item.path)
}

/**
 * Documents issued with this one and written after its signature (`Điều 1.
 * Ban hành kèm theo Quyết định này Kế hoạch …` › `KẾ HOẠCH` › `I.` …):
 * annexes that open with a title of their own and hold numbered items. An
 * annex titled `PHỤ LỤC`, a form or a report is not one.
 */
export function attachedDocuments(tree: Root): Appendix[] {
  return tree.children.filter(
    (node): node is Appendix => node.type === 'appendix' && node.children.slice(0, 12).some(isTitleLine) && node.children.some((child) => child.type === 'item')
  )
}

const attachable: ReadonlySet<DocumentType> = new Set(['Kế hoạch', 'Quy chế', 'Quy định', 'Chương trình', 'Đề án', 'Phương án', 'Hướng dẫn', 'Điều lệ'] as DocumentType[])

/** A paragraph that opens with a line that is only a document's title in capitals (`KẾ HOẠCH`, `**QUY CHẾ**`). */
function isTitleLine(node: Node): boolean {
  if (node.type !== 'paragraph') return false
  const text = (firstText(node)?.split('\n')[0] ?? '').replace(/[*_#]/g, '').trim()
  if (text.length > 30 || text !== text.toUpperCase()) return false
  const found = typeOfTitle(text)
  return found !== undefined && found.length >= text.length - 1 && attachable.has(found.type)
}

/** The value of the first text leaf under a node. */
function firstText(node: Node): string | undefined {
  if (node.type === 'text') return (node as Text).value
  if (!('children' in node)) return undefined
  for (const child of (node as {children: Node[]}).children) {
    const found = firstText(child)
    if (found !== undefined) return found
  }

  return undefined
}

/** A field's words with new-style tone marks (ANNOTATION.md), the tree's own values kept as written. */
function tones(value: string | null): string | null {
  return value === null ? null : modernizeTones(value)
}

/** A Công điện's salutation line: `THỦ TƯỚNG CHÍNH PHỦ điện:`. */
const salutation = /^[\s*_]*(.+?)[\s*_]+điện\s*:/u

/** A Công điện without a header takes its issuer from its salutation line (ANNOTATION.md): `Thủ tướng Chính phủ`. */
function telegramIssuer(addressees: readonly Addressees[]): string | undefined {
  for (const node of addressees) {
    const prefix = node.children.filter((child) => child.type !== 'addressee')
    const found = salutation.exec(prefix.map((child) => ('value' in child ? String(child.value) : toText(child))).join(' '))
    if (found?.[1]) return nameCase(found[1].trim())
  }

  return undefined
}

const annexLine = /kèm theo\s+([^\d()\n]{2,40}?)\s+số\s*:?\s*(\d[^\s,;()]*)\s*,?\s*(?:ngày\s+([^()]{4,30}?)\s*(?:của|do|\)|$))?/iu

/**
 * The number and date of this document as an annex of it cites them: the
 * first annex whose `Kèm theo <type> số …` names a document of this type
 * (any type when the text does not say its own).
 */
function annexReference(tree: Root, type: DocumentType | null): {number: string | null; date: string | null} | undefined {
  for (const node of tree.children) {
    if (node.type !== 'appendix') continue
    const found = annexLine.exec(toText(node).slice(0, 1000))
    if (!found) continue
    const named = typeOfTitle(found[1] ?? '')
    if (!named || (type && named.type !== type)) continue
    return {number: parseNumber(found[2] ?? '').value || null, date: found[3] ? (findDates(found[3])[0]?.iso ?? null) : null}
  }

  return undefined
}

function subjectPrefix(subject: Subject): string {
  const marker = subject.children.find((child) => child.type === 'marker' && child.role === 'prefix')
  return marker && marker.type === 'marker' ? marker.value : ''
}

/** First node of a type, depth first. */
export function find(node: Node, type: string): Node | undefined {
  if (node.type === type) return node
  if ('children' in node) {
    for (const child of (node as {children: Node[]}).children) {
      const found = find(child, type)
      if (found) return found
    }
  }

  return undefined
}

/** Every node of a type, depth first, in document order. */
export function all<T extends Node>(node: Node, type: string): T[] {
  const out: T[] = []
  const visit = (current: Node): void => {
    if (current.type === type) out.push(current as T)
    if ('children' in current) for (const child of (current as {children: Node[]}).children) visit(child)
  }

  visit(node)
  return out
}
