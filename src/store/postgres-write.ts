/**
 * Writing a batch of documents into a PostgreSQL corpus: one transaction,
 * a few multi-row statements per table, under the ingesters' advisory lock
 * (several ingesters on several machines write one batch at a time; each
 * parses on its own). The same rules as on SQLite (src/store/write.ts): a
 * document per content (its SHA-256), replaced when made by another version,
 * dropped when no path holds it any more.
 */
import type {PoolClient} from 'pg'
import type {ConvertedDocument} from '../batch/outputs.js'
import {writeLock} from './postgres-schema.js'
import {documentRows, type ObligationRows, type PartiesRow} from './rows.js'
import {searchKey, wordBody} from './search.js'

/** One document to store, found at `path`, with its words. */
export interface PendingDocument {
  path: string
  document: ConvertedDocument
  text: string
}

type Value = string | number | null

/** The PostgreSQL type of a column of a table: ids big integers (a document's is its SHA-256, text), counts and places integers, the rest text. */
function columnType(table: string, name: string): string {
  if ((name === 'id' && table !== 'documents') || name === 'obligation_id' || name === 'party_id') return 'bigint'
  return ['ordinal', 'lead', 'inherited', 'start_offset', 'end_offset', 'line', 'column'].includes(name) ? 'integer' : 'text'
}

/** Insert rows (all with the same columns, those of the first) through `json_to_recordset`: one statement whatever their number. */
async function insertRows(client: PoolClient, table: string, rows: ReadonlyArray<object>, conflict = ''): Promise<void> {
  const first = rows[0]
  if (first === undefined) return
  const columns = Object.keys(first)
  const names = columns.map((name) => `"${name}"`).join(', ')
  const types = columns.map((name) => `"${name}" ${columnType(table, name)}`).join(', ')
  // PostgreSQL text cannot hold U+0000.
  const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '') : value))
  await client.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${types}) ${conflict}`, [json])
}

/** `count` new ids of a table's identity column. */
async function newIds(client: PoolClient, table: string, count: number): Promise<string[]> {
  if (count === 0) return []
  const result = await client.query<{id: string}>(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::text AS id FROM generate_series(1, $2)`, [table, count])
  return result.rows.map((row) => row.id)
}

/** Store a batch in one transaction; `fault` (a test hook) kills the process half-way through it. */
export async function writeBatch(client: PoolClient, batch: readonly PendingDocument[], fault = false): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [writeLock])
    await write(client, batch, fault)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

async function write(client: PoolClient, batch: readonly PendingDocument[], fault: boolean): Promise<void> {
  const ids = [...new Set(batch.map((entry) => entry.document.chithi.sha256))]
  const stored = new Map((await client.query<{id: string; version: string}>('SELECT id, version FROM documents WHERE id = ANY($1)', [ids])).rows.map((row) => [row.id, row.version]))
  const paths = batch.map((entry) => entry.path)
  const previous = new Map((await client.query<{path: string; document_id: string}>('SELECT path, document_id FROM sources WHERE path = ANY($1)', [paths])).rows.map((row) => [row.path, row.document_id]))

  const inserted = new Map<string, PendingDocument>()
  const replaced = new Set<string>()
  const sources = new Map<string, string>()
  for (const entry of batch) {
    const id = entry.document.chithi.sha256
    const version = stored.get(id)
    // The same bytes are one document: only the path is new.
    if (inserted.has(id) || (version !== undefined && (version === entry.document.chithi.version || !entry.document.record))) {
      sources.set(entry.path, id)
      continue
    }

    if (!entry.document.record) continue
    if (version !== undefined) replaced.add(id)
    inserted.set(id, entry)
    sources.set(entry.path, id)
  }

  // Made by another version of the library: replaced, keeping the paths that hold it.
  if (replaced.size > 0) {
    const others = await client.query<{path: string; document_id: string}>('SELECT path, document_id FROM sources WHERE document_id = ANY($1)', [[...replaced]])
    for (const row of others.rows) if (!sources.has(row.path)) sources.set(row.path, row.document_id)
    await client.query('DELETE FROM documents WHERE id = ANY($1)', [[...replaced]])
  }

  await insertDocuments(client, [...inserted.values()])
  if (fault) process.kill(process.pid, 'SIGKILL')

  await insertRows(
    client,
    'sources',
    [...sources].map(([path, documentId]) => ({path, document_id: documentId})),
    'ON CONFLICT (path) DO UPDATE SET document_id = excluded.document_id'
  )
  // Drop the documents no path holds any more.
  const released = [...previous].filter(([path, id]) => sources.get(path) !== id).map(([, id]) => id)
  if (released.length > 0) await client.query('DELETE FROM documents d WHERE d.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)', [released])
}

async function insertDocuments(client: PoolClient, entries: readonly PendingDocument[]): Promise<void> {
  if (entries.length === 0) return
  const now = new Date().toISOString()
  const all = entries.map(({path, document, text}) => documentRows(path, {...document, record: document.record!}, text, now))
  const documents = all.map(({document}) => ({...document, issuer_folded: document.issuer === null ? null : searchKey(document.issuer), type_folded: document.type === null ? null : searchKey(document.type)}))
  await insertRows(client, 'documents', documents)
  await insertRows(client, 'items', all.flatMap((rows) => rows.items))
  await insertRows(client, 'citations', all.flatMap((rows) => rows.citations))
  await insertRows(client, 'messages', all.flatMap((rows) => rows.messages))
  await insertRows(client, 'document_text', all.map((rows) => ({document_id: rows.document.id, body: wordBody(rows.words)})))
  await insertObligations(client, all.flatMap((rows) => rows.obligations))
}

async function insertObligations(client: PoolClient, all: readonly ObligationRows[]): Promise<void> {
  const linkCount = all.reduce((sum, {parties}) => sum + parties.length, 0)
  const timingCount = all.reduce((sum, {timings}) => sum + timings.length, 0)
  const obligationIds = await newIds(client, 'obligations', all.length)
  const linkIds = await newIds(client, 'obligation_parties', linkCount)
  const timingIds = await newIds(client, 'timings', timingCount)

  // Parties, grouped by their folded canonical name: the first spelling met names a new one.
  const parties = new Map<string, PartiesRow>()
  for (const rows of all) for (const {party} of rows.parties) if (!parties.has(party.key)) parties.set(party.key, party)

  await insertRows(
    client,
    'parties',
    [...parties.values()].map((party) => ({...party, jurisdiction_folded: party.jurisdiction === null ? null : searchKey(party.jurisdiction)})),
    'ON CONFLICT (key) DO NOTHING'
  )
  const partyIds = new Map((await client.query<{id: string; key: string}>('SELECT id::text AS id, key FROM parties WHERE key = ANY($1)', [[...parties.keys()]])).rows.map((row) => [row.key, row.id]))

  const obligations: Array<Record<string, Value>> = []
  const links: Array<Record<string, Value>> = []
  const names = new Map<string, Record<string, Value>>()
  const timings: Array<Record<string, Value>> = []
  const obligationText: Array<Record<string, Value>> = []
  let link = 0
  let timing = 0
  all.forEach((rows, index) => {
    const id = obligationIds[index] as string
    obligations.push({id, ...rows.obligation})
    for (const {party, link: written} of rows.parties) {
      const partyId = partyIds.get(party.key) as string
      names.set(`${partyId} ${party.key}`, {party_id: partyId, folded: party.key})
      names.set(`${partyId} ${written.folded}`, {party_id: partyId, folded: written.folded})
      links.push({id: linkIds[link++] as string, obligation_id: id, party_id: partyId, ...written})
    }

    for (const when of rows.timings) timings.push({id: timingIds[timing++] as string, obligation_id: id, ...when})
    obligationText.push({obligation_id: id, body: wordBody(rows.words)})
  })

  await insertRows(client, 'obligations', obligations)
  await insertRows(client, 'party_names', [...names.values()], 'ON CONFLICT DO NOTHING')
  await insertRows(client, 'obligation_parties', links)
  await insertRows(client, 'timings', timings)
  await insertRows(client, 'obligation_text', obligationText)
}
