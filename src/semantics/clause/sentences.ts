/**
 * Sentences and `;`-parts of a unit of text: the ranges of words a clause
 * is read from. A sentence ends at `.` `!` `?` before a capital, a number,
 * a mark or the end; parentheses are never cut.
 */
import {wordsOf, type Word} from '../words.js'
import type {Clause} from './read.js'

/** Words and sentences of a text. */
export interface Sentences {
  words: Word[]
  sentences: Clause[]
}

const cache = new Map<string, Sentences>()

/** Forget the last document's units (a document reads its own units more than once, not other documents'). */
export function clearSentenceCache(): void {
  cache.clear()
}

/** Words and sentences of a text (cached for the units of one document). */
export function sentencesOf(text: string): Sentences {
  const cached = cache.get(text)
  if (cached) return cached
  const result = split(text)
  if (cache.size > 256) cache.clear()
  cache.set(text, result)
  return result
}

function split(text: string): Sentences {
  const words = wordsOf(text)
  const sentences: Clause[] = []
  let start = 0
  let depth = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    const next = words[index + 1]
    const end = (word.text === '.' || word.text === '!' || word.text === '?') && (!next || next.capital || /^\d/.test(next.text) || next.punct)
    if (end) {
      if (index > start) sentences.push({from: start, to: index})
      start = index + 1
    }
  }

  if (start < words.length) sentences.push({from: start, to: words.length})
  return {words, sentences: sentences.filter((clause) => hasWord(words, clause))}
}

/** The `;`-separated parts of a sentence from word `from` on (the first part starts at the sentence's start). */
export function partsOf(words: readonly Word[], sentence: Clause, from: number): Clause[] {
  const out: Clause[] = []
  let start = sentence.from
  let depth = 0
  for (let at = from; at < sentence.to; at++) {
    const word = words[at]!
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && word.text === ';') {
      if (at > start) out.push({from: start, to: at})
      start = at + 1
    }
  }

  if (sentence.to > start) out.push({from: start, to: sentence.to})
  return out.filter((part) => hasWord(words, part))
}

function hasWord(words: readonly Word[], clause: Clause): boolean {
  for (let at = clause.from; at < clause.to; at++) if (!words[at]!.punct) return true
  return false
}
