/**
 * One registry of messages: every message chithi emits names a rule of
 * `messageRules`, with the registry's severity and its documentation, and
 * the README's table is the registry's.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyzeFile, documentation, messageRules, type RuleId} from '../src/index.js'
import {corpus, corpusNames, fixture, fixtureNames} from './helpers.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** Inputs that raise most rules: the fixtures, the corpus texts where they are at hand, and damaged bytes. */
function inputs(): Array<[string, string | Uint8Array]> {
  return [
    ...fixtureNames.map((name): [string, string] => [name, fixture(name)]),
    ...corpusNames.map((name): [string, string] => [name, corpus(name)]),
    ['a NUL byte', Uint8Array.from([0x53, 0x00, 0x6f])],
    ['invalid UTF-8', Uint8Array.from([...Buffer.from('Sở Y tế '), 0xc3, 0x28, ...Buffer.from(' báo cáo.')])],
    ['U+FFFD', 'S\uFFFD Y t\uFFFD ki\uFFFDm tra.'],
    ['no header', '1. Sở Y tế kiểm tra.\n2. Rà soát các cơ sở.'],
    ['an impossible date', 'UBND TỈNH X\nSố: 1/CT-UBND\nX, ngày 32 tháng 13 năm 2025\n\nCHỈ THỊ\n\n1. Sở Y tế kiểm tra trước ngày 30/02.'],
    ['not text', 42 as unknown as string]
  ]
}

describe('messages', () => {
  it('each name a registered rule, with its severity and documentation', () => {
    const seen = new Set<string>()
    for (const [name, input] of inputs()) {
      const {file} = analyzeFile(input)
      for (const message of file.messages) {
        const rule = messageRules[message.ruleId as RuleId]
        expect(rule, `${name}: ${message.ruleId}`).toBeDefined()
        expect(message.source).toBe('chithi')
        expect(message.url).toBe(documentation)
        seen.add(String(message.ruleId))
        // The count of messages past the limit of one rule is information, whatever the rule.
        if (/more `.*` messages not shown/.test(message.reason)) continue
        const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
        // Undecodable bytes are a warning, or fatal when no text can be read at all.
        const allowed = rule.severity === 'warning' && /^invalid-utf/.test(String(message.ruleId)) ? ['warning', 'error'] : [rule.severity]
        expect(allowed, `${name}: ${message.ruleId} as ${severity}`).toContain(severity)
      }
    }

    // Not equally silent: the common rules were met.
    for (const rule of ['unknown-line', 'missing-header', 'binary-content', 'invalid-utf8', 'replacement-character', 'invalid-date', 'invalid-input']) expect(seen).toContain(rule)
  })

  it('are all in the README’s table, as the registry has them', () => {
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info) \| (.+) \|$/gm)].map((row) => [row[1], row[2], row[3]])
    expect(rows).toEqual(Object.entries(messageRules).map(([id, rule]) => [id, rule.severity, rule.description]))
  })
})
