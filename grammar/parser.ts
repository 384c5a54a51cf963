/**
 * The directive grammar: a Chevrotain CstParser over line tokens.
 *
 * A directive is front matter (header fields, title, subject, addressees),
 * a body (paragraphs, numbered items, bullets, tables), and back matter
 * (distribution list, signature, and whatever follows them, such as an
 * annex). Every part is optional and the header's columns may come in any
 * order. Where the shape of a line is not enough to place it, gates look at
 * the lines around it (`gates.ts`: a run of capitals after a title is the
 * subject, a short name after an office is the signer).
 *
 * One parser instance is built once and reused: set `input`, call
 * `document()`.
 */
import {CstParser, tokenMatcher, type IToken, type TokenType} from 'chevrotain'
import {
  addresseeContinues,
  backMatterAhead,
  boldSubjectContinues,
  continuesOnNextLine,
  frontContinues,
  headingSubjectAhead,
  isSubjectLine,
  namesTitleIssuer,
  pipeTableContinues,
  proseContinues,
  recipientContinues,
  signatureAhead,
  signatureContinues,
  type Reader,
  type State
} from './gates.js'
import * as t from './tokens.js'

/** The directive grammar; its look-ahead gates are in `gates.ts`. */
export class DirectiveParser extends CstParser implements Reader {
  /** What has been read so far of the current document (the gates read it). */
  state: State = {titleSeen: false, bodySeen: false, signatureFrom: 0, subjectSeen: false}

  constructor() {
    super(t.allTokens, {recoveryEnabled: true, maxLookahead: 2, nodeLocationTracking: 'onlyOffset'})
    this.performSelfAnalysis()
  }

  /** Read a new document's tokens. */
  begin(tokens: IToken[]): void {
    this.input = tokens
    this.state = {titleSeen: false, bodySeen: false, signatureFrom: 0, subjectSeen: false}
  }

  // ---------------------------------------------------------------- document

  public document = this.RULE('document', () => {
    this.OPTION({GATE: () => frontContinues(this), DEF: () => this.SUBRULE(this.front)})
    this.OPTION2({GATE: () => !backMatterAhead(this), DEF: () => this.SUBRULE(this.body)})
    this.MANY(() => this.SUBRULE(this.back))
    this.MANY2(() => this.SUBRULE(this.stray))
  })

  // ------------------------------------------------------------------ front

  /** Everything before the body, in whatever order the columns came. */
  public front = this.RULE('front', () => {
    this.AT_LEAST_ONE({
      GATE: () => frontContinues(this),
      DEF: () => this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {ALT: () => this.CONSUME(t.Separator)},
          {ALT: () => this.SUBRULE(this.headerField)},
          {GATE: () => !this.state.titleSeen, ALT: () => this.SUBRULE(this.issuer)},
          {GATE: () => !this.state.titleSeen, ALT: () => this.SUBRULE(this.title)},
          {GATE: () => headingSubjectAhead(this), ALT: () => this.SUBRULE(this.headingSubject)},
          {ALT: () => this.SUBRULE(this.subject)},
          {ALT: () => this.SUBRULE(this.addressees)},
          {ALT: () => this.SUBRULE(this.headerStray)},
          {ALT: () => this.CONSUME(t.Textish)}
        ]
      })
    })
  })

  /** A field of the header's columns. */
  public headerField = this.RULE('headerField', () => {
    this.OR([
      {ALT: () => this.CONSUME(t.PartyHeading)},
      {ALT: () => this.CONSUME(t.NationalTitle)},
      {ALT: () => this.CONSUME(t.Motto)},
      {ALT: () => this.CONSUME(t.NumberLine)},
      {ALT: () => this.CONSUME(t.PlaceDate)},
      {ALT: () => this.CONSUME(t.Marking)}
    ])
  })

  /** The issuing body: lines of capitals, possibly a superior body above it. */
  public issuer = this.RULE('issuer', () => {
    this.CONSUME(t.Upper)
    this.MANY({GATE: () => continuesOnNextLine(this), DEF: () => this.CONSUME2(t.Upper)})
  })

  /** `CHỈ THỊ`, `THÔNG BÁO Ý KIẾN …`, and the capitals that continue it. */
  public title = this.RULE('title', () => {
    this.CONSUME(t.Title)
    this.ACTION(() => {
      this.state.titleSeen = true
    })
    this.MANY({
      GATE: () => continuesOnNextLine(this) && isSubjectLine(this, this.LA(1)),
      DEF: () => this.CONSUME(t.Textish)
    })
    // `CỦA BỘ CHÍNH TRỊ` under `KẾT LUẬN`, a blank line between, names who concludes: the title goes on, the subject is the `về …` line after it.
    this.OPTION({
      GATE: () => tokenMatcher(this.LA(1), t.Blank) && tokenMatcher(this.LA(2), t.Upper) && namesTitleIssuer(this.LA(2)),
      DEF: () => {
        this.CONSUME(t.Blank)
        this.CONSUME(t.Upper)
      }
    })
  })

  /** The trích yếu: `V/v …`, `về …`, or capitals under a title. */
  public subject = this.RULE('subject', () => {
    this.ACTION(() => {
      this.state.subjectSeen = true
    })
    this.OR([
      {ALT: () => this.CONSUME(t.Subject)},
      {GATE: () => this.state.titleSeen, ALT: () => this.CONSUME(t.Upper)},
      {GATE: () => this.state.titleSeen, ALT: () => this.CONSUME(t.Title)}
    ])
    this.MANY({
      GATE: () => continuesOnNextLine(this) && isSubjectLine(this, this.LA(1)),
      DEF: () => this.CONSUME(t.Textish)
    })
  })

  /**
   * A trích yếu set as a markdown heading under the title, a blank line
   * between (OCR to markdown: `# THÔNG BÁO` / `# Kết luận của …`).
   */
  public headingSubject = this.RULE('headingSubject', () => {
    this.CONSUME(t.Text)
    this.ACTION(() => {
      this.state.subjectSeen = true
    })
    // A bold trích yếu wraps until its bold closes.
    this.MANY({GATE: () => boldSubjectContinues(this), DEF: () => this.CONSUME2(t.Text)})
  })

  /** `Kính gửi:` and its entries. */
  public addressees = this.RULE('addressees', () => {
    this.CONSUME(t.AddresseesOpener)
    this.ACTION(() => {
      this.state.addresseesSeen = true
    })
    this.MANY({
      GATE: () => addresseeContinues(this),
      DEF: () => {
        this.OR([
          {ALT: () => this.CONSUME(t.Bullet)},
          {ALT: () => this.CONSUME(t.LoneDash)},
          {ALT: () => this.CONSUME(t.Textish)},
          {ALT: () => this.CONSUME(t.Separator)},
          {ALT: () => this.CONSUME(t.PageNumber)},
          {ALT: () => this.CONSUME(t.SealMark)}
        ])
      }
    })
  })

  /** A line in the header that has no place there (a code, a stray mark). */
  public headerStray = this.RULE('headerStray', () => {
    this.OR([
      {ALT: () => this.CONSUME(t.Code)},
      {ALT: () => this.CONSUME(t.SealMark)},
      {ALT: () => this.CONSUME(t.PageNumber)},
      {ALT: () => this.CONSUME(t.Office)}
    ])
  })

  // ------------------------------------------------------------------- body

  /** The body: blocks until the distribution list or the signature. */
  public body = this.RULE('body', () => {
    this.AT_LEAST_ONE({
      GATE: () => !backMatterAhead(this),
      DEF: () => this.SUBRULE(this.block)
    })
  })

  /** One block of the body (or of an annex). */
  public block = this.RULE('block', () => {
    this.OR({IGNORE_AMBIGUITIES: true, DEF: [
      {ALT: () => this.SUBRULE(this.item)},
      {ALT: () => this.SUBRULE(this.bullet)},
      {ALT: () => this.SUBRULE(this.paragraph)},
      {ALT: () => this.SUBRULE(this.table)},
      {ALT: () => this.SUBRULE(this.pipeTable)},
      {ALT: () => this.CONSUME(t.Separator)},
      {ALT: () => this.CONSUME(t.PageNumber)},
      {ALT: () => this.CONSUME(t.EndMark)},
      {ALT: () => this.CONSUME(t.Code)},
      {ALT: () => this.CONSUME(t.LoneDash)},
      {ALT: () => this.CONSUME(t.SealMark)},
      {ALT: () => this.CONSUME(t.AddresseesOpener)},
      {ALT: () => this.CONSUME(t.PartyHeading)},
      {ALT: () => this.CONSUME(t.NationalTitle)},
      {ALT: () => this.CONSUME(t.Motto)}
    ]})
    this.ACTION(() => {
      this.state.bodySeen = true
    })
  })

  /** A numbered item's label line and the lines wrapped after it. */
  public item = this.RULE('item', () => {
    this.CONSUME(t.ItemLine)
    this.MANY({GATE: () => proseContinues(this), DEF: () => this.CONSUME(t.Textish)})
  })

  /** A dash or `+` bullet and its wrapped lines. */
  public bullet = this.RULE('bullet', () => {
    this.CONSUME(t.Bullet)
    this.MANY({GATE: () => proseContinues(this), DEF: () => this.CONSUME(t.Textish)})
  })

  /** Consecutive lines of prose. */
  public paragraph = this.RULE('paragraph', () => {
    this.CONSUME(t.Textish)
    this.MANY({GATE: () => proseContinues(this), DEF: () => this.CONSUME2(t.Textish)})
  })

  /** A markdown table: `| a | b |` rows. */
  public table = this.RULE('table', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(t.TableRow))
  })

  /**
   * A table flattened by a converter: each cell on lines of its own between
   * `|` lines, rows ending with two `|` in a row.
   */
  public pipeTable = this.RULE('pipeTable', () => {
    this.CONSUME(t.Pipe)
    this.MANY({
      GATE: () => pipeTableContinues(this),
      DEF: () => {
        this.OR([
          {ALT: () => this.CONSUME2(t.Pipe)},
          {ALT: () => this.CONSUME(t.Textish)},
          {ALT: () => this.CONSUME(t.ItemLine)},
          {ALT: () => this.CONSUME(t.Bullet)},
          {ALT: () => this.CONSUME(t.PageNumber)},
          {ALT: () => this.CONSUME(t.PageBreak)},
          {ALT: () => this.CONSUME(t.SealMark)},
          {ALT: () => this.CONSUME(t.Code)},
          {ALT: () => this.CONSUME(t.LoneDash)},
          {ALT: () => this.CONSUME(t.Decoration)},
          {ALT: () => this.CONSUME(t.Rule)},
          {ALT: () => this.CONSUME(t.Blank)}
        ]) 
      }
    })
  })

  // ------------------------------------------------------------------- back

  /** Back matter: the distribution list, the signature, and what follows. */
  public back = this.RULE('back', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {ALT: () => this.SUBRULE(this.distribution)},
        {GATE: () => signatureAhead(this), ALT: () => this.SUBRULE(this.signature)},
        {ALT: () => this.SUBRULE(this.block)}
      ]
    })
  })

  /** `Nơi nhận:` and its lines. */
  public distribution = this.RULE('distribution', () => {
    const opener = this.CONSUME(t.DistributionOpener)
    this.ACTION(() => {
      this.state.distributionLine = opener.endLine ?? opener.startLine
    })
    this.MANY({
      GATE: () => recipientContinues(this),
      DEF: () => {
        this.OR([
          {ALT: () => this.CONSUME(t.Bullet)},
          {ALT: () => this.CONSUME(t.LoneDash)},
          {ALT: () => this.CONSUME(t.Textish)},
          {ALT: () => this.CONSUME(t.Separator)},
          {ALT: () => this.CONSUME(t.PageNumber)},
          {ALT: () => this.CONSUME(t.SealMark)}
        ])
      }
    })
  })

  /** Authority marks, offices, seal marks and the signer's name. */
  public signature = this.RULE('signature', () => {
    this.ACTION(() => {
      this.state.signatureFrom = this.LA(1).startOffset
    })
    this.AT_LEAST_ONE({
      GATE: () => signatureContinues(this),
      DEF: () => {
        this.OR([
          {ALT: () => this.CONSUME(t.Authority)},
          {ALT: () => this.CONSUME(t.Office)},
          {ALT: () => this.CONSUME(t.SealMark)},
          {ALT: () => this.CONSUME(t.Upper)},
          {ALT: () => this.CONSUME(t.Text)},
          {ALT: () => this.CONSUME(t.Separator)},
          {ALT: () => this.CONSUME(t.PageNumber)}
        ])
      }
    })
  })

  /** Anything left: kept, and reported by the tree builder. */
  public stray = this.RULE('stray', () => {
    this.OR(t.allTokens.filter((type) => !isAbstract(type)).map((type) => ({ALT: () => this.CONSUME(type)})))
  })

  /** The token `k` ahead, for the gates (`LA` is protected). */
  at(k: number): IToken {
    return this.LA(k)
  }
}

function isAbstract(type: TokenType): boolean {
  return type === t.Textish || type === t.Separator || type === t.HeaderField || type === t.Newline || type === t.Spaces
}

let instance: DirectiveParser | undefined
/** The one parser instance, built on first use: `import 'chithi'` does not pay for the grammar's analysis. */
export const parser = (): DirectiveParser => (instance ??= new DirectiveParser())
