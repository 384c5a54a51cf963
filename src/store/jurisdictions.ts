/**
 * Bringing the parties of a database made before they had a jurisdiction up
 * to date, the same on both engines: each link of an obligation and a party
 * is read with its party and its document's issuer, the party's jurisdiction
 * is resolved as `analyze` resolves it, and the plan says which parties get
 * which jurisdiction and which links move to a party of their own (a group
 * such as `Cơ quan`, once one party across provinces, becomes one party per
 * province). Each engine applies the plan with its own statements.
 */
import {jurisdictionOf, jurisdictionOfParty} from '../semantics/canonical.js'
import type {PartyKind, PartyLevel} from '../semantics/record.js'
import {partiesRow, type PartiesRow} from './rows.js'

/** A link as stored: its id, its party's, the party's columns, the text as written (folded), and the document's issuer. */
export interface StoredLink {
  link: number | string
  party: number | string
  key: string
  canonical: string
  kind: string
  level: string
  folded: string
  issuer: string | null
  onBehalfOf: string | null
}

/** What to write: every party a link has (by key, with its jurisdiction), and the links that move to another key. */
export interface JurisdictionPlan {
  parties: PartiesRow[]
  moves: Array<{link: number | string; key: string; folded: string}>
  /** The parties links moved away from (dropped when none is left). */
  left: Array<number | string>
}

/** The SQL that reads the stored links, for both engines (a link's id is SQLite's rowid, PostgreSQL's `id`). */
export const storedLinksSql = (linkId: 'rowid' | 'id'): string => `
  SELECT op.${linkId} AS link, p.id AS party, p.key, p.canonical, p.kind, p.level, op.folded,
         d.issuer, d.signer_on_behalf_of AS "onBehalfOf"
  FROM obligation_parties op
  JOIN parties p ON p.id = op.party_id
  JOIN obligations o ON o.id = op.obligation_id
  JOIN documents d ON d.id = o.document_id`

/** The plan for a database's links. */
export function jurisdictionPlan(links: Iterable<StoredLink>): JurisdictionPlan {
  const parties = new Map<string, PartiesRow>()
  const moves: JurisdictionPlan['moves'] = []
  const left = new Set<number | string>()
  for (const link of links) {
    const issuer = jurisdictionOf(link.issuer) ?? jurisdictionOf(link.onBehalfOf)
    const jurisdiction = jurisdictionOfParty(link.canonical, link.kind as PartyKind, link.level as PartyLevel, issuer)
    const row = partiesRow({canonical: link.canonical, kind: link.kind, level: link.level, jurisdiction})
    // The stored key of a party whose name says its place stays as it is.
    if (!parties.has(row.key)) parties.set(row.key, row)
    if (row.key !== link.key) {
      moves.push({link: link.link, key: row.key, folded: link.folded})
      left.add(link.party)
    }
  }

  return {parties: [...parties.values()], moves, left: [...left]}
}
