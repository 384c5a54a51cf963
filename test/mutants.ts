/**
 * Mutants of a directive for the property tests: the unlucky edits a text
 * meets on its way to us (a page break anywhere, a converter's `**` line, an
 * invisible character alone on a line, a line lost, doubled or joined to the
 * next), seeded and deterministic.
 */
import {random} from './damage.js'

const pageBreaks = ['[page 3]', '\f', 'Trang 2', '-- PAGE BREAK --', 'CÔNG BÁO/Số 302/Ngày 02-06-2026', '- 3 -', '<!-- page break -->']

/** `text` with `count` edits, chosen by `seed`; page breaks land inside the addressees and the signature block too. */
export function mutant(text: string, seed: number, count = 4): string {
  const next = random(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T
  const lines = text.split('\n')
  // Page breaks where the grammar expects none: in the addressees, and between a signer's office and name.
  const addressees = lines.findIndex((line) => /^\s*(?:Kính gửi|Nơi nhận)/u.test(line))
  if (addressees >= 0 && next() < 0.5) lines.splice(addressees + 2, 0, pick(pageBreaks))
  if (next() < 0.5) {
    let last = lines.length - 1
    while (last > 0 && (lines[last] ?? '').trim() === '') last--
    lines.splice(last, 0, pick(pageBreaks))
  }

  for (let edit = 0; edit < count; edit++) {
    const at = Math.floor(next() * lines.length)
    const kind = Math.floor(next() * 6)
    if (kind === 0) lines.splice(at, 0, pick(pageBreaks))
    else if (kind === 1) lines.splice(at, 0, '**', '')
    else if (kind === 2) lines.splice(at, 0, pick(['\u200B', '\uFEFF', '\u00AD', ' \u200B ']))
    else if (kind === 3) lines.splice(at, 1)
    else if (kind === 4) lines.splice(at, 0, lines[at] ?? '')
    else lines.splice(at, 2, `${lines[at] ?? ''} ${lines[at + 1] ?? ''}`)
  }

  return lines.join('\n')
}
