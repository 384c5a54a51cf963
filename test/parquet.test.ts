/**
 * `chithi convert --format parquet` read back by an independent reader,
 * DuckDB, as a researcher would: counts and values against the JSONL
 * output of the same files, typed columns, and a folder of shards queried
 * as one table.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {DuckDBInstance} from '@duckdb/node-api'
import {beforeAll, describe, expect, it} from 'vitest'
import type {ConvertedDocument} from '../src/batch/outputs.js'
import {chithi, fixturesDir} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'chithi-parquet-'))

/** Rows of a DuckDB query, as plain objects (DuckDB's own values for dates and lists). */
async function query(sql: string): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>
  } finally {
    connection.closeSync()
  }
}

describe('the fixtures as Parquet', () => {
  const parquet = join(dir, 'parquet')
  const jsonl = join(dir, 'jsonl')
  let records: ConvertedDocument[]
  beforeAll(async () => {
    expect((await chithi(['convert', fixturesDir, '--out', parquet, '--format', 'parquet'])).status).toBe(0)
    expect((await chithi(['convert', fixturesDir, '--out', jsonl, '--format', 'jsonl'])).status).toBe(0)
    records = readFileSync(join(jsonl, 'records.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ConvertedDocument)
  })

  it('has a row per document in documents.parquet, and a row per obligation and party in obligations.parquet', async () => {
    const [documents] = await query(`SELECT count(*)::INT AS n, sum(obligations)::INT AS obligations FROM '${join(parquet, 'documents.parquet')}'`)
    expect(documents).toEqual({n: records.length, obligations: records.reduce((sum, record) => sum + record.record!.obligations.length, 0)})
    const rows = records.reduce((sum, record) => sum + record.record!.obligations.reduce((count, obligation) => count + Math.max(1, obligation.parties.length), 0), 0)
    const [obligations] = await query(`SELECT count(*)::INT AS n FROM '${join(parquet, 'obligations.parquet')}'`)
    expect(obligations).toEqual({n: rows})
  })

  it('types its columns: dates as dates, offsets as integers, lists as lists', async () => {
    const types = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${join(parquet, 'obligations.parquet')}')`)
    expect(Object.fromEntries(types.map((row) => [row.column_name, row.column_type]))).toMatchObject({
      date: 'DATE',
      timing_dates: 'DATE[]',
      timing_kinds: 'VARCHAR[]',
      start_offset: 'INTEGER',
      party: 'VARCHAR',
      jurisdiction: 'VARCHAR',
      jurisdiction_unit: 'VARCHAR'
    })
  })

  it('holds the values the JSONL holds: a directive\'s date, its deadlines, and who must meet them', async () => {
    const record = records.find((found) => found.record?.document.number && found.record.obligations.some((obligation) => obligation.when.some((timing) => timing.date)))!
    const expected = record.record!.obligations.filter((obligation) => obligation.when.some((timing) => timing.date))
    expect(expected.length).toBeGreaterThan(0)
    const rows = await query(
      `SELECT obligation, strftime(date, '%Y-%m-%d') AS date, list_transform(timing_dates, d -> strftime(d, '%Y-%m-%d')) AS deadlines, canonical_party,
              jurisdiction, jurisdiction_unit
       FROM '${join(parquet, 'obligations.parquet')}' WHERE number = '${record.record!.document.number}' AND len(timing_dates) > 0 ORDER BY start_offset`
    )
    expect(new Set(rows.map((row) => row.obligation))).toEqual(new Set(expected.map((obligation) => obligation.id)))
    for (const row of rows) {
      expect(row.date).toBe(record.record!.document.date)
      const obligation = expected.find((found) => found.id === row.obligation)!
      expect(row.deadlines).toEqual(obligation.when.flatMap((timing) => (timing.date ? [timing.date] : [])))
      expect(obligation.parties.map((party) => party.canonical)).toContain(row.canonical_party)
      // The party's jurisdiction beside its name, as the record has it.
      const places = obligation.parties.filter((party) => party.canonical === row.canonical_party).map((party) => [party.jurisdiction?.name ?? null, party.jurisdiction?.unit ?? null])
      expect(places).toContainEqual([row.jurisdiction, row.jurisdiction_unit])
    }
  })

  it('in shards, is queried as one table over the folder', async () => {
    const shards = join(dir, 'shards')
    for (const index of [1, 2, 3]) await chithi(['convert', fixturesDir, '--out', shards, '--format', 'parquet', '--shard', `${index}/3`])
    const [together] = await query(`SELECT count(*)::INT AS n, count(DISTINCT document)::INT AS documents FROM '${join(shards, 'obligations.shard-*.parquet')}'`)
    const [whole] = await query(`SELECT count(*)::INT AS n, count(DISTINCT document)::INT AS documents FROM '${join(parquet, 'obligations.parquet')}'`)
    expect(together).toEqual(whole)
  })
})
