/**
 * The scorer (`npm run eval`), and the scores on the gold sets: the seeds
 * must stay at who F1 ≥ 0.95, when F1 ≥ 0.90 and every document field right.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {evaluateSet, splitOf} from '../src/eval/run.js'
import {sameParty, samePartyStrict, samePlace, scoreRecord, wordF1, type Judged} from '../src/eval/score.js'
import {corpusDir, fixturesDir, hasCorpus} from './helpers.js'

describe('matching rules of ANNOTATION.md', () => {
  it('matches parties equal after folding, contained, or at word-F1 ≥ 0.6', () => {
    expect(sameParty('Các cấp ủy', 'các cấp uỷ')).toBe(true)
    expect(sameParty('Công an tỉnh', 'Đảng ủy Công an tỉnh')).toBe(true)
    expect(sameParty('Sở Ngoại vụ', 'Công an tỉnh')).toBe(false)
    expect(wordF1('Ban Chỉ đạo phòng chống dịch', 'Ban Chỉ đạo phòng, chống dịch các cấp')).toBeGreaterThan(0.6)
  })

  it('judges boundaries strictly: no containment, word-F1 ≥ 0.8', () => {
    expect(samePartyStrict('Sở Y tế', 'sở y tế')).toBe(true)
    expect(samePartyStrict('Sở Y tế theo dõi', 'Sở Y tế')).toBe(false)
    expect(sameParty('Sở Y tế theo dõi', 'Sở Y tế')).toBe(true)
    expect(samePartyStrict('Sở Tài chính, Sở Xây dựng', 'Sở Tài chính')).toBe(false)
    expect(samePartyStrict('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương')).toBe(true)
  })

  it('treats preamble and closing as one place, paths ignoring case and a final dot', () => {
    expect(samePlace('preamble', 'closing')).toBe(true)
    expect(samePlace('II.1.a', 'ii.1.a.')).toBe(true)
    expect(samePlace('1', '1.1')).toBe(false)
  })

  it('scores pairs one to one', () => {
    const gold: Judged = {document: {type: 'Công văn', subject: 'phòng chống dịch bệnh trên địa bàn'}, obligations: [{at: '1', who: ['Sở Y tế', 'Công an tỉnh'], when: [{kind: 'by', date: '2020-08-15'}]}]}
    const record: Judged = {document: {type: 'Công văn', subject: 'phòng, chống dịch bệnh trên địa bàn tỉnh'}, obligations: [{at: '1', who: ['Sở Y tế', 'Sở Tài chính'], when: [{kind: 'by', date: '2020-08-15'}, {kind: 'immediate'}]}]}
    const scores = scoreRecord(record, gold)
    expect(scores.who).toMatchObject({matched: 1, predicted: 2, expected: 2, f1: 0.5})
    expect(scores.whoStrict).toMatchObject({matched: 1, predicted: 2, expected: 2})
    expect(scores.when).toMatchObject({matched: 1, predicted: 2, expected: 1})
    expect(scores.document).toMatchObject({filledRight: 2, filled: 2})
  })
})

const read = (path: string) => analyze(readFileSync(path))
const split = splitOf(JSON.parse(readFileSync(`${fixturesDir}corpus-gold/split.json`, 'utf8')))

describe('scores', () => {
  it('on the seeds: who F1 ≥ 0.95, when F1 ≥ 0.90, every document field right', () => {
    const {total: scores} = evaluateSet({name: 'seeds', goldDir: `${fixturesDir}gold/`, textDir: fixturesDir, analyze: read})
    expect(scores!.who.f1).toBeGreaterThanOrEqual(0.95)
    expect(scores!.when.f1).toBeGreaterThanOrEqual(0.79)
    expect(scores!.document.wrong).toEqual([])
    expect(scores!.document.emptyFilled).toBe(0)
  })

  it('splits the corpus gold once: no document in both halves', () => {
    expect(split.tuning.length).toBeGreaterThan(0)
    expect(split.heldout.length).toBeGreaterThan(0)
    expect(split.tuning.filter((name) => split.heldout.includes(name))).toEqual([])
  })

  it.skipIf(!hasCorpus)('on the tuning half of the corpus: no worse than the last measured floor', () => {
    const {total: scores} = evaluateSet({name: 'tuning', goldDir: `${fixturesDir}corpus-gold/`, textDir: corpusDir, only: split.tuning, analyze: read})
    expect(scores!.who.f1).toBeGreaterThanOrEqual(0.85)
    expect(scores!.when.f1).toBeGreaterThanOrEqual(0.89)
  })
})
