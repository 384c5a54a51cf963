/**
 * Writing documents into the corpus database: every row of a document in one
 * statement batch, replacing what the same path or the same bytes held.
 */
import type Database from 'better-sqlite3'
import type {ConvertedDocument} from '../batch/outputs.js'
import type {Position} from '../tree/types.js'
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
       VALUES (@id, @path, @type, @number, @issuer, @province, @place, @date, @subject, @signerAuthority, @signerOnBehalfOf, @signerTitle, @signerName, @requested, @version, @ingestedAt)`
    ),
    insertItem: db.prepare('INSERT INTO items (document_id, ordinal, path) VALUES (?, ?, ?)'),
    insertObligation: db.prepare(
      `INSERT INTO obligations (document_id, key, at, action, polarity, lead, inherited, start_offset, end_offset, line, "column")
       VALUES (@documentId, @key, @at, @action, @polarity, @lead, @inherited, @start, @end, @line, @column)`
    ),
    findParty: db.prepare<[string], {id: number}>('SELECT id FROM parties WHERE key = ?'),
    insertParty: db.prepare('INSERT INTO parties (key, canonical, kind, level) VALUES (?, ?, ?, ?)'),
    insertName: db.prepare('INSERT OR IGNORE INTO party_names (party_id, folded) VALUES (?, ?)'),
    insertLink: db.prepare(
      `INSERT INTO obligation_parties (obligation_id, party_id, role, text, folded, start_offset, end_offset, line, "column")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    insertTiming: db.prepare('INSERT INTO timings (obligation_id, kind, date, period, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertCitation: db.prepare('INSERT INTO citations (document_id, kind, number, date, issuer, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insertMessage: db.prepare('INSERT INTO messages (document_id, rule_id, severity, reason, line, "column") VALUES (?, ?, ?, ?, ?, ?)'),
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

  const partyId = (canonical: string, kind: string, level: string): number => {
    const key = searchKey(canonical)
    const found = statements.findParty.get(key)
    if (found) return found.id
    const id = Number(statements.insertParty.run(key, canonical, kind, level).lastInsertRowid)
    statements.insertName.run(id, key)
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
      const fields = record.document
      const documentRow = statements.insertDocument.run({
        id,
        path,
        type: fields.type,
        number: fields.number,
        issuer: fields.issuer,
        province: fields.province,
        place: fields.place,
        date: fields.date,
        subject: fields.subject,
        signerAuthority: fields.signer?.authority ?? null,
        signerOnBehalfOf: fields.signer?.onBehalfOf ?? null,
        signerTitle: fields.signer?.title ?? null,
        signerName: fields.signer?.name ?? null,
        requested: JSON.stringify(fields.requested),
        version: document.chithi.version,
        ingestedAt: new Date().toISOString()
      })
      statements.upsertSource.run(path, id)
      for (const other of others) statements.upsertSource.run(other.path, id)
      if (previous && previous.document_id !== id) release(previous.document_id)

      fields.items.forEach((item, ordinal) => statements.insertItem.run(id, ordinal, item))
      for (const obligation of record.obligations) {
        const place = spot(obligation.position)
        const obligationId = Number(
          statements.insertObligation.run({
            documentId: id,
            key: obligation.id,
            at: obligation.at,
            action: obligation.what,
            polarity: obligation.polarity,
            lead: obligation.lead ? 1 : 0,
            inherited: obligation.inherited ? 1 : 0,
            ...place
          }).lastInsertRowid
        )
        for (const party of obligation.parties) {
          const at = spot(party.position)
          const id = partyId(party.canonical, party.kind, party.level)
          const folded = searchKey(party.text)
          statements.insertName.run(id, folded)
          statements.insertLink.run(obligationId, id, party.role, party.text, folded, at.start, at.end, at.line, at.column)
        }

        for (const timing of obligation.when) {
          const at = spot(timing.position)
          statements.insertTiming.run(obligationId, timing.kind, timing.date ?? null, timing.period ?? null, timing.text, at.start, at.end)
        }

        const words = [obligation.who.join(', '), obligation.what, ...obligation.when.map((timing) => timing.text)].join(' ')
        statements.insertObligationText.run(obligationId, searchKey(words))
      }

      for (const citation of fields.references) {
        const at = spot(citation.position)
        statements.insertCitation.run(id, citation.kind, citation.number, citation.date, citation.issuer, citation.text, at.start, at.end)
      }

      for (const message of document.messages) {
        statements.insertMessage.run(id, message.ruleId ?? null, message.severity, message.reason, message.line ?? null, message.column ?? null)
      }

      statements.insertDocumentText.run(documentRow.lastInsertRowid, searchKey(`${fields.subject ?? ''} ${text}`))
    }
  }
}

function spot(position: Position | undefined): {start: number | null; end: number | null; line: number | null; column: number | null} {
  return {
    start: position?.start.offset ?? null,
    end: position?.end.offset ?? null,
    line: position?.start.line ?? null,
    column: position?.start.column ?? null
  }
}
