/**
 * Query filters as each engine writes them: a filter's SQL condition and how
 * the query's value becomes its bound parameters (never spliced into SQL).
 */
import {canonicalParty} from '../semantics/canonical.js'
import type {DocumentQuery, ObligationQuery} from './corpus.js'
import {like, likeWords, searchKey} from './search.js'

/** A filter: its SQL (one parameter) and how the query's value becomes that parameter. */
export interface Filter<Name extends string = Exclude<keyof ObligationQuery, 'limit'>> {
  name: Name
  sql: string
  /** The bound values (as many as the SQL has `?`); undefined: the filter matches nothing. */
  value?: (given: string) => string | string[] | undefined
}

/** The SQL conditions and bound values of the filters a query sets (`nothing`: the condition that matches no row). */
export function conditions<Name extends string>(table: ReadonlyArray<Filter<Name>>, query: Partial<Record<Name, unknown>>, nothing = '0'): {where: string[]; parameters: unknown[]} {
  const where: string[] = []
  const parameters: unknown[] = []
  for (const filter of table) {
    const value = query[filter.name]
    if (value === undefined || value === null || value === '') continue
    const bound = filter.value ? filter.value(String(value)) : String(value)
    if (bound === undefined) where.push(nothing)
    else {
      where.push(filter.sql)
      parameters.push(...(Array.isArray(bound) ? bound : [bound]))
    }
  }

  return {where, parameters}
}


/** What an engine writes its own way: how it matches a folded name or issuer, a folded type, and words. */
export interface FilterDialect {
  /** A folded column LIKE a pattern (`\` escapes). */
  like: (column: string) => string
  /** The issuer, folded. */
  issuer: string
  /** The type, folded. */
  type: string
  /** The party's jurisdiction, folded. */
  jurisdiction: string
  /** Words of obligations, and of documents. */
  text: {obligations: string; documents: string; value: (given: string) => string | undefined}
}

type DocumentFilterName = Exclude<keyof DocumentQuery, 'limit'>

/** A jurisdiction as given, folded and without its unit (`tỉnh Thanh Hóa` → `thanh hoa`). */
export function jurisdictionKey(given: string): string | undefined {
  const key = searchKey(given).replace(/^(?:tinh|thanh pho|tp\.?)\s*/u, '').trim()
  return key || undefined
}

const timed = (condition: string): string => `o.id IN (SELECT t.obligation_id FROM timings t WHERE ${condition})`

/** Every filter of obligations and of documents, in the order they are applied, as an engine writes them (the same answers on both). */
export function filterTables(dialect: FilterDialect): {obligations: readonly Filter[]; documents: ReadonlyArray<Filter<DocumentFilterName>>} {
  const obligations: Filter[] = [
    // Any way the party was written, or its canonical name: both are in party_names.
    {
      name: 'who',
      sql: `op.party_id IN (SELECT party_id FROM party_names WHERE ${dialect.like('folded')} OR ${dialect.like('folded')})`,
      // As given, and with its abbreviations expanded (`UBND tỉnh` → `Ủy ban nhân dân tỉnh`).
      value: (given) => [like(searchKey(given)), likeWords(searchKey(canonicalParty(given, null).canonical))]
    },
    {name: 'kind', sql: 'p.kind = ?'},
    {name: 'level', sql: 'p.level = ?'},
    // The province or city, with or without its unit (`Thanh Hóa`, `tỉnh Thanh Hóa`, `TP Hà Nội`).
    {name: 'jurisdiction', sql: `${dialect.jurisdiction} = ?`, value: jurisdictionKey},
    {name: 'role', sql: 'op.role = ?'},
    {name: 'issuer', sql: dialect.like(dialect.issuer), value: (given) => like(searchKey(given))},
    {name: 'type', sql: `${dialect.type} = ?`, value: searchKey},
    {name: 'from', sql: 'd.date >= ?'},
    {name: 'to', sql: 'd.date <= ?'},
    {name: 'dueBefore', sql: timed('t.date <= ?')},
    {name: 'dueAfter', sql: timed('t.date >= ?')},
    {name: 'timing', sql: timed('t.kind = ?')},
    {name: 'text', sql: dialect.text.obligations, value: dialect.text.value}
  ]
  const documents: Array<Filter<DocumentFilterName>> = [
    {name: 'text', sql: dialect.text.documents, value: dialect.text.value},
    ...obligations.filter((filter): filter is Filter & {name: DocumentFilterName} => ['issuer', 'type', 'from', 'to'].includes(filter.name))
  ]
  return {obligations, documents}
}
