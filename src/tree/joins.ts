/**
 * Where paragraphs begin and end when the layout hides it: a paragraph cut by
 * a page break joined again, a line closing a parenthesis or opening with the
 * hyphen of a compound joined to the lines above, and hard-wrapped text
 * without blank lines cut into paragraphs.
 */
import type {IToken} from 'chevrotain'
import {isCapitals} from '../../grammar/lines.js'
import {maximum} from '../append.js'
import {endOf, kindOf} from './cst.js'
import type {Context} from './leaves.js'
import type {Lines, Raw} from './raw.js'

// What lies between the two halves of a paragraph cut by a page: blank lines, the page's running head and number, a signature stamp.
const gapKinds = new Set(['Blank', 'PageBreak', 'PageNumber', 'Decoration', 'SealMark'])

/**
 * A paragraph cut in mid-sentence by a page break ("… trong thực" / "hiện
 * các chỉ đạo …", "… tuyên truyền sâu rộng" / "Luật Lâm nghiệp …") is one
 * paragraph: join the part after the break to the part before it.
 */
export function joinPageBreaks(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  let index = 0
  while (index < raws.length) {
    const raw = raws[index] as Raw
    out.push(raw)
    index++
    if (raw.kind !== 'lines') continue

    let current = raw
    for (;;) {
      let next = index
      const gap: IToken[] = []
      while (next < raws.length) {
        const between = raws[next] as Raw
        if (between.kind !== 'token' || !gapKinds.has(kindOf(between.token))) break
        gap.push(between.token)
        next++
      }

      const after = raws[next]
      if (!after || after.kind !== 'lines' || after.role !== 'paragraph') break
      const hasBreak = gap.some((token) => kindOf(token) !== 'Decoration')
      if (!hasBreak) break
      // Cut mid-sentence: the part after the break starts in lower case, or (across a page) the part before ran to the margin.
      const acrossPage = gap.some((token) => kindOf(token) === 'PageBreak' || kindOf(token) === 'PageNumber' || kindOf(token) === 'SealMark')
      // … or, across a page, a bold span left open before the break closes after it (`**4. Sở` / page / `Tài chính**`), or the prose before ends on a comma or a word in lower case (`Chủ tịch UBND tỉnh yêu cầu` / page / `Thủ trưởng các sở …`).
      const joins =
        (acrossPage && openEmphasis(context, current)) ||
        (endsMidSentence(context, current) &&
          (startsMidSentence(context, after) ||
            // (A heading whose bold closed, `**4. Bảo vệ môi trường …**`, ended before the page: a capital after it starts its paragraph.)
            (acrossPage && isWrapped(context, current) && !(startsHeading(context, current) && !openEmphasis(context, current)) && (runsToMargin(context, current) || runsOn(context, current)))))
      if (!joins) break
      const joined: Lines = {
        kind: 'lines',
        role: current.role,
        runs: [...current.runs, ...after.runs],
        // Every token of the gap keeps its place (a `**` decoration line too: it is a marker, not lost); blank lines give no leaf.
        gaps: [...current.gaps, ...gap, ...after.gaps]
      }
      const first = after.runs[0]?.[0] as IToken
      context.report.info(
        'Paragraph split by a page break joined again',
        context.source.position(first.startOffset, first.startOffset),
        'page-break-joined'
      )
      out[out.length - 1] = joined
      current = joined
      index = next + 1
    }
  }

  return out
}

/**
 * A line that starts `24):` or `3).` right under a line that left a
 * parenthesis open (`*(Khoản 1, Điều` / `24):*`) closes that parenthesis,
 * and a line opening with the hyphen of a compound cut by the wrap: each
 * goes on with the lines above, neither is an item or a bullet.
 */
export function joinClosedParentheses(context: Context, raws: Raw[]): Raw[] {
  const out: Raw[] = []
  for (const raw of raws) {
    const previous = out[out.length - 1]
    if (raw.kind === 'lines' && previous?.kind === 'lines' && ((raw.role === 'item' && closesOpenParenthesis(context, previous, raw)) || (raw.role === 'bullet' && wrapsAtHyphen(context, previous, raw)))) {
      const runs = previous.runs.slice(0, -1)
      const [first, ...rest] = raw.runs
      out[out.length - 1] = {...previous, runs: [...runs, [...(previous.runs[previous.runs.length - 1] as IToken[]), ...(first ?? [])], ...rest], gaps: [...previous.gaps, ...raw.gaps]}
      continue
    }

    out.push(raw)
  }

  return out
}

/**
 * `… phối hợp tổ chức chính trị` / `- xã hội tại địa phương thực hiện …`: a
 * line cut before the hyphen of a compound, the next line opening with it
 * and a word in lower case, under a line that ran to the margin without a
 * stop. It goes on with the lines above; it is no dash bullet.
 */
function wrapsAtHyphen(context: Context, previous: Lines, raw: Lines): boolean {
  const first = raw.runs[0]?.[0]
  const run = previous.runs[previous.runs.length - 1]
  const last = run?.[run.length - 1]
  if (!first || !last || (first.startLine ?? 0) - (last.endLine ?? last.startLine ?? 0) !== 1) return false
  if (!/^[ \t]*-[ \t]+\p{Ll}/u.test(context.source.text.slice(first.startOffset, endOf(first)))) return false
  const above = lastLine(context, previous)
  return above.length >= 50 && /\p{L}$/u.test(above)
}

function closesOpenParenthesis(context: Context, previous: Lines, raw: Lines): boolean {
  const first = raw.runs[0]?.[0]
  const run = previous.runs[previous.runs.length - 1]
  const last = run?.[run.length - 1]
  if (!first || !last || (first.startLine ?? 0) - (last.endLine ?? last.startLine ?? 0) !== 1) return false
  if (!/^[\s*_]*[0-9a-zđ]{1,3}\)/u.test(context.source.text.slice(first.startOffset, endOf(first)))) return false
  const above = lastLine(context, previous)
  return above.split('(').length > above.split(')').length
}

function lastLine(context: Context, lines: Lines): string {
  const run = lines.runs[lines.runs.length - 1] as IToken[]
  const token = run[run.length - 1] as IToken
  return context.source.text.slice(token.startOffset, endOf(token)).replace(/[*_]+\s*$/, '').trimEnd()
}

/** Lines wrapped at a page's width (a PDF's), not paragraphs each on one long line (a web page's): only these say by their length or last word that they go on. */
function isWrapped(context: Context, lines: Lines): boolean {
  return lastLine(context, lines).trim().length <= 160
}

/** The last line runs to the margin (50 characters or more), or ends a block of prose three lines long or more (not a heading in bold or capitals). */
function runsToMargin(context: Context, lines: Lines): boolean {
  const last = lastLine(context, lines)
  if (last.trim().length >= 50) return true
  return lines.runs.flat().length >= 3 && !isCapitals(last) && !startsHeading(context, lines)
}

/** The block opens with bold or a markdown heading. */
function startsHeading(context: Context, lines: Lines): boolean {
  const first = lines.runs[0]?.[0]
  return !first || /^\s*(?:[*_]{2}|#)/.test(context.source.text.slice(first.startOffset, endOf(first)))
}

function endsMidSentence(context: Context, lines: Lines): boolean {
  // (… or on the hyphen of a compound, `chính trị -` / page / `xã hội`.)
  return /(?:[\p{L}\p{N},]|\s[-–])$/u.test(lastLine(context, lines))
}

/** Prose (not a heading: no bold, not in capitals) whose last line stops on a comma, or (no label) on a lower-case word. */
function runsOn(context: Context, lines: Lines): boolean {
  if (startsHeading(context, lines)) return false
  // An item's line may end on a word in lower case as a heading does (`1. Giai đoạn chuẩn bị`), not on a comma.
  return (lines.role === 'paragraph' ? /(?:\p{Ll}|,)$/u : /,$/u).test(lastLine(context, lines))
}

/** The lines leave a `**` bold span open. */
function openEmphasis(context: Context, lines: Lines): boolean {
  let count = 0
  for (const run of lines.runs) for (const token of run) count += context.source.text.slice(token.startOffset, endOf(token)).split('**').length - 1
  return count % 2 === 1
}

function startsMidSentence(context: Context, lines: Lines): boolean {
  const token = lines.runs[0]?.[0] as IToken
  const text = context.source.text.slice(token.startOffset, endOf(token)).replace(/^[\s*_]+/, '')
  return /^\p{Ll}/u.test(text)
}

/**
 * Text converted from PDF runs paragraphs together, wrapped at a fixed width.
 * A line that ends a sentence well short of that width, followed by a line
 * that starts with a capital, ends a paragraph.
 */
export function splitHardWrapped(context: Context, lines: Lines): Lines[] {
  const tokens = lines.runs.flat()
  if (tokens.length < 3) return [lines]
  const texts = tokens.map((token) => context.source.text.slice(token.startOffset, endOf(token)).trim())
  const width = maximum(texts.map((text) => text.length))
  if (width < 50) return [lines]
  // Lines cut apart by a page turn (the runs of a joined paragraph) are never split there.
  const runOf = new Map(lines.runs.flatMap((run, index) => run.map((token) => [token, index] as const)))

  const cuts: number[] = []
  for (let index = 0; index < tokens.length - 1; index++) {
    if (runOf.get(tokens[index] as IToken) !== runOf.get(tokens[index + 1] as IToken)) continue
    const text = texts[index] as string
    const next = (texts[index + 1] as string).replace(/^[*_\s]+/, '')
    const ends = /[.:;!?][)”"*_]*$/.test(text) && text.length < width * 0.75
    if (ends && /^[\p{Lu}\d“"(]/u.test(next)) cuts.push(index + 1)
  }

  if (cuts.length === 0) return [lines]
  return [0, ...cuts].map((from, index) => {
    const to = cuts[index] ?? tokens.length
    const first = (tokens[from] as IToken).startOffset
    const last = (tokens[to - 1] as IToken).startOffset
    const runs = lines.runs.map((run) => run.filter((token) => token.startOffset >= first && token.startOffset <= last)).filter((run) => run.length > 0)
    const gaps = lines.gaps.filter((token) => token.startOffset > first && token.startOffset < last)
    return {kind: 'lines', role: from === 0 ? lines.role : 'paragraph', runs, gaps}
  })
}
