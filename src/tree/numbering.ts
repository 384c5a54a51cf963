/**
 * Item labels: what `1.`, `4.1.`, `a)`, `II-`, `(2)`, `Điều 3.` say, how
 * items nest, and their paths (`II.1.a`).
 */
import {latinize, stripDiacritics} from '../text/fold.js'
import type {Numbering} from './types.js'

/** A parsed label. */
export interface Label {
  /** The label without its punctuation: `4.1`, `a`, `II`, `3`. */
  label: string
  numbering: Numbering
  /** What decides nesting: items with the same key are siblings. */
  key: string
}

/**
 * The shapes of a label, read on its shadow (no diacritics, look-alike
 * letters in Latin, case kept), as the line lexer reads it: `Dieu 3.` of an
 * OCR'd text is the article `Điều 3.`.
 */
const labelShape =
  /^\s*(?:(Phan|PHAN|Chuong|CHUONG|Muc|MUC|Dieu|DIEU)\s+([0-9]{1,3}|[IVXL]{1,6})\s*[.:]?|([IVXL]{1,6})\s*[.\-–)]|([0-9]{1,2}(?:\.[0-9]{1,2}){1,5})\.?|([0-9]{1,2})(?:\*\*)*\s*[.)\-–]|([a-z]\.[0-9]{1,2})\)|([a-z])\s*[.)]|\(([0-9]{1,2})\)|\(([ivx]{1,4})\)|\(([a-z])\))/d

/** Numbering of the words that open a part, a chapter, a section, an article (on the shadow, lower case). */
const wordNumbering: Readonly<Record<string, Numbering>> = {phan: 'part', chuong: 'chapter', muc: 'section', dieu: 'article'}

/**
 * Parse a label: the text of an item's label span as the line lexer found it
 * (`1.`, `4.1.`, `a)`, `a.1)`, `II-`, `(2)`, `(iv)`, `Điều 3.`, `6**.`).
 */
export function parseLabel(text: string): Label | undefined {
  const found = labelShape.exec(stripDiacritics(text))
  if (!found) return undefined
  // The label as written (`đ` kept), look-alike letters in Latin.
  const written = latinize(text)
  const group = (index: number): string | undefined => {
    const at = found.indices?.[index]
    return at ? written.slice(at[0], at[1]) : undefined
  }

  const [, word] = found
  const wordNumber = group(2)
  if (word && wordNumber) {
    const numbering = wordNumbering[word.toLowerCase()] ?? 'article'
    return {label: wordNumber, numbering, key: numbering}
  }

  const roman = group(3)
  const decimal = group(4)
  const arabic = group(5)
  const letterDecimal = group(6)
  const letter = group(7)
  const parenNumber = group(8)
  const parenRoman = group(9)
  const parenLetter = group(10)
  if (roman) return {label: roman, numbering: 'roman', key: 'roman'}
  if (decimal) return {label: decimal, numbering: 'decimal', key: `decimal-${decimal.split('.').length}`}
  if (arabic) return {label: arabic, numbering: 'arabic', key: 'arabic'}
  if (letterDecimal) return {label: letterDecimal, numbering: 'letter', key: 'letter-decimal'}
  if (letter) return {label: letter, numbering: 'letter', key: 'letter'}
  if (parenNumber) return {label: parenNumber, numbering: 'parenthesized', key: 'paren-number'}
  // `(i)`, `(ii)`, `(iv)`: lower-case roman numbers in parentheses (`(i)` alone is read so too: it comes first).
  if (parenRoman && isRoman(parenRoman)) return {label: parenRoman, numbering: 'parenthesized', key: 'paren-roman'}
  if (parenRoman) return {label: parenRoman, numbering: 'parenthesized', key: 'paren-letter'}
  if (parenLetter) return {label: parenLetter, numbering: 'parenthesized', key: 'paren-letter'}
  return undefined
}

function isRoman(text: string): boolean {
  return /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/.test(text)
}

/**
 * The path of an item under a parent: `II` › `1` gives `II.1`; a label that
 * already carries its parent (`1.1` under `1`) is not repeated.
 */
export function pathOf(label: string, parent: {label: string; path: string} | undefined): string {
  if (!parent) return label
  if (label.startsWith(`${parent.label}.`)) return parent.path + label.slice(parent.label.length)
  return `${parent.path}.${label}`
}
