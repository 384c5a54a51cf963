/**
 * The corpus store as a researcher uses it: ingest the fixtures (and texts
 * written for these tests) into SQLite, then ask who must do what by when.
 */
import {spawn} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import Database from 'better-sqlite3'
import {beforeAll, describe, expect, it} from 'vitest'
import {analyze, type DirectiveRecord} from '../src/index.js'
import {ingest, openCorpus, type Corpus, type DocumentQuery, type ObligationQuery} from '../src/store.js'
import {fold} from '../src/text/fold.js'
import {chithi, fixturesDir} from './helpers.js'
import {engines, freshPostgres, postgresUrl, skipped, type Engine} from './postgres.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const env = {...process.env, CI: 'true', NO_COLOR: '1'}
const version = 'test'

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'chithi-store-'))
}

/** Every fixture text (seeds and written ones), by absolute path. */
function fixtureFiles(root = fixturesDir): string[] {
  return readdirSync(root, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(root, entry.name)
      if (entry.isDirectory()) return entry.name === 'written' ? fixtureFiles(path) : []
      return entry.name.endsWith('.txt') ? [resolve(path)] : []
    })
    .sort()
}

const files = fixtureFiles()
const records = new Map<string, DirectiveRecord>(files.map((path) => [path, analyze(readFileSync(path))]))
const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

async function ingestInto(db: string, inputs: string[] = [fixturesDir]) {
  const report = await ingest(inputs, {db, version, jobs: 1, progress: false})
  if ('problem' in report) throw new Error(report.problem)
  return report
}

/** How many rows the main tables of a corpus hold. */
async function countsOf(db: string): Promise<Record<string, unknown> | undefined> {
  const corpus = await openCorpus(db, {readonly: true})
  try {
    const [row] = await corpus.sql(
      'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM obligations) AS obligations, (SELECT count(*) FROM obligation_parties) AS links, (SELECT count(*) FROM timings) AS timings, (SELECT count(*) FROM obligation_text) AS words'
    )
    return row
  } finally {
    await corpus.close()
  }
}

/** A new empty corpus on an engine: a file in a new folder, or a new PostgreSQL database (dropped by `drop`). */
async function emptyCorpus(engine: Engine): Promise<{db: string; drop: () => Promise<void>}> {
  if (engine === 'postgres') {
    const fresh = await freshPostgres()
    return {db: fresh.url, drop: fresh.drop}
  }

  return {db: join(folder(), 'corpus.sqlite'), drop: async () => undefined}
}

for (const engine of engines) describe.skipIf(skipped(engine))(`querying the fixtures on ${engine}`, () => {
  let db: string
  let corpus: Corpus
  beforeAll(async () => {
    const made = await emptyCorpus(engine)
    db = made.db
    const report = await ingestInto(db)
    expect(report.documents).toMatchObject({total: files.length, ingested: files.length, failed: 0})
    corpus = await openCorpus(db, {readonly: true})
    return async () => {
      await corpus.close()
      await made.drop()
    }
  })

  it.runIf(engine === 'sqlite')('is one file', async () => {
    expect(readdirSync(dirname(db))).toEqual(['corpus.sqlite'])
  })

  it('stores every document and every obligation the records hold', async () => {
    const obligations = [...records.values()].reduce((sum, record) => sum + record.obligations.length, 0)
    expect(await corpus.stats()).toMatchObject({documents: files.length, obligations})
  })

  it('finds the tasks of `Công an tỉnh` in 000 and 003, whatever the spelling of the query', async () => {
    for (const query of ['Công an tỉnh', 'cong an tinh', 'CÔNG AN TỈNH']) {
      const rows = await corpus.obligations({who: query})
      const documents = new Set(rows.map((row) => name(row.document.path)))
      expect(documents).toContain('000_8a5523bcdb22fb49.txt')
      expect(documents).toContain('003_3d0f6af760acfb02.txt')
      for (const row of rows) expect(fold(`${row.party.canonical} ${row.party.text}`)).toContain('cong an tinh')
    }
  })

  it('groups the spellings of one body: `UBND tỉnh` finds the obligations of `Ủy ban nhân dân tỉnh …`', async () => {
    const rows = await corpus.obligations({who: 'UBND tỉnh', role: 'reportTo'})
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.party.canonical).toMatch(/^Ủy ban nhân dân tỉnh/)
    const parties = await corpus.sql(`SELECT count(*) AS n FROM parties WHERE key LIKE 'uy ban nhan dan tinh bac ninh'`)
    expect(parties).toEqual([{n: 1}])
  })

  it('finds what mentions `cách ly` from `cach ly`, and nothing else', async () => {
    const rows = await corpus.obligations({text: 'cach ly'})
    const expected = [...records.values()].flatMap((record) =>
      record.obligations.filter((obligation) => fold([...obligation.who, obligation.what, ...obligation.when.map((timing) => timing.text)].join(' ')).includes('cach ly'))
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(new Set(rows.map((row) => `${row.document.id}/${row.obligation}`)).size).toBe(expected.length)
    expect((await corpus.documents({text: 'cach ly'})).map((row) => name(row.path))).toContain('003_3d0f6af760acfb02.txt')
    expect((await corpus.documents({text: 'don vi'})).length).toBeGreaterThan((await corpus.documents({text: 'don vi khong co trong van ban nao'})).length)
  })

  it('finds the dated tasks due by 2024-12-31, and only those', async () => {
    const rows = await corpus.obligations({dueBefore: '2024-12-31'})
    const expected = [...records.values()].flatMap((record) => record.obligations.filter((obligation) => obligation.when.some((timing) => timing.date && timing.date <= '2024-12-31')))
    expect(expected.length).toBeGreaterThan(0)
    expect(new Set(rows.map((row) => `${row.document.id}/${row.obligation}`)).size).toBe(expected.length)
    for (const row of rows) expect(row.timings.some((timing) => timing.date !== null && timing.date <= '2024-12-31')).toBe(true)
  })

  it('answers "who reports to whom" with every party of each obligation', async () => {
    const rows = await corpus.obligations({role: 'reportTo'})
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.party.role).toBe('reportTo')
      expect(row.parties.some((party) => party.role === 'reportTo' && party.canonical === row.party.canonical)).toBe(true)
    }
  })

  it('filters by issuer, type and document dates', async () => {
    const thanhHoa = await corpus.obligations({issuer: 'tinh uy thanh hoa'})
    expect(thanhHoa.length).toBeGreaterThan(0)
    for (const row of thanhHoa) expect(row.document.issuer).toBe('Tỉnh ủy Thanh Hóa')
    for (const row of await corpus.obligations({type: 'chi thi'})) expect(row.document.type).toBe('Chỉ thị')
    for (const row of await corpus.obligations({from: '2021-01-01', to: '2021-12-31'})) expect(row.document.date).toMatch(/^2021-/)
  })

  it('says where each answer is written: path, line and column', async () => {
    const row = (await corpus.obligations({who: 'Công an tỉnh'})).find((found) => name(found.document.path) === '003_3d0f6af760acfb02.txt')!
    const text = readFileSync(row.location.path, 'utf8')
    expect(text.slice(row.location.offset!, row.location.offset! + row.party.text.length)).toBe(row.party.text)
    expect(text.split('\n')[row.location.line! - 1]!.slice(row.location.column! - 1)).toMatch(/^Công an tỉnh/)
  })

  it('binds every filter: quotes, %, ; and SQL keywords are only text', async () => {
    const hostile = [`'`, `"`, `%`, `_`, `\\`, `;`, `' OR 1=1 --`, `"; DROP TABLE documents; --`, `%' UNION SELECT * FROM documents --`, 'NEAR(a b)', '*', '--', 'AND OR NOT']
    const fields = ['who', 'kind', 'level', 'issuer', 'type', 'from', 'to', 'dueBefore', 'dueAfter', 'timing', 'role', 'text'] as const
    for (const value of hostile) {
      for (const field of fields) {
        const rows = await corpus.obligations({[field]: value})
        // Date filters compare as text: `'` sorts before every date, so dueAfter/from match dated rows; none may match a hostile name.
        if (!['from', 'dueAfter', 'to', 'dueBefore'].includes(field)) expect(rows, `${field} = ${value}`).toEqual([])
      }
      expect(await corpus.documents({text: value, issuer: value})).toEqual([])
    }
    expect((await corpus.stats()).documents).toBe(files.length)
  })

  it('runs SQL that reads, and refuses SQL that writes', async () => {
    expect(await corpus.sql('SELECT count(*) AS n FROM documents WHERE type = ?', ['Chỉ thị'])).toEqual([{n: [...records.values()].filter((record) => record.document.type === 'Chỉ thị').length}])
    await expect(corpus.sql('DELETE FROM documents')).rejects.toThrow(/read/)
    await expect(corpus.sql('DROP TABLE documents')).rejects.toThrow()
    expect((await corpus.stats()).documents).toBe(files.length)
  })
})

for (const engine of engines) describe.skipIf(skipped(engine))(`ingesting again on ${engine}`, () => {
  it('is idempotent: the same files twice change nothing; the same bytes at two paths are one document', async () => {
    const dir = folder()
    const {db, drop} = await emptyCorpus(engine)
    cpSync(fixturesDir, join(dir, 'in'), {recursive: true, filter: (path) => !path.includes('gold')})
    await ingestInto(db, [join(dir, 'in')])
    const counts = () => countsOf(db)
    const first = await counts()

    const again = await ingestInto(db, [join(dir, 'in')])
    expect(again.documents).toMatchObject({ingested: 0, unchanged: files.length})
    expect(await counts()).toEqual(first)

    copyFileSync(join(dir, 'in', '000_8a5523bcdb22fb49.txt'), join(dir, 'in', 'copy of 000.txt'))
    const copied = await ingestInto(db, [join(dir, 'in')])
    expect(copied.documents).toMatchObject({ingested: 1, unchanged: files.length})
    expect(await counts()).toEqual({...first, sources: Number(first?.sources) + 1})
    await drop()
  })

  it('replaces the rows of a file whose bytes changed', async () => {
    const dir = folder()
    const {db, drop} = await emptyCorpus(engine)
    const path = join(dir, 'cv.txt')
    writeFileSync(path, readFileSync(join(fixturesDir, '000_8a5523bcdb22fb49.txt')))
    await ingestInto(db, [path])
    writeFileSync(path, readFileSync(join(fixturesDir, '003_3d0f6af760acfb02.txt')))
    await ingestInto(db, [path])
    const corpus = await openCorpus(db, {readonly: true})
    const expected = records.get(resolve(fixturesDir, '003_3d0f6af760acfb02.txt'))!
    expect(await corpus.stats()).toMatchObject({documents: 1, obligations: expected.obligations.length})
    expect(await corpus.obligations({who: 'Đảng ủy Quân sự'})).toEqual([])
    expect(await corpus.sql('SELECT count(*) AS n FROM obligation_text')).toEqual([{n: expected.obligations.length}])
    await corpus.close()
    await drop()
  })
})

describe('the schema', () => {
  it('brings an older database up to date, keeping what it holds', async () => {
    const {migrations} = await import('../src/store/schema.js')
    const path = join(folder(), 'old.sqlite')
    const old = new Database(path)
    old.exec(migrations[0]!)
    old.pragma('user_version = 1')
    old.prepare(`INSERT INTO documents (id, path, version, ingested_at) VALUES ('x', 'a.txt', 'old', '2025-01-01')`).run()
    old.close()

    await (await openCorpus(path)).close()
    const check = new Database(path, {readonly: true})
    expect(check.pragma('user_version', {simple: true})).toBe(migrations.length)
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE name = 'documents_order'`).get()).toEqual({name: 'documents_order'})
    expect(check.prepare('SELECT path FROM documents').all()).toEqual([{path: 'a.txt'}])
    check.close()
  })
})

describe('an ingest stopped with Ctrl-C', () => {
  it('stores the documents in hand, leaves one whole file, exits 130, and the next run goes on', async () => {
    const dir = folder()
    const input = join(dir, 'in')
    mkdirSync(input)
    const seed = readFileSync(join(fixturesDir, '003_3d0f6af760acfb02.txt'), 'utf8')
    for (let index = 0; index < 300; index++) writeFileSync(join(input, `d${index}.txt`), `${seed}\n\nSố: ${index + 100}/CT-UBND`)
    const db = join(dir, 'corpus.sqlite')

    const child = spawn(process.execPath, [cli, 'ingest', input, '--db', db, '--batch', '10', '--jobs', '1'], {env, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Interrupt once the first batch is written.
    const timer = setInterval(() => {
      if (existsSync(`${db}-wal`)) {
        clearInterval(timer)
        child.kill('SIGINT')
      }
    }, 20)
    const code = await new Promise<number | null>((done) => child.on('exit', (exit) => done(exit)))
    clearInterval(timer)
    expect(code, stderr).toBe(130)
    expect(stderr).toContain('interrupted')
    expect(readdirSync(dir).sort()).toEqual(['corpus.sqlite', 'in'])
    const check = new Database(db, {readonly: true})
    expect(check.pragma('integrity_check', {simple: true})).toBe('ok')
    const stored = (check.prepare('SELECT count(*) AS n FROM documents').get() as {n: number}).n
    check.close()
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(300)

    const resumed = await chithi(['ingest', input, '--db', db, '--jobs', '1'])
    expect(resumed.stderr).toContain(`${300 - stored} ingested, ${stored} unchanged, 0 failed`)
  })
})

describe('an ingest killed half-way through a transaction', () => {
  it('leaves a consistent database, and the next run completes it', async () => {
    const dir = folder()
    const input = join(dir, 'in')
    mkdirSync(input)
    const seed = readFileSync(join(fixturesDir, '000_8a5523bcdb22fb49.txt'), 'utf8')
    expect(seed).toContain('1767-CV/TU')
    // Sixty distinct documents: each has its own number.
    for (let index = 0; index < 60; index++) writeFileSync(join(input, `d${index}.txt`), seed.replace('1767-CV/TU', `${index + 100}-CV/TU`))
    const db = join(dir, 'corpus.sqlite')

    const killed = await new Promise<NodeJS.Signals | null>((done) => {
      const child = spawn(process.execPath, [cli, 'ingest', input, '--db', db, '--batch', '20', '--jobs', '1'], {env: {...env, CHITHI_FAULT_KILL_IN_BATCH: '2'}, stdio: 'ignore'})
      child.on('exit', (_code, signal) => done(signal))
    })
    expect(killed).toBe('SIGKILL')

    const check = new Database(db, {readonly: true})
    expect(check.pragma('integrity_check', {simple: true})).toBe('ok')
    // Only the first batch was committed; nothing of the second.
    expect(check.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({n: 20})
    expect(check.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({n: 20})
    expect(check.prepare('SELECT count(*) AS n FROM obligations WHERE document_id NOT IN (SELECT id FROM documents)').get()).toEqual({n: 0})
    expect(check.prepare('SELECT count(*) AS n FROM obligation_text WHERE rowid NOT IN (SELECT id FROM obligations)').get()).toEqual({n: 0})
    const perDocument = check.prepare('SELECT count(*) AS n FROM obligations GROUP BY document_id').all() as Array<{n: number}>
    expect(new Set(perDocument.map((row) => row.n)).size).toBe(1)
    check.close()

    const resumed = await chithi(['ingest', input, '--db', db, '--jobs', '1'])
    expect(resumed.status, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(/40 ingested, 20 unchanged, 0 failed/)
    const corpus = await openCorpus(db, {readonly: true})
    expect((await corpus.stats()).documents).toBe(60)
    await corpus.close()
  })
})

describe('the CLI', () => {
  const dir = folder()
  const db = join(dir, 'corpus.sqlite')
  beforeAll(async () => {
    const result = await chithi(['ingest', fixturesDir, '--db', db])
    expect(result.status, result.stderr).toBe(0)
  })

  it('`query --who` prints a table naming document, item, party, action, timing and place', async () => {
    const result = await chithi(['query', '--db', db, '--who', 'Công an tỉnh'])
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^date\s+document\s+issuer\s+at\s+role\s+party\s+canonical\s+jurisdiction\s+responsible\s+action\s+timing\s+location$/)
    expect(result.stdout).toMatch(/003_3d0f6af760acfb02\.txt:\d+:\d+/)
    expect(result.stdout).toMatch(/1767-CV\/TU/)
  })

  it('`query --format json|csv` give the same rows', async () => {
    const json = JSON.parse((await chithi(['query', '--db', db, '--due-before', '2024-12-31', '--format', 'json'])).stdout) as unknown[]
    const csv = (await chithi(['query', '--db', db, '--due-before', '2024-12-31', '--format', 'csv', '--bom'])).stdout
    expect(json.length).toBeGreaterThan(0)
    expect(csv.startsWith('\uFEFFdate,document,')).toBe(true)
    expect(csv.trim().split('\r\n').length).toBe(json.length + 1)
  })

  it('`query --documents --text` lists the documents that mention the words', async () => {
    const result = await chithi(['query', '--db', db, '--documents', '--text', 'cach ly', '--format', 'json'])
    const rows = JSON.parse(result.stdout) as Array<{path: string}>
    expect(rows.map((row) => name(row.path))).toContain('003_3d0f6af760acfb02.txt')
  })

  it('`stats` prints parties, timings by month and documents by issuer and year', async () => {
    const result = await chithi(['stats', '--db', db])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^${files.length} documents, \\d+ obligations`))
    expect(result.stdout).toContain('Parties by number of obligations')
    expect(result.stdout).toMatch(/Timings by month\nmonth\s+timings/)
    expect(result.stdout).toMatch(/Tỉnh ủy Thanh Hóa\s+2020\s+1/)
  })

  it('`sql` reads, and refuses to write', async () => {
    const ok = await chithi(['sql', '--db', db, 'SELECT count(*) AS n FROM documents', '--format', 'json'])
    expect(JSON.parse(ok.stdout)).toEqual([{n: files.length}])
    const refused = await chithi(['sql', '--db', db, 'DELETE FROM documents'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/chithi sql: .*read/)
  })

  it('`ingest` reports a bad file and goes on, with the exit code of `--fail-on`', async () => {
    const input = join(dir, 'mixed')
    mkdirSync(input)
    copyFileSync(join(fixturesDir, '000_8a5523bcdb22fb49.txt'), join(input, 'good.txt'))
    writeFileSync(join(input, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1]))
    writeFileSync(join(input, 'empty.txt'), '')
    const mixed = join(dir, 'mixed.sqlite')
    const failed = await chithi(['ingest', input, '--db', mixed])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toMatch(/3 \(1 ingested, 0 unchanged, 2 failed\)/)
    expect(failed.stderr).toMatch(/failed: .*scan\.txt: /)
    expect(failed.stderr).toMatch(/failed: .*empty\.txt: /)
    expect((await chithi(['ingest', input, '--db', mixed, '--fail-on', 'never'])).status).toBe(0)
    expect(JSON.parse((await chithi(['sql', '--db', mixed, 'SELECT number FROM documents', '--format', 'json'])).stdout)).toEqual([{number: '1767-CV/TU'}])
  })

  it('a missing database is a clear message, not a stack trace', async () => {
    const result = await chithi(['query', '--db', join(dir, 'nothing.sqlite'), '--who', 'x'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/nothing\.sqlite/)
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
  })
})

describe.skipIf(skipped('postgres'))('PostgreSQL beside SQLite', () => {
  it('gives the same answers for the same files, in the same order', async () => {
    const sqlite = join(folder(), 'corpus.sqlite')
    const postgres = await freshPostgres()
    await ingestInto(sqlite)
    await ingestInto(postgres.url)
    const [one, other] = [await openCorpus(sqlite, {readonly: true}), await openCorpus(postgres.url, {readonly: true})]
    const queries: ObligationQuery[] = [
      {},
      {who: 'Công an tỉnh'},
      {who: 'UBND tỉnh', role: 'reportTo'},
      {who: 'ĐẢNG ỦY', limit: 5},
      {text: 'cach ly'},
      {text: 'đơn vị'},
      {dueBefore: '2024-12-31'},
      {dueAfter: '2021-01-01', timing: 'by'},
      {issuer: 'tinh uy thanh hoa'},
      {type: 'chi thi'},
      {from: '2020-01-01', to: '2021-12-31', kind: 'party'}
    ]
    let answered = 0
    for (const query of queries) {
      const expected = await one.obligations(query)
      expect(await other.obligations(query), JSON.stringify(query)).toEqual(expected)
      if (expected.length > 0) answered++
    }
    // Equal answers, not equally empty ones.
    expect(answered).toBe(queries.length)
    for (const query of [{}, {text: 'cach ly'}, {text: 'don vi', limit: 3}, {issuer: 'thanh hoa', type: 'cong van'}] as DocumentQuery[]) {
      expect(await other.documents(query), JSON.stringify(query)).toEqual(await one.documents(query))
    }
    expect(await other.stats()).toEqual(await one.stats())
    expect(await other.stats(3)).toEqual(await one.stats(3))
    await one.close()
    await other.close()
    await postgres.drop()
  })

  it('takes several ingesters at once: the corpus is what one ingester makes', async () => {
    const postgres = await freshPostgres()
    const alone = await freshPostgres()
    // Three ingesters over overlapping sets of the same files, in small batches, at the same time.
    const half = files.slice(0, Math.ceil(files.length / 2))
    const reports = await Promise.all([
      ingest([fixturesDir], {db: postgres.url, version, jobs: 1, batch: 2, progress: false}),
      ingest(half, {db: postgres.url, version, jobs: 1, batch: 1, progress: false}),
      ingest(files.slice().reverse(), {db: postgres.url, version, jobs: 1, batch: 3, progress: false})
    ])
    for (const report of reports) expect(report).toMatchObject({documents: {failed: 0}})
    await ingestInto(alone.url)
    expect(await countsOf(postgres.url)).toEqual(await countsOf(alone.url))
    expect(await countsOf(postgres.url)).toMatchObject({documents: files.length})
    const again = await ingestInto(postgres.url)
    expect(again.documents).toMatchObject({ingested: 0, unchanged: files.length})
    await postgres.drop()
    await alone.drop()
  })

  it('keeps a killed ingest consistent, and the next run completes it', async () => {
    const postgres = await freshPostgres()
    const input = join(folder(), 'in')
    mkdirSync(input)
    const seed = readFileSync(join(fixturesDir, '000_8a5523bcdb22fb49.txt'), 'utf8')
    for (let index = 0; index < 30; index++) writeFileSync(join(input, `d${index}.txt`), seed.replace('1767-CV/TU', `${index + 100}-CV/TU`))
    const killed = await new Promise<NodeJS.Signals | null>((done) => {
      const child = spawn(process.execPath, [cli, 'ingest', input, '--db', postgres.url, '--batch', '10', '--jobs', '1'], {env: {...env, CHITHI_FAULT_KILL_IN_BATCH: '2'}, stdio: 'ignore'})
      child.on('exit', (_code, signal) => done(signal))
    })
    expect(killed).toBe('SIGKILL')
    // The first batch whole, nothing of the second.
    expect(await countsOf(postgres.url)).toMatchObject({documents: 10, sources: 10})
    const resumed = await chithi(['ingest', input, '--db', postgres.url, '--jobs', '1'])
    expect(resumed.stderr).toMatch(/20 ingested, 10 unchanged, 0 failed/)
    expect(await countsOf(postgres.url)).toMatchObject({documents: 30, sources: 30})
    await postgres.drop()
  })

  it('reads CHITHI_DB when --db is not given, and shows the connection string without its password', async () => {
    const postgres = await freshPostgres()
    const url = new URL(postgres.url)
    url.password = 'sêcret-word'
    const result = await chithi(['ingest', fixturesDir], {env: {NO_COLOR: '1', CHITHI_DB: url.toString()}})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain('database: postgres://postgres:***@')
    expect(result.stderr).not.toContain(url.password)
    const rows = JSON.parse((await chithi(['query', '--who', 'Công an tỉnh', '--format', 'json'], {env: {NO_COLOR: '1', CHITHI_DB: postgres.url}})).stdout) as unknown[]
    expect(rows.length).toBeGreaterThan(0)
    await postgres.drop()
  })
})

describe('PostgreSQL tests without a server', () => {
  it.runIf(process.env.CI === 'true')('do not pass unseen under CI: the server is there', () => {
    expect(postgresUrl, 'CHITHI_TEST_POSTGRES is not set: .ci/run starts a server with .ci/postgres').toBeDefined()
  })
})

describe('a connection string', () => {
  it('is never printed with its password, even when the server cannot be reached', async () => {
    const result = await chithi(['query', '--db', 'postgres://reader:hunter2@127.0.0.1:1/corpus', '--who', 'x'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^chithi query: postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1\/corpus: /)
    expect(result.stderr).not.toContain('hunter2')
  })

  it('or a database missing at all is a usage error naming both ways to give it', async () => {
    const result = await chithi(['query', '--who', 'x'], {env: {NO_COLOR: '1'}})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--db .*CHITHI_DB/)
  })
})
