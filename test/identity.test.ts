/**
 * A party is a body in a place: the same department name in the directives
 * of two provinces is two bodies, a central body is one everywhere, and a
 * group (`các sở, ban, ngành`, `cơ quan`) is kept apart from the bodies. On
 * both engines (PostgreSQL where a server is at hand).
 */
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {ingest, openCorpus, type Corpus} from '../src/store.js'
import {engines, freshPostgres, skipped} from './postgres.js'

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
})

for (const engine of engines) {
  describe.skipIf(skipped(engine))(`bodies in two provinces on ${engine}`, () => {
    let corpus: Corpus
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

    it('counts groups apart, never as bodies', async () => {
      const stats = await corpus.stats()
      expect(stats.parties.map((party) => party.canonical)).not.toContain('Cơ quan')
      expect(stats.groups.map((group) => [group.canonical, group.obligations])).toContainEqual(['Cơ quan', 2])
      expect(stats.totals.groups).toBe(stats.groups.length)
    })

    it('finds a body by its name and place, as written or as resolved', async () => {
      const inHaNoi = await corpus.obligations({who: 'Sở Y tế Hà Nội', role: 'responsible'})
      expect(inHaNoi.map((row) => [row.document.number, row.party.canonical])).toEqual([['07/CT-UBND', 'Sở Y tế thành phố Hà Nội']])
      const anywhere = await corpus.obligations({who: 'Sở Y tế', role: 'responsible'})
      expect(anywhere.map((row) => row.document.number).sort()).toEqual(['07/CT-UBND', '12/CT-UBND'])
    })
  })
}
