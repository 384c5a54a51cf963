/**
 * The layouts archives hold besides clean web copies: a signature straight
 * after the body, word-segmented NLP copies, gazette PDF with running heads,
 * flattened crawls, OCR. Each example is made up for the test and says what
 * a reader of that layout gets.
 */
import {describe, expect, it} from 'vitest'
import {analyze, documentFields, parseFile, type Item, type Marker, type Node, type Parent, type Root} from '../src/index.js'
import {repairLayout} from '../src/text/layout.js'
import {unmapped} from '../src/text/offsets.js'
import {coverageProblems} from './helpers.js'

function read(text: string): {tree: Root; rules: string[]; fields: ReturnType<typeof documentFields>} {
  const {tree, file} = parseFile(text)
  return {tree: tree as Root, rules: file.messages.map((message) => String(message.ruleId)), fields: documentFields(tree as Root)}
}

describe('a signature straight after the body (no Nơi nhận)', () => {
  const text = 'Các sở, ngành thực hiện nghiêm Chỉ thị này.\n\n KT. THỦ TƯỚNG \n PHÓ THỦ TƯỚNG \nPhạm Thị Thanh Trà \n'
  const {tree, rules, fields} = read(text)

  it('reads the signer, not three unplaced lines', () => {
    expect(fields.signer).toEqual({authority: 'K/T', onBehalfOf: 'Thủ tướng', title: 'Phó Thủ tướng', name: 'Phạm Thị Thanh Trà'})
    expect(rules).not.toContain('unknown-line')
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a word-segmented NLP copy', () => {
  const lines = [
    'Chỉ_thị về việc tăng_cường quản_lý hạ_tầng viễn_thông trên địa_bàn tỉnh ',
    'Hạ_tầng viễn_thông giữ vị_trí quan_trọng trong việc góp_phần tăng_trưởng kinh_tế - xã_hội , đảm_bảo an_ninh , quốc_phòng . ',
    'Để việc phát_triển được ổn_định , bền_vững ( theo quy_hoạch ) , Uỷ_ban_nhân_dân tỉnh chỉ_thị : ',
    '1 . Sở Thông_tin và Truyền_thông : ',
    'a ) Chủ_trì , phối_hợp với Sở Xây_dựng rà_soát quy_hoạch ; ',
    'b ) Định_kỳ hàng năm báo_cáo Uỷ_ban_nhân_dân tỉnh . ',
    '2 . Các doanh_nghiệp viễn_thông thực_hiện đúng quy_hoạch , hoàn_thành trước ngày 31/12/2009 . '
  ]
  const text = lines.join('\n')
  const {tree, rules, fields} = read(text)

  it('says so once, where the first joined word is', () => {
    const {file} = parseFile(text)
    const said = file.messages.filter((message) => message.ruleId === 'word-segmented')
    expect(said).toHaveLength(1)
    expect(said[0]?.place).toMatchObject({start: {line: 1, column: 4}})
    expect(rules).not.toContain('unknown-line')
  })

  it('reads the sentence-case title line as type and subject, words with spaces', () => {
    expect(fields.type).toBe('Chỉ thị')
    expect(fields.subject).toBe('tăng cường quản lý hạ tầng viễn thông trên địa bàn tỉnh')
  })

  it('reads the items `1 .` and `a )`', () => {
    expect(fields.items).toEqual(['1', '1.a', '1.b', '2'])
  })

  it('keeps positions in the segmented source, and loses nothing', () => {
    const item = JSON.stringify(tree)
    expect(item).toContain('Sở Thông tin và Truyền thông')
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a flattened crawl: the addressees’ entries on the header’s line, the signature glued to the last recipient', () => {
  const text = [
    'SỞ Y TẾ TỈNH PHÚ LĨNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 1254/SYT-NVY V/v phòng, chống bệnh sởi Phú Lĩnh, ngày 08 tháng 4 năm 2019 Kính gửi: - Các đơn vị trực thuộc; - Phòng Y tế các huyện, thị xã, thành phố.',
    '',
    '1. Các đơn vị trực thuộc rà soát đối tượng tiêm chủng.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, NVY. KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    '',
    'Trần Quốc Bảo'
  ].join('\n')
  const {tree, fields} = read(text)

  it('reads each addressee, the last recipient and the signer apart', () => {
    expect(fields.addressees).toEqual(['Các đơn vị trực thuộc', 'Phòng Y tế các huyện, thị xã, thành phố'])
    expect(fields.distribution.at(-1)).toEqual({name: 'VT, NVY', purpose: 'lưu'})
    expect(fields.signer).toEqual({authority: 'K/T', onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc', name: 'Trần Quốc Bảo'})
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a web copy with the Nơi nhận and the signature as the two cells of one row, their borders glued to the words', () => {
  const text = [
    'CÔNG VĂN', '', '1. Các tỉnh ủy tổ chức quán triệt.', '',
    '| **Nơi nhận:**', '- Các tỉnh ủy, thành ủy,', '- Lưu Văn phòng Trung ương Đảng. | **T/M BỘ CHÍNH TRỊ**', '**THƯỜNG TRỰC BAN BÍ THƯ**', '', '(Đã ký)', '', '**Trần Minh Khải** |'
  ].join('\n')
  const {fields, tree} = read(text)

  it('reads the list and the signer apart', () => {
    expect(fields.distribution).toEqual([{name: 'Các tỉnh ủy, thành ủy', purpose: null}, {name: 'Văn phòng Trung ương Đảng', purpose: 'lưu'}])
    expect(fields.signer).toEqual({authority: 'T/M', onBehalfOf: 'Bộ Chính trị', title: 'Thường trực Ban Bí thư', name: 'Trần Minh Khải'})
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a flattened crawl: the header run together, the signature on one line', () => {
  const text = [
    'BỘ TÀI CHÍNH --------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------',
    'Số: 1234/BTC-TCHQ V/v hướng dẫn thực hiện Luật Hải quan',
    'Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố.',
    'Bộ Tài chính hướng dẫn một số nội dung như sau:',
    '1. Về đại lý làm thủ tục hải quan 1.1. Điều kiện nhân viên đại lý: thực hiện theo quy định tại khoản 2',
    'Điều 20 của Luật Hải quan.',
    '1.2. Thẩm quyền công nhận đại lý: Tổng cục trưởng quyết định.',
    'Bộ Tài chính yêu cầu các Cục Hải quan tỉnh, thành phố triển khai thực hiện./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, TCHQ.',
    'KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Văn Nam TÊN ĐƠN VỊ CUNG CẤP:……'
  ].join('\n')
  const {tree, rules, fields} = read(text)

  it('reads every header field', () => {
    expect(fields).toMatchObject({
      type: 'Công văn',
      issuer: 'Bộ Tài chính',
      number: '1234/BTC-TCHQ',
      place: 'Hà Nội',
      date: '2014-12-29',
      subject: 'hướng dẫn thực hiện Luật Hải quan',
      addressees: ['Cục Hải quan các tỉnh, thành phố']
    })
  })

  it('reads the first sub-item run on after its heading, and a wrapped `Điều 20 của …` as prose', () => {
    expect(fields.items).toEqual(['1', '1.1', '1.2'])
  })

  it('reads the signature apart from the annex form glued after the name', () => {
    expect(fields.signer).toEqual({authority: 'K/T', onBehalfOf: 'Bộ trưởng', title: 'Thứ trưởng', name: 'Đỗ Văn Nam'})
  })

  it('says what it repaired, and loses nothing', () => {
    expect(rules).toContain('flattened-header')
    expect(rules).toContain('flattened-signature')
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a Công văn whose body opens with a topic (`Về kiến nghị của …, Thủ tướng Chính phủ có ý kiến …`)', () => {
  const text = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 123/VPCP-KGVX', 'V/v dự án đường cao tốc', 'Hà Nội, ngày 10 tháng 11 năm 2025', '', 'Kính gửi:', '- Bộ Xây dựng;', '- Bộ Tài chính.', '', 'Về kiến nghị của Ủy ban nhân dân tỉnh Đồng Nai tại Tờ trình số 12/TTr-UBND, Thủ tướng Chính phủ có ý kiến như sau: Đồng ý về nguyên tắc đề xuất của Bộ Xây dựng. Bộ Xây dựng chịu trách nhiệm toàn diện về nội dung đề xuất.', ''].join('\n')

  it('reads that line as the body, not a second trích yếu', () => {
    const {tree, fields} = read(text)
    expect(fields.subject).toBe('dự án đường cao tốc')
    expect(tree.children.map((node) => node.type)).toContain('body')
    expect(analyze(text).obligations.map((obligation) => obligation.who)).toEqual([['Bộ Xây dựng']])
  })
})

describe('a header lost in conversion', () => {
  const text = [
    '**HƯỚNG DẪN**',
    '**Xây dựng đội ngũ báo cáo viên**',
    '',
    '1. Các cấp ủy rà soát đội ngũ báo cáo viên.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'K/T TRƯỞNG BAN',
    'PHÓ TRƯỞNG BAN',
    'Nguyễn Văn A',
    '',
    'PHỤ LỤC',
    'SỐ LƯỢNG BÁO CÁO VIÊN',
    '(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)',
    ''
  ].join('\n')

  it('takes the number and date from the annex that names the document it goes with', () => {
    const {fields} = read(text)
    expect(fields).toMatchObject({type: 'Hướng dẫn', number: '40-HD/BTGDVTW', date: '2025-11-27'})
  })

  it('does not take them from an annex of another type of document', () => {
    expect(read(text.replace('Kèm theo Hướng dẫn', 'Kèm theo Quyết định')).fields).toMatchObject({number: null, date: null})
  })
})

describe('item labels', () => {
  const text = [
    '**THÔNG BÁO**',
    'Ý',
    'KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG',
    'Phó Thủ tướng có ý kiến như sau:',
    '**1. Về dự án**',
    'a) Về tiến độ:',
    '(i) Tập đoàn Điện lực thực hiện.',
    '(ii) Chủ đầu tư phối hợp.',
    '(iv) Bộ Công Thương xem xét.',
    'b) Về thẩm quyền:',
    'b.1) Cục trưởng quyết định;',
    'b.2) Chi cục trưởng quyết định.'
  ].join('\n')
  const {fields} = read(text)

  it('reads a title word cut from its line (`Ý` / `KIẾN CHỈ ĐẠO …`) as part of the subject', () => {
    expect(fields.subject).toBe('Ý kiến chỉ đạo của Phó Thủ tướng')
  })

  it('nests `(i)` roman numbers and `b.1)` under `b)`', () => {
    expect(fields.items).toEqual(['1', '1.a', '1.a.i', '1.a.ii', '1.a.iv', '1.b', '1.b.1', '1.b.2'])
  })

  it('reads a label whose bold was closed and reopened around its dot (`**1****. **`), as web conversions leave it', () => {
    const {fields: split, tree: splitTree} = read('**IV- TỔ CHỨC THỰC HIỆN**\n\n**1****. **Đảng ủy Quốc hội lãnh đạo rà soát pháp luật.\n\n**2.** Đảng ủy Chính phủ xây dựng Chương trình.\n\n**3****.**** Các tỉnh ủy quán triệt Nghị quyết.')
    expect(split.items).toEqual(['IV', 'IV.1', 'IV.2', 'IV.3'])
    expect(analyze(splitTree).obligations.map((o) => [o.at, o.who])).toEqual([
      ['IV.1', ['Đảng ủy Quốc hội']],
      ['IV.2', ['Đảng ủy Chính phủ']],
      ['IV.3', ['Các tỉnh ủy']]
    ])
  })

  it('gives the paragraph under a label alone on its line to that item, not to the closing', () => {
    const {fields: alone, tree: aloneTree} = read('**1.** Sở Y tế kiểm tra.\n**2.****\n**Giao Sở Tài chính bố trí kinh phí./.')
    expect(alone.items).toEqual(['1', '2'])
    expect(analyze(aloneTree).obligations.map((o) => [o.at, o.who])).toEqual([
      ['1', ['Sở Y tế']],
      ['2', ['Sở Tài chính']]
    ])
  })

  it('gives every paragraph under a last section that is only a title to that section', () => {
    const {tree: titled} = read(
      'I. Phân cấp quản lý\n\n1. Các cấp ủy rà soát danh mục chức danh.\n\n**II. Tổ\nchức thực hiện**\n\nHướng dẫn này có hiệu lực từ ngày ký.\n\nTrong quá trình thực hiện, nếu có vướng mắc, các cấp ủy, tổ chức đảng kịp thời phản ánh về Ban Tổ chức Trung ương.'
    )
    expect(analyze(titled).obligations.map((o) => [o.at, o.who])).toEqual([
      ['I.1', ['Các cấp ủy']],
      ['II', ['các cấp ủy', 'tổ chức đảng']]
    ])
  })

  it('gives the paragraphs under the last article to that article, the formula of execution too', () => {
    const {tree: articles} = read('NGHỊ QUYẾT\n\nQUYẾT NGHỊ:\n\nĐiều 1. Bộ Công an chủ trì triển khai.\n\nĐiều 2. Nghị quyết này có hiệu lực từ ngày ký.\nCác Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này./.')
    expect(analyze(articles).obligations.map((o) => [o.at, o.who])).toEqual([
      ['1', ['Bộ Công an']],
      ['2', ['Các Bộ trưởng', 'Chủ tịch Ủy ban nhân dân các tỉnh']]
    ])
  })

  it('reads `Trên đây là Kế hoạch …` after the last item as the closing', () => {
    const {tree: closingTree} = read('1. Sở Y tế kiểm tra.\n\n2. Các sở:\n\na) Bố trí nguồn lực cho người cao tuổi, người khuyết tật,…\n\nTrên đây là Kế hoạch thi đua. Trong quá trình thực hiện, các cơ quan, đơn vị báo cáo về Sở Y tế./.')
    const obligations = analyze(closingTree).obligations.map((o) => [o.at, o.who, o.inherited])
    expect(obligations).toContainEqual(['2.a', ['Các sở'], true])
    expect(obligations).toContainEqual(['closing', ['các cơ quan, đơn vị'], false])
  })

  it('ends a party at the line its task opens with a capitalised verb (PDF layout)', () => {
    const {tree: pdfTree} = read('CÔNG ĐIỆN\n\n1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\nTập trung chỉ đạo hoàn thành sửa đổi các văn bản.\n2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\nKhẩn trương rà soát các quy định.')
    // The task hangs under its party's line: inherited, as ANNOTATION.md has it.
    expect(analyze(pdfTree).obligations.map((o) => [o.at, o.who, o.what, o.inherited])).toEqual([
      ['1', ['Bộ trưởng các Bộ', 'Thủ trưởng cơ quan ngang bộ'], 'Tập trung chỉ đạo hoàn thành sửa đổi các văn bản', true],
      ['2', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố'], 'Khẩn trương rà soát các quy định', true]
    ])
  })

  it('reads `24):` under a line that left a parenthesis open as its close, not as an item', () => {
    const {fields: wrapped} = read('1. Về thời điểm quy hoạch *(Khoản 1, Điều\n24):*\n\n1.1. Sở Nội vụ rà soát quy hoạch *(Khoản\n3).*\n\n1.2. Sở Tài chính bố trí kinh phí.\n\n2. Tổ chức thực hiện\n\na) Sở Y tế kiểm tra.')
    expect(wrapped.items).toEqual(['1', '1.1', '1.2', '2', '2.a'])
  })

  it('reads a line opening with the hyphen of `chính trị - xã hội`, cut by the wrap, as the line above going on, not a bullet', () => {
    const text = '1. Ủy ban nhân dân xã\n\nb) Tổ chức tuyên truyền, vận động: chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị\n- xã hội tại địa phương thực hiện công tác tuyên truyền.\n\nc) Các thôn, ấp:\n- tổ chức họp dân.'
    const {tree: wrapped} = read(text)
    const kinds = (node: {type: string; children?: unknown[]}): string[] => [node.type, ...((node.children ?? []) as Array<{type: string; children?: unknown[]}>).flatMap(kinds)]
    expect(kinds(wrapped as never).filter((kind) => kind === 'bullet')).toHaveLength(1)
    expect(coverageProblems(text, wrapped)).toEqual([])
  })

  it('labels articles by their number', () => {
    expect(read('Điều 1. Ban hành kèm theo Nghị quyết này.\nĐiều 2. Nghị quyết này có hiệu lực.').fields.items).toEqual(['1', '2'])
  })
})

describe('item labels as the line lexer found them', () => {
  /** Label, numbering and label marker of each item, in order. */
  function labels(text: string): Array<[string, string, string | undefined]> {
    const out: Array<[string, string, string | undefined]> = []
    const markerOf = (nodes: readonly Node[]): string | undefined => {
      for (const node of nodes) {
        if (node.type === 'marker' && (node as Marker).role === 'label') return (node as Marker).value
        const found = 'children' in node ? markerOf((node as Parent).children) : undefined
        if (found) return found
      }

      return undefined
    }

    const visit = (node: Node): void => {
      if (node.type === 'item') {
        const item = node as Item
        out.push([item.label, item.numbering, markerOf(item.children[0] ? [item.children[0]] : [])])
      }

      if ('children' in node) for (const child of (node as Parent).children) visit(child)
    }

    visit(read(text).tree)
    return out
  }

  it.each([
    ['an OCR\'d article that lost its diacritics', 'Dieu 3. Các sở thực hiện.', ['3', 'article', 'Dieu 3.']],
    ['an article in capitals without diacritics, with its colon', 'DIEU 4: Hiệu lực thi hành.', ['4', 'article', 'DIEU 4:']],
    ['a chapter without diacritics alone on its line', 'Chuong II\nNHỮNG QUY ĐỊNH CHUNG', ['II', 'chapter', 'Chuong II']],
    ['a section without diacritics', 'Muc 1. Quy định chung', ['1', 'section', 'Muc 1.']],
    ['an article as written', 'Điều 5. Hiệu lực', ['5', 'article', 'Điều 5.']],
    ['a roman number in a Cyrillic look-alike', 'І. NHIỆM VỤ', ['I', 'roman', 'І.']],
    ['a roman heading alone on its line', '## II.\nNHIỆM VỤ', ['II', 'roman', 'II.']],
    ['a roman number and a dash', 'II - NHIỆM VỤ', ['II', 'roman', 'II -']],
    ['a number under a heading mark', '# 2. Sở Tài chính bố trí.', ['2', 'arabic', '2.']],
    ['a number whose bold is split from its dot', '**6**. Sở Y tế kiểm tra.', ['6', 'arabic', undefined]],
    ['a Party-style number and dash under bold', '**1-** Các quận ủy tổ chức thực hiện.', ['1', 'arabic', '1-']],
    ['a decimal number', '4.1. Sở Nội vụ rà soát.', ['4.1', 'decimal', '4.1.']],
    ['the letter `đ`', 'đ) Sở Y tế kiểm tra.', ['đ', 'letter', 'đ)']],
    ['a letter and a number', 'b.1) Cục trưởng quyết định.', ['b.1', 'letter', 'b.1)']],
    ['a roman number in parentheses', '(iv) Bộ Công Thương xem xét.', ['iv', 'parenthesized', '(iv)']]
  ] as const)('reads %s', (_, text, expected) => {
    expect(labels(text)).toEqual([expected])
  })

  it('numbers the articles of an OCR\'d text as the articles they are', () => {
    const text = 'NGHỊ QUYẾT\n\nDieu 1. Ban hành kèm theo Nghị quyết này.\n\n1. Sở Tư pháp rà soát.\n\nDieu 2. Nghị quyết này có hiệu lực.'
    expect(labels(text).map(([label, numbering]) => [label, numbering])).toEqual([
      ['1', 'article'],
      ['1', 'arabic'],
      ['2', 'article']
    ])
    expect(read(text).fields.items).toEqual(['1', '1.1', '2'])
  })
})

describe('openers and signing marks as the line lexer found them', () => {
  it('reads the addressee after a `Kính gửi` without its colon, not the whole line as the opener', () => {
    expect(read('CÔNG VĂN\n\nKính gửi Sở Tài chính tỉnh Quảng Trị.\n').fields.addressees).toEqual(['Sở Tài chính tỉnh Quảng Trị'])
  })

  it('reads a signing mark typed in Cyrillic look-alikes (`ТМ.`) as the mark, kept out of the body it signs for', () => {
    const {fields} = read('Các sở thực hiện nghiêm Chỉ thị này.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nТМ. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n')
    expect(fields.signer).toEqual({authority: 'T/M', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn An'})
  })
})

describe('layout repairs on hostile text', () => {
  const n = 100_000
  const shapes = ['A.'.repeat(n), 'A '.repeat(n), 'a_'.repeat(n), 'a ,'.repeat(n), `1. a${' a'.repeat(n)} 1.1`, `KT. ${'BỘ TRƯỞNG '.repeat(n / 10)}`, `KT. ${'Ab '.repeat(n)}`, '-'.repeat(n), 'Số: '.repeat(n), 'V/v '.repeat(n), 'Hà Nội, ngày 1 tháng '.repeat(n / 10)]

  it.each(shapes.map((text) => [text.slice(0, 12), text]))('run in linear time on `%s…`', (_head, text) => {
    const started = performance.now()
    const laidOut = repairLayout(unmapped(text))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(laidOut.text.original).toBe(text)
  })
})

describe('a Công báo PDF conversion', () => {
  const text = [
    'CÔNG BÁO/Số 302/Ngày 02-06-2026 ',
    '70',
    ' ',
    'THỦ TƯỚNG CHÍNH PHỦ ',
    'Số: 21/CT-TTg ',
    'CHỈ THỊ ',
    'Về việc sắp xếp thôn, tổ dân phố ',
    '1. Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành hướng dẫn việc sắp xếp thôn, tổ dân phố, hoàn thành ',
    'Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Cơ quan: VĂN PHÒNG CHÍNH PHỦ',
    'Ngày ký: 2026-06-02 08:06:58 +07:00',
    '',
    'CÔNG BÁO/Số 302/Ngày 02-06-2026 ',
    '71',
    ' ',
    'trước ngày 10 tháng 6 năm 2026. ',
    '2. Ủy ban nhân dân các tỉnh, thành phố thực hiện. ',
    ' KT. THỦ TƯỚNG ',
    ' PHÓ THỦ TƯỚNG ',
    'CÔNG BÁO/Số 302/Ngày 02-06-2026 ',
    '72',
    'Phạm Thị Thanh Trà '
  ].join('\r\n')
  const {tree, rules, fields} = read(text)

  it('reads running heads, page numbers and the signature stamp as page furniture, not lines to report', () => {
    expect(rules).not.toContain('unknown-line')
    expect(rules).not.toContain('running-header')
    expect(fields.number).toBe('21/CT-TTg')
    expect(fields.items).toEqual(['1', '2'])
  })

  it('joins the item cut by the page and its stamp, so its deadline stays with it', () => {
    expect(rules).toContain('page-break-joined')
    const first = analyze(text).obligations.find((obligation) => obligation.at === '1')
    expect(first?.when).toMatchObject([{kind: 'by', date: '2026-06-10'}])
  })

  it('reads a signature cut by a page', () => {
    expect(fields.signer).toEqual({authority: 'K/T', onBehalfOf: 'Thủ tướng', title: 'Phó Thủ tướng', name: 'Phạm Thị Thanh Trà'})
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('joins a bold heading, and a sentence stopped on a verb, across the page that cut them', () => {
    const page = (number: number) => ['CÔNG BÁO/Số 302/Ngày 02-06-2026 ', String(number), ' ']
    const cut = ['CHỈ THỊ', '', '**1. Sở', ...page(41), 'Tài chính**', '', '- Bố trí kinh phí thực hiện.', '', 'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu', ...page(42), 'Thủ trưởng các sở, ngành tổ chức thực hiện nghiêm Chỉ thị này./.'].join('\n')
    expect(analyze(cut).obligations.map((obligation) => [obligation.at, obligation.who])).toEqual([
      ['1', ['Sở Tài chính']],
      ['closing', ['Thủ trưởng các sở, ngành']]
    ])
    expect(coverageProblems(cut, parseFile(cut).tree as Root)).toEqual([])
  })
})

describe('a Công điện with a cc list and an enumeration wrapped in its preamble', () => {
  const text = [
    'CÔNG ĐIỆN',
    'VỀ CẮT GIẢM THỦ TỤC HÀNH CHÍNH',
    'THỦ TƯỚNG CHÍNH PHỦ điện:',
    '- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;',
    '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.',
    '*Đồng kính gửi:*',
    'Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để',
    'lãnh đạo, chỉ đạo.',
    'Thủ tướng Chính phủ đã phê duyệt phương án, cụ thể như sau: (1) Tổng số thủ tục cắt giảm là',
    '3.071 thủ tục;',
    '(2) Cắt giảm 2.269 điều kiện kinh doanh.',
    'I. VỀ THỂ CHẾ',
    '1. Bộ trưởng các Bộ hoàn thành việc rà soát.',
    '2. Các Bộ thực hiện:',
    '(1) Bộ Tài chính giải quyết 03 vấn đề.',
    '(2) Bộ Y tế hoàn thành kết nối.'
  ].join('\n')
  const {fields} = read(text)

  it('reads the cc entries as addressees, without what they are sent for', () => {
    expect(fields.addressees).toEqual(['Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', 'Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố'])
  })

  it('takes the issuer of a Công điện without a header from its salutation line', () => {
    expect(fields.issuer).toBe('Thủ tướng Chính phủ')
  })

  it('reads `(2)` on a wrapped preamble line as prose, and `(1)` `(2)` under an item as items', () => {
    expect(fields.items).toEqual(['I', 'I.1', 'I.2', 'I.2.1', 'I.2.2'])
  })
})

describe('a Quyết định and the Kế hoạch it issues, written after its signature', () => {
  const text = [
    'ỦY BAN NHÂN DÂN', 'TỈNH HÒA LÂM', 'Số: 2317/QĐ-UBND', 'Hòa Lâm, ngày 20 tháng 11 năm 2025', '',
    'QUYẾT ĐỊNH', '', 'Ban hành Kế hoạch phòng cháy, chữa cháy rừng', 'mùa khô năm 2025 - 2026', '',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA LÂM', '', 'QUYẾT ĐỊNH:', '',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy, chữa cháy rừng.', '',
    'Điều 2. Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch.', '',
    'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Thị Hồng Vân', '',
    'ỦY BAN NHÂN DÂN', 'TỈNH HÒA LÂM', '', 'KẾ HOẠCH', 'Phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026', '',
    'I. NHIỆM VỤ', '', '1. Chi cục Kiểm lâm tổ chức tuần tra rừng.', '', '2. Công an tỉnh điều tra các vụ cháy rừng.', ''
  ].join('\n')

  it('reads the trích yếu after a blank line, and the issued plan\'s items and tasks after the articles', () => {
    const {fields, tree} = read(text)
    expect(fields.subject).toBe('Ban hành Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026')
    expect(fields.items).toEqual(['1', '2', 'I', 'I.1', 'I.2'])
    expect(analyze(tree).obligations.map((o) => [o.at, o.who])).toEqual([
      ['2', ['Sở Nông nghiệp và Môi trường']],
      ['I.1', ['Chi cục Kiểm lâm']],
      ['I.2', ['Công an tỉnh']]
    ])
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('the signer’s offices in capitals', () => {
  it.each([
    ['KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nVũ Thị Hồng Vân', {authority: 'K/T', onBehalfOf: 'Tổng cục trưởng', title: 'Phó Tổng cục trưởng', name: 'Vũ Thị Hồng Vân'}],
    ['TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nLê Văn Hải', {authority: 'T/L', onBehalfOf: 'Ban Thường vụ', title: 'Chánh Văn phòng', name: 'Lê Văn Hải'}]
  ])('%s', (signature, signer) => {
    expect(read(`CÔNG VĂN\n\n1. Các Cục Thuế triển khai.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n${signature}\n`).fields.signer).toEqual(signer)
  })
})

describe('the trích yếu under a title, in sentence case', () => {
  const header = 'ỦY BAN NHÂN DÂN TỈNH LÂM GIANG\nSố: 245/KH-UBND\nLâm Giang, ngày 22 tháng 12 năm 2025\n\n'
  it.each([
    ['set whole in bold, after a blank line', '**KẾ HOẠCH**\n\n**Số hóa sổ hộ tịch trên địa bàn tỉnh năm 2026**\n\nCăn cứ Luật Hộ tịch;', 'Số hóa sổ hộ tịch trên địa bàn tỉnh năm 2026'],
    ['in bold over two lines', '**HƯỚNG DẪN**\n**kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng,\nđảng viên năm 2026**\n\nCăn cứ Quy định của Bộ Chính trị;', 'kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên năm 2026'],
    ['in lower case straight under the title, over two lines', 'KẾ HOẠCH\nlãnh đạo cuộc bầu cử đại biểu Quốc hội\nvà đại biểu Hội đồng nhân dân các cấp\n\nThực hiện Chỉ thị của Bộ Chính trị;', 'lãnh đạo cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp']
  ])('%s', (_, front, subject) => {
    const text = `${header}${front}\n\n1. Sở Tư pháp chủ trì triển khai.\n`
    const {tree, fields} = read(text)
    expect(fields.subject).toBe(subject)
    expect(fields.items).toEqual(['1'])
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('reads a short run in sentence case straight under the title, ending no sentence, and names a Front’s standing board with its committee', () => {
    const text = 'ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố:    /KH-MTTQ-BTT\n\nLương Minh, ngày 25 tháng 11 năm 2025\n\nKẾ HOẠCH\nTổ chức hội nghị hiệp thương\nlần thứ nhất\n\n1. Ban Thường trực chủ trì.\n'
    expect(read(text).fields).toMatchObject({issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh', subject: 'Tổ chức hội nghị hiệp thương lần thứ nhất', items: ['1']})
    expect(read(`${header}KẾ HOẠCH\nThực hiện Kế hoạch số 12 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n1. Sở Y tế chủ trì.\n`).fields.subject).toBeNull()
  })

  it('reads a byline under the title, a blank line between, as the title\'s, and the `về …` line after it as the subject', () => {
    const text = '**BAN CHẤP HÀNH TRUNG ƯƠNG**\n\nSố 238-KL/TW\n\n*Hà Nội, ngày 17 tháng 7 năm 2026*\n\n**KẾT LUẬN**\n\n**CỦA BỘ CHÍNH TRỊ**\n\n**về sơ kết mô hình chính quyền địa phương hai cấp**\n\n1. Đảng ủy Chính phủ lãnh đạo tổng kết.\n'
    const {fields, tree} = read(text)
    expect(fields).toMatchObject({type: 'Kết luận', subject: 'sơ kết mô hình chính quyền địa phương hai cấp', items: ['1']})
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('but not a bold paragraph that ends in a colon, nor a sentence after the title', () => {
    expect(read(`${header}**THÔNG BÁO**\n\n**Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:**\n\n1. Sở Y tế kiểm tra.\n`).fields.subject).toBeNull()
    expect(read(`${header}CHỈ THỊ\nNăm 2025, tình hình cơ bản ổn định.\n\n1. Sở Y tế kiểm tra.\n`).fields.subject).toBeNull()
  })
})

describe('OCR to markdown: headings, a cut right half', () => {
  const text = ['Hà Nội, ngày 13 tháng 9 năm 2019', '', '# THÔNG BÁO', '', '# Kết luận của Phó Thủ tướng tại cuộc họp về dự thảo Luật', '', 'Ngày 12 tháng 9 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng chu trì cuộc họp', '', '1. Bộ Xây dựng rà soát kỹ dự thảo Luật'].join('\n')
  const {tree, fields} = read(text)

  it('reads the type under its heading mark, and the heading below it as the subject', () => {
    expect(fields.type).toBe('Thông báo')
    expect(fields.subject).toBe('Kết luận của Phó Thủ tướng tại cuộc họp về dự thảo Luật')
    expect(fields.date).toBe('2019-09-13')
    expect(fields.items).toEqual(['1'])
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('reads a `# Nơi nhận` heading whose first entry, without a dash, comes after a blank line', () => {
    const withList = `${text}\n\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n\n# Nơi nhận\n\nThủ tướng, các Phó Thủ tướng;\n- Các Bộ: XD, TP;\n- Lưu: VT, CN.\n`
    const {tree: listTree, fields: listFields} = read(withList)
    expect(listFields.distribution.map((entry) => entry.name)).toEqual(['Thủ tướng, các Phó Thủ tướng', 'Các Bộ: XD, TP', 'VT, CN'])
    expect(coverageProblems(withList, listTree)).toEqual([])
  })
})

describe('a gazette annex: a task table flattened one cell per line, without pipes', () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH AN HÒA ',
    'Số: 15/KH-UBND ',
    'KẾ HOẠCH ',
    'Triển khai chương trình cải cách thể chế ',
    '1. Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo. ',
    ' TM. ỦY BAN NHÂN DÂN ',
    ' CHỦ TỊCH ',
    'Trần Văn Minh ',
    '',
    'CÔNG BÁO/Số 40/Ngày 10-03-2026 ',
    '12',
    ' ',
    'Phụ lục ',
    'DANH MỤC NHIỆM VỤ ',
    'STT ',
    'Nội dung ',
    'Cơ quan  ',
    'chủ trì  ',
    'Cơ quan  ',
    'phối hợp  ',
    'Sản phẩm ',
    'Thời gian ',
    'hoàn thành ',
    '1  ',
    'Rà soát các quy định về thủ tục hành ',
    'chính trong lĩnh vực đất đai ',
    'Sở Nông nghiệp và ',
    'Môi trường ',
    'Sở Tư pháp, ',
    'Sở Tài chính ',
    'Báo cáo rà soát ',
    'Tháng ',
    '6/2026 ',
    '2  Xây dựng cơ sở dữ liệu về văn bản ',
    'quy phạm pháp luật của tỉnh ',
    'Các sở,          ',
    'ngành  Sở Tư pháp ',
    'Cơ sở dữ liệu ',
    '',
    'CÔNG BÁO/Số 40/Ngày 10-03-2026 ',
    '13',
    ' ',
    'STT ',
    'Nội dung ',
    'Cơ quan  ',
    'chủ trì  ',
    'Cơ quan  ',
    'phối hợp  ',
    'Sản phẩm ',
    'Thời gian ',
    'hoàn thành ',
    'được vận hành ',
    'Quý IV/2026 ',
    '3  ',
    'Tập huấn cho cán bộ làm công tác ',
    'pháp chế ',
    'Sở Tư pháp ',
    'Hội nghị tập huấn ',
    'Thường ',
    'xuyên ',
    ' ',
    '1 Nghị quyết số 12/NQ-HĐND ngày 01/02/2026 của Hội đồng nhân dân tỉnh. '
  ].join('\r\n')
  const {tree, rules} = read(text)
  const rows = analyze(text).obligations.filter((obligation) => obligation.at === 'table')

  it('says it read the table, and reports no line as unknown', () => {
    expect(rules).toContain('column-table')
    expect(rules).not.toContain('unknown-line')
    const {file} = parseFile(text)
    expect(file.messages.find((message) => message.ruleId === 'column-table')?.place).toMatchObject({start: {line: 15, column: 1}})
  })

  it('gives a task per row with its lead body, cooperating bodies and deadline', () => {
    expect(rows.map((row) => row.who)).toEqual([['Sở Nông nghiệp và Môi trường'], ['Các sở, ngành'], ['Sở Tư pháp']])
    expect(rows.map((row) => row.with ?? [])).toEqual([['Sở Tư pháp', 'Sở Tài chính'], ['Sở Tư pháp'], []])
    expect(rows.map((row) => row.when.map((timing) => [timing.kind, timing.date ?? null]))).toEqual([
      [['within', '2026-06-30']],
      [['within', '2026-12-31']],
      [['recurring', null]]
    ])
    expect(rows[0]?.what).toBe('Rà soát các quy định về thủ tục hành chính trong lĩnh vực đất đai')
  })

  it('reads a table whose time column comes before the result', () => {
    const other = [
      'Phụ lục',
      'STT',
      'Nội dung công việc',
      'Đơn vị',
      'chủ trì',
      'Đơn vị',
      'phối hợp',
      'Thời gian',
      'thực hiện',
      'Sản phẩm',
      '1',
      'Tổng kết việc thi hành Luật',
      'Sở Tư pháp',
      'Các sở, ngành',
      'Quý IV/2026',
      'Báo cáo tổng kết',
      '2',
      'Kiểm tra việc thực hiện',
      'Thanh tra tỉnh',
      'Hằng năm',
      'Kết luận kiểm tra'
    ].join('\n')
    const found = analyze(other).obligations.filter((obligation) => obligation.at === 'table')
    expect(found.map((row) => [row.who, row.with ?? [], row.when.map((timing) => timing.kind)])).toEqual([
      [['Sở Tư pháp'], ['Các sở, ngành'], ['within']],
      [['Thanh tra tỉnh'], [], ['recurring']]
    ])
    expect(coverageProblems(other, parseFile(other).tree as Root)).toEqual([])
  })

  it('reads a row with a line per column, whatever the width of its cells, and ends the table at a paragraph of prose', () => {
    const lines = [
      'Kế hoạch lãnh đạo bầu cử trên địa bàn xã:',
      '',
      'STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
      '1', 'Tổ chức Hội nghị hiệp thương lần thứ nhất', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Thường trực Hội đồng nhân dân xã, Ủy ban nhân dân xã', 'Trước ngày 15/01/2026',
      '2', 'Tuyên truyền về bầu cử trên hệ thống truyền thanh', 'Trạm truyền thanh xã', 'Ban Xây dựng Đảng Đảng ủy xã', 'Thường xuyên',
      '3', 'Tổng kết công tác bầu cử', 'Ủy ban bầu cử xã', 'Các tổ bầu cử', 'Quý II năm 2026',
      '',
      'Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ trực thuộc, các cơ quan, đoàn thể xã nghiêm túc triển khai thực hiện Kế hoạch này; báo cáo kết quả về Ban Thường vụ Đảng ủy xã trước ngày 25/3/2026.'
    ]
    const text = lines.join('\n')
    const {obligations} = analyze(text)
    expect(obligations.filter((obligation) => obligation.at === 'table').map((obligation) => [obligation.who, obligation.with ?? [], obligation.when.map((timing) => timing.kind)])).toEqual([
      [['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], ['Thường trực Hội đồng nhân dân xã', 'Ủy ban nhân dân xã'], ['by']],
      [['Trạm truyền thanh xã'], ['Ban Xây dựng Đảng Đảng ủy xã'], ['recurring']],
      [['Ủy ban bầu cử xã'], ['Các tổ bầu cử'], ['within']]
    ])
    expect(obligations.find((obligation) => obligation.at !== 'table')?.who).toEqual(['các chi bộ trực thuộc', 'các cơ quan, đoàn thể xã'])
    expect(coverageProblems(text, parseFile(text).tree as Root)).toEqual([])
  })

  it('reads a markdown row a crawl broke over lines as one row, and a cell’s `<br>` lines as parties of their own', () => {
    const text = [
      '| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Thông báo thu hồi đất | Ủy ban nhân dân các xã, phường nơi có dự án | Ban Quản lý dự án đầu tư xây dựng tỉnh<br>Ủy ban MTTQ Việt Nam các xã, phường | Tháng 3/2026 |',
      '| 2 | Kiểm đếm đất đai | Hội đồng bồi thường, hỗ trợ, tái định cư cấp xã | Sở Nông nghiệp và Môi trường;',
      'Sở Xây dựng | Quý II/2026 |',
      '| 3 | Xác định giá đất | Sở Nông nghiệp và Môi trường | Sở Tài chính | Trước 31/7/2026 |'
    ].join('\n')
    const {file, tree} = parseFile(text)
    expect(file.messages.some((message) => message.ruleId === 'split-field' && /table row/u.test(message.reason))).toBe(true)
    expect(analyze(text).obligations.map((row) => [row.who, row.with ?? [], row.when.map((timing) => timing.kind)])).toEqual([
      [['Ủy ban nhân dân các xã, phường nơi có dự án'], ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ủy ban MTTQ Việt Nam các xã, phường'], ['within']],
      [['Hội đồng bồi thường, hỗ trợ, tái định cư cấp xã'], ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng'], ['within']],
      [['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính'], ['by']]
    ])
    expect(coverageProblems(text, tree as Root)).toEqual([])
  })

  it('keeps running heads, the repeated header and the footnote in the table, and loses nothing', () => {
    const table = JSON.stringify(tree)
    expect(table).toContain('"form":"columns"')
    expect(table).toContain('"role":"note"')
    const row = analyze(text).obligations.find((obligation) => obligation.at === 'table')
    expect(row?.position?.start).toMatchObject({line: 25, column: 1})
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('OCR of a scan: the two columns of the header and of the Nơi nhận / signature block read across, a line of each in turn', () => {
  const text = [
    'ĐẢNG BỘ TỈNH THANH HÓA',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'HUYỆN ỦY NGA SƠN',
    '*',
    'Số 12-CT/HU',
    'Nga Sơn, ngày 5 tháng 3 năm 2020',
    'CHỈ THỊ',
    'Về tăng cường phòng, chống dịch',
    '',
    '1. Các chi bộ, đảng bộ cơ sở thực hiện ngay.',
    '2. Công an huyện theo dõi, báo cáo.',
    '',
    'T/M BAN THƯỜNG VỤ',
    'Nơi nhận:',
    'PHÓ BÍ THƯ',
    '- Ban Thường vụ Tỉnh ủy (b/c),',
    '- Các chi bộ, đảng bộ cơ sở,',
    '(đã ký)',
    '- Lưu Văn phòng Huyện ủy.',
    'Lê Văn Bình'
  ].join('\n')
  const {tree, fields} = read(text)
  const {file} = parseFile(text)
  const said = file.messages.filter((message) => message.ruleId === 'interleaved-columns')

  it('reads the header fields apart, and says so', () => {
    expect(fields).toMatchObject({issuer: 'Huyện ủy Nga Sơn', number: '12-CT/HU', place: 'Nga Sơn', date: '2020-03-05', type: 'Chỉ thị'})
    expect(said[0]?.place).toMatchObject({start: {line: 1, column: 1}, end: {line: 4}})
  })

  it('reads the list and the signature apart, and says where', () => {
    expect(fields.distribution).toEqual([
      {name: 'Ban Thường vụ Tỉnh ủy', purpose: 'báo cáo'},
      {name: 'Các chi bộ, đảng bộ cơ sở', purpose: null},
      {name: 'Văn phòng Huyện ủy', purpose: 'lưu'}
    ])
    expect(fields.signer).toEqual({authority: 'T/M', onBehalfOf: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Lê Văn Bình'})
    expect(said[1]?.place).toMatchObject({start: {line: 13, column: 1}, end: {line: 20}})
  })

  it('keeps every line at its place in the source', () => {
    expect(coverageProblems(text, tree)).toEqual([])
    const name = JSON.stringify(tree).indexOf('"Lê Văn Bình"')
    expect(name).toBeGreaterThan(-1)
    expect(text.split('\n')[19]).toBe('Lê Văn Bình')
  })
})

describe('OCR and PDF residue: a stray page number, image links, LaTeX', () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH AN HÒA',
    'Số: 15/CT-UBND',
    'CHỈ THỊ',
    'Về phòng, chống dịch',
    '',
    '1. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra $\\mathbf { k } \\acute { e } .$ các cơ sở',
    'trước ngày 30/6/2026.',
    '',
    '2',
    '',
    '2. Công an tỉnh \\textbf{theo dõi} tình hình, báo cáo hằng tuần.',
    '![](images/04c42b5a2abbdd41.jpg)',
    '3. Sở Tài chính bố trí kinh phí <img src="a.png"> kịp thời.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Trần Văn Minh'
  ].join('\n')
  const {tree, fields} = read(text)
  const {file} = parseFile(text)
  const obligations = analyze(text).obligations

  it('says where each piece is', () => {
    const said = file.messages.filter((message) => message.ruleId === 'conversion-residue' || message.ruleId === 'page-number')
    expect(said.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['conversion-residue', 6, 56],
      ['conversion-residue', 11, 17],
      ['conversion-residue', 11, 33],
      ['conversion-residue', 12, 1],
      ['conversion-residue', 13, 33],
      ['page-number', 9, 1]
    ])
  })

  it('reads the words around them as if they were not there', () => {
    expect(fields.items).toEqual(['1', '2', '3'])
    expect(obligations.map((obligation) => [obligation.at, obligation.who, obligation.what])).toEqual([
      ['1', ['Sở Y tế'], 'chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở trước ngày 30/6/2026'],
      ['2', ['Công an tỉnh'], 'theo dõi tình hình, báo cáo hằng tuần'],
      ['3', ['Sở Tài chính'], 'bố trí kinh phí kịp thời']
    ])
    expect(obligations[0]?.when).toMatchObject([{kind: 'by', date: '2026-06-30'}])
  })

  it('keeps them in the tree as markers and page breaks', () => {
    const json = JSON.stringify(tree)
    expect(json).toContain('"role":"residue","value":"![](images/04c42b5a2abbdd41.jpg)"')
    expect(json).toContain('"type":"pageBreak","value":"2"')
    expect(coverageProblems(text, tree)).toEqual([])
  })
})

describe('a Word export: fields broken over lines', () => {
  const text = [
    'SỞ Y TẾ',
    '(Cơ quan thường trực Ban Chỉ đạo)',
    '',
    'Số:',
    '',
    '12/SYT-NV',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Thanh Hóa, ngày 05 tháng 3',
    'năm 2020',
    'V/v phòng, chống dịch',
    'Kính',
    'gửi: Các cơ sở y tế.',
    '1. Các cơ sở y tế thực hiện ngay.',
    '*Nơi',
    'nhận:*',
    '- Như trên;',
    '- Lưu: VT.',
    'GIÁM ĐỐC',
    'Lê Văn Cường'
  ].join('\n')
  const {tree, rules, fields} = read(text)
  const {file} = parseFile(text)

  it('reads the number, the date, the addressees and the list', () => {
    expect(fields).toMatchObject({issuer: 'Sở Y tế', number: '12/SYT-NV', place: 'Thanh Hóa', date: '2020-03-05', type: 'Công văn', subject: 'phòng, chống dịch'})
    expect(fields.addressees).toEqual(['Các cơ sở y tế'])
    expect(fields.distribution.map((entry) => entry.name)).toEqual(['Như trên', 'VT'])
    expect(fields.signer).toMatchObject({title: 'Giám đốc', name: 'Lê Văn Cường'})
    expect(rules).not.toContain('unknown-line')
  })

  it('says where each field was joined, and keeps the aside under the issuer out of its name', () => {
    const joined = file.messages.filter((message) => message.ruleId === 'split-field')
    expect(joined.map((message) => [message.line, message.column])).toEqual([[4, 4], [12, 5], [15, 5]])
    const aside = file.messages.find((message) => message.ruleId === 'issuer-aside')
    expect(aside?.place).toMatchObject({start: {line: 2, column: 1}, end: {line: 2, column: 34}})
    expect(JSON.stringify(tree)).toContain('"role":"aside","value":"(Cơ quan thường trực Ban Chỉ đạo)"')
    expect(coverageProblems(text, tree)).toEqual([])
  })

  it('cuts a number at its hyphen only where the rest is its code in capitals', () => {
    const cut = read(['UBND TỈNH AN HÒA', 'Số: 12/CT-', 'UBND', 'CHỈ THỊ', 'Về phòng dịch', '1. Các sở thực hiện.'].join('\n'))
    expect(cut.fields.number).toBe('12/CT-UBND')
    expect(cut.rules).toContain('split-field')
  })
})
