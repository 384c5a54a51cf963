/**
 * Word-segmented text: the copies NLP corpora keep, run through a Vietnamese
 * word segmenter. The syllables of a word are joined by `_` ("Sở Tài_chính"),
 * punctuation stands apart ("xây_dựng , lắp_đặt", "1 .", "( nay là … )"), one
 * sentence a line. Read as the plain text it stands for: `_` between letters
 * becomes a space, the space before closing punctuation and after an opening
 * bracket goes. The map keeps every offset pointing into the source.
 */
import {MappedBuilder, type MappedText} from './offsets.js'

/** What `detectSegmented` found. */
export interface Segmentation {
  /** Words joined by `_` between letters. */
  joins: number
  /** Offset of the first join (in the text examined). */
  first: number
}

// `_` between two letters: the segmenter's join.
const join = /\p{L}_(?=\p{L})/gu
// Punctuation standing apart: ` ,` ` .` ` ;` ` :` ` )` and `( `.
const apart = /[^\s] [,.;:!?)\]]|[([] \S/g
const words = /\p{L}+/gu

/**
 * A text is word-segmented when joins are common (at least 20, and one word
 * in twenty) and punctuation stands apart from the words (at least ten
 * times): web copies have neither, and a stray `tên_file` is not enough.
 */
export function detectSegmented(text: string): Segmentation | undefined {
  let joins = 0
  let first = -1
  join.lastIndex = 0
  for (let found = join.exec(text); found; found = join.exec(text)) {
    if (first === -1) first = found.index + 1
    joins++
  }

  if (joins < 20) return undefined
  const wordCount = text.match(words)?.length ?? 0
  if (joins * 20 < wordCount) return undefined
  const spaced = text.match(apart)?.length ?? 0
  if (spaced < 10) return undefined
  return {joins, first}
}

/** The plain text a word-segmented text stands for, mapped onto it. */
export function desegment(source: MappedText): MappedText {
  const text = source.text
  const builder = new MappedBuilder()
  let copied = 0
  const length = text.length
  for (let index = 0; index < length; index++) {
    const char = text[index]
    if (char === '_' && isLetter(text[index - 1]) && isLetter(text[index + 1])) {
      builder.push(text.slice(copied, index), copied, index)
      // The space stands for the `_` but maps just after it, so that the
      // word before it (a leaf ends where a space begins) keeps the `_`.
      builder.push(' ', index + 1, index + 1)
      copied = index + 1
    } else if (char === ' ' && index > 0 && !isSpace(text[index - 1]) && isClosing(text[index + 1])) {
      // `xây_dựng , lắp_đặt` → `xây dựng, lắp đặt`: the space is left out.
      builder.push(text.slice(copied, index), copied, index)
      copied = index + 1
    } else if (char === ' ' && (text[index - 1] === '(' || text[index - 1] === '[') && index + 1 < length && !isSpace(text[index + 1])) {
      builder.push(text.slice(copied, index), copied, index)
      copied = index + 1
    }
  }

  if (copied === 0) return source
  builder.push(text.slice(copied), copied, length)
  return builder.finish(source, length)
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char)
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char)
}

function isClosing(char: string | undefined): boolean {
  return char !== undefined && ',.;:!?)]'.includes(char)
}
