/**
 * `openCorpus`: typed, parameterised queries over the corpus database, a
 * SQLite file or a PostgreSQL database, with the same answers from both.
 */
import type {DocumentHeading, Jurisdiction} from '../semantics/record.js'
import {isPostgres} from './location.js'

/** Filters of an obligation query; all optional, combined with AND. */
export interface ObligationQuery {
  /** A party: its canonical name or a name as written, without regard to case or diacritics. */
  who?: string
  kind?: string
  level?: string
  /** The province or city the party is a body of (`Thanh Hóa`, or with its unit: `tỉnh Thanh Hóa`), without regard to case or diacritics. */
  jurisdiction?: string
  /** The issuing body (diacritics-insensitive, part of the name). */
  issuer?: string
  /** Document type: `Chỉ thị`, `Công văn` … */
  type?: string
  /** Documents dated on or after. */
  from?: string
  /** Documents dated on or before. */
  to?: string
  /** Obligations with a timing dated on or before. */
  dueBefore?: string
  /** Obligations with a timing dated on or after. */
  dueAfter?: string
  /** Obligations with a timing of this kind. */
  timing?: string
  /** The party's role; all roles when absent. */
  role?: 'responsible' | 'with' | 'reportTo'
  /** Words the obligation mentions (diacritics-insensitive: `cach ly` finds `cách ly`). */
  text?: string
  /** At most this many rows (all when absent). */
  limit?: number
}

/** One answer: an obligation and one of its parties. */
export interface ObligationRow {
  document: {id: string; path: string; type: string | null; number: string | null; issuer: string | null; date: string | null}
  at: string
  obligation: string
  action: string
  polarity: string
  /** The party: as written, its canonical name, kind, level, and the province or city it is a body of (null for a central body, or where it is not known). */
  party: {text: string; canonical: string; kind: string; level: string; jurisdiction: Jurisdiction | null; role: string}
  timings: Array<{kind: string; date: string | null; period: string | null; text: string}>
  /** Every party of the obligation, with its role (who reports to whom, who works with whom). */
  parties: Array<{role: string; text: string; canonical: string}>
  /** Where the party is written (or the obligation, when the party is inherited). */
  location: {path: string; line: number | null; column: number | null; offset: number | null}
}

/** Filters of a document query; all optional, combined with AND. */
export interface DocumentQuery {
  /** Words the document contains anywhere (diacritics-insensitive). */
  text?: string
  issuer?: string
  type?: string
  from?: string
  to?: string
  /** At most this many rows (all when absent). */
  limit?: number
}

/** One document found. */
export interface DocumentRow extends DocumentHeading {
  id: string
  path: string
  obligations: number
}

/** Counts for an overview. */
export interface CorpusStats {
  documents: number
  obligations: number
  /** Bodies by the obligations they are responsible for (groups apart). */
  parties: Array<{canonical: string; kind: string; level: string; jurisdiction: string | null; obligations: number}>
  /** Groups (`các sở, ban, ngành`, `cơ quan`, `đơn vị liên quan`): of the issuer's jurisdiction (one row per jurisdiction), never counted as bodies. */
  groups: Array<{canonical: string; kind: string; level: string; jurisdiction: string | null; obligations: number}>
  timingsByMonth: Array<{month: string; timings: number}>
  documentsByIssuerYear: Array<{issuer: string | null; year: string | null; documents: number}>
  /** How many rows `parties` and `documentsByIssuerYear` have without a limit. */
  totals: {parties: number; groups: number; documentsByIssuerYear: number}
}

/** An open corpus. */
export interface Corpus {
  /** The database engine: a SQLite file or a PostgreSQL server. */
  readonly engine: 'sqlite' | 'postgres'
  obligations(query?: ObligationQuery): Promise<ObligationRow[]>
  documents(query?: DocumentQuery): Promise<DocumentRow[]>
  /** Counts; `limit` cuts the lists of parties and of issuers by year to their first rows (all when absent). */
  stats(limit?: number): Promise<CorpusStats>
  /**
   * Run SQL that reads (on a read-only connection, or in a read-only
   * transaction on PostgreSQL); rejects invalid SQL or a statement that
   * writes. Parameters: `?` bound from an array, or `@name`, `:name`,
   * `$name` bound from an object (on PostgreSQL, `$1 …` from an array too).
   */
  sql(text: string, parameters?: unknown[] | Record<string, unknown>): Promise<Array<Record<string, unknown>>>
  close(): Promise<void>
}

/** How to open a corpus. */
export interface OpenOptions {
  /** Only read (default: false; a SQLite file must then exist). Opened for writing, the schema is brought up to date. */
  readonly?: boolean
}

/**
 * Open (or create) a corpus: `location` is a SQLite file, or a PostgreSQL
 * connection string (`postgres://user@host/db`).
 */
export async function openCorpus(location: string, options: OpenOptions = {}): Promise<Corpus> {
  if (isPostgres(location)) {
    const {openPostgresCorpus} = await import('./postgres-corpus.js')
    return openPostgresCorpus(location, options)
  }

  const {openSqliteCorpus} = await import('./sqlite-corpus.js')
  return openSqliteCorpus(location, options)
}

