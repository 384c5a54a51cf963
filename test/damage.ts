/**
 * Damage generators for the layout tests: the harm archives do to a
 * directive, built on purpose so that a test can compare the record of the
 * damaged text with the record of the clean one. Each is seeded and
 * deterministic.
 */

/** A small linear congruential generator: the same seed, the same damage. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 0x100000000
  }
}

/**
 * What a Vietnamese word segmenter makes of a text: about half the pairs of
 * adjacent syllables joined by `_` (a segmenter joins the syllables of a
 * word), and `,` `.` `;` `:` `)` set apart from the word before them, `(`
 * from the word after it.
 */
export function segment(text: string, seed = 1): string {
  const next = random(seed)
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/(\p{L}) (?=\p{L})/gu, (all, letter: string) => (next() < 0.5 ? `${letter}_` : all))
        .replace(/([\p{L}\p{N}])([,.;:)])(?=\s|$)/gu, '$1 $2')
        .replace(/\((?=\p{L})/gu, '( ')
    )
    .join('\n')
}

/** CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

/**
 * A gazette (Công báo) PDF conversion: every `every` lines a page ends with
 * a running head and the page number, as PDF-to-text gives them, and once a
 * digital-signature stamp.
 */
export function gazettePages(text: string, every = 25): string {
  const lines = text.split('\n')
  const out: string[] = []
  let page = 41
  lines.forEach((line, index) => {
    out.push(line)
    if (index > 0 && index % every === 0 && index < lines.length - 3) {
      if (page === 42) out.push('Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ', 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ', 'Ngày ký: 2026-06-02 08:06:58 +07:00', '')
      out.push(`CÔNG BÁO/Số 302/Ngày 02-06-2026 `, String(page++), ' ', ' ')
    }
  })
  return out.join('\n')
}
