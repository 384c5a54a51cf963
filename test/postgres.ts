/**
 * The PostgreSQL server the store's tests run against: CHITHI_TEST_POSTGRES
 * (a connection string to a server where databases can be made; `.ci/run`
 * starts a throwaway one with `.ci/postgres start DIR`). Without it the
 * PostgreSQL tests say they skipped — except under CI=true, where they fail.
 */
import {randomBytes} from 'node:crypto'
import pg from 'pg'

export const postgresUrl = process.env.CHITHI_TEST_POSTGRES || undefined

/** The engines a store test runs on. */
export const engines = ['sqlite', 'postgres'] as const
export type Engine = (typeof engines)[number]

/** Whether the tests of an engine are skipped: PostgreSQL's without a server, but never under CI. */
export function skipped(engine: Engine): boolean {
  return engine === 'postgres' && !postgresUrl && process.env.CI !== 'true'
}

/** A new empty database on the test server (its connection string), and a way to drop it. */
export async function freshPostgres(): Promise<{url: string; drop: () => Promise<void>}> {
  if (!postgresUrl) throw new Error('no PostgreSQL server to test against: set CHITHI_TEST_POSTGRES=postgres://user@host:port/db (.ci/postgres start DIR starts one)')
  const name = `chithi_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({connectionString: postgresUrl})
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({connectionString: postgresUrl})
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    }
  }
}
