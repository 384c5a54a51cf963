/**
 * The layouts archives hold besides clean web copies: a signature straight
 * after the body, word-segmented NLP copies, gazette PDF with running heads,
 * flattened crawls, OCR. Each example is made up for the test and says what
 * a reader of that layout gets.
 */
import {describe, expect, it} from 'vitest'
import {documentFields, parseFile, type Root} from '../src/index.js'
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
