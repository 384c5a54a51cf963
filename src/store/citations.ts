/**
 * Which directive implements which: the citations of a corpus resolved to
 * the documents it holds. A cited number in its many spellings (`32/CT-TTg`,
 * `số 32-CT/TW`, `Chỉ thị 32`), with the cited type, date and issuer, is
 * matched to one document of the store; what matches none, or several alike,
 * stays an unresolved reference. Read through `corpus.sql`, so the same on
 * SQLite and PostgreSQL.
 */
import {parseNumber} from '../text/document-number.js'
import {typeOfTitle} from '../text/document-types.js'
import {fold} from '../text/fold.js'
import type {Corpus} from './corpus.js'

/** A document of the corpus, as the graph shows it. */
export interface CitedDocument {
  id: string
  path: string
  type: string | null
  number: string | null
  issuer: string | null
  date: string | null
}

/** One citation of a document: what it names, and the document of the corpus it names, where there is one. */
export interface Citation {
  /** The citing document. */
  from: string
  kind: string
  number: string | null
  date: string | null
  issuer: string | null
  text: string
  /** The cited document's id, or null when the corpus holds none (or several alike). */
  resolved: string | null
}

/** The documents of a corpus and their citations, resolved. */
export interface CitationGraph {
  documents: Map<string, CitedDocument>
  citations: Citation[]
}

/** A number's identity: its serial, type and issuer codes, written the same whatever the spelling. */
export function numberKey(number: string): {serial: string | null; key: string | null} {
  const parts = parseNumber(number)
  const serial = parts.serial?.replace(/^0+(?=\d)/, '') ?? null
  if (!serial || (!parts.typeCode && !parts.issuerCode)) return {serial, key: null}
  const code = (text: string | null): string => fold(text ?? '').replace(/[^a-z0-9]/g, '')
  return {serial, key: `${serial}|${code(parts.typeCode)}|${code(parts.issuerCode)}`}
}

/** Read the documents and citations of a corpus and resolve each citation. */
export async function citationGraph(corpus: Corpus): Promise<CitationGraph> {
  const documents = (await corpus.sql('SELECT id, path, type, number, issuer, date FROM documents ORDER BY date, id')) as unknown as CitedDocument[]
  const rows = await corpus.sql('SELECT document_id, kind, number, date, issuer, text FROM citations ORDER BY document_id, start_offset')
  return resolveCitations(
    documents,
    rows.map((row) => ({
      from: String(row.document_id),
      kind: String(row.kind),
      number: (row.number as string | null) ?? null,
      date: (row.date as string | null) ?? null,
      issuer: (row.issuer as string | null) ?? null,
      text: String(row.text)
    }))
  )
}

/** The graph of documents and their citations, each citation resolved to one of the documents where exactly one fits. */
export function resolveCitations(given: Iterable<CitedDocument>, citations: Iterable<Omit<Citation, 'resolved'>>): CitationGraph {
  const documents = new Map<string, CitedDocument>()
  for (const document of given) documents.set(document.id, document)
  const byKey = new Map<string, CitedDocument[]>()
  const bySerial = new Map<string, CitedDocument[]>()
  const byTypeDate = new Map<string, CitedDocument[]>()
  for (const document of documents.values()) {
    if (document.type && document.date) push(byTypeDate, `${document.type}|${document.date}`, document)
    if (!document.number) continue
    const {serial, key} = numberKey(document.number)
    if (key) push(byKey, key, document)
    if (serial) push(bySerial, serial, document)
  }

  const resolved: Citation[] = []
  for (const citation of citations) resolved.push({...citation, resolved: resolve(citation, byKey, bySerial, byTypeDate)?.id ?? null})
  return {documents, citations: resolved}
}

/** The one document a citation names, if the corpus holds exactly one that fits. */
function resolve(
  citation: Omit<Citation, 'resolved'>,
  byKey: Map<string, CitedDocument[]>,
  bySerial: Map<string, CitedDocument[]>,
  byTypeDate: Map<string, CitedDocument[]>
): CitedDocument | undefined {
  const type = typeOfTitle(citation.kind)?.type
  let candidates: CitedDocument[]
  if (citation.number) {
    const {serial, key} = numberKey(citation.number)
    // `32/CT-TTg` by its codes; `Chỉ thị 32` by its serial and the type it names.
    candidates = key ? (byKey.get(key) ?? []) : serial ? (bySerial.get(serial) ?? []).filter((document) => type !== undefined && document.type === type) : []
  } else {
    // `Công điện của Thường trực Ban Bí thư ngày 07/3/2020`: the type, the date and the issuer.
    candidates = citation.date && type ? (byTypeDate.get(`${type}|${citation.date}`) ?? []) : []
  }

  candidates = candidates.filter((document) => document.id !== citation.from)
  if (candidates.length > 1 && citation.date) candidates = candidates.filter((document) => document.date === citation.date)
  if (candidates.length > 1 && citation.issuer) candidates = candidates.filter((document) => sameIssuer(document.issuer, citation.issuer))
  if (!citation.number && citation.issuer) candidates = candidates.filter((document) => sameIssuer(document.issuer, citation.issuer))
  return candidates.length === 1 ? candidates[0] : undefined
}

/** One issuer's name contains the other's, folded (`Thủ tướng Chính phủ`, `Thủ tướng`). */
function sameIssuer(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const x = fold(a)
  const y = fold(b)
  return x.includes(y) || y.includes(x)
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The documents a number names (`32/CT-TTg`, `số 32-CT/TW`, `32`), in the corpus. */
export function documentsNumbered(graph: CitationGraph, number: string): CitedDocument[] {
  const {serial, key} = numberKey(number.replace(/^\s*số\s*:?\s*/iu, ''))
  const all = [...graph.documents.values()].filter((document) => document.number)
  if (key) return all.filter((document) => numberKey(document.number!).key === key)
  return serial ? all.filter((document) => numberKey(document.number!).serial === serial) : []
}

/** A citing document, how far it is from the one asked about, and the citation that links it. */
export interface Implementer {
  depth: number
  document: CitedDocument
  /** The document it cites on the way (its id). */
  cites: string
  text: string
}

/** The documents that cite `ids`, and those that cite them in turn, up to `depth` steps (breadth first; each document once). */
export function implementers(graph: CitationGraph, ids: readonly string[], depth = 1): Implementer[] {
  const out: Implementer[] = []
  const seen = new Set(ids)
  let frontier = [...ids]
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = []
    for (const target of frontier) {
      for (const citation of graph.citations) {
        if (citation.resolved !== target || seen.has(citation.from)) continue
        const document = graph.documents.get(citation.from)
        if (!document) continue
        seen.add(citation.from)
        next.push(citation.from)
        out.push({depth: step, document, cites: target, text: citation.text})
      }
    }

    frontier = next
  }

  return out
}
