/**
 * The corpus database: its schema, as numbered migrations applied in order
 * (`PRAGMA user_version` says how far a database has come).
 */
import type Database from 'better-sqlite3'
import {jurisdictionPlan, storedLinksSql, type StoredLink} from './jurisdictions.js'
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
  `,
  `
  -- A party is a body in a place: the province or city it is a body of ('Thanh Hóa'; null for a central
  -- body or where it is not known), and its unit ('tỉnh', 'thành phố'). Filled in for the parties already
  -- stored by backfillJurisdictions.
  ALTER TABLE parties ADD COLUMN jurisdiction TEXT;
  ALTER TABLE parties ADD COLUMN jurisdiction_unit TEXT;
  `
]

/** What a migration does after its SQL, by its index: the rows it fills in. */
const afterwards: Partial<Record<number, (db: Database.Database) => void>> = {2: backfillJurisdictions}

/**
 * Give the parties of a database made before they had a jurisdiction their
 * own: each party its jurisdiction, and each link whose party is a group
 * (or a body named without its place) of several provinces a party per province.
 */
function backfillJurisdictions(db: Database.Database): void {
  const plan = jurisdictionPlan(db.prepare(storedLinksSql('rowid')).iterate() as Iterable<StoredLink>)
  const find = db.prepare<[string], {id: number}>('SELECT id FROM parties WHERE key = ?')
  const insert = db.prepare('INSERT INTO parties (key, canonical, kind, level, jurisdiction, jurisdiction_unit) VALUES (@key, @canonical, @kind, @level, @jurisdiction, @jurisdiction_unit)')
  const update = db.prepare('UPDATE parties SET jurisdiction = @jurisdiction, jurisdiction_unit = @jurisdiction_unit WHERE id = @id')
  const name = db.prepare('INSERT OR IGNORE INTO party_names (party_id, folded) VALUES (?, ?)')
  const ids = new Map<string, number>()
  for (const party of plan.parties) {
    const found = find.get(party.key)
    if (found) update.run({id: found.id, jurisdiction: party.jurisdiction, jurisdiction_unit: party.jurisdiction_unit})
    else {
      const id = Number(insert.run(party).lastInsertRowid)
      name.run(id, party.key)
      ids.set(party.key, id)
    }
  }

  const move = db.prepare('UPDATE obligation_parties SET party_id = ? WHERE rowid = ?')
  for (const moved of plan.moves) {
    const id = ids.get(moved.key) ?? find.get(moved.key)!.id
    move.run(id, moved.link)
    name.run(id, moved.folded)
  }

  const linked = db.prepare<[number | string], {n: number}>('SELECT count(*) AS n FROM obligation_parties WHERE party_id = ?')
  const dropNames = db.prepare('DELETE FROM party_names WHERE party_id = ?')
  const drop = db.prepare('DELETE FROM parties WHERE id = ?')
  for (const id of plan.left) {
    if (linked.get(id)!.n > 0) continue
    dropNames.run(id)
    drop.run(id)
  }
}

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
      afterwards[version]?.(db)
      db.pragma(`user_version = ${version + 1}`)
    }).immediate()
  }
}

/**
 * Bring a chithi database made by an older version up to date before it is
 * opened read-only (a query on it would miss the columns added since), if
 * the file can be written; else say what to do. A file that is not a chithi
 * database (`user_version` 0) is left as it is.
 */
export function upgradeBeforeReading(path: string, open: (readonly: boolean) => Database.Database): void {
  const reader = open(true)
  const version = reader.pragma('user_version', {simple: true}) as number
  reader.close()
  if (version === 0 || version >= migrations.length) return
  let writer: Database.Database | undefined
  try {
    writer = open(false)
    migrate(writer)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`made by an older chithi (schema ${version}; this one reads ${migrations.length}) and cannot be brought up to date here (${reason}): open it once where it can be written, e.g. with chithi ingest`)
  } finally {
    writer?.close()
  }
}

/** Reading settings: memory-mapped pages and a larger cache make joins over many rows cheap. */
export function tune(db: Database.Database): void {
  db.pragma('mmap_size = 1073741824')
  db.pragma('cache_size = -65536')
}
