/**
 * The corpus database: its schema, as numbered migrations applied in order
 * (`PRAGMA user_version` says how far a database has come).
 */
import type Database from 'better-sqlite3'

/** Migrations; the index + 1 is the version a database has after applying it. */
export const migrations: readonly string[] = [
  `
  -- Documents: one per distinct content (id = SHA-256 of the bytes).
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    type TEXT,
    number TEXT,
    issuer TEXT,
    province TEXT,
    place TEXT,
    date TEXT,
    subject TEXT,
    signer_authority TEXT,
    signer_on_behalf_of TEXT,
    signer_title TEXT,
    signer_name TEXT,
    requested TEXT NOT NULL DEFAULT '[]',
    version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_issuer ON documents(issuer);
  CREATE INDEX documents_date ON documents(date);

  -- Paths an archive holds documents at (the same bytes at two paths are one document;
  -- a document's id is the SHA-256 of its bytes).
  CREATE TABLE sources (
    path TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
  );
  CREATE INDEX sources_document ON sources(document_id);

  CREATE TABLE items (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
  );

  CREATE TABLE obligations (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    polarity TEXT NOT NULL,
    lead INTEGER NOT NULL,
    inherited INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset INTEGER,
    line INTEGER,
    "column" INTEGER
  );
  CREATE INDEX obligations_document ON obligations(document_id);

  -- Parties, grouped across documents by their canonical name (folded: case, diacritics, đ).
  CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL
  );

  -- Every way a party was written (folded), so that a query by any variant finds the party.
  CREATE TABLE party_names (
    party_id INTEGER NOT NULL REFERENCES parties(id),
    folded TEXT NOT NULL,
    PRIMARY KEY (folded, party_id)
  ) WITHOUT ROWID;

  CREATE TABLE obligation_parties (
    obligation_id INTEGER NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties(id),
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    folded TEXT NOT NULL,
    start_offset INTEGER,
    end_offset INTEGER,
    line INTEGER,
    "column" INTEGER
  );
  CREATE INDEX obligation_parties_party ON obligation_parties(party_id, role);
  CREATE INDEX obligation_parties_obligation ON obligation_parties(obligation_id);

  CREATE TABLE timings (
    id INTEGER PRIMARY KEY,
    obligation_id INTEGER NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date TEXT,
    period TEXT,
    text TEXT NOT NULL,
    start_offset INTEGER,
    end_offset INTEGER
  );
  CREATE INDEX timings_obligation ON timings(obligation_id);
  CREATE INDEX timings_date ON timings(date);

  CREATE TABLE citations (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    number TEXT,
    date TEXT,
    issuer TEXT,
    text TEXT NOT NULL,
    start_offset INTEGER,
    end_offset INTEGER
  );
  CREATE INDEX citations_document ON citations(document_id);

  CREATE TABLE messages (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    rule_id TEXT,
    severity TEXT NOT NULL,
    reason TEXT NOT NULL,
    line INTEGER,
    "column" INTEGER
  );
  CREATE INDEX messages_document ON messages(document_id);

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
