/**
 * Words of running text, and phrase tables matched against them.
 */
import {latinize, modernizeTones} from '../text/fold.js'

/** A word (or a punctuation mark) of a text, with its span. */
export interface Word {
  /** As written. */
  text: string
  /** Lower case, new-style tones, Latin letters for look-alikes: for matching. */
  key: string
  start: number
  end: number
  /** Punctuation (`,`, `;`, `:`, `(`, `)`, `-`, `.`) rather than a word. */
  punct: boolean
  /** Starts with a capital letter. */
  capital: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}/&'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu

/** Split text into words and punctuation marks. */
export function wordsOf(text: string): Word[] {
  // Keys for the whole text at once: lower case, tones and look-alikes keep its length.
  const keys = keyOf(text)
  const sameLength = keys.length === text.length
  const words: Word[] = []
  wordPattern.lastIndex = 0
  for (let found = wordPattern.exec(text); found; found = wordPattern.exec(text)) {
    let value = found[0]
    let start = found.index
    // A word ending in `.` keeps it only for abbreviations (`TP.`, `Q.`).
    if (value.length > 1 && value.endsWith('.') && !/^[\p{Lu}]{1,3}\.$/u.test(value)) value = value.slice(0, -1)
    // Leading dots never belong to a word.
    while (value.startsWith('.') && value.length > 1) {
      value = value.slice(1)
      start++
    }

    const first = value[0] as string
    const lower = first.toLowerCase()
    const letter = lower !== first.toUpperCase()
    const punct = !letter && !isDigitOrLetter(first) && !/[\p{L}\p{N}]/u.test(value)
    words.push({
      text: value,
      key: sameLength ? keys.slice(start, start + value.length) : keyOf(value),
      start,
      end: start + value.length,
      punct,
      capital: letter && first !== lower
    })
  }

  return words
}

function isDigitOrLetter(char: string): boolean {
  const code = char.charCodeAt(0)
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** The matching key of a word or phrase. */
export function keyOf(text: string): string {
  return modernizeTones(latinize(text).toLowerCase())
}

/** A table of phrases (sequences of word keys) for matching at a word. */
export class PhraseTable<T> {
  readonly #byFirst = new Map<string, Array<{keys: string[]; value: T}>>()

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = wordsOf(phrase).map((word) => word.key)
      const first = keys[0]
      if (!first) continue
      const list = this.#byFirst.get(first) ?? []
      list.push({keys, value})
      list.sort((a, b) => b.keys.length - a.keys.length)
      this.#byFirst.set(first, list)
    }
  }

  /** The longest phrase starting at `words[index]`, with its length in words. */
  match(words: readonly Word[], index: number): {value: T; length: number; keys: string[]} | undefined {
    const first = words[index]
    if (!first) return undefined
    const list = this.#byFirst.get(first.key)
    if (!list) return undefined
    for (const entry of list) {
      let ok = true
      for (let k = 1; k < entry.keys.length; k++) {
        if (words[index + k]?.key !== entry.keys[k]) {
          ok = false
          break
        }
      }

      if (ok) return {value: entry.value, length: entry.keys.length, keys: entry.keys}
    }

    return undefined
  }
}

/** A table of phrases without values. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((phrase) => [phrase, true] as const))
}
