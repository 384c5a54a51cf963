/**
 * The record of a directive: what it says about itself (`document`) and who
 * must do what by when (`obligations`). Field names and meanings follow
 * ANNOTATION.md; the extra fields (positions, canonical names, references)
 * are documented where they are declared.
 */
import type {DocumentFields} from '../tree/fields.js'
import type {Position} from '../tree/types.js'
import type {Period, TimingKind} from './timing.js'
import type {PartyKind} from './lexicon/heads.js'
import type {PartyLevel} from './lexicon/qualifiers.js'

export type {Period, TimingKind, PartyKind, PartyLevel}

/** A province or a centrally-run city (`tỉnh Thanh Hóa`, `thành phố Hà Nội`): where a directive was issued, what a party is a body of. */
export interface Jurisdiction {
  unit: 'tỉnh' | 'thành phố'
  /** As the issuer writes it: `Thanh Hóa`, `Hà Nội`. */
  name: string
}

/** A party named in an obligation. */
export interface Party {
  /** As written (no dash, no trailing punctuation). */
  text: string
  /** Abbreviations expanded, new-style tones, `tỉnh` and a provincial department (`Sở Y tế`) resolved to the issuer's province when known: `Sở Y tế tỉnh Thanh Hóa`. */
  canonical: string
  kind: PartyKind
  level: PartyLevel
  /**
   * The province or city the party is a body of: the place its name names
   * (`Sở Y tế tỉnh Nghệ An`), else the issuer's for a group (`các sở, ban,
   * ngành`) and a local body (`Sở Y tế`, `Phòng Y tế`); null for a body of
   * the central state (`Bộ Y tế`) or where the place is not known. With
   * `canonical`, the party's identity: `Sở Y tế` of two provinces is two bodies.
   */
  jurisdiction: Jurisdiction | null
  /** `responsible` (the `who`), `with` (phối hợp), `reportTo` (báo cáo). */
  role: 'responsible' | 'with' | 'reportTo'
  /** Where it is written; for inherited parties, where the party they inherit from is written. */
  position: Position | undefined
}

/** A timing phrase of an obligation. */
export interface Timing {
  kind: TimingKind
  /** ISO date: the deadline, the day, or the last day of the period, where it is fixed. */
  date?: string
  /** How often, for recurring tasks. */
  period?: Period
  /** As written. */
  text: string
  position: Position | undefined
}

/** One task the text puts on one or more parties. */
export interface Obligation {
  /** Position in the record (`o1`, `o2` …), stable for one text. */
  id: string
  /** Item path (`3`, `4.2`, `II.1.a`), `preamble`, `closing`, or `table`. */
  at: string
  /** The parties responsible, as written. */
  who: string[]
  /** True when the clause names nobody and the task falls to the parties above it. */
  inherited: boolean
  /** The action, from its first verb. */
  what: string
  polarity: 'do' | 'refrain'
  when: Timing[]
  /** Parties to cooperate with (`phối hợp với`). */
  with?: string[]
  /** Present and true when `who` leads (`chủ trì`). */
  lead?: true
  /** Parties to report to. */
  reportTo?: string[]
  /** Every party of the obligation, with its role, canonical name, kind, level and position. */
  parties: Party[]
  /** Where the action is written (the first clause). */
  position: Position | undefined
  /** For a task table row: its cells by column (task, lead, with, time). */
  row?: Record<string, string>
}

/** A document the directive cites. */
export interface Reference {
  /** Type of the cited document, as written: `Kết luận`, `Nghị định`. */
  kind: string
  number: string | null
  date: string | null
  issuer: string | null
  text: string
  position: Position | undefined
}

/** What the directive says about itself. */
export interface DocumentRecord extends DocumentFields {
  /** The parties of the opening request, as written. */
  requested: string[]
  /** The issuer's province or city, when the issuer names one. */
  province: string | null
  /** Documents cited in the text. */
  references: Reference[]
}

/** What lists of documents show of each: its type, number, issuer, date and subject. */
export type DocumentHeading = Pick<DocumentRecord, 'type' | 'number' | 'issuer' | 'date' | 'subject'>

/** The record of a directive. */
export interface DirectiveRecord {
  document: DocumentRecord
  obligations: Obligation[]
}
