/**
 * Reading the bytes: encodings, BOMs, NFD and CRLF, and input that is not
 * text. Positions point into the text as the caller gave it.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {documentFields, parse, parseFile, type Root} from '../src/index.js'
import {coverageProblems, fixture, fixtureNames, withoutPositions} from './helpers.js'

const text = fixture('000_8a5523bcdb22fb49.txt')

function utf16(value: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(value, 'utf16le')
  if (endian === 'be') bytes.swap16()
  return new Uint8Array(Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]))
}

describe('bytes', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(text))],
    ['UTF-8 with BOM', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))],
    ['UTF-16 LE with BOM', utf16(text, 'le')],
    ['UTF-16 BE with BOM', utf16(text, 'be')]
  ])('reads %s like the string', (_name, bytes) => {
    expect(withoutPositions(parse(bytes))).toEqual(withoutPositions(parse(text)))
  })

  it('refuses NUL bytes with a fatal message and no tree', () => {
    const {tree, file} = parseFile(new VFile({path: 'scan.pdf', value: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])}))
    expect(tree).toBeUndefined()
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({fatal: true, ruleId: 'binary-content', source: 'chithi'})
    expect(String(file.messages[0])).toContain('scan.pdf')
  })

  it('refuses invalid UTF-8 and says where', () => {
    const bytes = new Uint8Array([...Buffer.from('Số 12/CT-UBND\nTh'), 0xe0, 0xa9, 0x20, 0x41])
    const {tree, file} = parseFile(bytes)
    expect(tree).toBeUndefined()
    expect(file.messages[0]).toMatchObject({fatal: true, ruleId: 'invalid-utf8'})
    expect(file.messages[0]?.reason).toContain('byte 18')
  })

  it('gives an empty root from parse, never a throw', () => {
    expect(parse(new Uint8Array([0, 0, 0])).children).toEqual([])
  })
})

describe('normalisation', () => {
  it.each(fixtureNames)('NFD and CRLF input give the NFC/LF tree, positions aside (%s)', (name) => {
    const original = fixture(name)
    const nfd = original.normalize('NFD')
    const crlf = original.replace(/\n/g, '\r\n')
    const both = nfd.replace(/\n/g, '\r\n')
    const expected = withoutPositions(parse(original))
    for (const variant of [nfd, crlf, both]) {
      expect(withoutPositions(parse(variant))).toEqual(expected)
      expect(coverageProblems(variant, parse(variant))).toEqual([])
    }
  })

  it('points positions into the text as given', () => {
    const crlf = text.normalize('NFD').replace(/\n/g, '\r\n')
    const tree = parse(crlf)
    const fields = documentFields(tree)
    expect(fields.number).toBe('1767-CV/TU')
    const number = (tree.children[0] as Root['children'][number] & {children: Array<{type: string; position?: {start: {offset?: number}; end: {offset?: number}}}>}).children.find(
      (node) => node.type === 'number'
    )
    const {start, end} = number!.position!
    expect(crlf.slice(start.offset, end.offset).normalize('NFC')).toBe('Số 1767-CV/TU')
  })

  it('keeps the text of a U+FFFD and says a character was lost', () => {
    const {file} = parseFile('Ban Th\uFFFDờng vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện.')
    expect(file.messages.map((message) => message.ruleId)).toContain('replacement-character')
  })
})
