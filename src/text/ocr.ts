/**
 * OCR repairs: what a recogniser does to a scanned directive, undone where
 * the genre tells what was meant. Each pass finds edits on the text it is
 * given and says why; `layout.ts` applies them with the offset map, so every
 * character of the source stays reachable and every repair has a position.
 *
 * - Confusions inside numbers and words: `2O2O`, `l767`, `3§`, `Covid-l9`,
 *   `l.2.` are numbers; `1ưu`, `0ng` are words (`lưu`, `ông`) when the
 *   repaired word is a Vietnamese syllable.
 * - Item labels: a top-level label garbled by a confusion (`l.`, `Z.`) is
 *   recovered when its siblings' sequence agrees ("7." between "6." and "8.").
 * - Fixed formulas recognised by edit distance on folded words (quốc hiệu,
 *   tiêu ngữ, `Kính gửi`, `Nơi nhận`, `ngày … tháng … năm`, signers' titles,
 *   `TM.`/`KT.`/`TL.`), written back as the formula.
 * - Lost or wrong tone marks in the genre's own phrases (`chu trì`, `tổ chức
 *   dảng`, and the lexicon's party names, verbs and frames: `ocr-words.ts`),
 *   only in a text that reads as OCR'd (enough of those phrases misspelt
 *   that a clean copy's rare typo does not qualify), and only where a
 *   misreading is likelier than another word that folds alike.
 */
import type {Edit} from './edits.js'
import {fold, foldCode, modernizeTones} from './fold.js'
import {formulas, genrePhrases, type Formula, type GenrePhrase} from './ocr-words.js'
import {isSyllable} from './syllables.js'

/** Rule ids of OCR repairs. */
export type OcrRule = 'ocr-confusion' | 'ocr-label' | 'ocr-formula' | 'ocr-diacritics'

/** An edit and why it was made. */
export interface OcrEdit extends Edit {
  ruleId: OcrRule
  reason: string
}

/** Characters recognisers put for digits, and the digit meant. */
const digitFor: Readonly<Record<string, string>> = {l: '1', O: '0', Z: '7', '§': '8', '{': '1'}
/** Digits recognisers put for letters, and the letter meant (lower case). */
const letterFor: Readonly<Record<string, string>> = {'1': 'l', '0': 'o'}

/** A character of a token (`[\p{L}\p{N}§{]`). */
function isTokenPoint(point: number): boolean {
  return point === 0xa7 || point === 0x7b || isLetterOrDigit(point)
}
const isDigitLike = /^[0-9lOZ§{]+$/
const realDigit = /[0-9]/
const confusable = /[lOZ§{]/
/** The word before a date's number: `ngày`, `tháng`, `năm` (their tone marks may be lost too). */
const dateSlot = /(?:^|[^\p{L}])(?:ng[aà]y|th[aá]ng|n[aă]m)[ \t]$/iu

/** Confusions inside numbers (`2O2O`, `l.2.`) and words (`1ưu`). */
export function confusionEdits(text: string): OcrEdit[] {
  const edits: OcrEdit[] = []
  // The runs of `[\p{L}\p{N}§{]+`, scanned without a match object per token.
  const tokens: Array<{start: number; end: number; value: string}> = []
  forEachRun(text, isTokenPoint, (start, end) => tokens.push({start, end, value: text.slice(start, end)}))

  const chains = dottedChains(text, tokens)
  tokens.forEach((current, index) => {
    const {value, start} = current
    if (isDigitLike.test(value)) {
      if (!confusable.test(value)) return
      // `{` only opens a number after white space (LaTeX residue keeps its braces).
      if (value.includes('{') && (value.indexOf('{') !== 0 || !/^\s?$/.test(text.slice(start - 1, start)) || text[current.end] === '}')) return
      // … a real digit in it, a dotted number, or the slot of a date (`tháng §`, `ngày l4`).
      const inNumber = realDigit.test(value) || chains[index] === true || dateSlot.test(text.slice(Math.max(0, start - 6), start))
      if (!inNumber) return
      const digits = [...value].map((char) => digitFor[char] ?? char).join('')
      edits.push({start, end: current.end, text: digits, ruleId: 'ocr-confusion', reason: `OCR: "${value}" read as the number ${digits}`})
      return
    }

    if (!/[01]/.test(value) || !/\p{L}.*\p{L}/u.test(value) || /[2-9]/.test(value)) return
    // A number glued to a word (`1ao`, one pond) is not a misread letter.
    if (/^[01]/.test(value) && isSyllable(value.replace(/^[01]+/, ''))) return
    const upper = value === value.toUpperCase() && value !== value.toLowerCase()
    const word = [...value].map((char) => (letterFor[char] ? (upper ? (letterFor[char] as string).toUpperCase() : letterFor[char]) : char)).join('')
    if (!isSyllable(word)) return
    edits.push({start, end: current.end, text: word, ruleId: 'ocr-confusion', reason: `OCR: "${value}" read as the word "${word}"`})
  })

  return edits
}

/**
 * For each token, whether it lies in a dotted number (`l.2.`: tokens joined
 * by single dots) whose tokens are all digit-like and one holds a real digit.
 * One pass over the tokens.
 */
function dottedChains(text: string, tokens: ReadonlyArray<{start: number; end: number; value: string}>): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false)
  let first = 0
  for (let index = 0; index < tokens.length; index++) {
    const current = tokens[index] as {end: number}
    const next = tokens[index + 1]
    if (next && next.start === current.end + 1 && text[current.end] === '.') continue
    // Tokens first..index form a chain.
    if (index > first) {
      const chain = tokens.slice(first, index + 1)
      const number = chain.every((item) => isDigitLike.test(item.value)) && chain.some((item) => realDigit.test(item.value))
      if (number) out.fill(true, first, index + 1)
    }

    first = index + 1
  }

  return out
}

// A label opening a line: `1.`, `**7.**`, `## 3.`; the label may be garbled.
const labelLine = /^([ \t]*(?:#{1,6}[ \t]+)?(?:(?:\*\*|__)[ \t]*)?)([0-9lOZ§{]{1,2}|[a-zđ])([.)])(?=[ \t*_]|$)/gm

/** A roman section's label or an article opening a line: `II.`, `**III-`, `**Điều 8.`; its items are numbered anew. */
const sectionLine = /^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:\*\*|__)[ \t]*)?(?:[IVX]{1,5}[ \t]*[.\-–]|(?:Điều|ĐIỀU|Dieu|DIEU)[ \t]+[0-9lOZ§{]{1,3}\b)/gm

/** Top-level labels garbled by a confusion, recovered from their siblings' sequence. */
export function labelEdits(text: string): OcrEdit[] {
  const labels: Array<{start: number; end: number; raw: string; mark: string; value: number | undefined; letter: boolean}> = []
  labelLine.lastIndex = 0
  for (let found = labelLine.exec(text); found; found = labelLine.exec(text)) {
    const raw = found[2] as string
    const start = found.index + (found[1] as string).length
    const letter = /^[a-zđ]$/.test(raw) && raw !== 'l'
    labels.push({start, end: start + raw.length, raw, mark: found[3] as string, value: /^\d+$/.test(raw) ? Number(raw) : undefined, letter})
    if (found[0].length === 0) labelLine.lastIndex++
  }

  // A section (`II.`, `**III. TỔ CHỨC THỰC HIỆN**`) starts its numbering again.
  const sections: number[] = []
  sectionLine.lastIndex = 0
  for (let found = sectionLine.exec(text); found; found = sectionLine.exec(text)) {
    sections.push(found.index)
    if (found[0].length === 0) sectionLine.lastIndex++
  }

  const sectionOf = (at: number): number => sections.filter((start) => start < at).length

  const edits: OcrEdit[] = []
  // The nearest numbered sibling before and after each label (same mark, same section), in two passes.
  const before = new Map<number, number>()
  const after = new Map<number, number>()
  const last = new Map<string, number>()
  let section = 0
  labels.forEach((label, index) => {
    if (sectionOf(label.start) !== section) {
      section = sectionOf(label.start)
      last.clear()
    }

    const seen = last.get(label.mark)
    if (seen !== undefined) before.set(index, seen)
    if (label.value !== undefined) last.set(label.mark, label.value)
  })
  last.clear()
  section = -1
  for (let index = labels.length - 1; index >= 0; index--) {
    const label = labels[index] as (typeof labels)[number]
    if (sectionOf(label.start) !== section) {
      section = sectionOf(label.start)
      last.clear()
    }

    const seen = last.get(label.mark)
    if (seen !== undefined) after.set(index, seen)
    if (label.value !== undefined) last.set(label.mark, label.value)
  }

  labels.forEach((label, index) => {
    if (label.value !== undefined || label.letter || !isDigitLike.test(label.raw)) return
    // After a letter label (`k.`), `l.` is the next letter.
    if (labels[index - 1]?.letter) return
    const previous = before.get(index)
    const next = after.get(index)
    const read = Number([...label.raw].map((char) => digitFor[char] ?? char).join(''))
    // The siblings agree on the number missing between them; else the confusion must fit the sequence.
    const value =
      previous !== undefined && next !== undefined && next === previous + 2
        ? previous + 1
        : (previous === undefined ? read === 1 : read === previous + 1) && (next === undefined || next === read + 1) && (previous !== undefined || next !== undefined)
          ? read
          : undefined
    if (value === undefined) return
    label.value = value
    edits.push({start: label.start, end: label.end, text: String(value), ruleId: 'ocr-label', reason: `OCR: item label "${label.raw}${label.mark}" read as ${value}${label.mark}, between its siblings`})
  })

  return edits
}

interface Word {
  start: number
  end: number
  value: string
  folded: string
}

/** `[\p{L}\p{N}]` by BMP code point (0: not yet asked, 1: yes, 2: no), filled as characters are met. */
const letterOrDigit = new Uint8Array(0x10000)

/** Each run of code points that `member` takes, as `[start, end)` in code units, scanned without a match object per run. */
function forEachRun(text: string, member: (point: number) => boolean, visit: (start: number, end: number) => void): void {
  for (let at = 0; at < text.length; ) {
    const point = text.codePointAt(at) as number
    if (!member(point)) {
      at += point > 0xffff ? 2 : 1
      continue
    }

    const start = at
    at += point > 0xffff ? 2 : 1
    while (at < text.length) {
      const next = text.codePointAt(at) as number
      if (!member(next)) break
      at += next > 0xffff ? 2 : 1
    }

    visit(start, at)
  }
}

function isLetterOrDigit(point: number): boolean {
  if (point > 0xffff) return /[\p{L}\p{N}]/u.test(String.fromCodePoint(point))
  let known = letterOrDigit[point] as number
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(point)) ? 1 : 2
    letterOrDigit[point] = known
  }

  return known === 1
}

/** The runs of `[\p{L}\p{N}]+` (by code point, as the pattern reads them), scanned without a match object per word. */
function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = []
  // Folding keeps the length, code unit by code unit: the whole text is folded once and each word sliced from it
  // (unless the text opens with a byte order mark, which the fold drops: then each word on its own, as before).
  const folded = fold(text)
  const aligned = folded.length === text.length
  forEachRun(text, isLetterOrDigit, (start, end) => {
    const value = text.slice(start, end)
    out.push({start: offset + start, end: offset + end, value, folded: aligned ? folded.slice(start, end) : fold(value)})
  })

  return out
}

/** Edit distance of two short strings (bounded: longer strings are not compared). */
export function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1
  if (a.length > 40 || b.length > 40) return a === b ? 0 : most + 1
  let previous = Array.from({length: b.length + 1}, (_value, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    previous = current
  }

  return previous[b.length] as number
}

/**
 * `distance(a, b, 1)` where only 0, 1 or more matters (2 stands for more):
 * asked of every word of every line, so without the table. One edit apart
 * is one character changed (same length) or one left out (lengths one
 * apart).
 */
function withinOne(a: string, b: string): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > 1 || a.length > 40 || b.length > 40) return 2
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let start = 0
  while (start < short.length && short[start] === long[start]) start++
  // Past the first difference the rest must agree: shifted by one when a character is left out.
  const skip = short.length === long.length ? 1 : 0
  return short.slice(start + skip) === long.slice(start + 1) ? 1 : 2
}

/** The canonical word in the case of the word it replaces. */
function inCaseOf(canonical: string, source: string): string {
  const letters = source.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return canonical.toUpperCase()
  const first = source.charAt(0)
  const lower = canonical.toLowerCase()
  return first !== first.toLowerCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
}

const anywhere = formulas.filter((formula) => formula.where === 'anywhere')

/** Each formula's words folded, once. */
const foldedWords = new Map<Formula, readonly string[]>(formulas.map((formula) => [formula, formula.words.map((word) => fold(word))]))

/** Words `words[from…]` read as the formula's words: edits, or undefined when they are not it. */
function asFormula(words: readonly Word[], from: number, formula: Formula): {edits: Edit[]; apart: number} | undefined {
  const canonical = formula.words
  const slots = formula.slots
  const folded = foldedWords.get(formula) as readonly string[]
  if (words.length - from < canonical.length) return undefined
  let total = 0
  let letters = 0
  const edits: Edit[] = []
  for (let index = 0; index < canonical.length; index++) {
    const word = words[from + index] as Word
    if (slots.has(index)) {
      if (!/^[0-9lOZ§{.…_]+$/.test(word.value)) return undefined
      continue
    }

    const want = canonical[index] as string
    const wanted = folded[index] as string
    letters += wanted.length
    if (word.folded !== wanted) {
      const apart = wanted.length >= 3 ? withinOne(word.folded, wanted) : 2
      if (apart > 1) return undefined
      total += apart
    }

    const written = inCaseOf(want, word.value)
    if (modernizeTones(word.value) !== written) edits.push({start: word.start, end: word.end, text: written})
  }

  return total <= Math.max(1, Math.floor(letters / 10)) ? {edits, apart: total} : undefined
}

/** Fixed formulas misread: each written back as the formula, with a message. */
export function formulaEdits(text: string): OcrEdit[] {
  const edits: OcrEdit[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    if (line.length <= 200) lineFormulas(line, start, edits)
    start = end + 1
  }

  return edits
}

const signingMark = /^([ \t*_]*)(TM|KT|TL|TUQ)([,:;])(?=[ \t]+[*_]*\p{Lu})/u

function lineFormulas(line: string, offset: number, edits: OcrEdit[]): void {
  const mark = signingMark.exec(line)
  if (mark) {
    const at = offset + (mark[1] as string).length + (mark[2] as string).length
    edits.push({start: at, end: at + 1, text: '.', ruleId: 'ocr-formula', reason: `OCR: signing mark "${mark[2]}${mark[3]}" read as ${mark[2]}.`})
  }

  if (!mayHoldFormula(line)) return
  const words = wordsOf(line, offset)
  if (words.length === 0) return
  const taken = new Set<number>()
  // Whether the line is in capitals, asked only of formulas that need it, and once.
  let capitals: boolean | undefined
  for (const at of words.keys()) {
    if (taken.has(at)) continue
    // The formula nearest to the words here: when it is already written right, nothing is done.
    let best: {formula: Formula; found: Edit[]; apart: number} | undefined
    // Past the first word only the formulas written anywhere in a line can start.
    for (const formula of at === 0 ? formulas : anywhere) {
      if (formula.where === 'line' && words.length - at !== formula.words.length) continue
      if (formula.where === 'start' && !startsLine(line, offset, words[at] as Word)) continue
      if (formula.upper && !(capitals ??= isCapitalLine(line))) continue
      const found = asFormula(words, at, formula)
      if (found && (!best || found.apart < best.apart)) best = {formula, found: found.edits, apart: found.apart}
    }

    if (!best) continue
    for (let k = 0; k < best.formula.words.length; k++) taken.add(at + k)
    if (best.found.length === 0) continue
    const first = best.found[0] as Edit
    const last = best.found[best.found.length - 1] as Edit
    const before = line.slice(first.start - offset, last.end - offset)
    for (const edit of best.found) edits.push({...edit, ruleId: 'ocr-formula', reason: reasonOf(best.formula, before)})
  }
}

/** Where each word of the line being checked starts and ends (two entries per word; lines of formulas are short). */
let bounds = new Int32Array(256)

/**
 * Whether a formula could start at some word of the line, by what
 * `asFormula` asks of its first two words (each one edit from the formula's
 * at most, or a number for a slot), where it may stand, and a line
 * formula's number of words. Most lines hold none; they are read without
 * making their words.
 */
function mayHoldFormula(line: string): boolean {
  // (A leading byte order mark shifts the folded line against the line: read such a line in full, as before.)
  if (line.charCodeAt(0) === 0xfeff) return true
  let count = 0
  forEachRun(line, isLetterOrDigit, (start, end) => {
    if (bounds.length < 2 * count + 2) {
      const grown = new Int32Array(bounds.length * 2)
      grown.set(bounds)
      bounds = grown
    }

    bounds[2 * count] = start
    bounds[2 * count + 1] = end
    count++
  })

  for (let word = 0; word < count; word++) {
    for (const formula of word === 0 ? formulas : anywhere) {
      if (formula.where === 'line' && count - word !== formula.words.length) continue
      if (count - word < formula.words.length) continue
      const wanted = foldedWords.get(formula) as readonly string[]
      let fits = true
      for (let k = 0; k < Math.min(2, wanted.length) && fits; k++) {
        const from = bounds[2 * (word + k)] as number
        const to = bounds[2 * (word + k) + 1] as number
        fits = formula.slots.has(k) ? /^[0-9lOZ§{.…_]+$/.test(line.slice(from, to)) : nearAt(line, from, to, wanted[k] as string)
      }

      if (fits) return true
    }
  }

  return false
}

/** `text[start, end)` folded is `wanted`, or (for a word of three letters or more) one edit from it: `withinOne` without the slices. */
function nearAt(text: string, start: number, end: number, wanted: string): boolean {
  const length = end - start
  if (wanted.length < 3 || Math.abs(length - wanted.length) > 1 || length > 40 || wanted.length > 40) {
    if (length !== wanted.length) return false
    for (let k = 0; k < length; k++) if (foldCode(text.charCodeAt(start + k)) !== wanted.charCodeAt(k)) return false
    return true
  }

  let same = 0
  const shorter = Math.min(length, wanted.length)
  while (same < shorter && foldCode(text.charCodeAt(start + same)) === wanted.charCodeAt(same)) same++
  if (length === wanted.length) {
    // One character changed (or none): the rest agrees.
    for (let k = same + 1; k < length; k++) if (foldCode(text.charCodeAt(start + k)) !== wanted.charCodeAt(k)) return false
    return true
  }

  // One character left out of the longer.
  if (length < wanted.length) {
    for (let k = same; k < length; k++) if (foldCode(text.charCodeAt(start + k)) !== wanted.charCodeAt(k + 1)) return false
    return true
  }

  for (let k = same; k < wanted.length; k++) if (wanted.charCodeAt(k) !== foldCode(text.charCodeAt(start + k + 1))) return false
  return true
}

/** A line in capitals (its letters, at least two). */
function isCapitalLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '')
  return letters.length > 1 && letters === letters.toUpperCase()
}

function reasonOf(formula: Formula, before: string): string {
  return `OCR: "${before}" read as the ${formula.name} (${formula.words.map((word, index) => (formula.slots.has(index) ? '…' : word)).join(' ')})`
}

/** Only markdown, dashes or white space before the word on its line. */
function startsLine(line: string, offset: number, word: Word): boolean {
  return /^[ \t*_#>-]*$/.test(line.slice(0, word.start - offset))
}

/**
 * Phrases of the genre whose tone marks were lost or misread: restored when
 * the text reads as OCR'd (at least three of its genre phrases misspelt, and
 * one in forty), so that a clean copy is left as it was typed. A phrase is
 * restored only where a misreading is likelier than another word that folds
 * alike (`từ đó` for `tự do`, `các phường` for `các phương án`):
 *
 * - no more than half its words misspelt (OCR rarely garbles two words of
 *   a short phrase; two other words that fold alike are another phrase);
 * - a misspelt word at either end of the phrase is not a word of the text:
 *   a spelling that stands often where the phrase does not (`cáp` in a text
 *   on cables), against the spelling the phrase wants, is what the text says
 *   (inside a phrase, its words on both sides tell: `dân quan tự vệ`);
 * - the phrase as written is not the text's own: written so several times
 *   (`nhận thay`), and not far less often than as the phrase;
 * - a misspelt word does not open a phrase written right (`đồng chỉ đạo` is
 *   `đồng` + `chỉ đạo`, not `đồng chí` + `đạo`);
 * - two words capitalised where the phrase's second is in lower case are a
 *   name (`Thanh Trà`, not `thanh tra`).
 */
export function diacriticEdits(text: string): OcrEdit[] {
  const words = wordsOf(text, 0).map(readDigitsAsLetters)
  // Each word's spelling (lower case, new-style tones), how often each stands in the text, and where.
  const spelt = words.map((word) => modernizeTones(word.value).toLowerCase())
  const counts = new Map<string, number>()
  const places = new Map<string, number[]>()
  spelt.forEach((spelling, index) => {
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1)
    const list = places.get(spelling)
    if (list) list.push(index)
    else places.set(spelling, [index])
  })

  // The phrases that fold like the words at each place, and where each phrase stands.
  const matches = words.map((_word, index) => phrasesAt(text, words, index))
  const standing = new Map<GenrePhrase, number[]>()
  matches.forEach((phrases, index) => {
    for (const phrase of phrases) {
      const list = standing.get(phrase)
      if (list) list.push(index)
      else standing.set(phrase, [index])
    }
  })

  // How often a phrase is written each way, counted for the phrases found misspelt only.
  const forms = new Map<GenrePhrase, Map<string, number>>()
  const formOf = (phrase: GenrePhrase, index: number): string => spelt.slice(index, index + phrase.folded.length).join(' ')
  const timesWritten = (phrase: GenrePhrase, form: string): number => {
    let counted = forms.get(phrase)
    if (!counted) {
      counted = new Map()
      for (const place of standing.get(phrase) ?? []) counted.set(formOf(phrase, place), (counted.get(formOf(phrase, place)) ?? 0) + 1)
      forms.set(phrase, counted)
    }

    return counted.get(form) ?? 0
  }

  // How often a spelling stands where the phrase does not (as its k-th word), once per phrase, word and spelling.
  const outside = new Map<string, number>()
  const elsewhere = (phrase: GenrePhrase, k: number, spelling: string): number => {
    const key = `${phrase.folded.join(' ')}|${k}|${spelling}`
    let times = outside.get(key)
    if (times === undefined) {
      times = 0
      for (const place of places.get(spelling) ?? []) if (!phrase.folded.every((folded, j) => words[place - k + j]?.folded === folded)) times++
      outside.set(key, times)
    }

    return times
  }

  const wrongIn = (phrase: GenrePhrase, index: number): number[] =>
    phrase.words.flatMap((want, k) => (want !== undefined && spelt[index + k] !== want.toLowerCase() ? [k] : []))
  const likely = (phrase: GenrePhrase, index: number, wrong: readonly number[]): boolean => {
    if (wrong.length * 2 > phrase.words.length && !(phrase.guessed && phrase.words.length === 1)) return false
    const written = timesWritten(phrase, formOf(phrase, index))
    const right = phrase.words.map((word, k) => word?.toLowerCase() ?? spelt[index + k]).join(' ')
    if (written >= 2 && written * 3 > timesWritten(phrase, right)) return false
    return wrong.every((k) => {
      const wanted = counts.get((phrase.words[k] as string).toLowerCase()) ?? 0
      const times = elsewhere(phrase, k, spelt[index + k] as string)
      if (times >= 2 && times * 3 > wanted && (k === 0 || k === phrase.words.length - 1)) return false
      if (phrase.guessed && k === phrase.words.length - 1 && (times > 0 || wanted < 2)) return false
      if (!phrase.guessed && phrase.words.length === 2 && k === 1 && isProperName(words[index] as Word, words[index + 1] as Word, phrase.words[1] as string)) return false
      return k === 0 || !(matches[index + k] as readonly GenrePhrase[]).some((other) => wrongIn(other, index + k).length === 0)
    })
  }

  const found: Array<{edit: Edit; before: string; canonical: string; alone: boolean}> = []
  let seen = 0
  for (let index = 0; index < words.length; index++) {
    for (const phrase of matches[index] as readonly GenrePhrase[]) {
      const wrong = wrongIn(phrase, index)
      if (wrong.length > 0 && !likely(phrase, index, wrong)) continue
      // A word alone neither counts towards the text reading as OCR'd nor is seen.
      if (phrase.words.length > 1) seen++
      for (const k of wrong) {
        const word = words[index + k] as Word
        const canonical = phrase.words.map((each, at) => each ?? (words[index + at] as Word).value).join(' ')
        found.push({edit: {start: word.start, end: word.end, text: inCaseOf(phrase.words[k] as string, word.value)}, before: word.value, canonical, alone: phrase.words.length === 1})
      }

      index += phrase.words.length - 1
      break
    }
  }

  const misspelt = found.filter((entry) => !entry.alone).length
  if (misspelt < 3 || misspelt * 40 < seen) return []
  return found.map(({edit, before, canonical}) => ({
    ...edit,
    ruleId: 'ocr-diacritics',
    reason: /[01]/.test(before) ? `OCR: "${before}" of "${canonical}" read as "${edit.text}"` : `OCR: "${before}" of "${canonical}" read with its tone marks`
  }))
}

/** Two words in capitals where a phrase has its second word in lower case: a name (`Thanh Trà`, not `thanh tra`). */
function isProperName(first: Word, second: Word, wanted: string): boolean {
  const capital = (value: string) => value.charAt(0) !== value.charAt(0).toLowerCase() && value.slice(1) === value.slice(1).toLowerCase()
  return wanted === wanted.toLowerCase() && capital(first.value) && capital(second.value)
}

/**
 * A word with a `1` or `0` among its letters, as the phrases fold it: `l`,
 * `o` (`1ãnh đạo` folds like `lãnh đạo`). The confusion pass leaves a digit
 * before a syllable (`1ao` may be one pond); inside a phrase of the genre it
 * is the letter.
 */
function readDigitsAsLetters(word: Word): Word {
  if (!/[01]/.test(word.folded) || !/\p{L}/u.test(word.folded)) return word
  return {...word, folded: word.folded.replace(/[01]/g, (digit) => letterFor[digit] as string)}
}

/** The genre's phrases whose folded words stand at `words[index…]`, apart as a phrase's words are (longest first). */
function phrasesAt(text: string, words: readonly Word[], index: number): readonly GenrePhrase[] {
  const candidates = genrePhrases.get((words[index] as Word).folded)
  if (!candidates) return []
  return candidates.filter((phrase) => {
    if (index + phrase.folded.length > words.length) return false
    for (let k = 1; k < phrase.folded.length; k++) {
      const word = words[index + k] as Word
      if (word.folded !== phrase.folded[k] || !gapBetween(text, words[index + k - 1] as Word, word)) return false
    }

    return true
  })
}

/** Words of a phrase: apart by white space, a comma or a hyphen. */
function gapBetween(text: string, a: Word, b: Word): boolean {
  return /^[ \t\n]*[,\-–]?[ \t\n]*$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 4
}
