/**
 * Fields a Word or docx export breaks over lines: `Số:` on a line and the
 * number on the next (blank lines between, from the table cell), a number
 * cut at its hyphen (`Số: 12/CT-` / `UBND`), `Nơi` / `nhận:`. The line break
 * between the two halves is read as a space (or as nothing inside a number),
 * so the line grammar sees the field on one line. The labels are data.
 */
import {fold} from './fold.js'

/** A label a line may end with, and what the next line must start with for the two to be one field. */
interface SplitLabel {
  name: string
  /** The line so far (folded, trimmed). */
  line: RegExp
  /** The next line (folded, trimmed). */
  next: RegExp
  /** Joined without a space (a number cut at its hyphen). */
  tight: boolean
  /** Only in the header: within the first lines, the label capitalised (`Số`, not the `số` of a sentence). */
  header: boolean
}

/** How far the header goes, in lines. */
const headerLines = 30

const splitLabels: readonly SplitLabel[] = [
  {name: '`Số:` and the number', line: /^[*_]*so[*_]*\s?:?[*_]*$/, next: /^[*_]*[\d/][\p{L}\d./-]{0,40}[*_]*$/u, tight: false, header: true},
  {name: 'a number cut at its hyphen', line: /^[*_]*so\s?:?\s?[\d/][\p{L}\d./]{0,30}[-/]$/u, next: /^[\p{L}\d][\p{L}\d./-]{0,30}[*_]*$/u, tight: true, header: true},
  {name: '`Nơi nhận`', line: /^[*_]*noi$/, next: /^nhan\s?:/, tight: false, header: false},
  {name: '`Kính gửi`', line: /^[*_]*kinh$/, next: /^gui\s?:/, tight: false, header: false}
]

/** A line break to read as a space (or as nothing): `[start, end)` is the white space between the two halves. */
export interface SplitField {
  name: string
  start: number
  end: number
  text: '' | ' '
}

/** Fields broken over lines, in order. */
export function splitFields(text: string): SplitField[] {
  // Cheap test first: none of the labels, nothing to do.
  if (!/s[oố]|n[oơ]i|k[ií]nh/iu.test(text)) return []
  const lines: Array<{start: number; end: number; folded: string}> = []
  let start = 0
  for (;;) {
    const next = text.indexOf('\n', start)
    const end = next === -1 ? text.length : next
    lines.push({start, end, folded: fold(text.slice(start, end)).trim()})
    if (next === -1) break
    start = next + 1
  }

  const out: SplitField[] = []
  lines.forEach((line, index) => {
    if (line.folded.length > 40) return
    const label = splitLabels.find((each) => each.line.test(line.folded))
    if (!label) return
    if (label.header && (index >= headerLines || !/^[\s*_]*S/u.test(text.slice(line.start, line.end)))) return
    // The next line with words, past two blank lines at most.
    let at = index + 1
    while (at < lines.length && at <= index + 3 && (lines[at] as {folded: string}).folded === '') at++
    const next = lines[at]
    if (!next || next.folded === '' || !label.next.test(next.folded)) return
    // The upper-case code of a number goes on in capitals (`UBND`), not in a sentence.
    if (label.tight && /\p{Ll}/u.test(text.slice(next.start, next.end))) return
    let from = line.end
    while (from > line.start && /[ \t]/.test(text[from - 1] ?? '')) from--
    let to = next.start
    while (to < next.end && /[ \t]/.test(text[to] ?? '')) to++
    out.push({name: label.name, start: from, end: to, text: label.tight ? '' : ' '})
  })

  return out
}
