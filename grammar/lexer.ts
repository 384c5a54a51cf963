/**
 * The line lexer: text in, one token per line (or per column of a header
 * line) out. Newlines and the spaces between columns are skipped; every other
 * character of the text lies inside exactly one token.
 */
import {Lexer, type ILexingResult} from 'chevrotain'
import {stripDiacritics} from '../src/text/fold.js'
import {beginScan, endScan} from './lines.js'
import {allTokens} from './tokens.js'

const lexer = new Lexer(allTokens, {
  positionTracking: 'full',
  ensureOptimizations: false,
  skipValidations: true
})

/** Tokenize normalised (NFC, LF) text. */
export function tokenize(text: string): ILexingResult {
  const shadow = stripDiacritics(text)
  beginScan(shadow, text)
  try {
    return lexer.tokenize(shadow)
  } finally {
    endScan()
  }
}
