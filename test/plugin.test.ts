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
