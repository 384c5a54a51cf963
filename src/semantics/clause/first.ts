/**
 * What a rule of the clause grammar can start with: the token types its
 * first token may have, read off the grammar Chevrotain recorded (gates
 * left out, so the set may be wider than what the rule takes, never
 * narrower). A token outside it cannot start the rule, and a parse there
 * would fail: callers skip the parse, or the tagging that would feed it.
 */
import {Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal, tokenMatcher, type IProduction, type IToken, type TokenType} from 'chevrotain'
import {clauseParser} from './grammar.js'

interface First {
  types: Set<TokenType>
  /** The rule can match no token at all. */
  empty: boolean
}

const firsts = new Map<string, First>()

function ofSequence(items: readonly IProduction[], visiting: Set<string>): First {
  const types = new Set<TokenType>()
  for (const item of items) {
    const one = ofProduction(item, visiting)
    for (const type of one.types) types.add(type)
    if (!one.empty) return {types, empty: false}
  }

  return {types, empty: true}
}

function ofProduction(production: IProduction, visiting: Set<string>): First {
  if (production instanceof Terminal) return {types: new Set([production.terminalType]), empty: false}
  if (production instanceof NonTerminal) return ofRule(production.referencedRule, visiting)
  if (production instanceof Alternation) {
    const types = new Set<TokenType>()
    let empty = false
    for (const alternative of production.definition as Alternative[]) {
      const one = ofSequence(alternative.definition, visiting)
      for (const type of one.types) types.add(type)
      empty ||= one.empty
    }

    return {types, empty}
  }

  if (production instanceof Option || production instanceof Repetition || production instanceof RepetitionWithSeparator) return {types: ofSequence(production.definition, visiting).types, empty: true}
  if (production instanceof RepetitionMandatory || production instanceof RepetitionMandatoryWithSeparator || production instanceof Alternative) return ofSequence(production.definition, visiting)
  // A production this reading does not know: anything may start it.
  return {types: new Set(), empty: true}
}

function ofRule(rule: Rule, visiting: Set<string>): First {
  const known = firsts.get(rule.name)
  if (known) return known
  // Left recursion (none in the grammar) would take anything.
  if (visiting.has(rule.name)) return {types: new Set(), empty: true}
  visiting.add(rule.name)
  const found = ofSequence(rule.definition, visiting)
  visiting.delete(rule.name)
  firsts.set(rule.name, found)
  return found
}

/** Whether `token` can be the first token of the clause grammar's `rule` (true for a rule that may match nothing). */
export function canStart(rule: string, token: IToken): boolean {
  const production = clauseParser().getGAstProductions()[rule]
  if (!production) return true
  const first = ofRule(production, new Set())
  if (first.empty) return true
  for (const type of first.types) if (tokenMatcher(token, type)) return true
  return false
}
