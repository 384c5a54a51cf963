/**
 * node-postgres (`pg`), the store's driver for PostgreSQL, loaded when a
 * `postgres://` corpus is first opened (it is optional, like better-sqlite3).
 */
import type {Pool} from 'pg'
import {requireOptional} from '../optional.js'
import {shownLocation} from './location.js'

/** PostgreSQL's type id of `bigint` (what `count(*)` gives). */
const int8 = 20

/** A pool of connections to the database a connection string names. */
export function connectPostgres(location: string, options: {max?: number} = {}): Pool {
  const pg = requireOptional<typeof import('pg')>('pg', 'A PostgreSQL corpus (--db postgres://…)')
  const pool = new pg.Pool({
    connectionString: location,
    max: options.max ?? 4,
    application_name: 'chithi',
    // Counts come back as numbers, as SQLite gives them (as text only beyond 2^53).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8 ? (value: string) => (Number.isSafeInteger(Number(value)) ? Number(value) : value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
    }
  })
  // An idle connection that breaks is the next query's error, not the process's end.
  pool.on('error', () => undefined)
  return pool
}

/** An error of the driver as one line naming the database without its password. */
export function postgresError(location: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  // Whatever the driver said, the password never goes further.
  const password = passwordOf(location)
  const safe = password ? message.split(password).join('***') : message
  return new Error(`${shownLocation(location)}: ${safe}`)
}

function passwordOf(location: string): string | undefined {
  try {
    const url = new URL(location)
    return decodeURIComponent(url.password) || url.searchParams.get('password') || undefined
  } catch {
    return undefined
  }
}
