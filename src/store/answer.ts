/**
 * An obligation answer from the row a corpus query gives, the same on both
 * engines (they differ only in how the timings and parties lists come: JSON
 * text on SQLite, parsed on PostgreSQL).
 */
import type {Jurisdiction} from '../semantics/record.js'
import type {ObligationRow} from './corpus.js'

/** The columns of an answer row, as the queries name them. */
export type AnswerColumns = Record<string, string | number | null>

/** The answer of one row, with its timings and parties already read. */
export function obligationAnswer(row: AnswerColumns, timings: ObligationRow['timings'], parties: ObligationRow['parties']): ObligationRow {
  return {
    document: {
      id: String(row.documentId),
      path: String(row.path),
      type: row.type as string | null,
      number: row.number as string | null,
      issuer: row.issuer as string | null,
      date: row.date as string | null
    },
    at: String(row.at),
    obligation: String(row.key),
    action: String(row.action),
    polarity: String(row.polarity),
    party: {
      text: String(row.partyText),
      canonical: String(row.canonical),
      kind: String(row.kind),
      level: String(row.level),
      jurisdiction: row.jurisdiction === null || row.jurisdiction === undefined ? null : {unit: row.jurisdictionUnit as Jurisdiction['unit'], name: String(row.jurisdiction)},
      role: String(row.role)
    },
    timings,
    parties,
    location: {
      path: String(row.path),
      line: (row.line ?? row.oLine) as number | null,
      column: (row.column ?? row.oColumn) as number | null,
      offset: (row.offset ?? row.oOffset) as number | null
    }
  }
}
