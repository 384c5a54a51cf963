/**
 * A converted document as rows: the one place that knows which column each
 * field of a record goes to, in the corpus tables (the same on SQLite and
 * PostgreSQL) and in the flat obligations of the CSV and Parquet outputs.
 * The writers add only what is theirs: the ids an engine assigns, its search
 * columns, its statements, a file format's types.
 */
import type {ConvertedDocument} from '../batch/outputs.js'
import type {DirectiveRecord, Jurisdiction} from '../semantics/record.js'
import type {Position} from '../tree/types.js'
import {searchKey} from './search.js'

/** Where a thing is written: offsets, and the line and column it starts at. */
export interface Spot {
  start_offset: number | null
  end_offset: number | null
  line: number | null
  column: number | null
}

/** A row of `documents`. */
export interface DocumentsRow {
  id: string
  path: string
  type: string | null
  number: string | null
  issuer: string | null
  province: string | null
  place: string | null
  date: string | null
  subject: string | null
  signer_authority: string | null
  signer_on_behalf_of: string | null
  signer_title: string | null
  signer_name: string | null
  /** The parties of the opening request, as JSON. */
  requested: string
  version: string
  ingested_at: string
}

/** A row of `items`. */
export interface ItemsRow {
  document_id: string
  ordinal: number
  path: string
}

/** A row of `obligations`, but its id (the engine's). */
export interface ObligationsRow extends Spot {
  document_id: string
  key: string
  at: string
  action: string
  polarity: string
  lead: number
  inherited: number
}

/** A row of `parties`, but its id (the engine's): `key` is the folded canonical name and jurisdiction parties are grouped by (`partyKey`). */
export interface PartiesRow {
  key: string
  canonical: string
  kind: string
  level: string
  /** The province or city the party is a body of (`Thanh Hóa`), null for a central body or where it is not known. */
  jurisdiction: string | null
  /** `tỉnh` or `thành phố`, with `jurisdiction`. */
  jurisdiction_unit: string | null
}

/**
 * What a party is grouped by: its canonical name and its jurisdiction,
 * folded. A name that says its place (`Sở Y tế tỉnh Thanh Hóa`) is its own
 * key; one that does not (`Cơ quan`, `Phòng Y tế` of a province's directive)
 * has its place added, so that the same words of two provinces are two parties.
 */
export function partyKey(canonical: string, jurisdiction: Jurisdiction | null): string {
  const key = searchKey(canonical)
  if (!jurisdiction) return key
  const place = searchKey(jurisdiction.name)
  return ` ${key} `.includes(` ${place} `) ? key : `${key} ${searchKey(jurisdiction.unit)} ${place}`
}

/** The `parties` row of a party of a record. */
export function partiesRow(party: {canonical: string; kind: string; level: string; jurisdiction: Jurisdiction | null}): PartiesRow {
  return {
    key: partyKey(party.canonical, party.jurisdiction),
    canonical: party.canonical,
    kind: party.kind,
    level: party.level,
    jurisdiction: party.jurisdiction?.name ?? null,
    jurisdiction_unit: party.jurisdiction?.unit ?? null
  }
}

/** A row of `obligation_parties`, but its obligation and party ids (the engine's). */
export interface ObligationPartiesRow extends Spot {
  role: string
  text: string
  /** The party as written, folded: also a name of the party (`party_names`). */
  folded: string
}

/** A row of `timings`, but its ids (the engine's). */
export interface TimingsRow {
  kind: string
  date: string | null
  period: string | null
  text: string
  start_offset: number | null
  end_offset: number | null
}

/** A row of `citations`. */
export interface CitationsRow {
  document_id: string
  kind: string
  number: string | null
  date: string | null
  issuer: string | null
  text: string
  start_offset: number | null
  end_offset: number | null
}

/** A row of `messages`. */
export interface MessagesRow {
  document_id: string
  rule_id: string | null
  severity: string
  reason: string
  line: number | null
  column: number | null
}

/** An obligation's rows, and its words for the search index (not folded: each engine folds them its way). */
export interface ObligationRows {
  obligation: ObligationsRow
  parties: Array<{party: PartiesRow; link: ObligationPartiesRow}>
  timings: TimingsRow[]
  words: string
}

/** A document's rows, and its words for the search index (subject and text, not folded). */
export interface DocumentRows {
  document: DocumentsRow
  items: ItemsRow[]
  obligations: ObligationRows[]
  citations: CitationsRow[]
  messages: MessagesRow[]
  words: string
}

/** Where a position is, as columns (null where it is unknown). */
export function spot(position: Position | undefined): Spot {
  return {start_offset: position?.start.offset ?? null, end_offset: position?.end.offset ?? null, line: position?.start.line ?? null, column: position?.start.column ?? null}
}

/** The `documents` row of a converted document with a record, stored under `id` and found at `path`. */
export function documentsRow(id: string, path: string, converted: ConvertedDocument & {record: DirectiveRecord}, ingestedAt: string): DocumentsRow {
  const fields = converted.record.document
  return {
    id,
    path,
    type: fields.type,
    number: fields.number,
    issuer: fields.issuer,
    province: fields.province,
    place: fields.place,
    date: fields.date,
    subject: fields.subject,
    signer_authority: fields.signer?.authority ?? null,
    signer_on_behalf_of: fields.signer?.onBehalfOf ?? null,
    signer_title: fields.signer?.title ?? null,
    signer_name: fields.signer?.name ?? null,
    requested: JSON.stringify(fields.requested),
    version: converted.chithi.version,
    ingested_at: ingestedAt
  }
}

/** Every row of a converted document with a record (its id is its SHA-256), found at `path`, with its words. */
export function documentRows(path: string, converted: ConvertedDocument & {record: DirectiveRecord}, text: string, ingestedAt: string): DocumentRows {
  const id = converted.chithi.sha256
  const {record} = converted
  const fields = record.document
  return {
    document: documentsRow(id, path, converted, ingestedAt),
    items: fields.items.map((item, ordinal) => ({document_id: id, ordinal, path: item})),
    obligations: record.obligations.map((obligation) => ({
      obligation: {
        document_id: id,
        key: obligation.id,
        at: obligation.at,
        action: obligation.what,
        polarity: obligation.polarity,
        lead: obligation.lead ? 1 : 0,
        inherited: obligation.inherited ? 1 : 0,
        ...spot(obligation.position)
      },
      parties: obligation.parties.map((party) => ({
        party: partiesRow(party),
        link: {role: party.role, text: party.text, folded: searchKey(party.text), ...spot(party.position)}
      })),
      timings: obligation.when.map((timing) => {
        const {start_offset, end_offset} = spot(timing.position)
        return {kind: timing.kind, date: timing.date ?? null, period: timing.period ?? null, text: timing.text, start_offset, end_offset}
      }),
      words: [obligation.who.join(', '), obligation.what, ...obligation.when.map((timing) => timing.text)].join(' ')
    })),
    citations: fields.references.map((citation) => {
      const {start_offset, end_offset} = spot(citation.position)
      return {document_id: id, kind: citation.kind, number: citation.number, date: citation.date, issuer: citation.issuer, text: citation.text, start_offset, end_offset}
    }),
    messages: converted.messages.map((message) => ({
      document_id: id,
      rule_id: message.ruleId ?? null,
      severity: message.severity,
      reason: message.reason,
      line: message.line ?? null,
      column: message.column ?? null
    })),
    words: `${fields.subject ?? ''} ${text}`
  }
}

/** A flat obligation, as the CSV and Parquet outputs have it: one per obligation and party (one with no party where it has none). */
export interface ObligationLine {
  document: string
  path: string
  type: string | null
  number: string | null
  date: string | null
  issuer: string | null
  at: string
  obligation: string
  party: string | null
  canonical_party: string | null
  kind: string | null
  level: string | null
  /** The province or city the party is a body of (`Thanh Hóa`). */
  jurisdiction: string | null
  /** `tỉnh` or `thành phố`, with `jurisdiction`. */
  jurisdiction_unit: string | null
  role: string | null
  action: string
  polarity: string
  /** Each timing's kind, with its period after a colon where it recurs (`periodic:month`). */
  timing_kinds: string[]
  /** The timings' fixed dates (ISO), those that have one. */
  timing_dates: string[]
  timing_text: string[]
  start_offset: number | null
  end_offset: number | null
}

/** The flat obligations of a record, under the document's id and path. */
export function obligationLines(documentId: string, path: string, record: DirectiveRecord): ObligationLine[] {
  const document = record.document
  return record.obligations.flatMap((obligation) => {
    const timing_kinds = obligation.when.map((timing) => timing.kind + (timing.period ? `:${timing.period}` : ''))
    const timing_dates = obligation.when.flatMap((timing) => (timing.date ? [timing.date] : []))
    const timing_text = obligation.when.map((timing) => timing.text)
    const parties = obligation.parties.length > 0 ? obligation.parties : [undefined]
    return parties.map((party) => {
      const position = party?.position ?? obligation.position
      return {
        document: documentId,
        path,
        type: document.type,
        number: document.number,
        date: document.date,
        issuer: document.issuer,
        at: obligation.at,
        obligation: obligation.id,
        party: party?.text ?? null,
        canonical_party: party?.canonical ?? null,
        kind: party?.kind ?? null,
        level: party?.level ?? null,
        jurisdiction: party?.jurisdiction?.name ?? null,
        jurisdiction_unit: party?.jurisdiction?.unit ?? null,
        role: party?.role ?? null,
        action: obligation.what,
        polarity: obligation.polarity,
        timing_kinds,
        timing_dates,
        timing_text,
        start_offset: position?.start.offset ?? null,
        end_offset: position?.end.offset ?? null
      }
    })
  })
}
