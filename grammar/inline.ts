/**
 * The inline lexer: markdown markers a converter left in paragraph text
 * (`**`, `__`, `*`) and the runs of text between them.
 */
import {createToken, Lexer, type IToken} from 'chevrotain'

export const StrongMark = createToken({name: 'StrongMark', pattern: /\*\*|__/})
export const EmphasisMark = createToken({name: 'EmphasisMark', pattern: /\*/})
export const Run = createToken({name: 'Run', pattern: /[^*_]+|_/, line_breaks: true})

const inlineLexer = new Lexer([StrongMark, EmphasisMark, Run], {
  positionTracking: 'onlyOffset',
  // `Run` is a complement set, which defeats the first-character optimisation.
  ensureOptimizations: false,
  skipValidations: true
})

/** Tokenize a span of paragraph text; offsets are relative to `text`. */
export function tokenizeInline(text: string): IToken[] {
  return inlineLexer.tokenize(text).tokens
}
