/**
 * Nothing is lost: every non-white-space character of the text lies inside
 * exactly one leaf, on the fixtures, on mutated fixtures and on random text;
 * and `parse` never throws.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {coverageProblems, fixture, fixtureNames} from './helpers.js'

const texts = fixtureNames.map((name) => fixture(name))

describe('every character stays in the tree', () => {
  it.each(fixtureNames)('%s', (name) => {
    const text = fixture(name)
    expect(coverageProblems(text, parse(text))).toEqual([])
  })

  it('when NFC changes a character’s length next to another singleton (`豈` U+F900, `丽` U+2F800)', () => {
    for (const text of ['\u{F900}\u{2F800} ', 'Sở \u{2F800}\u{F900}\u{2F800} Y tế']) expect(coverageProblems(text, parse(text))).toEqual([])
  })

  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => {
        expect(coverageProblems(text, parse(text))).toEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('on random lines made of directive pieces', () => {
    const pieces = ['1.', '4.1.', 'a)', 'I-', '- ', '+ ', '**', '*', '|', '---', 'Kính gửi:', 'Nơi nhận:', 'T/M', 'KT. CHỦ TỊCH', 'Số: 12/CT-UBND', 'Hà Nội, ngày 1 tháng 2 năm 2020', './.', 'về việc', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Lưu: VT', '★', '\uFFFD', 'Sở Y tế', ' ', '\t', 'e\u0301']
    const line = fc.array(fc.constantFrom(...pieces), {maxLength: 6}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(line, {maxLength: 30}), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol)
        expect(coverageProblems(text, parse(text))).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})

/** Mutations of a fixture's lines. */
const mutation = fc.oneof(
  fc.record({kind: fc.constant('shuffle' as const), seed: fc.integer()}),
  fc.record({kind: fc.constant('delete' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('blank' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('strip' as const), at: fc.nat()})
)

function mutate(text: string, mutations: ReadonlyArray<fc.Arbitrary<unknown> extends never ? never : {kind: string; at?: number; seed?: number}>): string {
  let lines = text.split('\n')
  for (const each of mutations) {
    const at = (each.at ?? 0) % Math.max(1, lines.length)
    switch (each.kind) {
      case 'shuffle': {
        let seed = each.seed ?? 1
        lines = lines
          .map((line) => {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            return {line, key: seed}
          })
          .sort((a, b) => a.key - b.key)
          .map((entry) => entry.line)
        break
      }

      case 'delete':
        lines.splice(at, 1)
        break
      case 'duplicate':
        lines.splice(at, 0, lines[at] ?? '')
        break
      case 'blank':
        lines.splice(at, 0, '')
        break
      default:
        lines[at] = (lines[at] ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    }
  }

  return lines.join('\n')
}

describe('mutated fixtures', () => {
  it('parse without throwing and lose nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutation, {minLength: 1, maxLength: 6}), (text, mutations) => {
        const mutated = mutate(text, mutations)
        expect(coverageProblems(mutated, parse(mutated))).toEqual([])
      }),
      {numRuns: 200}
    )
  })
})

describe('hostile shapes', () => {
  it('parse a long line, many labels and deep numbering', () => {
    const shapes = [
      'a'.repeat(200_000),
      '1.\n'.repeat(20_000),
      Array.from({length: 200}, (_, depth) => `${Array.from({length: depth + 1}, () => '1').join('.')}. Mục`).join('\n'),
      '**'.repeat(10_000),
      '|\n'.repeat(10_000)
    ]
    for (const text of shapes) expect(coverageProblems(text, parse(text))).toEqual([])
  })
})
