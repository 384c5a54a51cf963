/**
 * Conversion residue: what an OCR or PDF-to-markdown converter leaves in the
 * text that is not the directive's words. Image links (`![](images/….jpg)`,
 * `<img src=…>`), LaTeX math (`$\mathbf { k } \acute { e } .$`, `$$…$$`) and
 * LaTeX formatting commands (`\textbf{` … `}`, whose content is words). The
 * tree keeps them as markers (`residue`), so nothing is lost, and the words
 * around them read as if they were not there.
 */

/** What a piece of residue is. */
export type ResidueKind = 'image' | 'html' | 'latex'

/** A piece of residue, `[start, end)` in the text given. */
export interface Residue {
  kind: ResidueKind
  start: number
  end: number
}

/** LaTeX commands that only format their argument: the command and its braces are residue, the argument words. */
const formatting: readonly string[] = ['textbf', 'textit', 'textrm', 'textup', 'emph', 'underline', 'text', 'mathrm', 'mathbf', 'bf', 'it']
/** LaTeX commands that stand alone (line breaks, rules). */
const standalone: readonly string[] = ['newline', 'hline', 'hfill', 'vspace', 'hspace', 'noindent', 'par', 'quad', 'qquad']

// Each pattern is linear: no nested quantifiers over the same characters, one line at most.
const image = /!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)/g
const html = /<\/?(?:img|br|sup|sub|span|div|p)\b[^<>\n]{0,500}>/gi
const math = /\$\$[^$\n]{1,500}\$\$|\$[^$\n]{1,500}\$/g
const formatOpen = new RegExp(`\\\\(?:${formatting.join('|')})\\s?\\{`, 'g')
const command = new RegExp(`\\\\(?:${standalone.join('|')})\\b(?:\\{[^{}\\n]{0,50}\\})?|\\\\\\\\`, 'g')

/** The residue in a text, in order, not overlapping. */
export function residueSpans(text: string): Residue[] {
  // A cheap test first: most texts have none of these characters.
  if (!/[$\\<]|!\[/.test(text)) return []
  const found: Residue[] = []
  for (const match of text.matchAll(image)) found.push({kind: 'image', start: match.index, end: match.index + match[0].length})
  for (const match of text.matchAll(html)) found.push({kind: 'html', start: match.index, end: match.index + match[0].length})
  for (const match of text.matchAll(math)) {
    // Math, not money: a formula has a command, a brace, a sub- or superscript.
    if (/[\\{}^_]/.test(match[0])) found.push({kind: 'latex', start: match.index, end: match.index + match[0].length})
  }

  for (const match of text.matchAll(formatOpen)) {
    const start = match.index
    const open = start + match[0].length
    found.push({kind: 'latex', start, end: open})
    const close = text.indexOf('}', open)
    const line = text.indexOf('\n', open)
    if (close !== -1 && (line === -1 || close < line)) found.push({kind: 'latex', start: close, end: close + 1})
  }

  for (const match of text.matchAll(command)) found.push({kind: 'latex', start: match.index, end: match.index + match[0].length})
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Residue[] = []
  for (const each of found) {
    const last = out[out.length - 1]
    if (last && each.start < last.end) continue
    out.push(each)
  }

  return out
}
