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
