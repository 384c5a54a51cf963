/**
 * Writing documents into the corpus database: every row of a document in one
 * statement batch, replacing what the same path or the same bytes held.
 */
import type Database from 'better-sqlite3'
import type {ConvertedDocument} from '../batch/outputs.js'
import {documentRows, type PartiesRow} from './rows.js'
import {searchKey} from './search.js'

/** Prepared statements of a writer. */
export interface Writer {
  /** Insert (or replace) one converted document found at `path`, with its words. */
  put(path: string, document: ConvertedDocument, text: string): void
}

/** A writer on an open database (call inside a transaction for speed). */
export function writer(db: Database.Database): Writer {
  const statements = {
    sourceOf: db.prepare<[string], {document_id: string}>('SELECT document_id FROM sources WHERE path = ?'),
    sourcesOf: db.prepare<[string], {n: number}>('SELECT count(*) AS n FROM sources WHERE document_id = ?'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    deleteObligationText: db.prepare('DELETE FROM obligation_text WHERE rowid IN (SELECT id FROM obligations WHERE document_id = ?)'),
    deleteDocumentText: db.prepare('DELETE FROM document_text WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)'),
    documentVersion: db.prepare<[string], {version: string}>('SELECT version FROM documents WHERE id = ?'),
    sourcesAt: db.prepare<[string], {path: string}>('SELECT path FROM sources WHERE document_id = ?'),
    upsertSource: db.prepare('INSERT INTO sources (path, document_id) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id'),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, path, type, number, issuer, province, place, date, subject, signer_authority, signer_on_behalf_of, signer_title, signer_name, requested, version, ingested_at)
       VALUES (@id, @path, @type, @number, @issuer, @province, @place, @date, @subject, @signer_authority, @signer_on_behalf_of, @signer_title, @signer_name, @requested, @version, @ingested_at)`
    ),
    insertItem: db.prepare('INSERT INTO items (document_id, ordinal, path) VALUES (@document_id, @ordinal, @path)'),
    insertObligation: db.prepare(
      `INSERT INTO obligations (document_id, key, at, action, polarity, lead, inherited, start_offset, end_offset, line, "column")
       VALUES (@document_id, @key, @at, @action, @polarity, @lead, @inherited, @start_offset, @end_offset, @line, @column)`
    ),
    findParty: db.prepare<[string], {id: number}>('SELECT id FROM parties WHERE key = ?'),
    insertParty: db.prepare('INSERT INTO parties (key, canonical, kind, level, jurisdiction, jurisdiction_unit) VALUES (@key, @canonical, @kind, @level, @jurisdiction, @jurisdiction_unit)'),
    insertName: db.prepare('INSERT OR IGNORE INTO party_names (party_id, folded) VALUES (?, ?)'),
    insertLink: db.prepare(
      `INSERT INTO obligation_parties (obligation_id, party_id, role, text, folded, start_offset, end_offset, line, "column")
       VALUES (@obligation_id, @party_id, @role, @text, @folded, @start_offset, @end_offset, @line, @column)`
    ),
    insertTiming: db.prepare('INSERT INTO timings (obligation_id, kind, date, period, text, start_offset, end_offset) VALUES (@obligation_id, @kind, @date, @period, @text, @start_offset, @end_offset)'),
    insertCitation: db.prepare('INSERT INTO citations (document_id, kind, number, date, issuer, text, start_offset, end_offset) VALUES (@document_id, @kind, @number, @date, @issuer, @text, @start_offset, @end_offset)'),
    insertMessage: db.prepare('INSERT INTO messages (document_id, rule_id, severity, reason, line, "column") VALUES (@document_id, @rule_id, @severity, @reason, @line, @column)'),
    insertObligationText: db.prepare('INSERT INTO obligation_text (rowid, body) VALUES (?, ?)'),
    insertDocumentText: db.prepare('INSERT INTO document_text (rowid, body) VALUES (?, ?)')
  }

  /** Drop a document when no path holds it any more. */
  const release = (documentId: string): void => {
    if ((statements.sourcesOf.get(documentId)?.n ?? 0) > 0) return
    statements.deleteObligationText.run(documentId)
    statements.deleteDocumentText.run(documentId)
    statements.deleteDocument.run(documentId)
  }

  const partyId = (party: PartiesRow): number => {
    const found = statements.findParty.get(party.key)
    if (found) return found.id
    const id = Number(statements.insertParty.run(party).lastInsertRowid)
    statements.insertName.run(id, party.key)
    return id
  }

  return {
    put(path, document, text) {
      const id = document.chithi.sha256
      const previous = statements.sourceOf.get(path)
      const record = document.record
      const stored = statements.documentVersion.get(id)
      // The same bytes are one document: only the path is new.
      if (stored && (stored.version === document.chithi.version || !record)) {
        statements.upsertSource.run(path, id)
        if (previous && previous.document_id !== id) release(previous.document_id)
        return
      }

      if (!record) return
      // Made by another version of the library: replaced, keeping the paths that hold it.
      const others = stored ? statements.sourcesAt.all(id).filter((source) => source.path !== path) : []
      if (stored) {
        statements.deleteObligationText.run(id)
        statements.deleteDocumentText.run(id)
        statements.deleteDocument.run(id)
      }
      const rows = documentRows(path, {...document, record}, text, new Date().toISOString())
      const documentRow = statements.insertDocument.run(rows.document)
      statements.upsertSource.run(path, id)
      for (const other of others) statements.upsertSource.run(other.path, id)
      if (previous && previous.document_id !== id) release(previous.document_id)

      for (const item of rows.items) statements.insertItem.run(item)
      for (const {obligation, parties, timings, words} of rows.obligations) {
        const obligationId = Number(statements.insertObligation.run(obligation).lastInsertRowid)
        for (const {party, link} of parties) {
          const id = partyId(party)
          statements.insertName.run(id, link.folded)
          statements.insertLink.run({...link, obligation_id: obligationId, party_id: id})
        }

        for (const timing of timings) statements.insertTiming.run({...timing, obligation_id: obligationId})
        statements.insertObligationText.run(obligationId, searchKey(words))
      }

      for (const citation of rows.citations) statements.insertCitation.run(citation)
      for (const message of rows.messages) statements.insertMessage.run(message)
      statements.insertDocumentText.run(documentRow.lastInsertRowid, searchKey(rows.words))
    }
  }
}
