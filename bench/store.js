/**
 * The corpus store of `npm run bench`: `chithi ingest` of ≥ 20,000 generated
 * documents (documents/s, database size), then the latency of typical
 * queries on it (median and worst of repeated runs, through `openCorpus`).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
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

/** Ingest `files` generated documents and time queries on the database. */
export function store(files) {
  const dir = distinctCorpus(files)
  const db = fileURLToPath(new URL(`./.store-${files}.sqlite`, import.meta.url))
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, {force: true})
  console.log(`\nstore: ${files} files (distinct) → ${db.slice(db.lastIndexOf('/') + 1)}`)

  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, 'ingest', dir, '--db', db, '--jobs', '2'], {env: {...process.env, CI: 'true'}, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) console.log(run.stderr.split('\n').slice(-15).join('\n'))
  const corpus = openCorpus(db, {readonly: true})
  const {documents, obligations} = corpus.stats(1)
  console.log(
    `  ingest: ${(files / seconds).toFixed(0)} documents/s (${documents} distinct documents, ${obligations} obligations, ${(statSync(db).size / 1e6).toFixed(0)} MB) in ${seconds.toFixed(1)} s`
  )

  const queries = {
    '--who "Công an tỉnh"': () => corpus.obligations({who: 'Công an tỉnh', limit: 100}),
    '--who "cong an tinh" --role responsible': () => corpus.obligations({who: 'cong an tinh', role: 'responsible', limit: 100}),
    '--who "Ban Thường vụ" --role reportTo': () => corpus.obligations({who: 'Ban Thường vụ', role: 'reportTo', limit: 100}),
    '--text "cach ly"': () => corpus.obligations({text: 'cach ly', limit: 100}),
    '--due-before 2021-12-31': () => corpus.obligations({dueBefore: '2021-12-31', limit: 100}),
    '--issuer "Thanh Hóa" --from 2020-01-01 --to 2021-12-31': () => corpus.obligations({issuer: 'Thanh Hóa', from: '2020-01-01', to: '2021-12-31', limit: 100}),
    'stats': () => corpus.stats()
  }
  for (const [name, query] of Object.entries(queries)) {
    query()
    const times = []
    let rows = 0
    for (let round = 0; round < 15; round++) {
      const start = performance.now()
      const result = query()
      times.push(performance.now() - start)
      rows = Array.isArray(result) ? result.length : result.parties.length
    }
    times.sort((a, b) => a - b)
    const median = times[times.length >> 1]
    const aim = name.startsWith('--who "Công an tỉnh"') ? ' (aim: < 50 ms)' : ''
    console.log(`  query ${name.padEnd(52)} ${median.toFixed(1).padStart(7)} ms median, ${times.at(-1).toFixed(1).padStart(7)} ms worst, ${rows} rows${aim}`)
  }

  corpus.close()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const files of (process.env.BENCH_FILES ?? '20000').split(',').map(Number)) store(files)
}
