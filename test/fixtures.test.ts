/**
 * The five seed directives: every document field of their gold files, read
 * off the tree, and the repairs the parser must make in them.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {documentFields, parseFile, toText, type Node, type Paragraph, type Root} from '../src/index.js'
import {find, all} from '../src/tree/fields.js'
import {fixture, fixtureNames, gold} from './helpers.js'

const fields = ['type', 'issuer', 'number', 'place', 'date', 'subject', 'markings', 'addressees', 'items', 'distribution', 'signer']

describe.each(fixtureNames)('%s', (name) => {
  const {tree, file} = parseFile(new VFile({path: name, value: fixture(name)}))
  const expected = gold(name).document

  it.each(fields)('has the gold %s', (field) => {
    expect(documentFields(tree as Root)[field as keyof ReturnType<typeof documentFields>]).toEqual(expected[field])
  })

  it('has no fatal message', () => {
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })
})

/** The paragraph containing `words`. */
function paragraphWith(tree: Root, words: string): Paragraph | undefined {
  return all<Paragraph>(tree, 'paragraph').find((node) => toText(node).includes(words))
}

describe('page breaks in mid-sentence', () => {
  it.each([
    ['000_8a5523bcdb22fb49.txt', 'tổ chức và Nhân dân trong thực hiện các chỉ đạo của Bộ Chính trị', 36],
    ['003_3d0f6af760acfb02.txt', 'nơi cư trú, nơi làm việc; kiểm soát chặt chẽ người được cách ly', 20]
  ])('joins the two halves of a paragraph in %s', (name, words, line) => {
    const {tree, file} = parseFile(new VFile({path: name, value: fixture(name)}))
    const paragraph = paragraphWith(tree as Root, words)
    expect(paragraph, words).toBeDefined()
    const joined = file.messages.filter((message) => message.ruleId === 'page-break-joined')
    expect(joined.map((message) => message.line)).toEqual([line])
    // The joined paragraph spans the blank line.
    expect(paragraph!.position!.start.line).toBeLessThan(line)
    expect(paragraph!.position!.end.line).toBe(line)
  })
})

describe('the code line in 002', () => {
  it('is an unknown node with a message, between the distribution list and the signature', () => {
    const name = '002_efe6cc8491401fd3.txt'
    const {tree, file} = parseFile(new VFile({path: name, value: fixture(name)}))
    const unknown = find(tree as Node, 'unknown') as {value: string; position: {start: {line: number}}} | undefined
    expect(unknown?.value).toBe('PTB-145')
    expect(unknown?.position.start.line).toBe(40)
    const message = file.messages.find((each) => each.ruleId === 'unknown-line')
    expect(message?.line).toBe(40)
    expect(message?.reason).toContain('PTB-145')
    const types = (tree as Root).children.map((node) => node.type)
    expect(types.indexOf('unknown')).toBeGreaterThan(types.indexOf('distribution'))
    expect(types.indexOf('unknown')).toBeLessThan(types.indexOf('signature'))
  })
})
