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
  /** The phrases of every table that open with this word's key (see `openersOf`): found once per word, not per table. */
  openers?: OpenerLists | null
  /** `openers.size` when `openers` was found absent (a table made later may add the key). */
  openersSeen?: number
}

/** Per table (by its number), the phrases that open with one key. */
type OpenerLists = Array<Array<PhraseMatch<unknown>> | undefined>

/** Every key that opens a phrase of some table, with each table's phrases for it. */
const openers = new Map<string, OpenerLists>()
let tables = 0

/** The phrases of every table opening with the word's key, kept on the word. */
function openersOf(word: Word): OpenerLists | undefined {
  if (word.openers) return word.openers
  if (word.openers === null && word.openersSeen === openers.size) return undefined
  const found = openers.get(word.key)
  word.openers = found ?? null
  word.openersSeen = openers.size
  return found
}

/** Character classes by code unit: 1 letter or digit (or mark), 2 joiner inside a word, 0 other; computed as met. */
const classes = new Uint8Array(0x10000)
const computed = new Uint8Array(0x10000)
const joiners = new Set(['/', '&', "'", '’', '.', '-'])

function classOf(code: number): number {
  if (computed[code]) return classes[code] as number
  const char = String.fromCharCode(code)
  const value = /[\p{L}\p{N}\p{M}]/u.test(char) ? 1 : joiners.has(char) ? 2 : 0
  classes[code] = value
  computed[code] = 1
  return value
}

/** Per code unit, whether it is a capital letter (lower case differs, and it is a letter: upper and lower case differ): 1 no, 2 yes, 0 not yet asked. */
const capitals = new Uint8Array(0x10000)

function isCapital(code: number): boolean {
  let known = capitals[code] as number
  if (known === 0) {
    const first = String.fromCharCode(code)
    const lower = first.toLowerCase()
    known = lower !== first.toUpperCase() && first !== lower ? 2 : 1
    capitals[code] = known
  }

  return known === 2
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)
}

/** Split text into words and punctuation marks. */
export function wordsOf(text: string): Word[] {
  // Keys for the whole text at once: lower case, tones and look-alikes keep its length.
  const keys = keyOf(text)
  const sameLength = keys.length === text.length
  const words: Word[] = []
  const length = text.length
  let at = 0
  while (at < length) {
    const code = text.charCodeAt(at)
    if (isSpace(code)) {
      at++
      continue
    }

    let start = at
    let end = at + 1
    if (classOf(code) === 1) {
      // A word: letters and digits, and joiners between them (`Covid-19`, `1767-CV/TU`, `b/c`, `TP.`).
      while (end < length) {
        const next = classOf(text.charCodeAt(end))
        if (next === 1) end++
        else if (next === 2 && end + 1 < length && classOf(text.charCodeAt(end + 1)) === 1) end += 2
        else if (next === 2 && text.charCodeAt(end) === 46 && end - start <= 3 && isAbbreviation(text, start, end)) {
          end++
          break
        } else break
      }
    }

    at = end
    // Leading dots never belong to a word.
    while (text.charCodeAt(start) === 46 && end - start > 1) start++
    const value = text.slice(start, end)
    const first = value.charCodeAt(0)
    words.push({
      text: value,
      key: sameLength ? keys.slice(start, end) : keyOf(value),
      start,
      end,
      punct: classOf(first) !== 1,
      capital: isCapital(first),
      // Not looked up yet (set here so every word has the same shape).
      openers: undefined,
      openersSeen: -1
    })
  }

  return words
}

/** `TP.`, `Q.`: one to three capitals keep their dot. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const char = text[k] as string
    if (char === char.toLowerCase()) return false
  }

  return true
}

/** The matching key of a word or phrase. */
export function keyOf(text: string): string {
  return modernizeTones(latinize(text).toLowerCase())
}

/** A phrase of a table, as `PhraseTable.match` gives it (the same object each time: never changed). */
export interface PhraseMatch<T> {
  readonly value: T
  /** In words. */
  readonly length: number
  readonly keys: string[]
}

/** A table of phrases (sequences of word keys) for matching at a word. */
export class PhraseTable<T> {
  /** This table's number in each key's `OpenerLists`. */
  readonly #index = tables++

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = wordsOf(phrase).map((word) => word.key)
      const first = keys[0]
      if (!first) continue
      let lists = openers.get(first)
      if (!lists) {
        lists = []
        openers.set(first, lists)
      }

      const list = (lists[this.#index] ?? []) as Array<PhraseMatch<T>>
      list.push({keys, value, length: keys.length})
      list.sort((a, b) => b.keys.length - a.keys.length)
      lists[this.#index] = list as Array<PhraseMatch<unknown>>
    }
  }

  /** The longest phrase starting at `words[index]`, with its length in words (with `lowerTail`, only phrases whose later words are in lower case). */
  match(words: readonly Word[], index: number, lowerTail = false): PhraseMatch<T> | undefined {
    const first = words[index]
    if (!first) return undefined
    const list = openersOf(first)?.[this.#index] as Array<PhraseMatch<T>> | undefined
    if (!list) return undefined
    for (const entry of list) {
      let ok = true
      for (let k = 1; k < entry.keys.length; k++) {
        const word = words[index + k]
        // With `lowerTail`, a phrase never runs into a capitalised word (`giao` + `Ban Thường vụ` is not `giao ban`).
        if (word?.key !== entry.keys[k] || (lowerTail && word?.capital === true)) {
          ok = false
          break
        }
      }

      // The entry itself: a match is read, never changed, so none is made per call.
      if (ok) return entry
    }

    return undefined
  }
}

/** A table of phrases without values. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((phrase) => [phrase, true] as const))
}
