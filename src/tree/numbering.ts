/**
 * Item labels: what `1.`, `4.1.`, `a)`, `II-`, `(2)`, `Điều 3.` say, how
 * items nest, and their paths (`II.1.a`).
 */
import type {Numbering} from './types.js'

/** A parsed label. */
export interface Label {
  /** The label without its punctuation: `4.1`, `a`, `II`, `3`. */
  label: string
  numbering: Numbering
  /** What decides nesting: items with the same key are siblings. */
  key: string
}

/** The label at the start of an item line, with the text it spans (markers and heading `#` skipped): `1.`, `4.1.`, `a)`, `a.1)`, `II-`, `(2)`, `(iv)`, `Điều 3.`. */
export const labelPattern =
  /^\s*(?:(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+([0-9]{1,3}|[IVXL]{1,6})\s*[.:]?|([IVXL]{1,6})\s*[.\-–)]|([0-9]{1,2}(?:\.[0-9]{1,2}){1,5})\.?|([0-9]{1,2})(?:\*\*)*\s*[.)\-–]|([a-zđ]\.[0-9]{1,2})\)|([a-zđ])\s*[.)]|\(([0-9]{1,2})\)|\(([ivx]{1,4})\)|\(([a-zđ])\))/u

/** Parse the label at the start of `text` (markdown markers already out of the way). */
export function parseLabel(text: string): Label | undefined {
  const found = labelPattern.exec(text)
  if (!found) return undefined
  const [, word, wordNumber, roman, decimal, arabic, letterDecimal, letter, parenNumber, parenRoman, parenLetter] = found
  if (word && wordNumber) {
    const numbering: Numbering = /^(?:phần)$/iu.test(word)
      ? 'part'
      : /^(?:chương)$/iu.test(word)
        ? 'chapter'
        : /^(?:mục)$/iu.test(word)
          ? 'section'
          : 'article'
    return {label: wordNumber, numbering, key: numbering}
  }

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
