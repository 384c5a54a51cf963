/**
 * Which directive implements which: a corpus of the fixtures and three
 * made-up directives, the centre's, a province's implementing it and a
 * district's implementing the province's, with citations written as
 * directives write them.
 */
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {pageSummary, renderCorpusPage} from '../src/html.js'
import {analyze} from '../src/index.js'
import {citationGraph, documentsNumbered, implementers, ingest, openCorpus, toDot, toGraphml, type CitationGraph} from '../src/store.js'
import {chithi, fixturesDir} from './helpers.js'

/** Every element under a node, in document order. */
function elementsOf(node: HastRoot | Element): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [child, ...elementsOf(child)] : []))
}

function textOf(node: ElementContent): string {
  // A nested list starts on a line of its own.
  return node.type === 'text' ? node.value : node.type === 'element' ? (node.tagName === 'ul' ? ' ' : '') + node.children.map(textOf).join('') : ''
}

const central = [
  'THỦ TƯỚNG CHÍNH PHỦ',
  'Số: 32/CT-TTg',
  'Hà Nội, ngày 21 tháng 10 năm 2025',
  '',
  'CHỈ THỊ',
  'Về tăng cường phòng cháy, chữa cháy',
  '',
  '1. Ủy ban nhân dân các tỉnh rà soát các cơ sở có nguy cơ cháy, nổ.',
  ''
]

const province = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG BÌNH',
  'Số: 12/CT-UBND',
  'Quảng Bình, ngày 05 tháng 11 năm 2025',
  '',
  'CHỈ THỊ',
  'Về tăng cường phòng cháy, chữa cháy trên địa bàn tỉnh',
  '',
  'Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ và Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
  '',
  '1. Ủy ban nhân dân các huyện kiểm tra các cơ sở trước ngày 30/11/2025.',
  ''
]

const district = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN LỆ THỦY',
  'Số: 05/KH-UBND',
  'Lệ Thủy, ngày 20 tháng 11 năm 2025',
  '',
  'KẾ HOẠCH',
  'Triển khai công tác phòng cháy, chữa cháy',
  '',
  'Thực hiện Chỉ thị số 12/CT-UBND ngày 05/11/2025 của Ủy ban nhân dân tỉnh Quảng Bình, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
  '',
  '1. Ủy ban nhân dân các xã kiểm tra các hộ kinh doanh.',
  ''
]

describe('citations across a corpus', () => {
  let db: string
  let graph: CitationGraph
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chithi-citations-'))
    const made = join(folder, 'made')
    mkdirSync(made)
    writeFileSync(join(made, 'central.txt'), central.join('\n'))
    writeFileSync(join(made, 'province.txt'), province.join('\n'))
    writeFileSync(join(made, 'district.txt'), district.join('\n'))
    db = join(folder, 'corpus.sqlite')
    // The fixtures hold another 12/CT-UBND (Bắc Ninh's, 2024): the cited date tells them apart.
    const report = await ingest([fixturesDir, made], {db, version: 'test', jobs: 1, progress: false})
    if ('problem' in report) throw new Error(report.problem)
    const corpus = await openCorpus(db, {readonly: true})
    graph = await citationGraph(corpus)
    await corpus.close()
  })

  const numbered = (number: string): string[] => documentsNumbered(graph, number).map((document) => `${document.number} ${document.date}`)

  it('finds a document by its number in any spelling', () => {
    expect(numbered('32/CT-TTg')).toEqual(['32/CT-TTg 2025-10-21'])
    expect(numbered('số 32/CT-TTG')).toEqual(['32/CT-TTg 2025-10-21'])
    expect(numbered('12/CT-UBND')).toHaveLength(2)
  })

  it('follows the chain from the centre to the province to the district', () => {
    const [centre] = documentsNumbered(graph, '32/CT-TTg')
    const chain = implementers(graph, [centre!.id], 3).map((row) => [row.depth, row.document.number, row.document.date])
    expect(chain).toEqual([
      [1, '12/CT-UBND', '2025-11-05'],
      [2, '05/KH-UBND', '2025-11-20']
    ])
    expect(implementers(graph, [centre!.id], 1)).toHaveLength(1)
  })

  it('keeps a citation of a document outside the corpus, unresolved', () => {
    const province = documentsNumbered(graph, '12/CT-UBND').find((document) => document.date === '2025-11-05')!
    const cited = graph.citations.filter((citation) => citation.from === province.id).map((citation) => [citation.kind, citation.number, citation.resolved === null])
    expect(cited).toEqual([
      ['Chỉ thị', '32/CT-TTg', false],
      ['Nghị định', '136/2020/NĐ-CP', true]
    ])
  })

  it('answers on the command line: cites and cited-by', async () => {
    const cites = await chithi(['cites', '12/CT-UBND', '--db', db, '--format', 'json'])
    expect(cites.status).toBe(0)
    const rows = JSON.parse(cites.stdout) as Array<{number: string; resolved: {number: string} | null}>
    expect(rows.map((row) => [row.number, row.resolved?.number ?? null])).toContainEqual(['32/CT-TTg', '32/CT-TTg'])
    expect(rows.map((row) => [row.number, row.resolved?.number ?? null])).toContainEqual(['136/2020/NĐ-CP', null])

    const citedBy = await chithi(['cited-by', '32/CT-TTg', '--db', db, '--depth', '2', '--format', 'csv'])
    expect(citedBy.stdout.split('\n').filter(Boolean).slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['1,2025-11-05,12/CT-UBND', '2,2025-11-20,05/KH-UBND'])

    const missing = await chithi(['cited-by', '999/CT-TTg', '--db', db])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/no document numbered 999\/CT-TTg/)
  })

  it('exports the graph as GraphML and DOT, references not held marked', async () => {
    const graphml = toGraphml(graph)
    expect(graphml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(graphml).toContain('<graph id="citations" edgedefault="directed">')
    expect(graphml).toMatch(/<node id="ref:Nghị định 136\/2020\/NĐ-CP 2020-11-24"><data key="label">Nghị định 136\/2020\/NĐ-CP 2020-11-24<\/data>/)
    const dot = toDot(graph)
    expect(dot.startsWith('digraph citations {')).toBe(true)
    expect(dot).toMatch(/"ref:Nghị định 136\/2020\/NĐ-CP 2020-11-24" \[label="Nghị định 136\/2020\/NĐ-CP 2020-11-24\\nChính phủ\\n2020-11-24", shape=ellipse, style=dashed\];/)
    const fromCli = await chithi(['graph', '--db', db, '--format', 'dot'])
    expect(fromCli.stdout).toBe(dot)
  })

  it('draws on the corpus page which directive implements which, by level', async () => {
    const summaries = [central, province, district].map((lines, index) => pageSummary(analyze(lines.join('\n')), `${index}.page.html`, `${index}.txt`))
    const page = fromHtml(await renderCorpusPage(summaries))
    const section = elementsOf(page).find((element) => element.properties.id === 'implementation')!
    const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ul')!
    const chains = list.children.filter((child): child is Element => child.type === 'element').map((item) => textOf(item).replace(/\s+/g, ' ').trim())
    expect(chains).toEqual([
      'Chỉ thị 32/CT-TTg (2025-10-21) — Thủ tướng Chính phủ province: Chỉ thị 12/CT-UBND (2025-11-05) — Ủy ban nhân dân tỉnh Quảng Bình',
      'Chỉ thị 12/CT-UBND (2025-11-05) — Ủy ban nhân dân tỉnh Quảng Bình district: Kế hoạch 05/KH-UBND (2025-11-20) — Ủy ban nhân dân huyện Lệ Thủy'
    ])
    expect(elementsOf(section).filter((element) => element.tagName === 'a').map((link) => link.properties.href)).toEqual(['0.page.html', '1.page.html', '1.page.html', '2.page.html'])
  })
})
