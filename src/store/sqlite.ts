/**
 * better-sqlite3, the store's one native dependency, loaded when a database
 * is first opened (it is optional: `parse` and `analyze` never need it).
 */
import type BetterSqlite3 from 'better-sqlite3'
import {requireOptional} from '../optional.js'

/** Open a SQLite database (better-sqlite3's options). */
export function openDatabase(path: string, options?: BetterSqlite3.Options): BetterSqlite3.Database {
  const Database = requireOptional<typeof BetterSqlite3>('better-sqlite3', 'The corpus store (chithi ingest, query, stats, sql; chithi/store)')
  return new Database(path, options)
}
