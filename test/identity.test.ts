/**
 * A party is a body in a place: the same department name in the directives
 * of two provinces is two bodies, a central body is one everywhere, and a
 * group (`các sở, ban, ngành`, `cơ quan`) is kept apart from the bodies, a
 * group of the issuer's jurisdiction. The jurisdiction is stored beside the
 * name, `query --jurisdiction` finds it, and a database made before it had
 * one is brought up to date. On both engines (PostgreSQL where a server is
 * at hand).
 */
import Database from 'better-sqlite3'
import pg from 'pg'
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {pageSummary, renderCorpusPage} from '../src/outputs/html/corpus.js'
import {ingest, openCorpus, type Corpus} from '../src/store.js'
import {migrations} from '../src/store/schema.js'
import {postgresMigrations} from '../src/store/postgres-schema.js'
import {chithi} from './helpers.js'
import {engines, freshPostgres, skipped, type Engine} from './postgres.js'

function directive(province: 'TỈNH THANH HÓA' | 'THÀNH PHỐ HÀ NỘI', place: string, number: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    province,
    `Số: ${number}`,
    `${place}, ngày 05 tháng 3 năm 2025`,
    '',
    'CHỈ THỊ',
    'Về phòng, chống dịch bệnh',
    '',
    '1. Sở Y tế chủ trì kiểm tra các cơ sở khám bệnh trước ngày 30/4/2025.',
    '',
    '2. Các sở, ban, ngành phối hợp với Bộ Y tế tuyên truyền phòng dịch.',
    '',
    '3. Cơ quan báo cáo kết quả hằng tháng.',
    ''
  ].join('\n')
}

const thanhHoa = directive('TỈNH THANH HÓA', 'Thanh Hóa', '12/CT-UBND')
const haNoi = directive('THÀNH PHỐ HÀ NỘI', 'Hà Nội', '07/CT-UBND')

describe('a party’s identity in the record', () => {
  it('places a provincial department in the issuer’s province, and leaves a central body as it is', () => {
    const parties = analyze(thanhHoa).obligations.flatMap((obligation) => obligation.parties.map((party) => [party.text, party.canonical, party.kind]))
    expect(parties).toContainEqual(['Sở Y tế', 'Sở Y tế tỉnh Thanh Hóa', 'state'])
    expect(parties).toContainEqual(['Bộ Y tế', 'Bộ Y tế', 'state'])
    expect(parties).toContainEqual(['Các sở, ban, ngành', 'Các sở, ban, ngành', 'group'])
    expect(parties).toContainEqual(['Cơ quan', 'Cơ quan', 'group'])
    expect(analyze(haNoi).obligations[0]!.parties[0]!.canonical).toBe('Sở Y tế thành phố Hà Nội')
  })

  it('gives each party the province or city it is a body of: none to a central body, the issuer’s to a group', () => {
    const jurisdictions = (text: string) => analyze(text).obligations.flatMap((obligation) => obligation.parties.map((party) => [party.text, party.jurisdiction]))
    expect(jurisdictions(thanhHoa)).toEqual([
      ['Sở Y tế', {unit: 'tỉnh', name: 'Thanh Hóa'}],
      ['Các sở, ban, ngành', {unit: 'tỉnh', name: 'Thanh Hóa'}],
      ['Bộ Y tế', null],
      ['Cơ quan', {unit: 'tỉnh', name: 'Thanh Hóa'}]
    ])
    expect(jurisdictions(haNoi)[0]).toEqual(['Sở Y tế', {unit: 'thành phố', name: 'Hà Nội'}])
  })

  it('charts a body whose name does not say its place as a body of that place, two provinces’ two bars', async () => {
    const withOffice = (text: string) => text.replace('1. Sở Y tế chủ trì', '1. Phòng Y tế chủ trì')
    const html = await renderCorpusPage([
      pageSummary(analyze(withOffice(thanhHoa)), 'thanh-hoa.html', 'thanh-hoa.txt'),
      pageSummary(analyze(withOffice(haNoi)), 'ha-noi.html', 'ha-noi.txt')
    ])
    expect(html).toContain('Phòng Y tế (Thanh Hóa)')
    expect(html).toContain('Phòng Y tế (Hà Nội)')
  })

  it('keeps the place a name says, though the issuer is of another province', () => {
    const text = thanhHoa.replace('2. Các sở, ban, ngành phối hợp với Bộ Y tế', '2. Sở Y tế tỉnh Nghệ An phối hợp với Ủy ban nhân dân thành phố Sầm Sơn')
    const parties = analyze(text).obligations[1]!.parties.map((party) => [party.canonical, party.jurisdiction?.name ?? null])
    expect(parties).toEqual([
      ['Sở Y tế tỉnh Nghệ An', 'Nghệ An'],
      // A city of the province is in the province, not a jurisdiction of its own.
      ['Ủy ban nhân dân thành phố Sầm Sơn', 'Thanh Hóa']
    ])
  })
})

for (const engine of engines) {
  describe.skipIf(skipped(engine))(`bodies in two provinces on ${engine}`, () => {
    let corpus: Corpus
    let location = ''
    let drop = async (): Promise<void> => undefined
    beforeAll(async () => {
      const folder = mkdtempSync(join(tmpdir(), 'chithi-identity-'))
      const texts = join(folder, 'texts')
      mkdirSync(texts)
      writeFileSync(join(texts, 'thanh-hoa.txt'), thanhHoa)
      writeFileSync(join(texts, 'ha-noi.txt'), haNoi)
      let db = join(folder, 'corpus.sqlite')
      if (engine === 'postgres') {
        const fresh = await freshPostgres()
        db = fresh.url
        drop = fresh.drop
      }

      const report = await ingest([texts], {db, version: 'test', jobs: 1, progress: false})
      if ('problem' in report) throw new Error(report.problem)
      location = db
      corpus = await openCorpus(db, {readonly: true})
    })
    afterAll(async () => {
      await corpus?.close()
      await drop()
    })

    it('keeps the same department name of two provinces as two bodies', async () => {
      const stats = await corpus.stats()
      const bodies = stats.parties.map((party) => [party.canonical, party.obligations])
      expect(bodies).toContainEqual(['Sở Y tế tỉnh Thanh Hóa', 1])
      expect(bodies).toContainEqual(['Sở Y tế thành phố Hà Nội', 1])
      expect(bodies.filter(([name]) => name === 'Sở Y tế')).toEqual([])
    })

    it('counts groups apart, never as bodies, a group of each province apart', async () => {
      const stats = await corpus.stats()
      expect(stats.parties.map((party) => party.canonical)).not.toContain('Cơ quan')
      const groups = stats.groups.filter((group) => group.canonical === 'Cơ quan').map((group) => [group.jurisdiction, group.obligations])
      expect(groups.sort()).toEqual([['Hà Nội', 1], ['Thanh Hóa', 1]])
      expect(stats.totals.groups).toBe(stats.groups.length)
    })

    it('stores each body’s jurisdiction beside its name', async () => {
      const stats = await corpus.stats()
      const bodies = stats.parties.map((party) => [party.canonical, party.jurisdiction])
      expect(bodies).toContainEqual(['Sở Y tế tỉnh Thanh Hóa', 'Thanh Hóa'])
      expect(bodies).toContainEqual(['Sở Y tế thành phố Hà Nội', 'Hà Nội'])
      expect(await corpus.sql(`SELECT DISTINCT jurisdiction, jurisdiction_unit FROM parties WHERE canonical = 'Bộ Y tế'`)).toEqual([{jurisdiction: null, jurisdiction_unit: null}])
    })

    it('finds each body by its jurisdiction, with or without its unit, diacritics folded', async () => {
      const found = async (jurisdiction: string) => (await corpus.obligations({who: 'Sở Y tế', role: 'responsible', jurisdiction})).map((row) => [row.document.number, row.party.canonical, row.party.jurisdiction])
      expect(await found('Thanh Hoa')).toEqual([['12/CT-UBND', 'Sở Y tế tỉnh Thanh Hóa', {unit: 'tỉnh', name: 'Thanh Hóa'}]])
      expect(await found('tỉnh THANH HÓA')).toEqual(await found('Thanh Hoa'))
      expect(await found('thành phố Hà Nội')).toEqual([['07/CT-UBND', 'Sở Y tế thành phố Hà Nội', {unit: 'thành phố', name: 'Hà Nội'}]])
      expect(await found('Nghệ An')).toEqual([])
      // The groups of a province are found by its name too; a central body by none.
      const inHaNoi = await corpus.obligations({jurisdiction: 'Ha Noi'})
      expect(new Set(inHaNoi.map((row) => row.party.canonical))).toEqual(new Set(['Sở Y tế thành phố Hà Nội', 'Các sở, ban, ngành', 'Cơ quan']))
    })

    it('`query --jurisdiction` answers in every format, the jurisdiction a column of its own', async () => {
      const query = async (...args: string[]) => chithi(['query', '--db', location, '--who', 'Sở Y tế', '--role', 'responsible', ...args])
      const jsonl = (await query('--jurisdiction', 'Thanh Hoa', '--format', 'jsonl')).stdout.trim().split('\n').map((line) => JSON.parse(line) as {party: {jurisdiction: unknown}})
      expect(jsonl.map((row) => row.party.jurisdiction)).toEqual([{unit: 'tỉnh', name: 'Thanh Hóa'}])
      const json = JSON.parse((await query('--jurisdiction', 'ha noi', '--format', 'json')).stdout) as Array<{party: {canonical: string}}>
      expect(json.map((row) => row.party.canonical)).toEqual(['Sở Y tế thành phố Hà Nội'])
      const csv = (await query('--jurisdiction', 'Hà Nội', '--format', 'csv')).stdout.trim().split('\r\n')
      expect(csv[0]).toContain(',canonical,jurisdiction,')
      expect(csv.slice(1)).toHaveLength(1)
      expect(csv[1]).toContain(',Sở Y tế thành phố Hà Nội,Hà Nội,')
      const table = (await query('--jurisdiction', 'Thanh Hóa')).stdout
      expect(table).toMatch(/jurisdiction/)
      expect(table).toContain('Thanh Hóa')
      expect(table).not.toContain('Hà Nội')
    })

    it('finds a body by its name and place, as written or as resolved', async () => {
      const inHaNoi = await corpus.obligations({who: 'Sở Y tế Hà Nội', role: 'responsible'})
      expect(inHaNoi.map((row) => [row.document.number, row.party.canonical])).toEqual([['07/CT-UBND', 'Sở Y tế thành phố Hà Nội']])
      const anywhere = await corpus.obligations({who: 'Sở Y tế', role: 'responsible'})
      expect(anywhere.map((row) => row.document.number).sort()).toEqual(['07/CT-UBND', '12/CT-UBND'])
    })
  })
}

/** The rows of a corpus made before parties had a jurisdiction: `Cơ quan` one party across two provinces. */
const oldRows = [
  `INSERT INTO documents (id, path, issuer, version, ingested_at) VALUES
     ('a', 'thanh-hoa.txt', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'old', '2025-01-01'),
     ('b', 'ha-noi.txt', 'Ủy ban nhân dân thành phố Hà Nội', 'old', '2025-01-01')`,
  `INSERT INTO obligations (id, document_id, key, at, action, polarity, lead, inherited) VALUES
     (1, 'a', 'o1', '1', 'kiểm tra', 'do', 0, 0), (2, 'a', 'o2', '3', 'báo cáo', 'do', 0, 0),
     (3, 'b', 'o1', '1', 'kiểm tra', 'do', 0, 0), (4, 'b', 'o2', '3', 'báo cáo', 'do', 0, 0)`,
  `INSERT INTO parties (key, canonical, kind, level) VALUES
     ('so y te tinh thanh hoa', 'Sở Y tế tỉnh Thanh Hóa', 'state', 'province'),
     ('so y te thanh pho ha noi', 'Sở Y tế thành phố Hà Nội', 'state', 'province'),
     ('co quan', 'Cơ quan', 'group', 'any'),
     ('bo y te', 'Bộ Y tế', 'state', 'central')`,
  `INSERT INTO party_names (party_id, folded) SELECT id, key FROM parties`,
  `INSERT INTO party_names (party_id, folded) SELECT id, 'so y te' FROM parties WHERE kind = 'state' AND level = 'province'`,
  ...[
    [1, 'so y te tinh thanh hoa', 'responsible', 'Sở Y tế'],
    [1, 'bo y te', 'with', 'Bộ Y tế'],
    [2, 'co quan', 'responsible', 'Cơ quan'],
    [3, 'so y te thanh pho ha noi', 'responsible', 'Sở Y tế'],
    [4, 'co quan', 'responsible', 'Cơ quan']
  ].map(
    ([obligation, key, role, text]) =>
      `INSERT INTO obligation_parties (obligation_id, party_id, role, text, folded)
       SELECT ${obligation}, id, '${role}', '${text}', '${String(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}' FROM parties WHERE key = '${key}'`
  )
]

/** A corpus database of the schema before jurisdictions, holding `oldRows`: its location, and a way to drop it. */
async function oldCorpus(engine: Engine): Promise<{location: string; drop: () => Promise<void>}> {
  if (engine === 'sqlite') {
    const location = join(mkdtempSync(join(tmpdir(), 'chithi-identity-old-')), 'old.sqlite')
    const db = new Database(location)
    for (const migration of migrations.slice(0, 2)) db.exec(migration)
    db.pragma('user_version = 2')
    for (const statement of oldRows) db.exec(statement)
    db.close()
    return {location, drop: async () => undefined}
  }

  const fresh = await freshPostgres()
  const client = new pg.Client({connectionString: fresh.url})
  await client.connect()
  for (const migration of postgresMigrations.slice(0, 3)) await client.query(migration)
  await client.query('CREATE TABLE chithi_schema (version INTEGER NOT NULL); INSERT INTO chithi_schema (version) VALUES (3)')
  for (const statement of oldRows) await client.query(statement)
  await client.end()
  return {location: fresh.url, drop: fresh.drop}
}

for (const engine of engines) {
  describe.skipIf(skipped(engine))(`a corpus made before parties had a jurisdiction, on ${engine}`, () => {
    it('is brought up to date, though opened to read: each party its jurisdiction, a group of two provinces two groups, every name kept', async () => {
      const old = await oldCorpus(engine)
      try {
        // Read-only, as chithi query opens it: brought up to date first all the same.
        const corpus = await openCorpus(old.location, {readonly: true})
        try {
          const version = engine === 'sqlite' ? 'SELECT user_version AS version FROM pragma_user_version' : 'SELECT version FROM chithi_schema'
          expect(await corpus.sql(version)).toEqual([{version: engine === 'sqlite' ? migrations.length : postgresMigrations.length}])
          const parties = await corpus.sql('SELECT canonical, jurisdiction, jurisdiction_unit FROM parties ORDER BY canonical, jurisdiction')
          expect(parties).toEqual([
            {canonical: 'Bộ Y tế', jurisdiction: null, jurisdiction_unit: null},
            {canonical: 'Cơ quan', jurisdiction: 'Hà Nội', jurisdiction_unit: 'thành phố'},
            {canonical: 'Cơ quan', jurisdiction: 'Thanh Hóa', jurisdiction_unit: 'tỉnh'},
            {canonical: 'Sở Y tế thành phố Hà Nội', jurisdiction: 'Hà Nội', jurisdiction_unit: 'thành phố'},
            {canonical: 'Sở Y tế tỉnh Thanh Hóa', jurisdiction: 'Thanh Hóa', jurisdiction_unit: 'tỉnh'}
          ])
          const stats = await corpus.stats()
          expect(stats.groups.map((group) => [group.canonical, group.jurisdiction, group.obligations]).sort()).toEqual([['Cơ quan', 'Hà Nội', 1], ['Cơ quan', 'Thanh Hóa', 1]])
          const inThanhHoa = await corpus.obligations({jurisdiction: 'thanh hoa', role: 'responsible'})
          expect(inThanhHoa.map((row) => [row.document.id, row.party.canonical])).toEqual([['a', 'Sở Y tế tỉnh Thanh Hóa'], ['a', 'Cơ quan']])
          expect((await corpus.obligations({who: 'cơ quan'})).map((row) => row.party.jurisdiction?.name).sort()).toEqual(['Hà Nội', 'Thanh Hóa'])
        } finally {
          await corpus.close()
        }
      } finally {
        await old.drop()
      }
    })
  })
}
