/**
 * The corpus store of `npm run bench`: `chithi ingest` of ≥ 20,000 generated
 * documents (documents/s, database size), then the latency of typical
 * queries on it (median and worst of repeated runs, through `openCorpus`),
 * on SQLite and on PostgreSQL in the same run. PostgreSQL: the server
 * BENCH_POSTGRES names (a database `chithi_bench` is made on it), else a
 * throwaway one started with `.ci/postgres` where the server is installed.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import pg from 'pg'
import {openCorpus} from '../dist/store.js'
import {buildCorpus} from './corpus.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

const provinces = ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Bắc Ninh', 'Nam Định', 'Thái Bình', 'Hải Dương', 'Tiền Giang', 'Đồng Tháp', 'Cà Mau', 'Kiên Giang', 'Lâm Đồng', 'Đắk Lắk', 'Gia Lai', 'Lào Cai', 'Sơn La', 'Điện Biên', 'Quảng Ninh', 'Phú Thọ']

/**
 * The bulk corpus made into `files` distinct documents: each from its own
 * province and year, with its own stray OCR mark (`PTB-…`), so that no two
 * have the same bytes (the store keeps one document per content).
 */
function distinctCorpus(files) {
  const source = buildCorpus(0, {files, dir: fileURLToPath(new URL(`./.bulk-${files}/`, import.meta.url))})
  const dir = fileURLToPath(new URL(`./.store-corpus-${files}/`, import.meta.url))
  if (existsSync(`${dir}.done`)) return dir
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  source.forEach((path, index) => {
    const province = provinces[index % provinces.length]
    const year = String(2019 + (index % 7))
    const text = readFileSync(path, 'utf8')
      .replace(/Thanh Hóa|Nam Định|Bắc Ninh|THANH HÓA|NAM ĐỊNH|BẮC NINH/g, (name) => (name === name.toUpperCase() ? province.toUpperCase() : province))
      .replace(/\b20(?:20|21)\b/g, year)
    writeFileSync(`${dir}${String(index).padStart(6, '0')}.txt`, `${text}\nPTB-${index}\n`)
  })
  writeFileSync(`${dir}.done`, '')
  return dir
}

/** A PostgreSQL server for the run: BENCH_POSTGRES, or a throwaway cluster (stopped by `stop`); undefined where there is none. */
function postgresServer() {
  if (process.env.BENCH_POSTGRES) return {url: process.env.BENCH_POSTGRES, stop: () => undefined}
  const script = fileURLToPath(new URL('../.ci/postgres', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'chithi-bench-postgres-'))
  try {
    const url = execFileSync('bash', [script, 'start', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim()
    return {url, stop: () => execFileSync('bash', [script, 'stop', dir], {stdio: 'ignore'})}
  } catch (error) {
    rmSync(dir, {recursive: true, force: true})
    console.log(`  PostgreSQL: skipped (no server: set BENCH_POSTGRES=postgres://… or install postgresql; ${String(error.stderr ?? error.message).trim()})`)
    return undefined
  }
}

/** A new empty database `chithi_bench` on the server. */
async function benchDatabase(url) {
  const admin = new pg.Client({connectionString: url})
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS chithi_bench WITH (FORCE)')
  await admin.query('CREATE DATABASE chithi_bench')
  await admin.end()
  const target = new URL(url)
  target.pathname = '/chithi_bench'
  return target.toString()
}

/** Ingest the corpus into `db` with the CLI, then time typical queries; returns the ingest rate and the `--who` median. */
async function measure(engine, dir, files, db, size) {
  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, 'ingest', dir, '--db', db, '--jobs', '2'], {env: {...process.env, CI: 'true'}, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) console.log(run.stderr.split('\n').slice(-15).join('\n'))
  const corpus = await openCorpus(db, {readonly: true})
  const {documents, obligations} = await corpus.stats(1)
  const rate = files / seconds
  console.log(`  ${engine} ingest: ${rate.toFixed(0)} documents/s (${documents} distinct documents, ${obligations} obligations, ${await size(corpus)}) in ${seconds.toFixed(1)} s`)

  const queries = {
    '--who "Công an tỉnh"': () => corpus.obligations({who: 'Công an tỉnh', limit: 100}),
    '--who "cong an tinh" --role responsible': () => corpus.obligations({who: 'cong an tinh', role: 'responsible', limit: 100}),
    '--who "Ban Thường vụ" --role reportTo': () => corpus.obligations({who: 'Ban Thường vụ', role: 'reportTo', limit: 100}),
    '--text "cach ly"': () => corpus.obligations({text: 'cach ly', limit: 100}),
    '--due-before 2021-12-31': () => corpus.obligations({dueBefore: '2021-12-31', limit: 100}),
    '--issuer "Thanh Hóa" --from 2020-01-01 --to 2021-12-31': () => corpus.obligations({issuer: 'Thanh Hóa', from: '2020-01-01', to: '2021-12-31', limit: 100}),
    'stats': () => corpus.stats()
  }
  let who = 0
  for (const [name, query] of Object.entries(queries)) {
    await query()
    const times = []
    let rows = 0
    for (let round = 0; round < 15; round++) {
      const start = performance.now()
      const result = await query()
      times.push(performance.now() - start)
      rows = Array.isArray(result) ? result.length : result.parties.length
    }
    times.sort((a, b) => a - b)
    const median = times[times.length >> 1]
    const aim = name.startsWith('--who "Công an tỉnh"') ? ' (aim: < 50 ms)' : ''
    if (aim) who = median
    console.log(`  ${engine} query ${name.padEnd(52)} ${median.toFixed(1).padStart(7)} ms median, ${times.at(-1).toFixed(1).padStart(7)} ms worst, ${rows} rows${aim}`)
  }

  await corpus.close()
  return {rate, who}
}

/** Ingest `files` generated documents into SQLite and PostgreSQL, and time queries on each. */
export async function store(files) {
  const dir = distinctCorpus(files)
  const db = fileURLToPath(new URL(`./.store-${files}.sqlite`, import.meta.url))
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, {force: true})
  console.log(`\nstore: ${files} files (distinct) → ${db.slice(db.lastIndexOf('/') + 1)} and PostgreSQL`)
  const sqlite = await measure('sqlite', dir, files, db, async () => `${(statSync(db).size / 1e6).toFixed(0)} MB`)

  const server = postgresServer()
  if (!server) return
  try {
    const url = await benchDatabase(server.url)
    const size = async (corpus) => (await corpus.sql('SELECT pg_size_pretty(pg_database_size(current_database())) AS size'))[0].size
    const postgres = await measure('postgres', dir, files, url, size)
    console.log(`  postgres / sqlite: ingest ${(postgres.rate / sqlite.rate).toFixed(2)}× the rate (aim: at least 0.5×), --who ${postgres.who.toFixed(1)} ms (aim: < 50 ms)`)
  } finally {
    server.stop()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const files of (process.env.BENCH_FILES ?? '20000').split(',').map(Number)) await store(files)
}
