/**
 * The corpus database: its schema, as numbered migrations applied in order
 * (`PRAGMA user_version` says how far a database has come).
 */
import type Database from 'better-sqlite3'
import {sharedTables} from './tables.js'

/** Migrations; the index + 1 is the version a database has after applying it. */
export const migrations: readonly string[] = [
  `
  ${sharedTables({
    id: 'INTEGER PRIMARY KEY',
    reference: 'INTEGER',
    documentColumns: '',
    documentIndexes: '',
    partyNames: {options: ' WITHOUT ROWID', indexes: ''},
    linkId: false
  })}
  -- Full text, folded (no case, no diacritics, đ → d) so that "cach ly" finds "cách ly":
  -- an obligation's words under its id, a document's under its rowid.
  -- Contentless: the index only (the words are in the other tables), rows still deletable.
  CREATE VIRTUAL TABLE obligation_text USING fts5(body, tokenize = 'unicode61', content = '', contentless_delete = 1);
  CREATE VIRTUAL TABLE document_text USING fts5(body, tokenize = 'unicode61', content = '', contentless_delete = 1);
  `,
  `
  -- Answers are ordered by document date and path: reading them from an index spares a row lookup per answer.
  CREATE INDEX documents_order ON documents(id, date, path);
  `
]

/** Bring a database up to the current schema. */
export function migrate(db: Database.Database): void {
  tune(db)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  const current = db.pragma('user_version', {simple: true}) as number
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      // Another process may have migrated while this one waited for the lock.
      if ((db.pragma('user_version', {simple: true}) as number) > version) return
      db.exec(migrations[version] as string)
      db.pragma(`user_version = ${version + 1}`)
    }).immediate()
  }
}

/** Reading settings: memory-mapped pages and a larger cache make joins over many rows cheap. */
export function tune(db: Database.Database): void {
  db.pragma('mmap_size = 1073741824')
  db.pragma('cache_size = -65536')
}
