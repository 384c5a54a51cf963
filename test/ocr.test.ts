/**
 * OCR'd directives: confusions, garbled labels, misread formulas and lost
 * tone marks are repaired where the genre tells what was meant; each repair
 * is a message at its place, and nothing of the source is lost.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze, parseFile, type Root} from '../src/index.js'
import {normalize, sameParty, scoreRecord, total, wordF1} from '../src/eval/score.js'
import {modernizeTones} from '../src/text/fold.js'
import {asWritten, ocr} from './damage.js'
import {corpus, coverageProblems, fixture, fixtureNames, gold, hasCorpus, probe, probeNames} from './helpers.js'

const header = (date: string, opener = 'Kính gửi') => `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 12/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ${date}

CHỈ THỊ
Về tăng cường quản lý đất rừng

${opener}: Sở Tài chính.

1. Sở Nông nghiệp chủ trì kiểm tra.
2. Công an tỉnh phối hợp.
3. Sở Tư pháp theo dõi.
`

function repairs(text: string): Array<{rule: string; line: number; column: number}> {
  const {file} = parseFile(text)
  return file.messages.filter((message) => String(message.ruleId).startsWith('ocr-')).map((message) => ({rule: String(message.ruleId), line: message.line ?? 0, column: message.column ?? 0}))
}

/** The reasons of the tone marks restored in a text. */
function restored(text: string): string[] {
  return parseFile(text)
    .file.messages.filter((message) => message.ruleId === 'ocr-diacritics')
    .map((message) => message.reason)
}

describe('OCR repairs', () => {
  it('read a year with O for 0 as a number, and say where', () => {
    const text = header('ngày 30 tháng 7 năm 2O20')
    expect(analyze(text).document.date).toBe('2020-07-30')
    expect(repairs(text)).toEqual([{rule: 'ocr-confusion', line: 9, column: 32}])
  })

  it('read a lone § in a date\'s slot as 8, a place as the issuer spells it, and a signer\'s office that lost its marks', () => {
    const text = 'ĐẢNG BỘ TỈNH ĐÔNG THÀNH\nĐẢNG ỦY XÃ PHƯỚC HÒA\n*\nSố 45-KH/ĐU\n\nPhược Hòa, ngày 14 tháng § năm 2026\n\nKẾ HOẠCH\n\n1. Các chi bộ triển khai.\n\nNơi nhận:\n- Như trên,\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nPHO BÍ THƯ\n\nPhạm Thị Hà\n'
    expect(analyze(text).document).toMatchObject({date: '2026-08-14', place: 'Phước Hòa', signer: {authority: 'T/M', onBehalfOf: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Phạm Thị Hà'}})
  })

  it('read "thang" and a misread "Kỉnh gửi" as the formulas', () => {
    const text = header('ngay 30 thang 7 nam 2020', 'Kỉnh gửi')
    const record = analyze(text)
    expect(record.document.date).toBe('2020-07-30')
    expect(record.document.addressees).toEqual(['Sở Tài chính'])
    expect(repairs(text).map((repair) => repair.rule)).toEqual(['ocr-formula', 'ocr-formula', 'ocr-formula', 'ocr-formula'])
  })

  it('read a national title one letter off by edit distance', () => {
    const text = header('ngày 30 tháng 7 năm 2020').replace('VIỆT NAM', 'VIỆT NAN')
    const {tree, file} = parseFile(text)
    expect(file.messages.find((message) => message.ruleId === 'ocr-formula')?.reason).toContain('national title')
    expect(coverageProblems(text, tree as Root)).toEqual([])
  })

  it('recover an item label from its siblings, not a letter after a letter', () => {
    const first = header('ngày 30 tháng 7 năm 2020').replace('1. Sở', 'l. Sở')
    expect(analyze(first).document.items).toEqual(['1', '2', '3'])
    expect(repairs(first)).toEqual([{rule: 'ocr-label', line: 16, column: 1}])
    const between = header('ngày 30 tháng 7 năm 2020').replace('2. Công an', 'Z. Công an')
    expect(analyze(between).document.items).toEqual(['1', '2', '3'])
    const letters = 'a. Một.\nb. Hai.\nk. Mười.\nl. Mười một.\n2. Tiếp.\n'
    expect(repairs(letters)).toEqual([])
  })

  it('recover the first label of a roman section, whose numbering starts again', () => {
    const sections = 'CHỈ THỊ\n\nI. VỀ THỂ CHẾ\n1. Sở Tư pháp rà soát.\n2. Sở Nội vụ theo dõi.\nII. VỀ THỦ TỤC\nl. Sở Y tế kiểm tra.\n2. Sở Tài chính bố trí kinh phí.\n'
    expect(analyze(sections).document.items).toEqual(['I', 'I.1', 'I.2', 'II', 'II.1', 'II.2'])
  })

  it('recover the first label under an article, whose numbering starts again', () => {
    const articles = 'QUY ĐỊNH\n\n**Điều 1. Phạm vi**\n\n1. Sở Tư pháp rà soát.\n\n2. Sở Nội vụ theo dõi.\n\n3. Sở Y tế kiểm tra.\n\n**Điều 2. Trách nhiệm**\n\nl. Sở Tài chính bố trí kinh phí.\n\n2. Công an tỉnh phối hợp.\n'
    expect(analyze(articles).document.items).toEqual(['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2'])
    expect(repairs(articles)).toEqual([{rule: 'ocr-label', line: 13, column: 1}])
  })

  it('read the opening request whose issuer has a garbled word (`Ban Bí thu yêu cầu …`)', () => {
    const request = 'KẾT LUẬN\n\nĐể bảo đảm thực hiện quyết liệt các nhiệm vụ, Bộ Chính trị, Ban Bí thu yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nội dung sau:\n\n1. Bảo đảm các nguyên tắc.\n'
    expect(analyze(request).document.requested).toEqual(['các cấp ủy', 'tổ chức đảng'])
  })

  // A made-up directive read by OCR: tone marks lost or misread in party names and verbs.
  const scanned = `CHỈ THỊ
Về phòng, chống bão lũ

1. Ban Tuyen giao Tỉnh ủy chu trì tuyên truyền về tự do báo chí.
2. Sở Tai chính bố trí kinh phí; các co quan, đơn vị phôi hợp thực hiện.
3. Ủy ban nhân dân xã Tân Đồng chỉ đạo lực lượng tuần tra.
4. Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tính theo dõi.
5. Điện lực tỉnh rà soát các phương án hạ ngầm cáp.
`

  it('restore the tone marks of the parties and verbs the lexicon knows, in a text that reads as OCR\'d', () => {
    expect(analyze(scanned).obligations.map((obligation) => obligation.who)).toEqual([
      ['Ban Tuyên giáo Tỉnh ủy'],
      ['Sở Tài chính'],
      ['các cơ quan, đơn vị'],
      ['Ủy ban nhân dân xã Tân Đồng'],
      ['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh'],
      ['Điện lực tỉnh']
    ])
    const {file} = parseFile(scanned)
    const restored = file.messages.filter((message) => message.ruleId === 'ocr-diacritics')
    expect(restored.map((message) => [message.line, message.column])).toEqual([
      [4, 8],
      [4, 14],
      [4, 27],
      [5, 7],
      [5, 38],
      [5, 54],
      [7, 47]
    ])
    expect(restored[0]?.reason).toBe('OCR: "Tuyen" of "Ban Tuyên giáo Tỉnh ủy" read with its tone marks')
    expect(coverageProblems(scanned, parseFile(scanned).tree as Root)).toEqual([])
  })

  it('restore a modal alone only where the text writes it elsewhere and never the misspelling', () => {
    expect(restored(`${scanned}6. Các xã phải rà soát, các thôn phải báo cáo, các tổ dân phố phai tổng hợp.\n`)).toContain('OCR: "phai" of "phải" read with its tone marks')
    expect(restored(`${scanned}6. Các tổ dân phố phai tổng hợp.\n`).join('\n')).not.toContain('"phai"')
  })

  it('read a 1 for l inside a phrase of the genre, and `va` between parties as `và`', () => {
    const text = `${scanned}6. Sở Văn hóa, Thể thao và Du 1ịch chủ trì; Sở Y tế va Sở Nội vụ phối hợp và báo cáo.\n7. Lấy 01 mẫu/1ao.\n`
    expect(restored(text).slice(-2)).toEqual(['OCR: "1ịch" of "Sở Văn hóa Thể thao và Du lịch" read as "lịch"', 'OCR: "va" of "và" read with its tone marks'])
    expect(analyze(text).obligations.filter((obligation) => obligation.at === '6').map((obligation) => obligation.who)).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Y tế', 'Sở Nội vụ']])
  })

  it('restore a word inside a phrase though the text writes it often elsewhere', () => {
    const text = `${scanned}6. Cơ quan quân sự, cơ quan công an và lực lượng dân quan tự vệ tuần tra; cơ quan y tế trực.\n`
    expect(restored(text)).toContain('OCR: "quan" of "dân quân tự vệ" read with its tone marks')
  })

  it('leave words that fold like a phrase but say something else', () => {
    const reasons = restored(scanned).join('\n')
    // Both words off (`tự do` is not `từ đó`); a word that opens a phrase written right (`chỉ đạo`, not `đồng chí`);
    // a noun after a determiner that the text never writes elsewhere (`các phương án` is not `các phường`).
    expect(reasons).not.toMatch(/từ đó|đồng chí"|các phường/)
    // A spelling the text writes often where the phrase does not stand is its own word (`cáp`, not `cấp trên`).
    // Two words in capitals are a name (`Thanh Trà`), though the lexicon has `thanh tra`.
    expect(restored(`${scanned}6. Giao đồng chí Lê Thanh Trà theo dõi.\n`).join('\n')).not.toContain('thanh tra')
    const cables = `${scanned}6. Các đơn vị treo cáp trên cột điện phải bó gọn cáp quang, cáp đồng và cáp ngầm.\n`
    expect(restored(cables).join('\n')).not.toContain('cấp trên')
  })

  it('read a recipient sent "(dể b/c)" as sent to report, its tone marks misread', () => {
    const text = `${header('ngày 30 tháng 7 năm 2020')}\nNơi nhận:\n- Bộ Y tế (dể b/c);\n- Sở Y tế (đê báo cao);\n- Lưu: VT.\n`
    expect(analyze(text).document.distribution).toEqual([
      {name: 'Bộ Y tế', purpose: 'báo cáo'},
      {name: 'Sở Y tế', purpose: 'báo cáo'},
      {name: 'VT', purpose: 'lưu'}
    ])
  })

  it('leave numbers glued to words and LaTeX braces alone', () => {
    expect(repairs('Lấy 01 mẫu/1ao và ghi $x^{2}$ vào sổ.\n')).toEqual([])
  })

  it('leave clean seeds as they were typed', () => {
    for (const name of fixtureNames) expect(repairs(fixture(name))).toEqual([])
  })

  it('stay linear on long runs of the characters they look at', () => {
    for (const unit of ['l', '1a', 'O0', '{', '§', 'ngày ', 'l.', 'l.\n', 'Z.\n1.\n', 'Kinh gui ', 'thang 1 ', 'chu tri ', ' ', ' *', '# ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length))
      const started = performance.now()
      parseFile(text)
      expect(performance.now() - started, unit).toBeLessThan(10_000)
    }
  })
})

/**
 * Seeds and the tuning corpus texts under OCR damage at the rate of the
 * OCR'd corpus texts (4% of letters). A field "as written" is right when it
 * is the clean value or the damaged text's own letters at the same place
 * (the best a reader can do with a name whose tone marks are gone);
 * "strict" compares with the clean gold. The figures are printed and held
 * to what was measured.
 */
const seeds = [1, 2, 3, 4, 5]

function underDamage(texts: ReadonlyArray<{text: string; gold: {document: Record<string, unknown>; obligations: unknown[]}}>) {
  const clean = total(texts.map(({text, gold: expected}) => scoreRecord(analyze(modernizeTones(text.normalize('NFC'))) as never, expected as never)))
  const measured = seeds.map((seed) => {
    let right = 0
    let filled = 0
    const scores = texts.map(({text, gold: expected}) => {
      const cleanText = modernizeTones(text.normalize('NFC'))
      const damaged = ocr(cleanText, 0.04, seed)
      const record = analyze(damaged) as unknown as {document: Record<string, unknown>; obligations: []}
      const written = asWritten(expected.document, cleanText, modernizeTones(damaged))
      for (const [field, value] of Object.entries(expected.document)) {
        if (value === null || (Array.isArray(value) && value.length === 0)) continue
        filled++
        if (fieldRight(field, record.document[field], value, written[field])) right++
      }

      return scoreRecord(record, expected as never)
    })
    const sum = total(scores)
    return {seed, asWritten: right / filled, strict: sum.document.filledRight / sum.document.filled, who: sum.who.f1, whoStrict: sum.whoStrict.f1}
  })
  const mean = (pick: (row: (typeof measured)[number]) => number) => measured.reduce((sum, row) => sum + pick(row), 0) / measured.length
  const figures = {
    asWritten: mean((row) => row.asWritten),
    strict: mean((row) => row.strict),
    who: mean((row) => row.who),
    whoStrict: mean((row) => row.whoStrict),
    clean: {fields: clean.document.filledRight / clean.document.filled, who: clean.who.f1, whoStrict: clean.whoStrict.f1}
  }
  const line =
    `OCR damage 4%, seeds ${seeds.join(',')}: fields as written ${measured.map((row) => row.asWritten.toFixed(2)).join(' ')} (mean ${figures.asWritten.toFixed(3)}); ` +
    `strict ${measured.map((row) => row.strict.toFixed(2)).join(' ')} (mean ${figures.strict.toFixed(3)}); ` +
    `who F1 ${measured.map((row) => row.who.toFixed(2)).join(' ')} (mean ${figures.who.toFixed(3)}); who strict mean ${figures.whoStrict.toFixed(3)}; ` +
    `clean: fields ${figures.clean.fields.toFixed(3)}, who ${figures.clean.who.toFixed(3)}, who strict ${figures.clean.whoStrict.toFixed(3)}`
  return {figures, line}
}

describe('seeds under OCR damage', () => {
  it('keep their document fields and parties (figures printed)', () => {
    const {figures, line} = underDamage(fixtureNames.map((name) => ({text: fixture(name), gold: gold(name)})))
    console.log(`seeds: ${line}`)
    // Clean seeds: fields 1.00, who 0.976. Fields as written and who lose at most 3 points (measured 1.000 and 0.971).
    expect(figures.asWritten).toBeGreaterThanOrEqual(0.97)
    expect(figures.who).toBeGreaterThanOrEqual(figures.clean.who - 0.03)
    // Held to what was measured: strict fields 0.965, who 0.971, who strict 0.954.
    expect(figures.strict).toBeGreaterThanOrEqual(0.96)
    expect(figures.who).toBeGreaterThanOrEqual(0.965)
    expect(figures.whoStrict).toBeGreaterThanOrEqual(0.95)
  })

  it.each(fixtureNames)('%s stays lossless under damage', (name) => {
    for (const seed of seeds) {
      const damaged = ocr(fixture(name), 0.04, seed)
      expect(coverageProblems(damaged, parseFile(damaged).tree as Root)).toEqual([])
    }
  })
})

describe('probes under OCR damage', () => {
  it('keep their document fields and parties (figures printed)', () => {
    const texts = probeNames.map((name) => ({text: probe(name), gold: JSON.parse(readFileSync(new URL(`./probes/gold/${name.replace(/\.txt$/, '.json')}`, import.meta.url), 'utf8'))}))
    const {figures, line} = underDamage(texts)
    console.log(`probes: ${line}`)
    // Fields as written and who lose at most 3 points of their clean figures.
    expect(figures.asWritten).toBeGreaterThanOrEqual(figures.clean.fields - 0.03)
    expect(figures.who).toBeGreaterThanOrEqual(figures.clean.who - 0.03)
  })
})

describe.skipIf(!hasCorpus)('tuning corpus texts under OCR damage', () => {
  it('keep their document fields and parties (figures printed)', () => {
    const split = JSON.parse(readFileSync(new URL('../fixtures/corpus-gold/split.json', import.meta.url), 'utf8')) as {tuning: string[]}
    const texts = split.tuning.map((name) => ({text: corpus(`${name}.txt`), gold: JSON.parse(readFileSync(new URL(`../fixtures/corpus-gold/${name}.json`, import.meta.url), 'utf8'))}))
    const {figures, line} = underDamage(texts)
    console.log(`tuning corpus: ${line}`)
    // Fields as written and who lose at most 3 points (clean 0.995 and 0.875, measured 0.973 and 0.860); who strict 0.820 and fields strict 0.941 held.
    expect(figures.asWritten).toBeGreaterThanOrEqual(figures.clean.fields - 0.03)
    expect(figures.who).toBeGreaterThanOrEqual(figures.clean.who - 0.03)
    expect(figures.who).toBeGreaterThanOrEqual(0.855)
    expect(figures.whoStrict).toBeGreaterThanOrEqual(0.818)
    expect(figures.asWritten).toBeGreaterThanOrEqual(0.97)
    expect(figures.strict).toBeGreaterThanOrEqual(0.94)
  })
})

/** A field right against the clean gold, or against the damaged text's own letters (eval's rules otherwise). */
function fieldRight(field: string, actual: unknown, clean: unknown, written: unknown): boolean {
  if (field === 'subject') return typeof actual === 'string' && (wordF1(actual, clean as string) >= 0.8 || wordF1(actual, written as string) >= 0.8)
  if (field === 'requested') {
    const left = (actual as string[] | undefined) ?? []
    const right = clean as string[]
    const covered = (from: string[], to: string[]) => (from.length === 0 ? 0 : from.filter((a) => to.some((b) => sameParty(a, b))).length / from.length)
    return covered(left, right) >= 0.8 && covered(right, left) >= 0.8
  }

  return same(actual, clean, written)
}

function same(actual: unknown, clean: unknown, written: unknown): boolean {
  if (typeof clean === 'string') return typeof actual === 'string' && (normalize(actual) === normalize(clean) || normalize(actual) === normalize(String(written)))
  if (Array.isArray(clean)) return Array.isArray(actual) && actual.length === clean.length && clean.every((item, index) => same(actual[index], item, (written as unknown[])[index]))
  if (clean && typeof clean === 'object') {
    const object = actual as Record<string, unknown> | null
    return object !== null && typeof object === 'object' && Object.entries(clean).every(([key, value]) => same(object[key], value, (written as Record<string, unknown>)[key]))
  }

  return actual === clean
}
