/**
 * The same directive in the layouts archives hold gives the same record: a
 * seed, then the seed word-segmented, with CRLF, and with Công báo running
 * heads, page numbers and a signature stamp. Trees stay lossless, and
 * positions point into the damaged text.
 */
import {describe, expect, it} from 'vitest'
import {analyze, parseFile, type Root} from '../src/index.js'
import {crlf, flattenHeader, gazettePages, gazetteTable, interleaveBack, ocr, segment} from './damage.js'
import {corpus, corpusNames, coverageProblems, fixture, fixtureNames, probe, probeNames} from './helpers.js'

/** The record without what depends on where things are. */
function meaning(text: string): unknown {
  const record = analyze(text)
  return JSON.parse(JSON.stringify(record, (key, value) => (key === 'position' || key === 'span' || key === 'offsets' ? undefined : value)))
}

const damages: Array<[string, (text: string) => string]> = [
  ['word-segmented', (text) => segment(text, 7)],
  ['CRLF', crlf],
  ['word-segmented, with CRLF', (text) => crlf(segment(text, 3))],
  ['with Công báo running heads, page numbers and a signature stamp', (text) => gazettePages(text)],
  ['all three', (text) => crlf(gazettePages(segment(text, 3)))],
  ['with its Nơi nhận and signature read across their two columns', interleaveBack]
]

describe.each(damages)('a seed %s', (_name, damage) => {
  it.each(fixtureNames)('%s gives the same record, losslessly', (name) => {
    const clean = fixture(name)
    const damaged = damage(clean)
    expect(meaning(damaged)).toEqual(meaning(clean))
    const {tree} = parseFile(damaged)
    expect(coverageProblems(damaged, tree as Root)).toEqual([])
  })
})

const corpusTexts = ['01-ct-ubnd-quangtri-lanchiemrung.txt', '16-tb-vpcp-nq66-phapluat.txt', '26-ct-21-ttg-sapxep-thon-tdp-PDF.txt'].filter((name) => corpusNames.includes(name))

describe.skipIf(corpusTexts.length === 0).each(damages)('a corpus text %s', (_name, damage) => {
  it.each(corpusTexts)('%s gives the same record, losslessly', (name) => {
    const clean = corpus(name)
    const damaged = damage(clean)
    expect(meaning(damaged)).toEqual(meaning(clean))
    const {tree} = parseFile(damaged)
    expect(coverageProblems(damaged, tree as Root)).toEqual([])
  })
})

/** Page turns fall anywhere: in a task table's cell, between two entries of the Nơi nhận, after `điện:`, in a numbered item cut on a comma or inside its bold label. */
const pageTurnTexts = [
  '08-kh-ubnd-dongthap-doimoicongnghe.txt',
  '11-cd-ttg-catgiam-tthc.txt',
  '13-cd-ttg-duan-tondong-thanhtra.txt',
  '14-cd-ttg-thiethai-nhao-mualu.txt',
  '41-kh-0130-ubnd-daklak-moitruong-saulu.txt'
].filter((name) => corpusNames.includes(name))

/** Web copies whose Nơi nhận and signature sat in a table's cells: `|` borders and `** **` cells between the lines, an entry left without its dash. */
const cellTexts = ['04-cv-ubnd-tphcm-mokhoangsan.txt', '06-kh-ubnd-hanoi-chuyendoiso-nq214.txt', '13-cd-ttg-duan-tondong-thanhtra.txt', '17-tb-vpcp-kl-ptt-sonla.txt', '36-tb-653-vpcp-ykien-ptt-buithanhson-dien.txt', '41-kh-0130-ubnd-daklak-moitruong-saulu.txt'].filter((name) => corpusNames.includes(name))

describe.skipIf(cellTexts.length === 0)('a Nơi nhận and signature from table cells, read across their two columns', () => {
  it.each(cellTexts)('%s gives the same record, losslessly', (name) => {
    const damaged = interleaveBack(corpus(name))
    expect(meaning(damaged)).toEqual(meaning(corpus(name)))
    expect(coverageProblems(damaged, parseFile(damaged).tree as Root)).toEqual([])
  })
})

/** Texts with a header of their own (a crawl runs it together on one line). */
const headedTexts = ['01-ct-ubnd-quangtri-lanchiemrung.txt', '06-kh-ubnd-hanoi-chuyendoiso-nq214.txt', '07-kh-ubnd-tphcm-luatvieclam.txt', '09-kh-ubnd-cantho-thidua-khongtienmat.txt', '11-cd-ttg-catgiam-tthc.txt', '41-kh-0130-ubnd-daklak-moitruong-saulu.txt'].filter((name) => corpusNames.includes(name))

describe('a header run together on one line, as a plain-text crawl gives it (`Số: 06/CT-UBND *Quảng Trị, ngày …`, `Số 1767-CV/TU`, `… năm 2020 KHẨN`, `… năm 2025* **KẾ HOẠCH** PHÁT ĐỘNG … Thực hiện …`)', () => {
  it.each(fixtureNames)('leaves the seed %s its record, losslessly', (name) => {
    const damaged = flattenHeader(fixture(name))
    expect(meaning(damaged)).toEqual(meaning(fixture(name)))
    expect(coverageProblems(damaged, parseFile(damaged).tree as Root)).toEqual([])
  })

  it.skipIf(headedTexts.length === 0).each(headedTexts)('leaves the corpus text %s its record', (name) => {
    expect(meaning(flattenHeader(corpus(name)))).toEqual(meaning(corpus(name)))
  })

  // (c03 opens with the gazette's running head, which no crawl runs into the header.)
  it.each(probeNames.filter((name) => !name.startsWith('c03')))('leaves the probe %s its record (a Party issuer with its parent on the line too)', (name) => {
    expect(meaning(flattenHeader(probe(name)))).toEqual(meaning(probe(name)))
  })
})

describe.each([13, 19, 31])('a page turn every %i lines', (every) => {
  it.each(fixtureNames)('leaves the seed %s its record', (name) => {
    expect(meaning(gazettePages(fixture(name), every))).toEqual(meaning(fixture(name)))
  })

  it.each(probeNames)('leaves the probe %s its record (a page turning in a markdown task table too)', (name) => {
    expect(meaning(gazettePages(probe(name), every))).toEqual(meaning(probe(name)))
  })

  it.skipIf(pageTurnTexts.length === 0).each(pageTurnTexts)('leaves the corpus text %s its obligations, losslessly', (name) => {
    const obligations = (text: string) => (meaning(text) as {obligations: unknown[]}).obligations
    const damaged = gazettePages(corpus(name), every)
    expect(obligations(damaged)).toEqual(obligations(corpus(name)))
    const {tree} = parseFile(damaged)
    expect(coverageProblems(damaged, tree as Root)).toEqual([])
  })
})

describe('a seed under OCR damage', () => {
  it.each(fixtureNames)('%s parses losslessly, and keeps its type and number', (name) => {
    for (const seed of [1, 2, 3]) {
      const damaged = ocr(fixture(name), 0.04, seed)
      const {tree} = parseFile(damaged)
      expect(coverageProblems(damaged, tree as Root)).toEqual([])
      const clean = analyze(fixture(name)).document
      expect(analyze(damaged).document.type).toBe(clean.type)
    }
  })
})

const tableText = '08-kh-ubnd-dongthap-doimoicongnghe.txt'

describe.skipIf(!corpusNames.includes(tableText))('an annex task table as a gazette PDF gives it (no pipes, cells wrapped)', () => {
  it(`${tableText} gives the same rows, losslessly`, () => {
    const rows = (text: string) =>
      analyze(text)
        .obligations.filter((obligation) => obligation.at === 'table')
        .map((obligation) => [obligation.who, obligation.with ?? [], obligation.when.map((timing) => [timing.kind, timing.date ?? null])])
    const clean = corpus(tableText)
    const damaged = gazetteTable(clean)
    expect(damaged.slice(damaged.indexOf('**STT**'))).not.toContain('\n|\n')
    expect(rows(damaged)).toEqual(rows(clean))
    expect(rows(clean)).toHaveLength(19)
    const {tree, file} = parseFile(damaged)
    expect(file.messages.some((message) => message.ruleId === 'column-table')).toBe(true)
    expect(coverageProblems(damaged, tree as Root)).toEqual([])
  })

  it.each([7, 11, 17, 19, 25])('keeps its rows when a page turns every %i lines, in its header too', (every) => {
    const rows = (text: string) => analyze(text).obligations.filter((obligation) => obligation.at === 'table').map((obligation) => [obligation.who, obligation.with ?? []])
    const clean = corpus(tableText)
    const damaged = gazettePages(gazetteTable(clean), every)
    expect(rows(damaged)).toEqual(rows(clean))
    expect(coverageProblems(damaged, parseFile(damaged).tree as Root)).toEqual([])
  })
})
