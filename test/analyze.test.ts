/**
 * The record: who must do what, with whom, by when. Examples from the seeds
 * and from texts written for the tests.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {analyze, analyzeFile, chithiAnalyze, chithiParse, parse, recordSchemas, type Obligation} from '../src/index.js'
import {fixture} from './helpers.js'

const at = (obligations: Obligation[], path: string) => obligations.filter((obligation) => obligation.at === path)

describe('the opening request and inheritance (seed 001)', () => {
  const record = analyze(fixture('001_27c53251131e7eff.txt'))

  it('reads the parties of the opening request', () => {
    expect(record.document.requested).toEqual(['các cấp ủy', 'tổ chức đảng', 'chính quyền', 'Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội'])
    expect(at(record.obligations, 'preamble')[0]?.who).toEqual(record.document.requested)
  })

  it('gives items that name nobody to the requested parties, and sub-items to the heading above them', () => {
    expect(at(record.obligations, '1')[0]).toMatchObject({inherited: true, who: record.document.requested})
    expect(at(record.obligations, '4.1')[0]).toMatchObject({inherited: true, who: ['Ban cán sự Đảng UBND tỉnh']})
    expect(at(record.obligations, '4.2')[0]).toMatchObject({inherited: true, who: ['Ban cán sự Đảng UBND tỉnh']})
    expect(at(record.obligations, '4')).toEqual([])
  })

  it('reads lead, with, report-to and a recurring timing', () => {
    expect(at(record.obligations, '6')[0]).toMatchObject({
      who: ['Ban Tuyên giáo Tỉnh ủy'],
      lead: true,
      with: ['Văn phòng Tỉnh ủy', 'các cơ quan liên quan'],
      reportTo: ['Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']
    })
    expect(at(record.obligations, '6')[0]?.when).toMatchObject([{kind: 'recurring', text: 'thường xuyên'}])
  })
})

describe('parties (seed 003)', () => {
  const record = analyze(fixture('003_3d0f6af760acfb02.txt'))

  it('finds a new party in each clause of an item, and keeps names with `và` whole', () => {
    expect(at(record.obligations, '1').map((obligation) => obligation.who)).toEqual([
      ['các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'các Ban đảng', 'Ban Cán sự đảng', 'Đảng đoàn', 'các sở, ban, ngành', 'Ủy ban Mặt trận Tổ quốc', 'các đoàn thể tỉnh', 'cấp ủy huyện và tương đương'],
      ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông'],
      ['Báo Ấp Bắc', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['Công an tỉnh', 'Sở Thông tin và Truyền thông', 'các sở, ngành có liên quan', 'chính quyền địa phương']
    ])
  })

  it('reads refusals, and the party after `đề nghị`', () => {
    expect(at(record.obligations, '5')[0]).toMatchObject({who: ['các cấp ủy', 'chính quyền'], polarity: 'refrain'})
    expect(at(record.obligations, '6')[0]).toMatchObject({who: ['Ban Thường vụ cấp ủy huyện và tương đương'], polarity: 'refrain'})
    expect(at(record.obligations, '6')[0]?.when.map((timing) => timing.kind)).toEqual(['until'])
  })

  it('reads `giao X` in the closing', () => {
    expect(at(record.obligations, 'closing').map((obligation) => obligation.who)).toEqual([['Ban cán sự Đảng Ủy ban nhân dân tỉnh'], ['Ban Tuyên giáo Tỉnh ủy']])
  })

  it('keeps the date of a citation out of the timings, and lists it as a reference', () => {
    expect(record.obligations.flatMap((obligation) => obligation.when).some((timing) => timing.date === '2020-03-07')).toBe(false)
    expect(record.document.references).toContainEqual(expect.objectContaining({kind: 'Công điện', date: '2020-03-07', issuer: 'Thường trực Ban Bí thư'}))
  })
})

describe('a colon list writes its head on each piece (seed 000)', () => {
  const record = analyze(fixture('000_8a5523bcdb22fb49.txt'))

  it('gives the parties and where they are written', () => {
    const item = at(record.obligations, '3')[0]!
    expect(item.who).toEqual(['Đảng ủy Quân sự tỉnh', 'Đảng ủy Công an tỉnh', 'Đảng ủy Bộ đội Biên phòng tỉnh', 'các cơ quan chức năng'])
    const text = fixture('000_8a5523bcdb22fb49.txt')
    const police = item.parties.find((party) => party.text === 'Đảng ủy Công an tỉnh')!
    expect(text.slice(police.position!.start.offset, police.position!.end.offset)).toBe('Công an tỉnh')
  })

  it('resolves the province in canonical names and says what kind and level each party is', () => {
    const item = at(record.obligations, '3')[0]!
    expect(item.parties[1]).toMatchObject({canonical: 'Đảng ủy Công an tỉnh Thanh Hóa', kind: 'party', level: 'province', role: 'responsible'})
    expect(record.document.province).toBe('Thanh Hóa')
  })

  it('reads `ngay`, `khẩn trương` and an event, and points at them', () => {
    const opening = at(record.obligations, 'preamble')[0]!
    expect(opening.when.map((timing) => [timing.kind, timing.text])).toEqual([['immediate', 'khẩn trương'], ['immediate', 'ngay']])
    const text = fixture('000_8a5523bcdb22fb49.txt')
    const now = opening.when[1]!.position!
    expect(text.slice(now.start.offset, now.end.offset)).toBe('ngay')
  })
})

describe('deadlines resolved against the document date', () => {
  const text = [
    'UBND TỈNH NAM ĐỊNH',
    'Số: 15/CT-UBND',
    'Nam Định, ngày 10 tháng 3 năm 2021',
    '',
    'CHỈ THỊ',
    'Về việc phòng chống thiên tai',
    '',
    'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
    '',
    '1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh rà soát các công trình trước ngày 15/4; báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) trong quý II/2021.',
    '',
    '2. Ủy ban nhân dân các huyện, thành phố không được cấp phép xây dựng trong hành lang thoát lũ; định kỳ hằng tháng báo cáo tiến độ.',
    '',
    '3. Giao Sở Tài chính bố trí kinh phí trong tháng 9/2021, hoàn thành 6 tháng đầu năm 2021 các hạng mục cấp bách.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Trần Văn A'
  ].join('\n')
  const record = analyze(text)

  it('takes the year of a date without one from the document', () => {
    const first = at(record.obligations, '1')[0]!
    expect(first).toMatchObject({who: ['Sở Nông nghiệp và Phát triển nông thôn'], lead: true, with: ['Công an tỉnh'], reportTo: ['Ủy ban nhân dân tỉnh']})
    expect(first.when.map((timing) => [timing.kind, timing.date])).toEqual([
      ['by', '2021-04-15'],
      ['within', '2021-06-30']
    ])
  })

  it('reads refusals and monthly reports', () => {
    const second = at(record.obligations, '2')[0]!
    expect(second.polarity).toBe('refrain')
    expect(second.when).toMatchObject([{kind: 'recurring', period: 'monthly'}])
  })

  it('reads months and half-years', () => {
    const third = at(record.obligations, '3')[0]!
    expect(third.who).toEqual(['Sở Tài chính'])
    expect(third.when.map((timing) => timing.date)).toEqual(['2021-09-30', '2021-06-30'])
  })

  it('canonical names expand abbreviations and resolve `tỉnh`', () => {
    const report = at(record.obligations, '1')[0]!.parties.find((party) => party.role === 'reportTo')!
    expect(report).toMatchObject({canonical: 'Ủy ban nhân dân tỉnh Nam Định', kind: 'state', level: 'province'})
    expect(record.document.province).toBe('Nam Định')
  })

  it('one canonical name for `UBND tỉnh`, `Ủy ban nhân dân tỉnh` and `UBND Tỉnh`', () => {
    const names = ['UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'UBND Tỉnh'].map((written) => {
      const text = `UBND TỈNH NAM ĐỊNH\nSố: 1/CT-UBND\n\nCHỈ THỊ\n\n1. ${written} chỉ đạo kiểm tra.\n`
      return analyze(text).obligations[0]?.parties[0]?.canonical
    })
    expect(names).toEqual(['Ủy ban nhân dân tỉnh Nam Định', 'Ủy ban nhân dân tỉnh Nam Định', 'Ủy ban nhân dân tỉnh Nam Định'])
  })
})

describe('task tables', () => {
  it('turns each row into an obligation at `table`', () => {
    const text = [
      'Kính gửi: Các sở, ngành',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Xây dựng cơ sở dữ liệu | Sở Tài chính | Sở Nội vụ, Sở Tư pháp | Quý III/2024 |',
      '| 2 | Tập huấn cán bộ | Sở Nội vụ | Các sở, ngành | Thường xuyên |'
    ].join('\n')
    const rows = analyze(text).obligations.filter((obligation) => obligation.at === 'table')
    expect(rows.map((row) => [row.who, row.with, row.what])).toEqual([
      [['Sở Tài chính'], ['Sở Nội vụ', 'Sở Tư pháp'], 'Xây dựng cơ sở dữ liệu'],
      [['Sở Nội vụ'], ['Các sở, ngành'], 'Tập huấn cán bộ']
    ])
    expect(rows[0]!.when).toMatchObject([{kind: 'within', date: '2024-09-30'}])
    expect(rows[1]!.when).toMatchObject([{kind: 'recurring'}])
  })

  it('keeps a cell left empty in its column, and reads a bare date in the time column as the day it is due by', () => {
    const text = [
      'Kính gửi: Các sở, ngành',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Rà soát quy hoạch | Sở Xây dựng | | 31/12/2025 |',
      '| 2 | Kiểm tra | Sở Y tế | Công an tỉnh | Tháng 6/2025 |'
    ].join('\n')
    const rows = analyze(text).obligations.filter((obligation) => obligation.at === 'table')
    expect(rows.map((row) => [row.who, row.with ?? [], row.when.map((when) => [when.kind, when.date])])).toEqual([
      [['Sở Xây dựng'], [], [['by', '2025-12-31']]],
      [['Sở Y tế'], ['Công an tỉnh'], [['within', '2025-06-30']]]
    ])
  })
})

describe('the API', () => {
  it('takes text, bytes, a vfile or a tree, and validates against its schema', () => {
    const text = fixture('002_efe6cc8491401fd3.txt')
    const fromText = analyze(text)
    expect(analyze(new Uint8Array(Buffer.from(text)))).toEqual(fromText)
    expect(analyze(parse(text))).toEqual(fromText)
    expect(recordSchemas.directiveRecord.safeParse(fromText).error).toBeUndefined()
  })

  it('reports doubts on the file', () => {
    const {file} = analyzeFile(new VFile({path: 'x.txt', value: '1. Tăng cường kiểm tra việc thực hiện.'}))
    expect(file.messages.map((message) => message.ruleId)).toContain('no-party')
  })

  it('attaches the record to file.data with the unified plugin', async () => {
    const processor = unified().use(chithiParse).use(chithiAnalyze)
    const file = new VFile(fixture('001_27c53251131e7eff.txt'))
    await processor.run(processor.parse(file), file)
    expect(file.data.chithi?.document.type).toBe('Chỉ thị')
    expect(file.data.chithi?.obligations.length).toBeGreaterThan(5)
  })

  it('gives an empty record for bytes that are not text', () => {
    expect(analyze(new Uint8Array([0, 1, 2])).obligations).toEqual([])
  })
})

describe('input that is not a directive', () => {
  it.each([undefined, null, 42, {}, ['a']])('analyze(%j) returns an empty record, and analyzeFile a fatal message, without throwing', (input) => {
    const record = analyze(input as never)
    expect(record.obligations).toEqual([])
    expect(record.document.number).toBeNull()
    const {file, tree} = analyzeFile(input as never)
    expect(tree).toBeUndefined()
    expect(file.messages).toEqual([expect.objectContaining({ruleId: 'invalid-input', fatal: true, source: 'chithi'})])
  })
})

describe('the record writes new-style tone marks (ANNOTATION.md)', () => {
  // An older text places the mark on the second vowel of an open `oa`, `oe`, `uy`: `Uỷ ban`, `Văn hoá`, `khoẻ`.
  const record = analyze(
    'UỶ BAN NHÂN DÂN QUẬN 3\nSố: 12/CT-UBND\nQuận 3, ngày 5 tháng 3 năm 2010\n\nCHỈ THỊ\nVề tăng cường quản lý hoạt động văn hoá\n\n' +
      'Để bảo đảm trật tự, Chủ tịch Uỷ ban nhân dân quận chỉ thị:\n\n' +
      '1. Phòng Văn hoá và Thông tin quận chủ trì, phối hợp với Uỷ ban nhân dân các phường kiểm tra, báo cáo Uỷ ban nhân dân quận.\n\n' +
      '2. Trung tâm Y tế quận tuỳ tình hình thực tế tổ chức khám sức khoẻ cho người dân.\n'
  )

  it('in the parties and the task, and in the document fields', () => {
    expect(at(record.obligations, '1')[0]).toMatchObject({
      who: ['Phòng Văn hóa và Thông tin quận'],
      with: ['Ủy ban nhân dân các phường'],
      reportTo: ['Ủy ban nhân dân quận']
    })
    expect(at(record.obligations, '2')[0]?.what).toBe('tổ chức khám sức khỏe cho người dân')
    expect(record.document).toMatchObject({issuer: 'Ủy ban nhân dân Quận 3', subject: 'tăng cường quản lý hoạt động văn hóa'})
  })

  it('and keeps a mark where it belongs: a closed syllable, or `qu`', () => {
    const closed = analyze('1. Sở Tài chính hoàn thành việc thanh toán, quyết toán các khoản chi quý I.\n')
    expect(closed.obligations[0]?.what).toBe('hoàn thành việc thanh toán, quyết toán các khoản chi quý I')
  })
})
