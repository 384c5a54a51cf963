/**
 * The bulk run of `npm run bench`: `chithi convert` of ≥ 20,000 varied
 * files to JSONL, with one worker and with two; documents/s, MB/s, peak
 * memory, and the speed-up of `--jobs 2` over `--jobs 1` (`BENCH_REPEAT=N`:
 * the fastest of N runs of each); then to Parquet
 * with two (documents/s, peak memory, file sizes).
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from './corpus.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** Convert a generated corpus of `files` documents; print and return the figures. */
export function bulk(files) {
  const dir = fileURLToPath(new URL(`./.bulk-${files}/`, import.meta.url))
  const paths = buildCorpus(0, {files, dir})
  const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0)
  console.log(`\nbulk: ${paths.length} files, ${(bytes / 1e6).toFixed(1)} MB → JSONL`)
  const figures = {}
  // On a machine shared with other work, one run of each may be slowed by it: BENCH_REPEAT=3 keeps the fastest of three (and says so).
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1))
  const counts = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number)
  for (let round = 0; round < repeat; round++) {
    // Rounds alternate the job counts, so that a burst of other work does not fall on one of them only.
    for (const jobs of counts) {
      const out = fileURLToPath(new URL(`./.bulk-out-${jobs}/`, import.meta.url))
      rmSync(out, {recursive: true, force: true})
      const started = performance.now()
      const run = spawnSync(process.execPath, [cli, 'convert', dir, '--out', out, '--format', 'jsonl', '--jobs', String(jobs)], {
        env: {...process.env, CI: 'true'},
        encoding: 'utf8'
      })
      const seconds = (performance.now() - started) / 1000
      if (run.status !== 0) console.log(run.stderr.split('\n').slice(-15).join('\n'))
      const report = JSON.parse(readFileSync(`${out}report.json`, 'utf8'))
      if (!figures[jobs] || seconds < figures[jobs].seconds) figures[jobs] = {seconds, report}
    }
  }

  for (const jobs of counts) {
    const {seconds, report} = figures[jobs]
    console.log(
      `  --jobs ${jobs}: ${(paths.length / seconds).toFixed(0).padStart(5)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, peak memory ${report.peakMemoryMB} MB (${report.documents.converted} converted, ${report.documents.failed} failed)${repeat > 1 ? `, fastest of ${repeat}` : ''}`
    )
  }

  if (figures[1] && figures[2]) console.log(`  speed-up of --jobs 2 over --jobs 1: ${(figures[1].seconds / figures[2].seconds).toFixed(2)} (aim: ≥ 1.7 on two cores)`)

  // Parquet: the same files, and the peak memory of the whole run (the two files are written at its end, in row groups).
  const out = fileURLToPath(new URL('./.bulk-out-parquet/', import.meta.url))
  rmSync(out, {recursive: true, force: true})
  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, 'convert', dir, '--out', out, '--format', 'parquet', '--jobs', '2'], {env: {...process.env, CI: 'true'}, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) console.log(run.stderr.split('\n').slice(-15).join('\n'))
  const report = JSON.parse(readFileSync(`${out}report.json`, 'utf8'))
  const size = (name) => `${(statSync(`${out}${name}`).size / 1e6).toFixed(1)} MB`
  console.log(
    `  --format parquet --jobs 2: ${(paths.length / seconds).toFixed(0).padStart(5)} documents/s, peak memory ${report.peakMemoryMB} MB; obligations.parquet ${size('obligations.parquet')}, documents.parquet ${size('documents.parquet')}`
  )
  return figures
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.env.BENCH_FILES ?? '20000').split(',').map(Number)
  for (const files of sizes) bulk(files)
}
