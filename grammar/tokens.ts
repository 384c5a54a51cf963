/**
 * The line lexer's vocabulary: one token type per kind of line (or of a
 * column of a header line), with Chevrotain categories grouping them for the
 * parser.
 *
 * Each token type's pattern is a custom matcher on the shadow text (see
 * `patterns.ts`); `lines.ts` holds the matchers.
 */
import {createToken, Lexer, type TokenType} from 'chevrotain'
import {match, type LineKind} from './lines.js'

/** Any line the body can read as prose. */
export const Textish = createToken({name: 'Textish', pattern: Lexer.NA})
/** Lines that separate blocks and carry no words. */
export const Separator = createToken({name: 'Separator', pattern: Lexer.NA})
/** Header lines that sit in the header's columns. */
export const HeaderField = createToken({name: 'HeaderField', pattern: Lexer.NA})

function line(name: LineKind, categories: TokenType[], lineBreaks = false): TokenType {
  return createToken({
    name,
    pattern: {exec: (text, offset) => match(name, text, offset)},
    line_breaks: lineBreaks,
    categories
  })
}

// Blank lines and the white space between tokens.
export const Blank = line('Blank', [Separator], true)
export const Newline = createToken({name: 'Newline', pattern: /\n/, group: Lexer.SKIPPED, line_breaks: true})
export const Spaces = createToken({name: 'Spaces', pattern: /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\v]+/, group: Lexer.SKIPPED})

// Layout residue.
export const PageBreak = line('PageBreak', [Separator])
export const Rule = line('Rule', [Separator])
export const Pipe = line('Pipe', [Separator])
export const TableRow = line('TableRow', [])
export const Star = line('Star', [Separator])
export const SealMark = line('SealMark', [])
export const Decoration = line('Decoration', [Separator])

// Header fields.
export const PartyHeading = line('PartyHeading', [HeaderField], true)
export const NationalTitle = line('NationalTitle', [HeaderField], true)
export const Motto = line('Motto', [HeaderField], true)
export const NumberLine = line('NumberLine', [HeaderField, Textish])
export const PlaceDate = line('PlaceDate', [HeaderField, Textish], true)
export const Marking = line('Marking', [HeaderField, Textish])

// Openers of the parts.
export const AddresseesOpener = line('AddresseesOpener', [])
export const DistributionOpener = line('DistributionOpener', [])
export const Authority = line('Authority', [])
export const Office = line('Office', [Textish])
export const Title = line('Title', [Textish])
export const Subject = line('Subject', [Textish])

// Body lines.
export const ItemLine = line('ItemLine', [])
export const LoneDash = line('LoneDash', [])
export const Bullet = line('Bullet', [])
export const Archive = line('Archive', [Textish])
export const PageNumber = line('PageNumber', [])
export const Code = line('Code', [])
export const EndMark = line('EndMark', [])
export const Upper = line('Upper', [Textish])
export const Text = line('Text', [Textish])

/**
 * Every token type, in the order the lexer tries them. The line classifier
 * decides which kind starts at an offset, so only one type can match there;
 * the order only puts the frequent kinds first (the lexer tries types in turn).
 */
export const allTokens: TokenType[] = [
  Textish,
  Separator,
  HeaderField,
  Blank,
  Newline,
  Spaces,
  Text,
  Bullet,
  ItemLine,
  Upper,
  Pipe,
  EndMark,
  PageBreak,
  Rule,
  TableRow,
  Star,
  SealMark,
  Decoration,
  PartyHeading,
  NationalTitle,
  Motto,
  AddresseesOpener,
  DistributionOpener,
  Authority,
  NumberLine,
  PlaceDate,
  Marking,
  Office,
  Title,
  Subject,
  LoneDash,
  Archive,
  PageNumber,
  Code
]
