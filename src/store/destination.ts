/**
 * Where an ingest writes: a SQLite file or a PostgreSQL database, behind one
 * interface (what is stored already, a batch in one transaction, closing).
 */
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {isPostgres} from './location.js'
import type {PendingDocument} from './postgres-write.js'

/** An ingest's database, open for writing, its schema up to date. */
export interface Destination {
  /** A folder no input may be inside (the SQLite file's), for planning the inputs. */
  readonly out: string
  /** The paths already stored by this version, with their document's id. */
  known(version: string): Promise<Map<string, string>>
  /** Store a batch in one transaction; `fault` (a test hook) kills the process half-way through it. */
  write(batch: readonly PendingDocument[], fault: boolean): Promise<void>
  /** After the last batch: tidy up (SQLite: statistics, and one file without -wal and -shm). */
  finish(): Promise<void>
  close(): Promise<void>
}

/** The folder an ingest writes to, for planning its inputs (a PostgreSQL database: none, so a folder no input is in). */
export function destinationFolder(location: string): string {
  return isPostgres(location) ? join(tmpdir(), 'chithi-ingest-writes-no-file') : resolve(location)
}

/** Open the database at `location` for an ingest. */
export async function openDestination(location: string): Promise<Destination> {
  return isPostgres(location) ? postgresDestination(location) : sqliteDestination(resolve(location))
}

/** Milliseconds an ingest waits for another's write lock on a SQLite file before it gives up. */
const busyTimeout = 120_000

async function sqliteDestination(path: string): Promise<Destination> {
  const {openDatabase} = await import('./sqlite.js')
  const {migrate} = await import('./schema.js')
  const {writer} = await import('./write.js')
  // Another ingest may hold the write lock for a batch: wait for it (each holds it for one transaction) rather than fail.
  const db = openDatabase(path, {timeout: busyTimeout})
  try {
    migrate(db)
  } catch (error) {
    db.close()
    throw error
  }

  const put = writer(db)
  const transaction = db.transaction((batch: readonly PendingDocument[], fault: boolean) => {
    for (const [index, {path: input, document, text}] of batch.entries()) {
      if (fault && index === batch.length >> 1) process.kill(process.pid, 'SIGKILL')
      put.put(input, document, text)
    }
  })
  return {
    out: path,
    async known(version) {
      const rows = db.prepare<[string], {path: string; id: string}>('SELECT s.path, d.id FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.version = ?').all(version)
      return new Map(rows.map((row) => [row.path, row.id]))
    },
    async write(batch, fault) {
      // IMMEDIATE: the write lock is taken (or waited for) at the start; a deferred transaction that reads first
      // fails at once with SQLITE_BUSY when another ingest wrote in between.
      transaction.immediate(batch, fault)
    },
    async finish() {
      db.pragma('optimize')
      // Leave one file behind (no -wal, -shm beside it): the database can be copied or opened read-only anywhere.
      // With another ingest still writing the journal stays as it is: the last to finish changes it.
      try {
        db.pragma('journal_mode = DELETE')
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY'))) throw error
      }
    },
    async close() {
      db.close()
    }
  }
}

async function postgresDestination(location: string): Promise<Destination> {
  const {connectPostgres, postgresError} = await import('./postgres.js')
  const {migratePostgres} = await import('./postgres-schema.js')
  const {writeBatch} = await import('./postgres-write.js')
  const pool = connectPostgres(location, {max: 1})
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end()
    throw postgresError(location, error)
  })
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw postgresError(location, error)
    }
  }

  await guard(() => migratePostgres(client)).catch(async (error: unknown) => {
    client.release()
    await pool.end()
    throw error
  })
  return {
    out: destinationFolder(location),
    known: (version) =>
      guard(async () => {
        const result = await client.query<{path: string; id: string}>('SELECT s.path, d.id FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.version = $1', [version])
        return new Map(result.rows.map((row) => [row.path, row.id]))
      }),
    write: (batch, fault) => guard(() => writeBatch(client, batch, fault)),
    finish: () => guard(async () => void (await client.query('ANALYZE'))),
    async close() {
      client.release()
      await pool.end()
    }
  }
}
