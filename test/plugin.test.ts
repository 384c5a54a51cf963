/**
 * The unified way: `unified().use(chithiParse)`.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {chithiParse, parse} from '../src/index.js'
import {fixture} from './helpers.js'

describe('chithiParse', () => {
  const text = fixture('001_27c53251131e7eff.txt')

  it('gives the same tree as parse', () => {
    expect(unified().use(chithiParse).parse(text)).toEqual(parse(text))
  })

  it('reads bytes and puts messages on the file', () => {
    const file = new VFile({path: '001.txt', value: new Uint8Array(Buffer.from(text))})
    const tree = unified().use(chithiParse).parse(file)
    expect(tree).toEqual(parse(text))
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-signature')
    expect(file.messages.every((message) => message.source === 'chithi')).toBe(true)
  })
})

describe('.process() end to end', () => {
  const text = fixture('000_8a5523bcdb22fb49.txt')

  it('chithiJson writes the record chithiAnalyze attached, with the options given', async () => {
    const {chithiAnalyze, chithiJson, analyze} = await import('../src/index.js')
    const file = await unified().use(chithiParse).use(chithiAnalyze).use(chithiJson, {space: 2, positions: false}).process(text)
    const record = JSON.parse(String(file))
    expect(record.document.number).toBe('1767-CV/TU')
    expect(String(file)).not.toContain('"position"')
    expect(record).toEqual(JSON.parse(JSON.stringify(analyze(text), (key, value) => (key === 'position' ? undefined : value))))
    expect(file.data.chithi?.document.number).toBe('1767-CV/TU')
    const both = JSON.parse(String(await unified().use(chithiParse).use(chithiJson, {content: 'both'}).process(text)))
    expect(both.tree.type).toBe('root')
    expect(both.record.document.number).toBe('1767-CV/TU')
  })

  it('chithiHtml writes the page chithi report prints', async () => {
    const {chithiAnalyze} = await import('../src/index.js')
    const {chithiHtml} = await import('../src/html.js')
    const {chithi, fixturesDir} = await import('./helpers.js')
    const file = await unified().use(chithiParse).use(chithiAnalyze).use(chithiHtml).process(new VFile({path: `${fixturesDir}000_8a5523bcdb22fb49.txt`, value: text}))
    const printed = await chithi(['report', `${fixturesDir}000_8a5523bcdb22fb49.txt`, '-s'])
    expect(String(file)).toBe(printed.stdout)
  })
})
