/**
 * Messages about a document: what was repaired, doubtful or missing. They go
 * on the vfile, with a rule id users can filter on and `source: 'chithi'`.
 */
import type {VFile} from 'vfile'
import type {Position} from 'unist'
import {documented, origin} from '../messages.js'
import type {LayoutRule} from '../text/layout.js'

/** Rule ids of the messages the parser emits. */
export type ParseRule =
  | 'binary-content'
  | 'invalid-utf8'
  | 'invalid-utf16'
  | 'replacement-character'
  | 'unknown-line'
  | 'running-header'
  | 'page-break-joined'
  | 'missing-header'
  | 'missing-number'
  | 'missing-date'
  | 'missing-issuer'
  | 'missing-title'
  | 'missing-distribution'
  | 'missing-signature'
  | 'missing-body'
  | 'invalid-date'
  | 'internal-error'
  | 'legacy-encoding'
  | 'several-directives'
  | 'column-table'
  | 'page-number'
  | 'issuer-aside'
  | LayoutRule

/** Where messages go. */
export interface Reporter {
  /** Something doubtful or repaired. */
  warn(reason: string, place: Position | undefined, ruleId: ParseRule): void
  /** Something worth knowing. */
  info(reason: string, place: Position | undefined, ruleId: ParseRule): void
}

/** A reporter writing onto a vfile. */
export function fileReporter(file: VFile): Reporter {
  return {
    warn(reason, place, ruleId) {
      withoutStack(() => documented(file.message(reason, {place, ...origin(ruleId)})))
    },
    info(reason, place, ruleId) {
      withoutStack(() => documented(file.info(reason, {place, ...origin(ruleId)})))
    }
  }
}

/** Messages are errors under the hood; about a document, their JavaScript stack says nothing and costs time. */
export function withoutStack(create: () => unknown): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    create()
  } finally {
    Error.stackTraceLimit = limit
  }
}
