/**
 * The corpus on PostgreSQL: the queries of `Corpus`, giving the answers the
 * SQLite corpus gives for the same files, in the same order (NULLs first,
 * text by code point); words and folded names found through trigram
 * indexes on columns chithi folds itself.
 */
import type {Pool} from 'pg'
import type {Corpus, CorpusStats, DocumentQuery, DocumentRow, ObligationQuery, ObligationRow, OpenOptions} from './corpus.js'
import {obligationAnswer} from './answer.js'
import {conditions, filterTables} from './filters.js'
import {numberPlaceholders} from './placeholders.js'
import {connectPostgres, postgresError} from './postgres.js'
import {migratePostgres, postgresMigrations} from './postgres-schema.js'
import {wordPattern} from './search.js'

/** Every filter, in the order they are applied (as on SQLite); `?` are numbered before the query is sent. */
const {obligations: filters, documents: documentFilters} = filterTables({
  like: (column) => `${column} LIKE ?`,
  issuer: 'd.issuer_folded',
  type: 'd.type_folded',
  jurisdiction: 'p.jurisdiction_folded',
  text: {
    obligations: 'o.id IN (SELECT obligation_id FROM obligation_text WHERE body LIKE ?)',
    documents: 'd.id IN (SELECT document_id FROM document_text WHERE body LIKE ?)',
    value: wordPattern
  }
})

/** The order of answers, as SQLite gives it: NULLs first, text compared by code point. */
const answerOrder = `d.date COLLATE "C" NULLS FIRST, d.path COLLATE "C", o.id, op.id`

/** Open a corpus in the PostgreSQL database a connection string names (its schema made or brought up to date unless read-only). */
export async function openPostgresCorpus(location: string, options: OpenOptions = {}): Promise<Corpus> {
  const pool = connectPostgres(location, {max: 2})
  const run = async <Row extends object>(sql: string, parameters: unknown[] = []): Promise<Row[]> => {
    const {text, values} = numberPlaceholders(sql, parameters)
    try {
      return (await pool.query<Row & Record<string, unknown>>(text, values)).rows
    } catch (error) {
      throw postgresError(location, error)
    }
  }

  try {
    const client = await pool.connect()
    try {
      if (!options.readonly) await migratePostgres(client)
      else if ((await client.query<{found: string | null}>(`SELECT to_regclass('chithi_schema')::text AS found`)).rows[0]?.found == null) {
        throw new Error('not a chithi corpus (make one with `chithi ingest FILES --db …`)')
      } else {
        // Made by an older version: brought up to date before it is read (a query would miss the columns added since).
        const version = (await client.query<{version: number}>('SELECT version FROM chithi_schema')).rows[0]?.version ?? 0
        if (version < postgresMigrations.length) {
          await migratePostgres(client).catch((error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error)
            throw new Error(`made by an older chithi (schema ${version}; this one reads ${postgresMigrations.length}) and cannot be brought up to date with this connection (${reason}): open it once with a role that may alter it, e.g. with chithi ingest`)
          })
        }
      }
    } finally {
      client.release()
    }
  } catch (error) {
    await pool.end()
    throw postgresError(location, error)
  }

  return {
    engine: 'postgres',

    async obligations(query = {}) {
      const {where, parameters} = conditions(filters, query, 'FALSE')
      const sql = `
        WITH found AS (
          SELECT op.id AS link
          FROM obligation_parties op
          JOIN parties p ON p.id = op.party_id
          JOIN obligations o ON o.id = op.obligation_id
          JOIN documents d ON d.id = o.document_id
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY ${answerOrder}
          LIMIT ?
        )
        SELECT d.id AS "documentId", d.path, d.type, d.number, d.issuer, d.date,
               o.key, o.at, o.action, o.polarity, o.line AS "oLine", o."column" AS "oColumn", o.start_offset AS "oOffset",
               op.text AS "partyText", p.canonical, p.kind, p.level, p.jurisdiction, p.jurisdiction_unit AS "jurisdictionUnit", op.role,
               op.line, op."column", op.start_offset AS "offset",
               (SELECT coalesce(json_agg(json_build_object('kind', t.kind, 'date', t.date, 'period', t.period, 'text', t.text) ORDER BY t.id), '[]'::json)
                  FROM timings t WHERE t.obligation_id = o.id) AS timings,
               (SELECT coalesce(json_agg(json_build_object('role', x.role, 'text', x.text, 'canonical', y.canonical) ORDER BY x.id), '[]'::json)
                  FROM obligation_parties x JOIN parties y ON y.id = x.party_id WHERE x.obligation_id = o.id) AS parties
        FROM found f
        JOIN obligation_parties op ON op.id = f.link
        JOIN parties p ON p.id = op.party_id
        JOIN obligations o ON o.id = op.obligation_id
        JOIN documents d ON d.id = o.document_id
        ORDER BY ${answerOrder}`
      parameters.push(query.limit ?? null)
      const rows = await run<Record<string, string | number | null> & {timings: ObligationRow['timings']; parties: ObligationRow['parties']}>(sql, parameters)
      return rows.map((row) => obligationAnswer(row, row.timings, row.parties))
    },

    async documents(query = {}) {
      const {where, parameters} = conditions(documentFilters, query, 'FALSE')
      parameters.push(query.limit ?? null)
      return run<DocumentRow>(
        `SELECT d.id, d.path, d.type, d.number, d.issuer, d.date, d.subject,
                (SELECT count(*)::int FROM obligations o WHERE o.document_id = d.id) AS obligations
         FROM documents d ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY d.date COLLATE "C" NULLS FIRST, d.path COLLATE "C" LIMIT ?`,
        parameters
      )
    },

    async stats(limit) {
      const cut = limit === undefined || limit < 0 ? null : limit
      const count = async (sql: string): Promise<number> => (await run<{n: number}>(sql))[0]?.n ?? 0
      return {
        documents: await count('SELECT count(*)::int AS n FROM documents'),
        obligations: await count('SELECT count(*)::int AS n FROM obligations'),
        parties: await run<CorpusStats['parties'][number]>(
          `SELECT p.canonical, p.kind, p.level, p.jurisdiction, count(DISTINCT op.obligation_id)::int AS obligations
           FROM parties p JOIN obligation_parties op ON op.party_id = p.id
           WHERE op.role = 'responsible' AND p.kind <> 'group' GROUP BY p.id ORDER BY obligations DESC, p.canonical COLLATE "C", p.key COLLATE "C" LIMIT ?`,
          [cut]
        ),
        groups: await run<CorpusStats['groups'][number]>(
          `SELECT p.canonical, p.kind, p.level, p.jurisdiction, count(DISTINCT op.obligation_id)::int AS obligations
           FROM parties p JOIN obligation_parties op ON op.party_id = p.id
           WHERE op.role = 'responsible' AND p.kind = 'group' GROUP BY p.id ORDER BY obligations DESC, p.canonical COLLATE "C", p.key COLLATE "C" LIMIT ?`,
          [cut]
        ),
        timingsByMonth: await run<CorpusStats['timingsByMonth'][number]>(
          `SELECT substr(date, 1, 7) AS month, count(*)::int AS timings FROM timings WHERE date IS NOT NULL GROUP BY month ORDER BY substr(date, 1, 7) COLLATE "C"`
        ),
        documentsByIssuerYear: await run<CorpusStats['documentsByIssuerYear'][number]>(
          `SELECT issuer, substr(date, 1, 4) AS year, count(*)::int AS documents FROM documents GROUP BY issuer, year
           ORDER BY documents DESC, issuer COLLATE "C" NULLS FIRST, substr(date, 1, 4) COLLATE "C" NULLS FIRST LIMIT ?`,
          [cut]
        ),
        totals: {
          parties: await count(`SELECT count(DISTINCT party_id)::int AS n FROM obligation_parties op JOIN parties p ON p.id = op.party_id WHERE op.role = 'responsible' AND p.kind <> 'group'`),
          groups: await count(`SELECT count(DISTINCT party_id)::int AS n FROM obligation_parties op JOIN parties p ON p.id = op.party_id WHERE op.role = 'responsible' AND p.kind = 'group'`),
          documentsByIssuerYear: await count('SELECT count(*)::int AS n FROM (SELECT 1 FROM documents GROUP BY issuer, substr(date, 1, 4)) g')
        }
      }
    },

    async sql(text, parameters = []) {
      const {text: numbered, values} = numberPlaceholders(text, parameters)
      const client = await pool.connect()
      try {
        await client.query('BEGIN READ ONLY')
        return (await client.query<Record<string, unknown>>(numbered, values)).rows
      } catch (error) {
        throw postgresError(location, error)
      } finally {
        await client.query('ROLLBACK').catch(() => undefined)
        client.release()
      }
    },

    async close() {
      await pool.end()
    }
  }
}
