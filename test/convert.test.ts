/**
 * `chithi convert` run as an archivist runs it, on real folders in a
 * temporary directory: mixed good and bad files, a run killed and resumed,
 * path tricks, legacy encodings, pipes. In-process (jobs then run in this
 * thread), except where worker threads or a killed process are the point.
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {encode} from './encode.js'
import {chithi, fixture, fixtureNames} from './helpers.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const env = {...process.env, CI: 'true', NO_COLOR: '1'}

/** The built command in a process of its own: for what needs worker threads (their heap, their death) or a process to kill. */
function spawned(args: string[], extra: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...env, ...extra}})
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'chithi-convert-'))
}

function report(out: string) {
  return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
}

/** Every file under a folder, relative, sorted (without the converter's own state). */
function listing(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), {withFileTypes: true})
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.name === '.chithi') return []
      return entry.isDirectory() ? listing(root, path) : [path]
    })
    .sort()
}

describe('mixed good and bad files', () => {
  const dir = folder()
  const input = join(dir, 'in')
  mkdirSync(join(input, 'sub'), {recursive: true})
  writeFileSync(join(input, 'a.txt'), fixture('000_8a5523bcdb22fb49.txt'))
  writeFileSync(join(input, 'sub', 'b.txt'), fixture('003_3d0f6af760acfb02.txt'))
  writeFileSync(join(input, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1]))
  writeFileSync(join(input, 'empty.txt'), '')
  writeFileSync(join(input, 'blank.txt'), '  \n\n ')
  writeFileSync(join(input, 'huge.txt'), 'Số 1. '.repeat(400_000))

  it('converts the good ones, reports the bad ones, and goes on', async () => {
    const out = join(dir, 'out')
    const result = await chithi(['convert', input, '--out', out, '--max-size', '1', '--jobs', '2'])
    expect(result.status).toBe(1)
    expect(listing(out)).toEqual(['a.json', 'report.json', 'sub/b.json'])
    const summary = report(out)
    expect(summary.documents).toEqual({total: 6, converted: 2, skipped: 0, failed: 4})
    const reasons = Object.fromEntries(summary.failed.map((failure: {path: string; reason: string}) => [failure.path.split('/').pop(), failure.reason]))
    expect(reasons['scan.txt']).toMatch(/Binary content/)
    expect(reasons['empty.txt']).toBe('empty file')
    expect(reasons['blank.txt']).toMatch(/white space/)
    expect(reasons['huge.txt']).toMatch(/too large/)
    // What was doubtful, in which file.
    expect(summary.doubtfulDocuments).toBe(Object.keys(summary.doubtful).length)
    expect(summary.doubtful[Object.keys(summary.doubtful).find((path) => path.endsWith('sub/b.txt'))!]).toMatchObject({'page-break-joined': 1})
    expect(result.stderr).toContain('failed:')
    const converted = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'))
    expect(converted.record.document.number).toBe('1767-CV/TU')
    expect(converted.tree.type).toBe('root')
    expect(converted.chithi.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('exits 0 with --fail-on never, and leaves the tree out with --no-tree', async () => {
    const out = join(dir, 'out-never')
    const result = await chithi(['convert', input, '--out', out, '--fail-on', 'never', '--no-tree', '--jobs', '1', '--max-size', '1'])
    expect(result.status).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).tree).toBeUndefined()
  })

  it('writes one CSV that opens in a spreadsheet: BOM, header, RFC 4180 quoting', async () => {
    const out = join(dir, 'out-csv')
    await chithi(['convert', input, '--out', out, '--format', 'csv', '--max-size', '1'])
    const csv = readFileSync(join(out, 'obligations.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFdocument,path,type,number,date,issuer,at,obligation,party,canonical_party')).toBe(true)
    expect(csv).toContain('\r\n')
    expect(csv).toMatch(/"Đảng ủy Quân sự tỉnh","Đảng ủy Quân sự tỉnh Thanh Hóa"|,Đảng ủy Quân sự tỉnh,Đảng ủy Quân sự tỉnh Thanh Hóa,/)
    // Fields with commas are quoted.
    expect(csv).toContain('"các sở, ngành có liên quan"')
  })

  it('writes one JSONL line per converted document', async () => {
    const out = join(dir, 'out-jsonl')
    await chithi(['convert', input, '--out', out, '--format', 'jsonl', '--max-size', '1'])
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line).record.document.type)).toEqual(['Công văn', 'Công văn'])
  })
})

describe('a document too big for a worker’s heap', () => {
  it('is converted again by a worker of its own with a large heap, and the batch goes on', () => {
    const dir = folder()
    const input = join(dir, 'in')
    mkdirSync(input)
    const seeds = fixtureNames.map(fixture).join('\n\n')
    writeFileSync(join(input, 'big.txt'), Array.from({length: 12}, () => seeds).join('\n\n'))
    writeFileSync(join(input, 'small.txt'), fixture('000_8a5523bcdb22fb49.txt'))
    const out = join(dir, 'out')
    // A heap this small cannot hold the big document's tree.
    const result = spawned(['convert', input, '--out', out, '--format', 'jsonl', '--jobs', '1'], {CHITHI_WORKER_HEAP_MB: '8'})
    expect(result.status, result.stderr).toBe(0)
    expect(report(out).documents).toEqual({total: 2, converted: 2, skipped: 0, failed: 0})
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line).chithi.path.split('/').pop())).toEqual(['big.txt', 'small.txt'])
  })
})

describe('safety', () => {
  it('refuses an output folder inside an input folder unless told', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'a.txt'), fixture('001_27c53251131e7eff.txt'))
    const refused = await chithi(['convert', dir, '--out', join(dir, 'out')])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('--allow-out-inside')
    expect(existsSync(join(dir, 'out'))).toBe(false)
    const allowed = await chithi(['convert', dir, '--out', join(dir, 'out'), '--allow-out-inside'])
    expect(allowed.status).toBe(0)
    // The second run does not read its own outputs.
    expect((await chithi(['convert', dir, '--out', join(dir, 'out'), '--allow-out-inside'])).status).toBe(0)
    expect(report(join(dir, 'out')).documents.total).toBe(1)
  })

  it('handles `..`, spaces and Vietnamese names, and never follows a link out of the folder', async () => {
    const dir = folder()
    const input = join(dir, 'Văn bản đến', 'năm 2020')
    mkdirSync(input, {recursive: true})
    writeFileSync(join(input, 'Công văn khẩn số 1.txt'), fixture('000_8a5523bcdb22fb49.txt'))
    writeFileSync(join(dir, 'secret.txt'), fixture('002_efe6cc8491401fd3.txt'))
    symlinkSync(join(dir, 'secret.txt'), join(input, 'link.txt'))
    const out = join(dir, 'kết quả')
    mkdirSync(join(dir, 'work'))
    const result = await chithi(['convert', '../Văn bản đến/năm 2020', '--out', out], {cwd: join(dir, 'work')})
    expect(result.status).toBe(1)
    expect(listing(out)).toEqual(['Công văn khẩn số 1.json', 'report.json'])
    expect(report(out).failed).toEqual([expect.objectContaining({reason: 'a symbolic link out of the input folder'})])
  })

  it('writes a file given with `..` under the output folder, not beside it', async () => {
    const dir = folder()
    mkdirSync(join(dir, 'work'))
    writeFileSync(join(dir, 'outside.txt'), fixture('004_6a9668f9f0fc0840.txt'))
    const result = await chithi(['convert', '../outside.txt', '--out', 'out'], {cwd: join(dir, 'work')})
    expect(result.status).toBe(0)
    expect(listing(join(dir, 'work', 'out'))).toEqual(['outside.json', 'report.json'])
    expect(readdirSync(dir).sort()).toEqual(['outside.txt', 'work'])
  })
})

describe('a run killed and resumed', () => {
  it('ends with exactly one correct output per input', async () => {
    const dir = folder()
    const input = join(dir, 'in')
    mkdirSync(input)
    for (let k = 0; k < 400; k++) writeFileSync(join(input, `${String(k).padStart(3, '0')}.txt`), fixture(fixtureNames[k % fixtureNames.length] as string))
    const out = join(dir, 'out')

    // Kill the process once some outputs are there.
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [cli, 'convert', input, '--out', out, '--jobs', '2'], {env, stdio: 'ignore'})
      const timer = setInterval(() => {
        const state = join(out, '.chithi', 'state')
        if (existsSync(state) && readdirSync(state).length >= 40) {
          clearInterval(timer)
          child.kill('SIGKILL')
        }
      }, 5)
      child.on('exit', () => {
        clearInterval(timer)
        resolve()
      })
    })
    const partial = readdirSync(out).filter((name) => name.endsWith('.json'))
    expect(partial.length).toBeLessThan(400)
    // Nothing half-written: every output there parses.
    for (const name of partial) expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow()

    const resumed = await chithi(['convert', input, '--out', out, '--resume'])
    expect(resumed.status).toBe(0)
    const summary = report(out)
    expect(summary.documents.total).toBe(400)
    expect(summary.documents.skipped).toBeGreaterThanOrEqual(40)
    expect(summary.documents.converted + summary.documents.skipped).toBe(400)
    const outputs = readdirSync(out).filter((name) => name.endsWith('.json') && name !== 'report.json')
    expect(outputs).toHaveLength(400)
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    for (const name of outputs) expect(JSON.parse(readFileSync(join(out, name), 'utf8')).record.document).toBeDefined()

    // Everything done: a third run skips all.
    await chithi(['convert', input, '--out', out, '--resume'])
    expect(report(out).documents.skipped).toBe(400)
  }, 120_000)

  it('survives a worker that dies, and converts a changed input again', async () => {
    const dir = folder()
    const input = join(dir, 'in')
    mkdirSync(input)
    for (const name of ['a', 'b', 'crash-me', 'd']) writeFileSync(join(input, `${name}.txt`), fixture('001_27c53251131e7eff.txt'))
    const out = join(dir, 'out')
    const result = spawned(['convert', input, '--out', out, '--jobs', '2'], {CHITHI_FAULT_EXIT_ON: 'crash-me'})
    expect(result.status).toBe(1)
    expect(report(out).failed).toEqual([expect.objectContaining({reason: 'worker exited with code 3'})])
    expect(listing(out)).toEqual(['a.json', 'b.json', 'd.json', 'report.json'])

    writeFileSync(join(input, 'a.txt'), fixture('002_efe6cc8491401fd3.txt'))
    await chithi(['convert', input, '--out', out, '--resume'])
    expect(report(out).documents).toMatchObject({converted: 2, skipped: 2})
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).record.document.signer.name).toBe('Nguyễn Mạnh Hùng')
  })
})

describe('legacy encodings', () => {
  it.each(['tcvn3', 'vni'] as const)('reads a %s file made from a fixture back to the original text', async (encoding) => {
    const dir = folder()
    const original = fixture('001_27c53251131e7eff.txt')
    writeFileSync(join(dir, 'old.txt'), encode(original, encoding === 'tcvn3' ? 'tcvn3-abc' : encoding))
    const out = join(dir, 'out')
    expect((await chithi(['convert', dir, '--out', out, '--allow-out-inside'])).status).toBe(0)
    const converted = JSON.parse(readFileSync(join(out, 'old.json'), 'utf8'))
    expect(converted.messages.map((message: {ruleId: string}) => message.ruleId)).toContain('legacy-encoding')
    const expected = analyze(original)
    expect(converted.record.document.subject).toBe(expected.document.subject)
    expect(converted.record.obligations.map((obligation: {who: string[]}) => obligation.who)).toEqual(expected.obligations.map((obligation) => obligation.who))
  })

  it('reports a file it cannot decode instead of guessing', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({length: 300}, (_, k) => 0x80 + ((k * 37) % 0x7f))))
    const out = join(dir, 'out')
    await chithi(['convert', dir, '--out', out, '--allow-out-inside'])
    expect(report(out).failed).toEqual([expect.objectContaining({reason: expect.stringMatching(/Invalid UTF-8/)})])
  })
})

describe('pipes', () => {
  it('converts standard input to a JSONL line on standard output', async () => {
    const result = await chithi(['convert', '-', '--format', 'jsonl'], {stdin: fixture('003_3d0f6af760acfb02.txt')})
    expect(result.status).toBe(0)
    const line = JSON.parse(result.stdout)
    expect(line.record.obligations.length).toBeGreaterThan(5)
  })

  it('analyzes standard input', async () => {
    const result = await chithi(['analyze', '-', '--compact', '--silent'], {stdin: fixture('004_6a9668f9f0fc0840.txt')})
    expect(JSON.parse(result.stdout).document.type).toBe('Thông báo')
  })

  it('copies fixtures to a folder and converts it the way npm start does', async () => {
    const dir = folder()
    cpSync(fileURLToPath(new URL('../fixtures', import.meta.url)), join(dir, 'fixtures'), {recursive: true})
    const result = await chithi(['convert', 'fixtures', '--out', 'out'], {cwd: dir})
    expect(result.stderr).toMatch(/documents: \d+ \(\d+ converted/)
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(true)
  })
})
