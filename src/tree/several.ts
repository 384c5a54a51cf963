/**
 * A file that holds several directives, one after another (archives
 * concatenate them): after the first one's signature, a new header starts
 * another. The tree keeps every line, but the record reads one directive, so
 * the start of the next is said with a message.
 */
import type {IToken} from 'chevrotain'
import {kindOf} from './cst.js'
import type {Context} from './leaves.js'
import type {RootContent} from './types.js'

/** Kinds of line that open a directive (its header, or its addressees when it has no header) and never follow a signature in one. */
const headerOpeners = new Set(['NationalTitle', 'PartyHeading', 'AddresseesOpener'])

/** The start of an annex or of a form, as the shadow text reads it. */
const annexStart = /^[\s*_#]*(?:PHU[ \t]+LUC|Phu[ \t]+luc|Mau[ \t]+so|MAU[ \t]+SO)\b/

/** Warn at each header that starts another directive after a signature. */
export function reportSeveralDirectives(context: Context, tokens: readonly IToken[], children: readonly RootContent[]): void {
  const signature = children.find((child) => child.type === 'signature')
  let after = signature?.position?.end.offset
  if (after === undefined) return
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as IToken
    if (token.startOffset < after) continue
    const kind = kindOf(token)
    // An annex (`PHỤ LỤC`) or a form (`Mẫu số 01`) after the signature holds forms with headers of their own: not new directives.
    if (annexStart.test(token.image)) return
    // A number and symbol with a place and date just after it is a header too, without the national title.
    const opens = headerOpeners.has(kind) || (kind === 'NumberLine' && tokens.slice(index + 1, index + 6).some((next) => kindOf(next) === 'PlaceDate'))
    if (!opens) continue
    const end = token.startOffset + token.image.trimEnd().length
    context.report.warn(
      'Another directive starts here, after the signature of the first: the record holds the first only (split the file to read each)',
      context.source.position(token.startOffset, end),
      'several-directives'
    )
    // The next one is looked for after this one's signature.
    const next = children.find((child) => child.type === 'signature' && (child.position?.start.offset ?? 0) > token.startOffset)
    after = next?.position?.end.offset ?? Number.POSITIVE_INFINITY
  }
}
