/**
 * The closing: where the paragraphs that hand the document over start.
 */
import {lineSpans} from '../../grammar/spans.js'
import {fold} from '../text/fold.js'
import {endOf} from './cst.js'
import type {Context} from './leaves.js'
import type {Lines, Raw} from './raw.js'

/**
 * Where the closing starts: the first paragraph after the last numbered item
 * that hands the document over ("Giao …", "Ban Thường vụ Tỉnh ủy giao …",
 * "… thực hiện Công văn này", "Trong quá trình thực hiện …").
 */
export function findClosing(context: Context, raws: Raw[]): number {
  let lastItem = -1
  raws.forEach((raw, index) => {
    if (raw.kind === 'lines' && raw.role === 'item') lastItem = index
  })
  if (lastItem === -1) return -1
  // An item that is only a heading (`5. Về việc …:`) owns the paragraph under it.
  const item = raws[lastItem] as Lines
  const heading = linesText(context, item)
  let first = lastItem + 1
  // … and so does one whose label stands alone on its line (`**3.****`, the text on the next).
  const label = item.runs[0]?.[0]
  const words = linesText(context, item, label ? lineSpans(label).label?.end : undefined)
  // A section's title (`VII. Tổ chức thực hiện`) owns every paragraph under it: there is no closing after it;
  // so does an article (`Điều 4. … Các Bộ trưởng … chịu trách nhiệm thi hành Nghị quyết này`).
  if (isTitle(words) || isArticle(context, item)) return -1
  if (/:\s*$/.test(heading) || !/[\p{L}\p{N}]/u.test(words)) {
    while (first < raws.length && (raws[first] as Raw).kind !== 'lines') first++
    first++
  }

  for (let index = first; index < raws.length; index++) {
    const raw = raws[index] as Raw
    if (raw.kind !== 'lines' || raw.role !== 'paragraph') continue
    if (isClosing(fold(linesText(context, raw)))) return index
  }

  return -1
}

const documentWords = '(?:cong van|chi thi|ke hoach|thong bao|nghi quyet|ket luan|cong dien|huong dan|quy dinh|quyet dinh|van ban|chuong trinh|de an|thong tri)'
const closingCues = [
  /^giao\b/,
  /^tren day la\b/,
  /^(?:yeu cau|de nghi)\b/,
  new RegExp(`^${documentWords} nay\\b`),
  /^trong qua trinh (?:trien khai |to chuc )?thuc hien\b/,
  /^qua trinh (?:trien khai |to chuc )?thuc hien\b/,
  /^(?:ban thuong vu|thuong truc|ban bi thu|bo chinh tri|uy ban nhan dan|ubnd|chu tich|thu tuong)[^.;]{0,60}\b(?:giao|yeu cau|de nghi|tin tuong|chi dao)\b/,
  new RegExp(`\\b(?:thuc hien|trien khai|thi hanh|quan triet)[^.;]{0,40}\\b${documentWords} nay\\b`),
  /\btin tuong\b/
]

/** An item labelled as an article (`Điều 4.`, OCR'd `Dieu 4.`). */
function isArticle(context: Context, item: Lines): boolean {
  const label = item.runs[0]?.[0]
  const span = label ? lineSpans(label).label : undefined
  return span !== undefined && /^dieu\b/.test(fold(context.source.text.slice(span.start, span.end)))
}

/** An item's words that are a section's title: a few words, not a sentence. */
function isTitle(words: string): boolean {
  return /\p{L}/u.test(words) && !/[.;:,!?]\s*$/u.test(words) && words.split(' ').length <= 8
}

function isClosing(folded: string): boolean {
  const text = folded.replace(/^[^a-z0-9]+/, '')
  return closingCues.some((cue) => cue.test(text))
}

/** The words of some lines, markdown out (from offset `from` on, when given). */
function linesText(context: Context, lines: Lines, from?: number): string {
  return lines.runs
    .flat()
    .map((token) => context.source.text.slice(Math.max(token.startOffset, from ?? 0), endOf(token)))
    .join(' ')
    .replace(/[*_#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
