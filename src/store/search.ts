/**
 * Search keys, the same on both engines: folded text (no case, no
 * diacritics, `đ` → `d`), LIKE patterns, and phrases as words.
 */
import {collapseSpace, fold} from '../text/fold.js'

/** Fold for matching in the database: lower case, no diacritics, `đ` → `d`, single spaces. */
export function searchKey(text: string): string {
  return collapseSpace(fold(text))
}

/** A LIKE pattern for text anywhere in a value (`%`, `_` and `\` stand for themselves; escaped by `\`). */
export function like(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

/** A LIKE pattern for the words of a text in order, anything between them (`so y te ha noi` finds `so y te thanh pho ha noi`). */
export function likeWords(text: string): string {
  return `%${text.split(' ').filter(Boolean).map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`)).join('%')}%`
}

/** The words of a text as SQLite's full-text index splits it (`unicode61`): letters, digits and marks, folded. */
export function words(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}\p{M}\p{Co}]+/u)
    .filter(Boolean)
}

/** Words as PostgreSQL's search column holds them: one space before, between and after each. */
export function wordBody(text: string): string {
  return ` ${words(text).join(' ')} `
}

/** A LIKE pattern for a phrase in a `wordBody` (undefined: no words, nothing matches). */
export function wordPattern(text: string): string | undefined {
  const found = words(text)
  return found.length > 0 ? `% ${found.join(' ')} %` : undefined
}
