/**
 * Hostile and unlucky inputs (issue 15): no input stalls a worker, no input
 * is silently lost.
 *
 * Time is asserted as growth, never as speed: sixteen times the input must
 * take well under 256 times as long (what quadratic work would take), with
 * room for a loaded machine.
 */
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {tokenize} from '../grammar/lexer.js'
import {Ajv2020} from 'ajv/dist/2020.js'
import {analyze, analyzeFile, parse, recordSchemas, schemas} from '../src/index.js'
import {chithi, cliPath, corpus, corpusNames, coverageProblems, fixture, fixtureNames, hasCorpus} from './helpers.js'
import {mutant} from './mutants.js'
import {jsonChunks} from '../src/json-chunks.js'

/** A fresh temporary folder. */
function folder(): string {
  return mkdtempSync(join(tmpdir(), 'chithi-hostile-'))
}

/** The built command in a process of its own (worker threads, their time limit). */
function spawned(args: string[], cwd?: string) {
  return spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', cwd, env: {...process.env, CI: 'true', NO_COLOR: '1'}})
}

/** The run report of a conversion. */
function runReport(out: string): {documents: {total: number; converted: number; skipped: number; failed: number}; failed: Array<{path: string; reason: string}>; renamed: Array<{path: string; output: string; reason: string}>} {
  return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
}

/** Seconds `work` takes, the best of three runs (a garbage collection or a busy machine does not count). */
function seconds(work: () => unknown): number {
  return Math.min(
    ...[0, 1, 2].map(() => {
      const started = performance.now()
      work()
      return (performance.now() - started) / 1000
    })
  )
}

/** Whether `make(16 n)` costs at most about 4 × 16 times `make(n)`: linear, not quadratic. */
function expectLinear(label: string, make: (size: number) => string, work: (text: string) => unknown, size: number): void {
  const small = make(size)
  const large = make(size * 16)
  const before = seconds(() => work(small))
  const after = seconds(() => work(large))
  expect(after, `${label}: ${before.toFixed(4)} s at ${small.length} characters, ${after.toFixed(4)} s at ${large.length}`).toBeLessThan(Math.max(64 * before, 0.05))
}

/** The openings of every kind of line the classifier knows (in the shadow's terms and as written). */
const openers = [
  '', 'Số', 'Số:', 'Ngày', 'Hà Nội, ngày', 'Hà Nội', 'Hà Nội,', 'Kính gửi', 'Nơi nhận', 'TM.', 'K/T', 'PHÓ CHỦ TỊCH', 'CHỈ THỊ', 'Chỉ thị về',
  'V/v', 'Về', '1.', '1.1', 'I.', 'Điều 1', 'a)', '(1)', '-', '+', '|', '**', '#', '# ', 'CÔNG BÁO/Số 1', 'ĐẢNG CỘNG SẢN', 'CỘNG HÒA XÃ',
  'Độc lập', 'KHẨN', 'Ký bởi', '(Đã ký', '(Ký', 'Trang', '--', '==PAGE', '[page', 'PTB', '.', './', 'UBND TỈNH', '<!--', '12', '★', 'X  ', 'Số 12/', 'Ngày 1 tháng', 'Hà Nội, ngày 1 tháng 2'
]

/** A long run of each character class a pattern may repeat. */
const runs = [' ', '\t', '\u00A0', '*', '_', '.', '…', '-', '/', ':', ',', '|', '#', '=', 'a', 'A', '0', ' \n', '\n', 'a ', 'A ', '0.', '. ', '- ', '* ', '1 ', 'A.', ' .', '★ ', '_ ', '+ ', '12/']

describe('no line stalls the lexer', () => {
  it('reads `Số` + 600 spaces + `x` (55 s of CPU once) and `Ngày` + 4,000 spaces at once', () => {
    const number = parse('Số' + ' '.repeat(600) + 'x')
    const date = parse('Ngày' + ' '.repeat(4000))
    expect(number.children.length).toBeGreaterThan(0)
    expect(date.children.length).toBeGreaterThan(0)
  })

  it('reads every line pattern in linear time: a long run of each character class after each kind of opening', () => {
    for (const opener of openers) {
      for (const run of runs) {
        for (const tail of ['', 'x']) expectLinear(JSON.stringify([opener, run, tail]), (size) => opener + run.repeat(size) + tail, tokenize, 600)
      }
    }
  })
})

describe('every layer is linear in its input', () => {
  it('a run of 100,000 spaces inside a line', () => {
    expectLinear('spaces', (size) => `Các sở${' '.repeat(size)}thực hiện.`, analyze, 6_250)
  })

  it('a run of 100,000 emphasis marks inside a line', () => {
    expectLinear('marks', (size) => `Các sở${'*'.repeat(size)}thực hiện.\n${'_'.repeat(size)}x`, analyze, 6_250)
  })

  it('a whole document on one line', () => {
    const flat = fixtureNames.map((name) => fixture(name)).join('\n').replaceAll('\n', ' ')
    expectLinear('one line', (size) => flat.repeat(Math.ceil(size / flat.length)).slice(0, size), analyze, 20_000)
  })

  it('a list of parties joined by commas', () => {
    expectLinear('bodies', (size) => `1. ${Array.from({length: size}, (_, index) => `Sở ${index}`).join(', ')} thực hiện.`, analyze, 200)
  })
})

describe('long inputs do not overflow the stack', () => {
  it('a paragraph of 130,000 lines is read whole, not dropped', () => {
    const text = Array.from({length: 130_000}, (_, index) => `dòng ${index} của đoạn`).join('\n')
    const {tree, file} = analyzeFile(text)
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    if (!tree) throw new Error('no tree')
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('convert gives each file a time limit', () => {
  it('fails a file that takes too long, says why in report.json, and converts the rest', () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    // 50,000 bodies joined by commas: read in linear time, but for 15 s or more.
    writeFileSync(join(root, 'in', 'bodies.txt'), `1. ${Array.from({length: 50_000}, (_, index) => `Sở ${index}`).join(', ')} thực hiện.`)
    writeFileSync(join(root, 'in', 'good.txt'), fixture(fixtureNames[0] as string))
    // A limit the long file passes many times over, and a seed stays well within on a loaded machine (a worker's start counts).
    const run = spawned(['convert', 'in', '--out', 'out', '--time-limit', '4', '--jobs', '1'], root)
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('in/bodies.txt: took longer than 4 s')
    const report = runReport(join(root, 'out'))
    expect(report.documents).toMatchObject({total: 2, converted: 1, failed: 1})
    expect(report.failed).toEqual([{path: 'in/bodies.txt', reason: 'took longer than 4 s, stopped (see --time-limit)'}])
  })
})

describe('outputs never collide, and nothing met is passed over', () => {
  const directive = fixture(fixtureNames[0] as string)

  it('an input called report.txt has its own output beside the run report, and --resume converts it once', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    writeFileSync(join(root, 'in', 'report.txt'), directive)
    expect((await chithi(['convert', 'in', '--out', 'out'], {cwd: root})).status).toBe(0)
    const report = runReport(join(root, 'out'))
    expect(report.documents).toMatchObject({total: 1, converted: 1})
    expect(report.renamed).toEqual([{path: 'in/report.txt', output: expect.stringMatching(/^report\.[0-9a-f]{6}\.json$/), reason: 'its output would overwrite the run report (report.json)'}])
    const output = JSON.parse(readFileSync(join(root, 'out', (report.renamed[0] as {output: string}).output), 'utf8'))
    expect(output.chithi.path).toBe('in/report.txt')
    expect((await chithi(['convert', 'in', '--out', 'out', '--resume'], {cwd: root})).status).toBe(0)
    expect(runReport(join(root, 'out')).documents).toMatchObject({total: 1, skipped: 1})
  })

  it('index.txt, Index.txt and index.page.txt give three pages, none of them index.html (letter case aside)', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    for (const name of ['index', 'Index', 'index.page', 'other']) writeFileSync(join(root, 'in', `${name}.txt`), directive)
    expect((await chithi(['convert', 'in', '--out', 'out', '--format', 'html'], {cwd: root})).status).toBe(0)
    const pages = readdirSync(join(root, 'out')).filter((name) => name.endsWith('.html'))
    expect(pages).toHaveLength(5)
    expect(new Set(pages.map((name) => name.toLowerCase())).size).toBe(5)
    expect(runReport(join(root, 'out')).renamed.map((entry) => entry.path).sort()).toEqual(['in/Index.txt', 'in/index.page.txt', 'in/index.txt'])
  })

  it('lists every entry the walk meets and cannot read, with the reason: a link that loops, a link to nothing, a FIFO, a name that is not UTF-8; and reads `..txt`', async () => {
    const root = folder()
    mkdirSync(join(root, 'in', 'sub'), {recursive: true})
    writeFileSync(join(root, 'in', '..txt'), directive)
    symlinkSync('self.txt', join(root, 'in', 'self.txt'))
    symlinkSync('nowhere', join(root, 'in', 'broken.txt'))
    symlinkSync('..', join(root, 'in', 'sub', 'up'))
    // `café.txt` named in Latin-1, as an old archive names it: not UTF-8.
    writeFileSync(Buffer.concat([Buffer.from(`${join(root, 'in')}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), directive)
    const fifo = spawnSync('mkfifo', [join(root, 'in', 'pipe.txt')])
    expect((await chithi(['convert', 'in', '--out', 'out'], {cwd: root})).status).toBe(1)
    const report = runReport(join(root, 'out'))
    expect(report.documents).toMatchObject({converted: 1})
    const failed = Object.fromEntries(report.failed.map((entry) => [entry.path, entry.reason]))
    expect(failed).toMatchObject({
      'in/self.txt': 'a symbolic link that loops: not read',
      'in/broken.txt': 'a symbolic link to nothing (ENOENT): not read',
      'in/sub/up': 'a symbolic link to a folder read already (a loop): not read again',
      'in/caf\uFFFD.txt': 'its name is not UTF-8 (a byte of an older code page): rename it to read it'
    })
    if (fifo.status === 0) expect(failed['in/pipe.txt']).toBe('not a regular file (a FIFO): not read')
    expect(report.documents.total).toBe(report.documents.converted + report.failed.length)
    if (fifo.status === 0) {
      // Given by name or by a glob, not met in a walk: read as nothing, not waited on.
      expect((await chithi(['convert', 'in/pipe.txt', '--out', 'out2'], {cwd: root})).status).toBe(1)
      expect(runReport(join(root, 'out2')).failed).toEqual([{path: 'in/pipe.txt', reason: 'not a regular file (a FIFO, socket or device): not read'}])
    }
  })

  it('standard input converted beside a file called stdin.txt: two outputs', async () => {
    const root = folder()
    writeFileSync(join(root, 'stdin.txt'), directive)
    expect((await chithi(['convert', 'stdin.txt', '-', '--out', 'out'], {cwd: root, stdin: directive})).status).toBe(0)
    const report = runReport(join(root, 'out'))
    expect(report.documents).toMatchObject({converted: 2})
    expect(report.renamed).toEqual([{path: '<stdin>', output: expect.stringMatching(/^stdin\.[0-9a-f]{6}\.json$/), reason: 'another input’s output has the same name (letter case aside)'}])
    expect(readdirSync(join(root, 'out')).filter((name) => name.startsWith('stdin')).length).toBe(2)
  })

  it.skipIf(process.getuid?.() === 0)('lists a folder it may not read', async () => {
    const root = folder()
    mkdirSync(join(root, 'in', 'locked'), {recursive: true})
    writeFileSync(join(root, 'in', 'locked', 'a.txt'), directive)
    writeFileSync(join(root, 'in', 'b.txt'), directive)
    chmodSync(join(root, 'in', 'locked'), 0)
    try {
      expect((await chithi(['convert', 'in', '--out', 'out'], {cwd: root})).status).toBe(1)
      expect(runReport(join(root, 'out')).failed).toEqual([{path: 'in/locked', reason: 'unreadable folder (EACCES): nothing in it was read'}])
    } finally {
      chmodSync(join(root, 'in', 'locked'), 0o755)
    }
  })

  it('writes an output whose name is near the file system’s limit (its temporary file once added 20 characters)', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    // 125 Vietnamese letters of two bytes each: 250 bytes, and `.json` makes 255.
    const name = 'Đ'.repeat(125)
    writeFileSync(join(root, 'in', `${name}.txt`), directive)
    expect((await chithi(['convert', 'in', '--out', 'out'], {cwd: root})).status).toBe(0)
    expect(runReport(join(root, 'out')).renamed).toEqual([])
    expect(existsSync(join(root, 'out', `${name}.json`))).toBe(true)
  })

  it('cuts a name too long for the file system, makes it unique with a hash, and says so', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    // 252 bytes and `.md` fit in a name; with `.html` they do not.
    const name = `${'Đ'.repeat(126)}.md`
    writeFileSync(join(root, 'in', name), directive)
    expect((await chithi(['convert', 'in', '--out', 'out', '--ext', 'md', '--format', 'html'], {cwd: root})).status).toBe(0)
    const [entry] = runReport(join(root, 'out')).renamed
    expect(entry?.path).toBe(`in/${name}`)
    expect(entry?.reason).toContain('cut and made unique with a hash')
    expect(Buffer.byteLength(entry?.output ?? '')).toBeLessThanOrEqual(255)
    expect(existsSync(join(root, 'out', entry?.output ?? ''))).toBe(true)
  })
})

describe('a run that cannot go on ends with one line, the right exit code and a report', () => {
  it('a batch with nothing doubtful but an empty file: report.json says so', async () => {
    const root = folder()
    mkdirSync(join(root, 'e'))
    writeFileSync(join(root, 'e', 'a.txt'), '')
    const run = await chithi(['convert', 'e', '--out', 'o'], {cwd: root})
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('e/a.txt: empty file')
    expect(runReport(join(root, 'o')).failed).toEqual([{path: 'e/a.txt', reason: 'empty file'}])
  })

  it('an output folder that cannot be written is said once, before any input is read', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    writeFileSync(join(root, 'in', 'a.txt'), fixture(fixtureNames[0] as string))
    // A regular file where the folder should be: what a read-only folder is to a user who is not root.
    writeFileSync(join(root, 'taken'), '')
    const run = await chithi(['convert', 'in', '--out', 'taken/out'], {cwd: root})
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^chithi convert: cannot write to --out taken\/out: ENOTDIR/)])
  })

  it('two ingests into one SQLite file at once: the second waits for the lock, both finish, nothing is lost', async () => {
    const root = folder()
    mkdirSync(join(root, 'in'))
    for (let copy = 0; copy < 8; copy++) for (const name of fixtureNames) writeFileSync(join(root, 'in', `${copy}-${name}`), fixture(name))
    const ingest = (): Promise<{status: number | null; stderr: string}> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [cliPath, 'ingest', 'in', '--db', 'corpus.sqlite', '--batch', '3', '--jobs', '1'], {cwd: root, env: {...process.env, CI: 'true', NO_COLOR: '1'}})
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        child.on('close', (status) => resolve({status, stderr}))
      })
    const runs = await Promise.all([ingest(), ingest()])
    for (const run of runs) {
      expect(run.stderr).not.toContain('locked')
      expect(run.status, run.stderr).toBe(0)
    }
    const stats = spawned(['stats', '--db', 'corpus.sqlite'], root)
    expect(stats.stdout).toContain(`${fixtureNames.length} documents`)
  })
})

describe('nothing is written or deleted outside --out', () => {
  const directive = fixture(fixtureNames[0] as string)

  /** An input folder `in` with `a.txt` and `sub/b.txt`, and a folder `elsewhere` holding a file of its own in `tmp/`. */
  function setUp(): string {
    const root = folder()
    mkdirSync(join(root, 'in', 'sub'), {recursive: true})
    mkdirSync(join(root, 'elsewhere', 'tmp'), {recursive: true})
    writeFileSync(join(root, 'in', 'a.txt'), directive)
    writeFileSync(join(root, 'in', 'sub', 'b.txt'), directive)
    writeFileSync(join(root, 'elsewhere', 'tmp', 'precious'), 'mine')
    return root
  }

  it('does not write through a folder link placed in --out beforehand', async () => {
    const root = setUp()
    mkdirSync(join(root, 'out'))
    symlinkSync('../elsewhere', join(root, 'out', 'sub'))
    expect((await chithi(['convert', 'in', '--out', 'out'], {cwd: root})).status).toBe(1)
    expect(runReport(join(root, 'out')).failed).toEqual([{path: 'in/sub/b.txt', reason: 'sub in the output folder is a symbolic link: not written through'}])
    expect(readdirSync(join(root, 'elsewhere')).sort()).toEqual(['tmp'])
    expect(existsSync(join(root, 'out', 'a.json'))).toBe(true)
  })

  it('refuses an `out/.chithi` that is a link, and deletes nothing at its target', async () => {
    const root = setUp()
    mkdirSync(join(root, 'out'))
    symlinkSync('../elsewhere', join(root, 'out', '.chithi'))
    const run = await chithi(['convert', 'in', '--out', 'out'], {cwd: root})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('out/.chithi is a symbolic link')
    expect(readFileSync(join(root, 'elsewhere', 'tmp', 'precious'), 'utf8')).toBe('mine')
  })

  it('refuses an --out not made yet under a link into the input folder', async () => {
    const root = setUp()
    symlinkSync('in', join(root, 'link'))
    const run = await chithi(['convert', 'in', '--out', 'link/out'], {cwd: root})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('is inside the input folder in')
    expect(existsSync(join(root, 'in', 'out'))).toBe(false)
  })
})

describe('every tree and record of a mutated real text fits the shipped schemas and loses nothing', () => {
  const ajv = new Ajv2020({strict: false})
  const treeSchema = ajv.compile(JSON.parse(readFileSync(new URL('../schema/tree.json', import.meta.url), 'utf8')))
  const recordSchema = ajv.compile(JSON.parse(readFileSync(new URL('../schema/record.json', import.meta.url), 'utf8')))
  // The 43 corpus texts when ../shared is there, else the fixtures.
  const names = hasCorpus ? corpusNames : fixtureNames
  const read = hasCorpus ? corpus : fixture

  it('a page break inside the addressees or the signature block (26 of 500 mutants once gave trees both schemas rejected)', () => {
    for (const text of ['Kính gửi:\n- Sở Tài chính;\n[page 3]\n- Sở Xây dựng.\n', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[page 3]\nNguyễn Văn A\n']) {
      const tree = parse(text)
      expect(schemas.root.safeParse(tree).error).toBeUndefined()
      expect(treeSchema(tree), JSON.stringify(treeSchema.errors)).toBe(true)
      expect(coverageProblems(text, tree)).toEqual([])
    }
  })

  it('a `**` line between two lines read as one paragraph is a marker, not lost', () => {
    const text = 'Các sở thực hiện,\n**\n\ntheo kế hoạch.\n'
    expect(coverageProblems(text, parse(text))).toEqual([])
  })

  it.each(names)('%s, in 3 mutants', (name) => {
    const clean = read(name)
    for (const seed of [1, 2, 3]) {
      const text = mutant(clean, seed * 7919 + name.length)
      const {tree, record} = analyzeFile(text)
      if (!tree || !record) throw new Error(`${name} (seed ${seed}): no tree or record`)
      expect(schemas.root.safeParse(tree).error, `${name} (seed ${seed})`).toBeUndefined()
      expect(treeSchema(tree), `${name} (seed ${seed}): ${JSON.stringify(treeSchema.errors?.slice(0, 2))}`).toBe(true)
      expect(recordSchemas.directiveRecord.safeParse(record).error, `${name} (seed ${seed})`).toBeUndefined()
      expect(recordSchema(JSON.parse(JSON.stringify(record))), `${name} (seed ${seed}): ${JSON.stringify(recordSchema.errors?.slice(0, 2))}`).toBe(true)
      expect(coverageProblems(text, tree), `${name} (seed ${seed})`).toEqual([])
    }
  })
})

describe('CSV cells never run as spreadsheet formulas', () => {
  it('neutralises a cell starting with = + - @ as OWASP advises: a quote before it, the field quoted', async () => {
    const root = folder()
    const names = ['=HYPERLINK("evil.example")', '+1+2', '-3+4', '@SUM(A1)']
    for (const name of names) writeFileSync(join(root, `${name}.txt`), fixture(fixtureNames[0] as string))
    expect((await chithi(['convert', ...names.map((name) => `./${name}.txt`), '--out', 'out', '--format', 'csv'], {cwd: root})).status).toBe(0)
    const csv = readFileSync(join(root, 'out', 'obligations.csv'), 'utf8')
    for (const name of names) expect(csv).toContain(`,"'${name.replaceAll('"', '""')}.txt",`)
    // No cell of any row starts a formula.
    const cells = csv.split('\r\n').flatMap((line) => line.split(','))
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
  })
})

describe('bytes that are not UTF-8', () => {
  it('reports an encoded surrogate at its own byte', () => {
    const bytes = new Uint8Array([...Buffer.from('abcdef'), 0xed, 0xa0, 0x80, ...Buffer.from(' Sở Tài chính thực hiện.\n')])
    const {file} = analyzeFile(bytes)
    const message = file.messages.find((each) => each.ruleId === 'invalid-utf8')
    expect(message?.reason).toMatch(/^Invalid UTF-8 at byte 6 \(0xED 0xA0 0x80: an encoded surrogate, U\+D800\)/)
  })
})

describe('a file holding several directives', () => {
  it('says where each directive after the first starts, and that the record holds the first only', () => {
    const first = fixture('000_8a5523bcdb22fb49.txt')
    const second = fixture('002_efe6cc8491401fd3.txt')
    const text = `${first}\n${second}\n${first}`
    const {file, record} = analyzeFile(text)
    const starts = file.messages.filter((message) => message.ruleId === 'several-directives')
    const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length
    // The second starts at its `Kính gửi:` (it has no header), the third at its issuer's heading.
    expect(starts.map((message) => message.line)).toEqual([lineOf(first.length + 1 + second.indexOf('- Kính gửi:')), lineOf(first.length + 1 + second.length + 1 + first.indexOf('ĐẢNG CỘNG SẢN'))])
    expect(starts[0]?.reason).toContain('the record holds the first only')
    expect(record?.document.number).toBe(analyze(first).document.number)
  })

  it('says nothing of a single directive, its annexes and their forms', () => {
    for (const text of [...fixtureNames.map((name) => fixture(name)), ...corpusNames.map((name) => corpus(name))]) {
      expect(analyzeFile(text).file.messages.filter((message) => message.ruleId === 'several-directives')).toEqual([])
    }
  })
})

describe('JSON longer than any one string', () => {
  it('`chithi parse` writes a tree’s JSON in chunks, the same text JSON.stringify gives', async () => {
    for (const name of fixtureNames.slice(0, 5)) {
      const tree = parse(fixture(name))
      expect([...jsonChunks(tree, {space: 2})].join('')).toBe(JSON.stringify(tree, undefined, 2))
      expect([...jsonChunks(tree, {omit: new Set(['position'])}, 100)].join('')).toBe(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))
    }

    const root = folder()
    writeFileSync(join(root, 'a.txt'), fixture(fixtureNames[0] as string))
    const run = await chithi(['parse', 'a.txt', '--no-position', '-q'], {cwd: root})
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(parse(fixture(fixtureNames[0] as string)), (key, value: unknown) => (key === 'position' ? undefined : value))))
  })

  it('writes 600 MB of JSON, which JSON.stringify cannot (a 50 MB file’s tree died with RangeError: Invalid string length)', () => {
    const line = 'x'.repeat(1 << 20)
    const value = {type: 'root', children: Array.from({length: 600}, () => ({type: 'text', value: line}))}
    expect(() => JSON.stringify(value)).toThrow(RangeError)
    let length = 0
    for (const chunk of jsonChunks(value, {}, 1 << 20)) length += chunk.length
    expect(length).toBeGreaterThan(600 * (1 << 20))
  })
})
