/**
 * Sharded conversion as a batch scheduler runs it: n runs of
 * `chithi convert … --shard i/n`, each on its own share of the inputs, then
 * `chithi convert --merge-reports` — and the outputs are those of one run.
 */
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {chithi, fixturesDir} from './helpers.js'

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'chithi-shard-'))
}

/** Every file under a folder, relative, sorted: the converter's own state and the reports left out. */
function listing(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), {withFileTypes: true})
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.name === '.chithi' || /^report(\.shard-.*)?\.json$/.test(entry.name)) return []
      return entry.isDirectory() ? listing(root, path) : [path]
    })
    .sort()
}

/** The files of a folder with their bytes. */
function contents(root: string, names = listing(root)): Map<string, Buffer> {
  return new Map(names.map((name) => [name, readFileSync(join(root, name))]))
}

function report(path: string) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** An archive of 19 inputs: the fixtures at the top, again in two sub-folders, and an empty file that fails. */
const archive = join(folder(), 'archive')
mkdirSync(archive)
for (const sub of ['', 'hà nội', 'ubnd/2021']) {
  mkdirSync(join(archive, sub), {recursive: true})
  for (const name of readdirSync(fixturesDir).filter((name) => name.endsWith('.txt'))) cpSync(join(fixturesDir, name), join(archive, sub, name))
}
cpSync(join(fixturesDir, 'written'), join(archive, 'written'), {recursive: true})
writeFileSync(join(archive, 'hà nội', 'empty.txt'), '')
const inputs = readdirSync(archive, {recursive: true}).filter((name) => String(name).endsWith('.txt')).length

describe.each(['json', 'jsonl', 'csv', 'html', 'parquet'])('three shards in one output folder, as %s', (format) => {
  const dir = folder()
  const whole = join(dir, 'whole')
  const sharded = join(dir, 'sharded')

  it('give exactly the outputs of one unsharded run, byte for byte, and a report that sums to its report', async () => {
    expect((await chithi(['convert', archive, '--out', whole, '--format', format])).status).toBe(1)
    const shards = []
    for (const index of [1, 2, 3]) {
      const run = await chithi(['convert', archive, '--out', sharded, '--format', format, '--shard', `${index}/3`, '--fail-on', 'never'])
      expect(run.status, run.stderr).toBe(0)
      expect(run.stderr).toContain(`report.shard-${index}-of-3.json`)
      shards.push(report(join(sharded, `report.shard-${index}-of-3.json`)))
    }

    // No input in two shards, none left out.
    expect(shards.reduce((sum, shard) => sum + shard.documents.total, 0)).toBe(inputs)
    for (const shard of shards) expect(shard.documents.total).toBeGreaterThan(0)

    const merged = await chithi(['convert', '--merge-reports', sharded])
    expect(merged.status).toBe(1)
    expect(merged.stderr).toContain('3 shards merged')
    expect(listing(sharded).filter((name) => !name.includes('.shard-'))).toEqual(listing(whole))
    expect(contents(sharded, listing(whole))).toEqual(contents(whole))

    const one = report(join(whole, 'report.json'))
    const sum = report(join(sharded, 'report.json'))
    for (const key of ['documents', 'obligations', 'parties', 'warnings', 'errors', 'rules', 'doubtfulDocuments', 'doubtful']) expect(sum[key], key).toEqual(one[key])
    expect(sum.failed).toEqual([{path: expect.stringMatching(/empty\.txt$/), reason: 'empty file'}])
  })
})

describe('three shards on three machines', () => {
  const dir = folder()

  it('each in its own folder, merged into another: the aggregates are the unsharded ones', async () => {
    const whole = join(dir, 'whole')
    await chithi(['convert', archive, '--out', whole, '--format', 'jsonl'])
    const folders = [1, 2, 3].map((index) => join(dir, `machine-${index}`))
    for (const [index, out] of folders.entries()) await chithi(['convert', archive, '--out', out, '--format', 'jsonl', '--shard', `${index + 1}/3`])
    const merged = await chithi(['convert', '--merge-reports', ...folders, '--out', join(dir, 'all')])
    expect(merged.stderr).toContain('3 shards merged')
    expect(readFileSync(join(dir, 'all', 'records.jsonl'), 'utf8')).toBe(readFileSync(join(whole, 'records.jsonl'), 'utf8'))
  })

  it('resumes per shard: a shard run again skips what it converted, and touches no other share', async () => {
    const out = join(dir, 'machine-2')
    const first = report(join(out, 'report.shard-2-of-3.json'))
    const again = await chithi(['convert', archive, '--out', out, '--format', 'jsonl', '--shard', '2/3', '--resume'])
    expect(again.status).toBe(first.documents.failed > 0 ? 1 : 0)
    expect(report(join(out, 'report.shard-2-of-3.json')).documents).toEqual({...first.documents, converted: 0, skipped: first.documents.converted})
  })

  it('refuses to merge when a shard is missing or given twice, naming it', async () => {
    const missing = await chithi(['convert', '--merge-reports', join(dir, 'machine-1'), join(dir, 'machine-3')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/missing shard 2\/3/)
    cpSync(join(dir, 'machine-1', 'report.shard-1-of-3.json'), join(dir, 'machine-2', 'report.shard-1-of-3.json'))
    const twice = await chithi(['convert', '--merge-reports', join(dir, 'machine-1'), join(dir, 'machine-2'), join(dir, 'machine-3')])
    expect(twice.stderr).toMatch(/shard 1\/3 is there twice/)
  })
})

describe('the share of an input', () => {
  it('depends on its path inside the input folder, not on where the folder is', async () => {
    const dir = folder()
    const moved = join(dir, 'elsewhere', 'copy')
    cpSync(archive, moved, {recursive: true})
    const shares = async (root: string, out: string) => {
      await chithi(['convert', root, '--out', out, '--format', 'jsonl', '--shard', '1/2'])
      return readFileSync(join(out, 'records.shard-1-of-2.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).chithi.path.slice(root.length))
    }
    const here = await shares(archive, join(dir, 'a'))
    expect(here.length).toBeGreaterThan(0)
    expect(await shares(moved, join(dir, 'b'))).toEqual(here)
  })

  it('is asked for as i/n, counted from 1', async () => {
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0']) {
      const run = await chithi(['convert', archive, '--out', join(folder(), 'out'), '--shard', bad])
      expect(run.status, bad).toBe(2)
      expect(run.stderr).toMatch(/--shard/)
    }
  })
})
