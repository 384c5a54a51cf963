/**
 * Running heads: a one-line paragraph repeated on several pages.
 */
import type {IToken} from 'chevrotain'
import {endOf} from './cst.js'
import type {Context} from './leaves.js'
import type {Lines, Raw} from './raw.js'

/** A one-line paragraph repeated three times or more is a running header. */
export function markRunningHeaders(context: Context, raws: Raw[]): Raw[] {
  const counts = new Map<string, number>()
  const keyOf = (raw: Raw): string | undefined => {
    if (raw.kind !== 'lines' || raw.role !== 'paragraph' || raw.runs[0]?.length !== 1) return undefined
    const token = raw.runs[0][0] as IToken
    const text = context.source.text.slice(token.startOffset, endOf(token)).trim()
    // A label such as `Ví dụ:` may repeat; a running header does not end with a colon.
    return text.length > 0 && text.length <= 100 && !/:[\s*_]*$/.test(text) ? text : undefined
  }

  for (const raw of raws) {
    const key = keyOf(raw)
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  return raws.map((raw) => {
    const key = keyOf(raw)
    if (!key || (counts.get(key) ?? 0) < 3) return raw
    return {kind: 'running', token: (raw as Lines).runs[0]?.[0] as IToken}
  })
}
