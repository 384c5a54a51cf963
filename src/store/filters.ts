/**
 * Query filters as each engine writes them: a filter's SQL condition and how
 * the query's value becomes its bound parameters (never spliced into SQL).
 */
import type {ObligationQuery} from './corpus.js'

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

