/**
 * The command line as a person meets it: output, errors in one line, option
 * values checked, reporter conventions, formats alike across commands. Run
 * in-process; a process is spawned only where the process is the point
 * (a closed pipe, the executable's start).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import packageJson from '../package.json' with {type: 'json'}
import {chithi, cliPath, fixture, fixturesDir} from './helpers.js'

const seed = `${fixturesDir}000_8a5523bcdb22fb49.txt`
const folder = (): string => mkdtempSync(join(tmpdir(), 'chithi-cli-'))
const noTrace = /\n\s+at .*:\d+:\d+/

describe('chithi parse', () => {
  it('prints the tree of a file as JSON', async () => {
    const result = await chithi(['parse', seed])
    expect(result.status).toBe(0)
    const tree = JSON.parse(result.stdout)
    expect(tree.type).toBe('root')
    expect(tree.children.map((node: {type: string}) => node.type)).toEqual(['header', 'addressees', 'body', 'distribution', 'signature'])
  })

  it('reads standard input with -', async () => {
    const result = await chithi(['parse', '-', '--no-position'], {stdin: 'Số: 12/CT-UBND\n\n1. Sở Y tế kiểm tra.'})
    expect(result.stdout).not.toContain('"position"')
    expect(result.stdout).toContain('12/CT-UBND')
  })

  it('refuses a binary file with a message naming it, and exit code 1', async () => {
    const path = join(folder(), 'scan.bin')
    writeFileSync(path, Buffer.from([1, 0, 2, 0]))
    const result = await chithi(['parse', path])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('scan.bin')
    expect(result.stderr).toContain('binary-content')
  })

  it('ends quietly when the reader closes the pipe (parse BIG | head -1)', () => {
    const dir = folder()
    writeFileSync(join(dir, 'big.txt'), Array.from({length: 20}, () => fixture('003_3d0f6af760acfb02.txt')).join('\n\n'))
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" parse big.txt -s 2>err.txt | head -1`], {cwd: dir, encoding: 'utf8'})
    expect(result.stdout).toBe('{\n')
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('')
  })
})

describe('errors a person can read: one line naming the file, exit 1', () => {
  it.each([
    [['analyze', 'nosuch.txt'], 'chithi analyze: nosuch.txt: no such file\n'],
    [['analyze', fixturesDir.replace(/\/$/, '')], `chithi analyze: ${fixturesDir.replace(/\/$/, '')}: is a folder, not a file\n`],
    [['report', 'nosuch.txt'], 'chithi report: nosuch.txt: no such file\n']
  ])('chithi %j', async (args, message) => {
    const result = await chithi(args)
    expect(result).toMatchObject({status: 1, stdout: '', stderr: message})
  })

  it('`convert nosuch.txt --out DIR` reports the file, not an internal one', async () => {
    const out = join(folder(), 'out')
    const result = await chithi(['convert', 'nosuch.txt', '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('nosuch.txt: no such file, folder or match')
    expect(result.stderr).not.toMatch(/\.tmp|ENOENT/)
    expect(result.stderr).not.toMatch(noTrace)
  })

  it('`check nosuch.txt` says so and exits 1', async () => {
    const result = await chithi(['check', 'nosuch.txt'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/nosuch\.txt\n.*error.*no such file, folder or match/)
  })

  it('`ingest DIR --ext md` with no match says so, exits 1 and makes no database', async () => {
    const db = join(folder(), 'c.sqlite')
    const result = await chithi(['ingest', fixturesDir, '--ext', 'md', '--db', db])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/no input files: .*\.md/)
    expect(existsSync(db)).toBe(false)
  })

  it('`convert DIR --ext md` with no match says so and exits 1', async () => {
    const out = join(folder(), 'out')
    const result = await chithi(['convert', fixturesDir, '--ext', 'md', '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/no input files/)
  })
})

describe('option values are checked: a usage error exits 2 with one line naming the option and the value', () => {
  it.each([
    [['query', '--db', 'c.sqlite', '--due-before', '31/12/2025'], /--due-before <date>.*'31\/12\/2025'.*YYYY-MM-DD/],
    [['query', '--db', 'c.sqlite', '--from', '2025-13-45'], /--from <date>.*'2025-13-45'.*No such day/],
    [['query', '--db', 'c.sqlite', '--limit', '0'], /--limit <n>.*'0'/],
    [['convert', 'x', '--out', 'y', '--jobs', 'abc'], /--jobs <n>.*'abc'.*whole number/],
    [['convert', 'x', '--out', 'y', '--max-size', 'abc'], /--max-size <mb>.*'abc'.*megabytes/],
    [['ingest', 'x', '--db', 'y', '--batch', '-3'], /--batch <n>.*'-3'/],
    [['convert', 'x', '--out', 'y', '--format', 'xml'], /--format <format>.*'xml'.*json, jsonl, csv, html/],
    [['sql', '--db', 'c.sqlite', '-p', 'novalue'], /--param <name=value>.*'novalue'/],
    [['query', '--db', 'c.sqlite', '--nonsense'], /unknown option '--nonsense'/]
  ])('chithi %j', async (args, message) => {
    const result = await chithi(args)
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(new RegExp(`^chithi ${args[0]}: `))
  })
})

describe('reporter conventions', () => {
  const doubtful = `${fixturesDir}002_efe6cc8491401fd3.txt`

  it('`check` prints messages with file, line and rule like vfile-reporter', async () => {
    const result = await chithi(['check', doubtful])
    expect(result.stderr).toContain('002_efe6cc8491401fd3.txt')
    expect(result.stderr).toMatch(/40:1-40:8\s+warning\s+Line not recognised: `PTB-145`\s+unknown-line/)
  })

  it('`check` goes on after a bad file, and exits 1', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0xff, 0xfe, 0x00]))
    writeFileSync(join(dir, 'b.txt'), 'Kính gửi: Sở Y tế\n\nĐề nghị Sở Y tế báo cáo.')
    const result = await chithi(['check', dir])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a.txt')
    expect(result.stderr).toContain('b.txt')
  })

  it('`-q` shows only warnings and errors, `-s` only errors', async () => {
    const all = await chithi(['check', seed, doubtful])
    expect(all.stderr).toMatch(/\binfo\b/)
    const quiet = await chithi(['check', '-q', seed, doubtful])
    expect(quiet.stderr).not.toMatch(/\binfo\b/)
    expect(quiet.stderr).toMatch(/\bwarning\b/)
    const silent = await chithi(['analyze', '-s', doubtful])
    expect(silent.stderr).toBe('')
  })

  it('colours on request, never with NO_COLOR or --no-color', async () => {
    expect((await chithi(['check', doubtful, '--color'])).stderr).toContain('\u001B[')
    expect((await chithi(['check', doubtful], {env: {FORCE_COLOR: '1'}})).stderr).toContain('\u001B[')
    expect((await chithi(['check', doubtful], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}})).stderr).not.toContain('\u001B[')
    expect((await chithi(['check', doubtful, '--no-color'], {env: {FORCE_COLOR: '1'}})).stderr).not.toContain('\u001B[')
  })

  it('`--report json` gives the messages as data', async () => {
    const result = await chithi(['check', doubtful, '-q', '--report', 'json'])
    const files = JSON.parse(result.stderr) as Array<{path: string; messages: Array<{ruleId: string; line: number; fatal: boolean | undefined}>}>
    expect(files[0]?.path).toContain('002_efe6cc8491401fd3.txt')
    expect(files[0]?.messages).toContainEqual(expect.objectContaining({ruleId: 'unknown-line', line: 40, fatal: false}))
  })
})

describe('standard input behaves like a file', () => {
  const text = fixture('003_3d0f6af760acfb02.txt')

  it('`convert - --format json` gives the document a file gives: provenance, record, messages with severities', async () => {
    const result = await chithi(['convert', '-'], {stdin: text})
    expect(result.status).toBe(0)
    const document = JSON.parse(result.stdout)
    expect(document.chithi).toEqual({path: '<stdin>', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), version: packageJson.version})
    expect(document.record.obligations.length).toBeGreaterThan(5)
    expect(document.tree.type).toBe('root')
    expect(document.messages).toContainEqual(expect.objectContaining({ruleId: 'page-break-joined', severity: 'info'}))
  })

  it('`convert - --format html` writes the page', async () => {
    const result = await chithi(['convert', '-', '--format', 'html'], {stdin: text})
    expect(result.stdout).toMatch(/^<!doctype html>/i)
  })

  it('`convert - --out DIR` writes into DIR as for a file called stdin', async () => {
    const out = join(folder(), 'out')
    const result = await chithi(['convert', '-', '--format', 'html', '--out', out], {stdin: text})
    expect(result.status, result.stderr).toBe(0)
    expect(existsSync(join(out, 'stdin.html'))).toBe(true)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('stdin.html')
  })

  it('CSV on standard output has no byte-order mark (readers of pipes choke on it), unless --bom', async () => {
    const plain = await chithi(['convert', '-', '--format', 'csv'], {stdin: text})
    expect(plain.bytes.subarray(0, 9).toString()).toBe('document,')
    const marked = await chithi(['convert', '-', '--format', 'csv', '--bom'], {stdin: text})
    expect(marked.stdout.startsWith('\uFEFFdocument,')).toBe(true)
  })
})

describe('help and version', () => {
  it('`--version` prints the version', async () => {
    expect(await chithi(['--version'])).toMatchObject({status: 0, stdout: `${packageJson.version}\n`})
  })

  it('`--help` lists every command', async () => {
    const result = await chithi(['--help'])
    for (const name of ['analyze', 'parse', 'check', 'summary', 'report', 'convert', 'ingest', 'query', 'cites', 'cited-by', 'graph', 'calendar', 'stats', 'sql']) expect(result.stdout).toMatch(new RegExp(`\\n  ${name} `))
  })

  it.each(['analyze', 'parse', 'check', 'summary', 'report', 'convert', 'ingest', 'query', 'cites', 'cited-by', 'graph', 'calendar', 'stats', 'sql'])('`%s --help` shows its options and an example', async (name) => {
    const result = await chithi([name, '--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`Usage: chithi ${name} [options]`)
    expect(result.stdout).toMatch(new RegExp(`Examples?:\\n  \\$ chithi ${name} `))
    expect((await chithi(['help', name])).stdout).toBe(result.stdout)
  })

  it('the executable starts and prints its version', () => {
    const result = spawnSync(process.execPath, [cliPath, '--version'], {encoding: 'utf8'})
    expect(result.stdout).toBe(`${packageJson.version}\n`)
  })
})

describe('chithi summary', () => {
  it('summarises the fixtures on one screen', async () => {
    const result = await chithi(['summary', fixturesDir])
    expect(result.stdout).toContain('1767-CV/TU')
    expect(result.stdout.split('\n').length).toBeLessThan(40)
  })

  it('says which input it could not read, and exits 1', async () => {
    const result = await chithi(['summary', seed, 'nosuch.txt'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('nosuch.txt  ✗ no such file, folder or match')
  })
})

describe('the corpus commands: every row, and the same formats', () => {
  const db = join(folder(), 'corpus.sqlite')
  beforeAll(async () => {
    const result = await chithi(['ingest', fixturesDir, '--db', db])
    expect(result.status, result.stderr).toBe(0)
  })

  it('`query` prints every row by default, in every format', async () => {
    const json = JSON.parse((await chithi(['query', '--db', db, '--format', 'json'])).stdout) as unknown[]
    const count = (JSON.parse((await chithi(['sql', '--db', db, 'SELECT count(*) AS n FROM obligation_parties', '--format', 'json'])).stdout) as Array<{n: number}>)[0]?.n
    expect(json.length).toBe(count)
    expect(json.length).toBeGreaterThan(100)
    const csv = (await chithi(['query', '--db', db, '--format', 'csv'])).stdout
    expect(csv.trim().split('\r\n')).toHaveLength(json.length + 1)
    const tsv = (await chithi(['query', '--db', db, '--format', 'tsv'])).stdout
    expect(tsv.split('\r\n')[0]).toBe('date\tdocument\tissuer\tat\trole\tparty\tcanonical\tjurisdiction\tresponsible\taction\ttiming\tlocation')
    const jsonl = (await chithi(['query', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n')
    expect(jsonl.map((line) => JSON.parse(line))).toEqual(json)
    const table = (await chithi(['query', '--db', db])).stdout
    expect(table).toContain(`\n${json.length} rows\n`)
  })

  it('`query --limit N` gives N rows and says there are more', async () => {
    const result = await chithi(['query', '--db', db, '--limit', '3', '--format', 'json'])
    expect(JSON.parse(result.stdout)).toHaveLength(3)
    expect(result.stderr).toContain('the first 3 rows are shown (--limit 3); there are more')
  })

  it('a piped table is printed whole; on a terminal it fits, counting columns as the terminal shows them', async () => {
    const piped = (await chithi(['query', '--db', db, '--who', 'Công an tỉnh'])).stdout
    expect(piped).not.toContain('…')
    const longest = Math.max(...piped.split('\n').map((line) => line.length))
    expect(longest).toBeGreaterThan(120)
    const terminal = (await chithi(['query', '--db', db, '--who', 'Công an tỉnh'], {tty: true, columns: 160})).stdout
    expect(terminal).toContain('…')
    const {default: stringWidth} = await import('string-width')
    for (const line of terminal.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(160)
  })

  it('`stats` says when a list is cut, and gives every row in csv, tsv, json, jsonl', async () => {
    const table = (await chithi(['stats', '--db', db, '--limit', '5'])).stdout
    expect(table).toMatch(/first 5 of \d+ \(--limit to change\)/)
    const json = JSON.parse((await chithi(['stats', '--db', db, '--format', 'json'])).stdout)
    expect(json.parties).toHaveLength(json.totals.parties)
    const csv = (await chithi(['stats', '--db', db, '--format', 'csv'])).stdout.trim().split('\r\n')
    expect(csv[0]).toBe('section,name,kind,level,jurisdiction,year,count')
    expect(csv.filter((line) => line.startsWith('parties,'))).toHaveLength(json.totals.parties)
    const jsonl = (await chithi(['stats', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n')
    expect(jsonl).toHaveLength(csv.length - 1)
    expect((await chithi(['stats', '--db', db, '--format', 'tsv'])).stdout).toMatch(/^section\tname\tkind/)
  })

  it('`sql` binds named parameters, lists tables and prints the schema', async () => {
    const found = await chithi(['sql', '--db', db, 'SELECT number FROM documents WHERE number = :number', '-p', 'number=1767-CV/TU', '--format', 'csv'])
    expect(found.stdout).toBe('number\r\n1767-CV/TU\r\n')
    const tables = JSON.parse((await chithi(['sql', '--db', db, '--tables', '--format', 'json'])).stdout) as Array<{table: string}>
    expect(tables.map((row) => row.table)).toEqual(expect.arrayContaining(['documents', 'obligations', 'parties', 'obligation_text']))
    expect(tables.map((row) => row.table)).not.toContain('obligation_text_data')
    expect((await chithi(['sql', '--db', db, '--schema'])).stdout).toMatch(/^CREATE TABLE /)
    expect((await chithi(['sql', '--db', db])).status).toBe(2)
  })

  it('a CSV on standard output has no byte-order mark unless --bom', async () => {
    expect((await chithi(['query', '--db', db, '--format', 'csv', '--limit', '1'])).stdout).toMatch(/^date,/)
    expect((await chithi(['query', '--db', db, '--format', 'csv', '--limit', '1', '--bom'])).stdout).toMatch(/^\uFEFFdate,/)
  })

  it('a missing database is a clear message, exit 2', async () => {
    const result = await chithi(['query', '--db', join(folder(), 'nothing.sqlite')])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^chithi query: .*nothing\.sqlite: no such database/)
  })
})
