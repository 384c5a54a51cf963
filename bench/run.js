/**
 * `npm run bench`: start-up (`chithi --version`, `import('chithi')`,
 * `chithi analyze` of a seed, each against `node -e 0`), parse and analyze
 * throughput on a corpus built from the fixtures and on the real texts
 * beside the repository, each against a floor measured in the same run
 * (read + NFC + split lines + JSON.stringify of the lines) and against a
 * reference parser (`mdast-util-from-markdown`), time per MB as documents
 * grow, and the bulk converter.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus, seeds} from './corpus.js'

// Start-up, before anything is loaded here: the median of 7 fresh processes each.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const seedPath = fileURLToPath(new URL('../fixtures/000_8a5523bcdb22fb49.txt', import.meta.url))
function startup(name, args, aim) {
  const times = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    execFileSync(process.execPath, args, {stdio: 'ignore'})
    times.push(performance.now() - start)
  }
  const median = times.sort((a, b) => a - b)[3]
  console.log(`${name.padEnd(34)} ${(median / 1000).toFixed(2).padStart(5)} s${aim ? ` (aim: under ${aim} s)` : ''}`)
  return median
}

console.log('start-up (median of 7 processes):')
startup('node -e 0', ['-e', '0'])
startup('chithi --version', [cli, '--version'], 0.3)
startup("import('chithi')", ['--input-type=module', '-e', `await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)})`])
startup("import('chithi') and parse a seed", ['--input-type=module', '-e', `const {parse} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}); parse(${JSON.stringify(seeds()[0] ?? '')})`])
startup('chithi analyze SEED', [cli, 'analyze', seedPath, '-s'], 0.6)
console.log('')

const {analyze, parse} = await import('../dist/index.js')

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
const {fromMarkdown} = await import('mdast-util-from-markdown')
const work = {
  floor: (bytes) => JSON.stringify(decoder.decode(bytes).normalize('NFC').split('\n')),
  // A reference parser of the same ecosystem, on the same bytes.
  markdown: (bytes) => fromMarkdown(decoder.decode(bytes)),
  parse: (bytes) => parse(bytes),
  analyze: (bytes) => analyze(bytes)
}

/** Each of `work` on the same documents, then parse and analyze against the floor and the markdown parser. */
function compare(measureOne) {
  const result = {}
  for (const [name, run] of Object.entries(work)) result[name] = measureOne(name, run)
  console.log(`parse / floor: 1/${(result.floor.mbs / result.parse.mbs).toFixed(1)} (aim: no slower than 1/10); ${(result.parse.mbs / result.markdown.mbs).toFixed(2)}× the markdown parser`)
  console.log(`analyze / floor: 1/${(result.floor.mbs / result.analyze.mbs).toFixed(1)} (aim: no slower than 1/25); ${(result.analyze.mbs / result.markdown.mbs).toFixed(2)}× the markdown parser`)
  return result
}

compare(measure)

// The real texts, read in place: long tables and long documents cost more per MB than the generated copies.
const {realTexts} = await import('./texts.js')
const real = realTexts()
for (const folder of real.missing) console.log(`(no ${folder}: its texts are not measured)`)
if (real.texts.length > 0) {
  const bytes = real.texts.reduce((sum, text) => sum + text.bytes.length, 0)
  // Enough rounds for about 5 MB, and at least 3.
  const rounds = Math.max(3, Math.ceil(5e6 / bytes))
  console.log(`\nreal texts: ${real.texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds (${real.folders.filter((folder) => !real.missing.includes(folder)).join(', ')})`)
  compare((name, run) => {
    for (const text of real.texts) run(text.bytes)
    const start = performance.now()
    for (let round = 0; round < rounds; round++) for (const text of real.texts) run(text.bytes)
    const seconds = (performance.now() - start) / 1000
    const result = {mbs: (bytes * rounds) / 1e6 / seconds, docs: (real.texts.length * rounds) / seconds}
    console.log(`${name.padEnd(8)} ${result.mbs.toFixed(2).padStart(8)} MB/s ${result.docs.toFixed(0).padStart(8)} documents/s`)
    return result
  })
}

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
const {analyzeFile} = await import('../dist/index.js')
const {renderPage} = await import('../dist/html.js')
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
// BENCH_FILES=0 skips the bulk run and the store.
const sizes = (process.env.BENCH_FILES ?? '20000').split(',').map(Number).filter((files) => files > 0)
for (const files of sizes) bulk(files)

// The corpus store: ingest of the same number of distinct documents, then query latency.
const {store} = await import('./store.js')
for (const files of sizes) await store(files)
