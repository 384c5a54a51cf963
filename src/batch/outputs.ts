/**
 * What `chithi convert` writes for one document: a JSON file (record, and
 * the tree unless asked not to), a JSONL line, CSV rows (one per obligation
 * and party).
 */
import type {DirectiveRecord} from '../semantics/record.js'
import type {Root} from '../tree/types.js'
import {obligationLines, type ObligationLine} from '../store/rows.js'

/** Output formats of the converter. */
export type Format = 'json' | 'jsonl' | 'csv' | 'html' | 'parquet'

/** Where a converted document came from. */
export interface Provenance {
  /** The input path as given (relative to the working folder when inside it). */
  path: string
  /** SHA-256 of the input bytes. */
  sha256: string
  /** chithi version that made the output. */
  version: string
}

/** The JSON written for one document. */
export interface ConvertedDocument {
  chithi: Provenance
  record: DirectiveRecord | null
  tree?: Root
  messages: Array<{line: number | undefined; column: number | undefined; ruleId: string | undefined; severity: 'error' | 'warning' | 'info'; reason: string}>
}

/** The columns of the CSV export. */
export const csvColumns = [
  'document',
  'path',
  'type',
  'number',
  'date',
  'issuer',
  'at',
  'obligation',
  'party',
  'canonical_party',
  'kind',
  'level',
  'jurisdiction',
  'jurisdiction_unit',
  'role',
  'action',
  'polarity',
  'timing_kinds',
  'timing_dates',
  'timing_text',
  'start_offset',
  'end_offset'
] as const satisfies ReadonlyArray<keyof ObligationLine>

/**
 * One CSV field, quoted as RFC 4180 says. Text that a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * is neutralised as OWASP advises for CSV files: a `'` before it, and the
 * field quoted. Numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && formulaStart.test(text)) return `"'${text.replace(/"/g, '""')}"`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
export const formulaStart = /^[=+\-@\t\r]/

/** CSV rows (CRLF-terminated) of a record: one per obligation and party, lists joined by `; `. */
export function csvRows(documentId: string, path: string, record: DirectiveRecord): string {
  return obligationLines(documentId, path, record)
    .map((line) => csvColumns.map((column) => {
      const value = line[column]
      return csvField(Array.isArray(value) ? value.join('; ') : value)
    }).join(',') + '\r\n')
    .join('')
}

/** The CSV header line, after the byte-order mark spreadsheets need to read UTF-8 (for files; not for pipes, whose readers choke on it). */
export function csvHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + csvColumns.join(',') + '\r\n'
}
