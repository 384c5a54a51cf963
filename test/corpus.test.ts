/**
 * The shared corpus: 24 real directives as web and PDF conversion left them.
 * Read in place from ../shared/corpus (never copied into the project);
 * skipped where it is absent.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {documentFields, parseFile, type Root} from '../src/index.js'
import {all} from '../src/tree/fields.js'
import {corpus, corpusNames, coverageProblems, hasCorpus} from './helpers.js'

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  it('has at least its first 24 texts (it grows)', () => {
    expect(corpusNames.length).toBeGreaterThanOrEqual(24)
  })

  it.each(corpusNames)('%s parses losslessly without a fatal message', (name) => {
    const text = corpus(name)
    const {tree, file} = parseFile(new VFile({path: name, value: text}))
    expect(tree).toBeDefined()
    expect(coverageProblems(text, tree as Root)).toEqual([])
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })

  const fields = (name: string) => documentFields(parseFile(corpus(name)).tree as Root)

  it('reads the headers of State texts', () => {
    expect(fields('01-ct-ubnd-quangtri-lanchiemrung.txt')).toMatchObject({
      type: 'Chỉ thị',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Trị',
      number: '06/CT-UBND',
      date: '2025-11-25'
    })
    expect(fields('13-cd-ttg-duan-tondong-thanhtra.txt')).toMatchObject({
      type: 'Công điện',
      issuer: 'Thủ tướng Chính phủ',
      number: '230/CĐ-TTg',
      place: 'Hà Nội',
      date: '2025-11-26'
    })
    expect(fields('15-tb-vpcp-bcd-khcn-chuyendoiso.txt')).toMatchObject({type: 'Thông báo', issuer: 'Văn phòng Chính phủ', number: '624/TB-VPCP'})
  })

  it('reads the headers of Party texts', () => {
    expect(fields('20-hd-btctw-phancap-quanly-canbo.txt')).toMatchObject({
      type: 'Hướng dẫn',
      issuer: 'Ban Tổ chức Trung ương',
      number: '45-HD/BTCTW',
      date: '2025-11-21'
    })
    expect(fields('23-qd-tw-phongluutru-dang.txt')).toMatchObject({type: 'Quy định', number: '383-QĐ/TW', subject: 'phông lưu trữ Đảng Cộng sản Việt Nam'})
  })

  it('reads the signers', () => {
    expect(fields('06-kh-ubnd-hanoi-chuyendoiso-nq214.txt').signer).toEqual({
      authority: 'T/M K/T',
      onBehalfOf: 'Ủy ban nhân dân',
      title: 'Phó Chủ tịch',
      name: 'Trương Việt Dũng'
    })
    expect(fields('16-tb-vpcp-nq66-phapluat.txt').signer).toEqual({
      authority: 'K/T',
      onBehalfOf: 'Bộ trưởng, Chủ nhiệm',
      title: 'Phó Chủ nhiệm',
      name: 'Đỗ Ngọc Huỳnh'
    })
    expect(fields('20-hd-btctw-phancap-quanly-canbo.txt').signer).toEqual({
      authority: 'K/T',
      onBehalfOf: 'Trưởng ban',
      title: 'Phó Trưởng ban Thường trực',
      name: 'Hoàng Đăng Quang'
    })
    expect(fields('14-cd-ttg-thiethai-nhao-mualu.txt').signer).toEqual({authority: null, onBehalfOf: null, title: 'Thủ tướng', name: 'Phạm Minh Chính'})
  })

  it('reads the items', () => {
    expect(fields('01-ct-ubnd-quangtri-lanchiemrung.txt').items).toEqual(['1', '2', '3', '4', '5', '6'])
    const plan = fields('08-kh-ubnd-dongthap-doimoicongnghe.txt').items
    expect(plan.slice(0, 3)).toEqual(['I', 'I.1', 'I.2'])
    expect(plan).toContain('VI.2')
  })

  it('reads a task table flattened one cell per line', () => {
    const tree = parseFile(corpus('08-kh-ubnd-dongthap-doimoicongnghe.txt')).tree as Root
    const table = all<{type: 'table'; form: string; children: Array<{type: string; children: Array<{type: string}>}>}>(tree, 'table')[0]
    expect(table?.form).toBe('flattened')
    const widths = table!.children.filter((row) => row.type === 'tableRow').map((row) => row.children.filter((cell) => cell.type === 'tableCell').length)
    expect(widths[0]).toBe(5)
    expect(widths.filter((width) => width === 5).length).toBeGreaterThan(10)
  })
})
