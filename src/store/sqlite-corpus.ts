/**
 * The corpus on SQLite: the queries of `Corpus` over better-sqlite3, with
 * FTS5 for words and `chithi_fold()` for folded comparisons.
 */
import type Database from 'better-sqlite3'
import {fold} from '../text/fold.js'
import type {Corpus, CorpusStats, DocumentQuery, DocumentRow, ObligationQuery, ObligationRow, OpenOptions} from './corpus.js'
import {migrate, tune, upgradeBeforeReading} from './schema.js'
import {obligationAnswer} from './answer.js'
import {conditions, filterTables} from './filters.js'
import {searchKey} from './search.js'
import {openDatabase} from './sqlite.js'


/** Every filter, in the order they are applied; all values are bound, never spliced into SQL. */
const {obligations: filters, documents: documentFilters} = filterTables({
  like: (column) => `${column} LIKE ? ESCAPE '\\'`,
  issuer: 'chithi_fold(d.issuer)',
  type: 'chithi_fold(d.type)',
  jurisdiction: 'chithi_fold(p.jurisdiction)',
  text: {
    obligations: 'o.id IN (SELECT rowid FROM obligation_text WHERE obligation_text MATCH ?)',
    documents: 'd.rowid IN (SELECT rowid FROM document_text WHERE document_text MATCH ?)',
    value: phrase
  }
})

/** Words as an FTS5 phrase (folded; quotes cannot escape it). */
function phrase(words: string): string | undefined {
  const folded = searchKey(words.replace(/"/g, ' '))
  return folded ? `"${folded}"` : undefined
}

/** Give a connection `chithi_fold(text)`: the folding of the search indexes, for SQL. */
function addFold(db: Database.Database): Database.Database {
  db.function('chithi_fold', {deterministic: true}, (value: unknown) => (typeof value === 'string' ? fold(value) : null))
  return db
}

/** Open (or create) a corpus database in a SQLite file. */
export function openSqliteCorpus(path: string, options: OpenOptions = {}): Corpus {
  if (options.readonly) upgradeBeforeReading(path, (readonly) => openDatabase(path, {readonly, fileMustExist: true}))
  const db = openDatabase(path, {readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false})
  if (options.readonly) tune(db)
  else migrate(db)
  addFold(db)

  return {
    engine: 'sqlite',

    async obligations(query = {}) {
      const {where, parameters} = conditions(filters, query)

      // Find and order the matching links first; build each answer's details for the page kept only.
      const sql = `
        WITH found AS (
          SELECT op.rowid AS link
          FROM obligation_parties op
          JOIN parties p ON p.id = op.party_id
          JOIN obligations o ON o.id = op.obligation_id
          JOIN documents d ON d.id = o.document_id
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY d.date, d.path, o.id, op.rowid
          LIMIT ?
        )
        SELECT d.id AS documentId, d.path, d.type, d.number, d.issuer, d.date,
               o.id AS obligationId, o.key, o.at, o.action, o.polarity, o.line AS oLine, o."column" AS oColumn, o.start_offset AS oOffset,
               op.text AS partyText, p.canonical, p.kind, p.level, p.jurisdiction, p.jurisdiction_unit AS jurisdictionUnit, op.role,
               op.line, op."column", op.start_offset AS offset,
               (SELECT json_group_array(json_object('kind', t.kind, 'date', t.date, 'period', t.period, 'text', t.text)) FROM timings t WHERE t.obligation_id = o.id) AS timings,
               (SELECT json_group_array(json_object('role', x.role, 'text', x.text, 'canonical', y.canonical))
                  FROM obligation_parties x JOIN parties y ON y.id = x.party_id WHERE x.obligation_id = o.id) AS parties
        FROM found f
        JOIN obligation_parties op ON op.rowid = f.link
        JOIN parties p ON p.id = op.party_id
        JOIN obligations o ON o.id = op.obligation_id
        JOIN documents d ON d.id = o.document_id
        ORDER BY d.date, d.path, o.id, op.rowid`
      // SQLite reads a negative limit as none.
      parameters.push(query.limit ?? -1)
      const rows = db.prepare(sql).all(...parameters) as Array<Record<string, string | number | null>>
      return rows.map((row) => obligationAnswer(row, JSON.parse(String(row.timings ?? '[]')) as ObligationRow['timings'], JSON.parse(String(row.parties ?? '[]')) as ObligationRow['parties']))
    },

    async documents(query = {}) {
      const {where, parameters} = conditions(documentFilters, query)

      parameters.push(query.limit ?? -1)
      return db
        .prepare(
          `SELECT d.id, d.path, d.type, d.number, d.issuer, d.date, d.subject,
                  (SELECT count(*) FROM obligations o WHERE o.document_id = d.id) AS obligations
           FROM documents d ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY d.date, d.path LIMIT ?`
        )
        .all(...parameters) as DocumentRow[]
    },

    async stats(limit = -1) {
      const count = (sql: string): number => (db.prepare(sql).get() as {n: number}).n
      return {
        documents: count('SELECT count(*) AS n FROM documents'),
        obligations: count('SELECT count(*) AS n FROM obligations'),
        parties: db
          .prepare(
            `SELECT p.canonical, p.kind, p.level, p.jurisdiction, count(DISTINCT op.obligation_id) AS obligations
             FROM parties p JOIN obligation_parties op ON op.party_id = p.id
             WHERE op.role = 'responsible' AND p.kind <> 'group' GROUP BY p.id ORDER BY obligations DESC, p.canonical, p.key LIMIT ?`
          )
          .all(limit) as CorpusStats['parties'],
        groups: db
          .prepare(
            `SELECT p.canonical, p.kind, p.level, p.jurisdiction, count(DISTINCT op.obligation_id) AS obligations
             FROM parties p JOIN obligation_parties op ON op.party_id = p.id
             WHERE op.role = 'responsible' AND p.kind = 'group' GROUP BY p.id ORDER BY obligations DESC, p.canonical, p.key LIMIT ?`
          )
          .all(limit) as CorpusStats['groups'],
        timingsByMonth: db
          .prepare(`SELECT substr(date, 1, 7) AS month, count(*) AS timings FROM timings WHERE date IS NOT NULL GROUP BY month ORDER BY month`)
          .all() as CorpusStats['timingsByMonth'],
        documentsByIssuerYear: db
          .prepare(`SELECT issuer, substr(date, 1, 4) AS year, count(*) AS documents FROM documents GROUP BY issuer, year ORDER BY documents DESC, issuer, year LIMIT ?`)
          .all(limit) as CorpusStats['documentsByIssuerYear'],
        totals: {
          parties: count(`SELECT count(DISTINCT party_id) AS n FROM obligation_parties op JOIN parties p ON p.id = op.party_id WHERE op.role = 'responsible' AND p.kind <> 'group'`),
          groups: count(`SELECT count(DISTINCT party_id) AS n FROM obligation_parties op JOIN parties p ON p.id = op.party_id WHERE op.role = 'responsible' AND p.kind = 'group'`),
          documentsByIssuerYear: count('SELECT count(*) AS n FROM (SELECT 1 FROM documents GROUP BY issuer, substr(date, 1, 4))')
        }
      }
    },

    async sql(text, parameters = []) {
      // A corpus opened for writing answers on a read-only connection of its own.
      const reader = options.readonly ? db : addFold(openDatabase(path, {readonly: true, fileMustExist: true}))
      try {
        const statement = reader.prepare(text)
        if (!statement.reader) throw new Error('only statements that read are allowed: the database is opened read-only')
        return (Array.isArray(parameters) ? statement.all(...parameters) : statement.all(parameters)) as Array<Record<string, unknown>>
      } finally {
        if (reader !== db) reader.close()
      }
    },

    async close() {
      db.close()
    }
  }
}
