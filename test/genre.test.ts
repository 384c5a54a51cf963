/**
 * Texts written for the tests, in the genre, covering what the seeds do not:
 * a State directive, a 2026 Party công văn, columns side by side, lettered
 * and three-level items, a body without anything around it.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {documentFields, parse, parseFile, type Item, type Root} from '../src/index.js'
import {all, find} from '../src/tree/fields.js'
import {coverageProblems, fixturesDir} from './helpers.js'

function written(name: string): {text: string; tree: Root; file: VFile} {
  const text = readFileSync(`${fixturesDir}written/${name}`, 'utf8')
  const {tree, file} = parseFile(new VFile({path: name, value: text}))
  return {text, tree: tree as Root, file}
}

describe('a State directive (UBND, Chỉ thị)', () => {
  const {text, tree, file} = written('state-chi-thi.txt')
  const fields = documentFields(tree)

  it('reads the header of both columns', () => {
    expect(fields).toMatchObject({
      type: 'Chỉ thị',
      issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      number: '12/CT-UBND',
      place: 'Bắc Ninh',
      date: '2024-03-05',
      subject: 'tăng cường công tác phòng cháy, chữa cháy trong mùa hanh khô năm 2024'
    })
    expect(find(tree, 'nationalTitle')).toMatchObject({system: 'state'})
    expect(find(tree, 'number')).toMatchObject({serial: '12', typeCode: 'CT', issuerCode: 'UBND', system: 'state'})
  })

  it('nests roman, arabic and lettered items three levels deep', () => {
    expect(fields.items).toEqual(['I', 'I.1', 'I.1.a', 'I.1.b', 'I.2', 'II', 'II.1', 'II.2'])
    const lettered = all<Item>(tree, 'item').find((item) => item.path === 'I.1.b')
    expect(lettered).toMatchObject({label: 'b', numbering: 'letter', depth: 3})
  })

  it('puts the closing request after the items in a closing node', () => {
    const body = tree.children.find((node) => node.type === 'body')
    expect(body && 'children' in body ? body.children.at(-1)?.type : undefined).toBe('closing')
  })

  it('reads the dotted State marks and drops the seal mark from the signer', () => {
    expect(fields.signer).toEqual({authority: 'K/T', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn Hùng'})
    expect(fields.distribution.at(-1)).toEqual({name: 'VT, NC', purpose: 'lưu'})
    expect(fields.distribution[1]).toEqual({name: 'TT Tỉnh ủy, TT HĐND tỉnh', purpose: 'báo cáo'})
  })

  it('loses nothing and has nothing to report', () => {
    expect(coverageProblems(text, tree)).toEqual([])
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
  })
})

describe('a 2026 Party công văn (`về việc`, `1-` items)', () => {
  const {tree} = written('party-cong-van-2026.txt')
  const fields = documentFields(tree)

  it('reads the issuer under its superior, and the lower-case trích yếu', () => {
    expect(fields).toMatchObject({
      type: 'Công văn',
      issuer: 'Đảng ủy xã Nghi Lộc',
      number: '45-CV/ĐU',
      date: '2026-01-12',
      subject: 'triển khai học tập Nghị quyết Đại hội',
      addressees: ['Các chi bộ trực thuộc Đảng ủy xã']
    })
    expect(find(tree, 'issuer')).toMatchObject({superior: 'Đảng bộ tỉnh Nghệ An'})
    expect(find(tree, 'number')).toMatchObject({typeCode: 'CV', issuerCode: 'ĐU', system: 'party'})
  })

  it('reads `1-` and `a)` items', () => {
    expect(fields.items).toEqual(['1', '2', '2.a', '2.b'])
  })

  it('reads the signature without a blank-line mistake', () => {
    expect(fields.signer).toEqual({authority: 'T/M', onBehalfOf: 'Đảng ủy', title: 'Bí thư', name: 'Trần Thị Lan'})
  })
})

describe('header columns side by side on one line', () => {
  const {text, tree} = written('two-columns.txt')
  const fields = documentFields(tree)

  it('splits each line into its two columns', () => {
    expect(fields).toMatchObject({
      type: 'Công văn',
      issuer: 'Sở Y tế',
      number: '210/SYT-NVY',
      place: 'Hà Tĩnh',
      date: '2023-04-03',
      subject: 'phòng, chống dịch sốt xuất huyết'
    })
    expect(all(tree, 'issuer').at(-1)).toMatchObject({superior: 'UBND tỉnh Hà Tĩnh'})
    expect(find(tree, 'number')).toMatchObject({typeCode: null, issuerCode: 'SYT-NVY'})
    expect(find(tree, 'motto')).toBeDefined()
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('reads a signer who signs in person', () => {
    expect(fields.signer).toEqual({authority: null, onBehalfOf: null, title: 'Giám đốc', name: 'Lê Văn Sơn'})
  })
})

describe('a body and nothing else', () => {
  const {tree, file} = written('body-only.txt')

  it('parses and says what is absent', () => {
    expect(tree.absent).toEqual(['header', 'issuer', 'number', 'date', 'title', 'subject', 'addressees', 'distribution', 'signature'])
    expect(documentFields(tree).items).toEqual(['1', '2'])
    const rules = file.messages.map((message) => message.ruleId)
    expect(rules).toEqual(expect.arrayContaining(['missing-header', 'missing-signature']))
  })

  it('and an empty text is a root with no children', () => {
    expect(parse('').children).toEqual([])
    expect(parse('   \n\n  ').children).toEqual([])
  })
})

describe('converter residue', () => {
  it('joins a paragraph across `--- PAGE BREAK ---` and a page number, keeping both as page breaks', () => {
    const text = [
      'Kính gửi: Các sở, ban, ngành',
      '',
      '1. Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan rà soát kinh phí và báo cáo kết quả thực',
      '',
      '--- PAGE BREAK ---',
      '',
      '2',
      '',
      'hiện trước ngày 15/8/2020.',
      '',
      '2. Sở Y tế kiểm tra.'
    ].join('\n')
    const {tree, file} = parseFile(text)
    const items = all<Item>(tree as Root, 'item')
    expect(items.map((item) => item.path)).toEqual(['1', '2'])
    const first = items[0]!.children[0] as {children: Array<{type: string; value?: string}>}
    expect(first.children.filter((node) => node.type === 'pageBreak').map((node) => node.value)).toEqual(['--- PAGE BREAK ---', '2'])
    expect(file.messages.map((message) => message.ruleId)).toContain('page-break-joined')
    expect(coverageProblems(text, tree as Root)).toEqual([])
  })

  it('keeps a running header as unknown lines with a message', () => {
    const page = (n: number) => `Công văn số 12/UBND-VX\n\n${n}. Sở Nội vụ thực hiện nhiệm vụ số ${n}.\n`
    const text = [page(1), page(2), page(3)].join('\n')
    const {tree, file} = parseFile(text)
    expect(all(tree as Root, 'unknown')).toHaveLength(3)
    expect(file.messages.filter((message) => message.ruleId === 'running-header')).toHaveLength(3)
  })

  it('reads `**` markers opened on one line and closed on another as one strong node', () => {
    const tree = parse('**1. Sở\nNông nghiệp và Môi trường:**\n\n- Chủ trì cập nhật thông tin.')
    const item = find(tree, 'item') as Item
    const paragraph = item.children[0] as {children: Array<{type: string}>}
    expect(paragraph.children.map((node) => node.type)).toEqual(['strong'])
    expect(find(tree, 'bullet')).toBeDefined()
  })
})
