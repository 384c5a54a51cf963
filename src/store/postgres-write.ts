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
import type {Position} from '../tree/types.js'
import {writeLock} from './postgres-schema.js'
import {searchKey, wordBody} from './search.js'

/** One document to store, found at `path`, with its words. */
export interface PendingDocument {
  path: string
  document: ConvertedDocument
  text: string
}

type Value = string | number | null

/** Insert rows through `json_to_recordset`: one statement whatever their number. */
async function insertRows(client: PoolClient, table: string, columns: ReadonlyArray<readonly [string, string]>, rows: ReadonlyArray<Record<string, Value>>, conflict = ''): Promise<void> {
  if (rows.length === 0) return
  const names = columns.map(([name]) => `"${name}"`).join(', ')
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ')
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

const text = 'text'
const integer = 'integer'
const bigint = 'bigint'

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
    [['path', text], ['document_id', text]],
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
  const documents: Array<Record<string, Value>> = []
  const items: Array<Record<string, Value>> = []
  const citations: Array<Record<string, Value>> = []
  const messages: Array<Record<string, Value>> = []
  const documentText: Array<Record<string, Value>> = []
  for (const {path, document, text: words} of entries) {
    const id = document.chithi.sha256
    const fields = document.record!.document
    documents.push({
      id,
      path,
      type: fields.type,
      number: fields.number,
      issuer: fields.issuer,
      province: fields.province,
      place: fields.place,
      date: fields.date,
      subject: fields.subject,
      signer_authority: fields.signer?.authority ?? null,
      signer_on_behalf_of: fields.signer?.onBehalfOf ?? null,
      signer_title: fields.signer?.title ?? null,
      signer_name: fields.signer?.name ?? null,
      requested: JSON.stringify(fields.requested),
      version: document.chithi.version,
      ingested_at: now,
      issuer_folded: fields.issuer === null ? null : searchKey(fields.issuer),
      type_folded: fields.type === null ? null : searchKey(fields.type)
    })
    fields.items.forEach((item, ordinal) => items.push({document_id: id, ordinal, path: item}))
    for (const citation of fields.references) {
      const at = spot(citation.position)
      citations.push({document_id: id, kind: citation.kind, number: citation.number, date: citation.date, issuer: citation.issuer, text: citation.text, start_offset: at.start, end_offset: at.end})
    }

    for (const message of document.messages) {
      messages.push({document_id: id, rule_id: message.ruleId ?? null, severity: message.severity, reason: message.reason, line: message.line ?? null, column: message.column ?? null})
    }

    documentText.push({document_id: id, body: wordBody(`${fields.subject ?? ''} ${words}`)})
  }

  await insertRows(client, 'documents', ['id', 'path', 'type', 'number', 'issuer', 'province', 'place', 'date', 'subject', 'signer_authority', 'signer_on_behalf_of', 'signer_title', 'signer_name', 'requested', 'version', 'ingested_at', 'issuer_folded', 'type_folded'].map((name) => [name, text] as const), documents)
  await insertRows(client, 'items', [['document_id', text], ['ordinal', integer], ['path', text]], items)
  await insertRows(client, 'citations', [['document_id', text], ['kind', text], ['number', text], ['date', text], ['issuer', text], ['text', text], ['start_offset', integer], ['end_offset', integer]], citations)
  await insertRows(client, 'messages', [['document_id', text], ['rule_id', text], ['severity', text], ['reason', text], ['line', integer], ['column', integer]], messages)
  await insertRows(client, 'document_text', [['document_id', text], ['body', text]], documentText)
  await insertObligations(client, entries)
}

async function insertObligations(client: PoolClient, entries: readonly PendingDocument[]): Promise<void> {
  const all = entries.flatMap(({document}) => document.record!.obligations.map((obligation) => ({documentId: document.chithi.sha256, obligation})))
  const linkCount = all.reduce((sum, {obligation}) => sum + obligation.parties.length, 0)
  const timingCount = all.reduce((sum, {obligation}) => sum + obligation.when.length, 0)
  const obligationIds = await newIds(client, 'obligations', all.length)
  const linkIds = await newIds(client, 'obligation_parties', linkCount)
  const timingIds = await newIds(client, 'timings', timingCount)

  // Parties, grouped by their folded canonical name: the first spelling met names a new one.
  const parties = new Map<string, Record<string, Value>>()
  for (const {obligation} of all) {
    for (const party of obligation.parties) {
      const key = searchKey(party.canonical)
      if (!parties.has(key)) parties.set(key, {key, canonical: party.canonical, kind: party.kind, level: party.level})
    }
  }

  await insertRows(client, 'parties', [['key', text], ['canonical', text], ['kind', text], ['level', text]], [...parties.values()], 'ON CONFLICT (key) DO NOTHING')
  const partyIds = new Map((await client.query<{id: string; key: string}>('SELECT id::text AS id, key FROM parties WHERE key = ANY($1)', [[...parties.keys()]])).rows.map((row) => [row.key, row.id]))

  const obligations: Array<Record<string, Value>> = []
  const links: Array<Record<string, Value>> = []
  const names = new Map<string, Record<string, Value>>()
  const timings: Array<Record<string, Value>> = []
  const obligationText: Array<Record<string, Value>> = []
  let link = 0
  let timing = 0
  all.forEach(({documentId, obligation}, index) => {
    const id = obligationIds[index] as string
    const place = spot(obligation.position)
    obligations.push({id, document_id: documentId, key: obligation.id, at: obligation.at, action: obligation.what, polarity: obligation.polarity, lead: obligation.lead ? 1 : 0, inherited: obligation.inherited ? 1 : 0, start_offset: place.start, end_offset: place.end, line: place.line, column: place.column})
    for (const party of obligation.parties) {
      const at = spot(party.position)
      const key = searchKey(party.canonical)
      const partyId = partyIds.get(key) as string
      const folded = searchKey(party.text)
      names.set(`${partyId} ${key}`, {party_id: partyId, folded: key})
      names.set(`${partyId} ${folded}`, {party_id: partyId, folded})
      links.push({id: linkIds[link++] as string, obligation_id: id, party_id: partyId, role: party.role, text: party.text, folded, start_offset: at.start, end_offset: at.end, line: at.line, column: at.column})
    }

    for (const when of obligation.when) {
      const at = spot(when.position)
      timings.push({id: timingIds[timing++] as string, obligation_id: id, kind: when.kind, date: when.date ?? null, period: when.period ?? null, text: when.text, start_offset: at.start, end_offset: at.end})
    }

    obligationText.push({obligation_id: id, body: wordBody([obligation.who.join(', '), obligation.what, ...obligation.when.map((found) => found.text)].join(' '))})
  })

  await insertRows(client, 'obligations', [['id', bigint], ['document_id', text], ['key', text], ['at', text], ['action', text], ['polarity', text], ['lead', integer], ['inherited', integer], ['start_offset', integer], ['end_offset', integer], ['line', integer], ['column', integer]], obligations)
  await insertRows(client, 'party_names', [['party_id', bigint], ['folded', text]], [...names.values()], 'ON CONFLICT DO NOTHING')
  await insertRows(client, 'obligation_parties', [['id', bigint], ['obligation_id', bigint], ['party_id', bigint], ['role', text], ['text', text], ['folded', text], ['start_offset', integer], ['end_offset', integer], ['line', integer], ['column', integer]], links)
  await insertRows(client, 'timings', [['id', bigint], ['obligation_id', bigint], ['kind', text], ['date', text], ['period', text], ['text', text], ['start_offset', integer], ['end_offset', integer]], timings)
  await insertRows(client, 'obligation_text', [['obligation_id', bigint], ['body', text]], obligationText)
}

function spot(position: Position | undefined): {start: number | null; end: number | null; line: number | null; column: number | null} {
  return {start: position?.start.offset ?? null, end: position?.end.offset ?? null, line: position?.start.line ?? null, column: position?.start.column ?? null}
}
