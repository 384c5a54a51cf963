/**
 * `npm run bench`: parse throughput on a corpus built from the fixtures,
 * against a floor measured in the same run (read + NFC + split lines +
 * JSON.stringify of the lines), and time per MB as documents grow.
 */
import {readFileSync} from 'node:fs'
import {analyze, parse} from '../dist/index.js'
import {buildCorpus, seeds} from './corpus.js'

const megabytes = Number(process.env.BENCH_MB ?? 50)
const paths = buildCorpus(megabytes)
const total = paths.reduce((sum, path) => sum + readFileSync(path).length, 0)
console.log(`corpus: ${paths.length} documents, ${(total / 1e6).toFixed(1)} MB (bench/.corpus)`)

function measure(name, work) {
  // Warm up the JIT on a few documents first, so both sides are measured hot.
  for (const path of paths.slice(0, 100)) work(readFileSync(path))
  const start = performance.now()
  for (const path of paths) work(readFileSync(path))
  const seconds = (performance.now() - start) / 1000
  const result = {mbs: total / 1e6 / seconds, docs: paths.length / seconds}
  console.log(`${name.padEnd(8)} ${result.mbs.toFixed(2).padStart(8)} MB/s ${result.docs.toFixed(0).padStart(8)} documents/s`)
  return result
}

const decoder = new TextDecoder()
const floor = measure('floor', (bytes) => JSON.stringify(decoder.decode(bytes).normalize('NFC').split('\n')))
const parsed = measure('parse', (bytes) => parse(bytes))
const analyzed = measure('analyze', (bytes) => analyze(bytes))
console.log(`parse / floor: 1/${(floor.mbs / parsed.mbs).toFixed(1)} (aim: no slower than 1/10)`)
console.log(`analyze / floor: 1/${(floor.mbs / analyzed.mbs).toFixed(1)} (aim: no slower than 1/25)`)

// Time per MB must stay flat as one document grows a hundredfold.
console.log('\ntime per MB as a document grows:')
const seed = seeds().join('\n\n')
for (const copies of [1, 10, 100]) {
  const text = Array.from({length: copies}, () => seed).join('\n\n')
  const start = performance.now()
  parse(text)
  const ms = performance.now() - start
  console.log(`  ${String(copies).padStart(3)} × seeds (${(text.length / 1e6).toFixed(2)} MB): ${(ms / (text.length / 1e6)).toFixed(0)} ms/MB`)
}

console.log('\nhostile shapes:')
const hostile = {
  'a 1 MB line': 'a'.repeat(1_000_000),
  '100,000 `1.` markers': '1.\n'.repeat(100_000),
  '200-level numbering': Array.from({length: 200}, (_, depth) => `${Array.from({length: depth + 1}, () => '1').join('.')}. Mục`).join('\n'),
  '20,000 `**`': '**'.repeat(20_000)
}
for (const [name, text] of Object.entries(hostile)) {
  const start = performance.now()
  parse(text)
  const ms = performance.now() - start
  console.log(`  ${name.padEnd(22)} ${(text.length / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(ms / (text.length / 1e6)).toFixed(0)} ms/MB)`)
}

// HTML pages: time per obligation must stay flat as a directive grows.
console.log('\nHTML page as a directive grows:')
const {analyzeFile, renderPage} = await import('../dist/index.js')
for (const items of [250, 1000, 4000]) {
  const lines = ['UBND TỈNH NAM ĐỊNH', 'Số: 12/CT-UBND', '', 'CHỈ THỊ', '']
  for (let index = 1; index <= items; index++) {
    lines.push(`${index}. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra việc thực hiện các biện pháp phòng, chống dịch, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2024.`)
  }

  const {tree, record} = analyzeFile(lines.join('\n'))
  const start = performance.now()
  const html = renderPage({tree, record})
  const ms = performance.now() - start
  console.log(`  ${String(items).padStart(5)} items (${record.obligations.length} obligations): ${ms.toFixed(0)} ms, ${(ms / record.obligations.length).toFixed(2)} ms per obligation, ${(html.length / 1e6).toFixed(1)} MB of HTML`)
}

// The bulk converter: 20,000 files (BENCH_FILES=20000,100000 for more sizes).
const {bulk} = await import('./bulk.js')
for (const files of (process.env.BENCH_FILES ?? '20000').split(',').map(Number)) bulk(files)

// The corpus store: ingest of the same number of distinct documents, then query latency.
const {store} = await import('./store.js')
for (const files of (process.env.BENCH_FILES ?? '20000').split(',').map(Number)) store(files)
