/**
 * The directive grammar: a Chevrotain CstParser over line tokens.
 *
 * A directive is front matter (header fields, title, subject, addressees),
 * a body (paragraphs, numbered items, bullets, tables), and back matter
 * (distribution list, signature, and whatever follows them, such as an
 * annex). Every part is optional and the header's columns may come in any
 * order. Where the shape of a line is not enough to place it, gates look at
 * the lines around it (a run of capitals after a title is the subject, a short
 * name after an office is the signer).
 *
 * One parser instance is built once and reused: set `input`, call
 * `document()`.
 */
import {CstParser, EOF, tokenMatcher, type IToken, type TokenType} from 'chevrotain'
import {isCapitals, isUpper} from './lines.js'
import * as t from './tokens.js'

/** The parser's state while it reads one document. */
interface State {
  titleSeen: boolean
  bodySeen: boolean
  /** Offset where the signature being read starts (its name ends it). */
  signatureFrom: number
  subjectSeen: boolean
  /** A `Kính gửi:` list was read: a trích yếu comes before it, so a `Về …` line after it is prose. */
  addresseesSeen?: boolean
  /** The last line of the `Nơi nhận:` opener being read (its first entry may come after a blank line). */
  distributionLine?: number
}

export class DirectiveParser extends CstParser {
  private state: State = {titleSeen: false, bodySeen: false, signatureFrom: 0, subjectSeen: false}

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
    this.OPTION({GATE: () => this.frontContinues(), DEF: () => this.SUBRULE(this.front)})
    this.OPTION2({GATE: () => !this.backMatterAhead(), DEF: () => this.SUBRULE(this.body)})
    this.MANY(() => this.SUBRULE(this.back))
    this.MANY2(() => this.SUBRULE(this.stray))
  })

  // ------------------------------------------------------------------ front

  /** Everything before the body, in whatever order the columns came. */
  public front = this.RULE('front', () => {
    this.AT_LEAST_ONE({
      GATE: () => this.frontContinues(),
      DEF: () => this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {ALT: () => this.CONSUME(t.Separator)},
          {ALT: () => this.SUBRULE(this.headerField)},
          {GATE: () => !this.state.titleSeen, ALT: () => this.SUBRULE(this.issuer)},
          {GATE: () => !this.state.titleSeen, ALT: () => this.SUBRULE(this.title)},
          {GATE: () => this.headingSubjectAhead(), ALT: () => this.SUBRULE(this.headingSubject)},
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
    this.MANY({GATE: () => this.continuesOnNextLine(), DEF: () => this.CONSUME2(t.Upper)})
  })

  /** `CHỈ THỊ`, `THÔNG BÁO Ý KIẾN …`, and the capitals that continue it. */
  public title = this.RULE('title', () => {
    this.CONSUME(t.Title)
    this.ACTION(() => {
      this.state.titleSeen = true
    })
    this.MANY({
      GATE: () => this.continuesOnNextLine() && this.isSubjectLine(this.LA(1)),
      DEF: () => this.CONSUME(t.Textish)
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
      GATE: () => this.continuesOnNextLine() && this.isSubjectLine(this.LA(1)),
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
  })

  /** `Kính gửi:` and its entries. */
  public addressees = this.RULE('addressees', () => {
    this.CONSUME(t.AddresseesOpener)
    this.ACTION(() => {
      this.state.addresseesSeen = true
    })
    this.MANY({
      GATE: () => this.addresseeContinues(),
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
      GATE: () => !this.backMatterAhead(),
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
    this.MANY({GATE: () => this.proseContinues(), DEF: () => this.CONSUME(t.Textish)})
  })

  /** A dash or `+` bullet and its wrapped lines. */
  public bullet = this.RULE('bullet', () => {
    this.CONSUME(t.Bullet)
    this.MANY({GATE: () => this.proseContinues(), DEF: () => this.CONSUME(t.Textish)})
  })

  /** Consecutive lines of prose. */
  public paragraph = this.RULE('paragraph', () => {
    this.CONSUME(t.Textish)
    this.MANY({GATE: () => this.proseContinues(), DEF: () => this.CONSUME2(t.Textish)})
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
      GATE: () => this.pipeTableContinues(),
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
        {GATE: () => this.signatureAhead(), ALT: () => this.SUBRULE(this.signature)},
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
      GATE: () => this.recipientContinues(),
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
      GATE: () => this.signatureContinues(),
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

  // ------------------------------------------------------------------ gates

  /** The next token starts on the line after the last one consumed. */
  private continuesOnNextLine(): boolean {
    const previous = this.LA(0)
    const next = this.LA(1)
    if (next.tokenType === EOF || previous.tokenType === EOF) return false
    return lineGap(previous, next) === 1
  }

  /**
   * A line that continues a title or subject: a `về …` line, or a line in the
   * same case as the one above (capitals after capitals, lower case after
   * lower case), at most eight lines in all.
   */
  private isSubjectLine(token: IToken): boolean {
    if (tokenMatcher(token, t.Subject)) return true
    const previous = this.LA(0)
    let near = false
    for (let k = 0; k > -8; k--) {
      const earlier = this.LA(k)
      if (tokenMatcher(earlier, t.Title) || tokenMatcher(earlier, t.Subject) || tokenMatcher(earlier, t.Upper)) {
        near = true
        break
      }
    }

    if (!near) return false
    // A title in sentence case carries its subject: only a line that starts in lower case wraps it.
    if (tokenMatcher(previous, t.Title) && /^[^A-Za-z]*[A-Z][a-z]/.test(previous.image)) return /^[^A-Za-z]*[a-z]/.test(token.image)
    const upperAbove = isCapitals(previous.image.replace(/^[^A-Za-z]*(?:V\/V|V\/v|v\/v)/, ''))
    if (tokenMatcher(token, t.Upper)) return upperAbove || tokenMatcher(previous, t.Title)
    if (tokenMatcher(token, t.Text)) return !upperAbove || /^[^A-Za-z]*[Vv]e\b/.test(previous.image) && !isUpper(previous.image)
    return false
  }

  /** A markdown heading in mixed case straight after a title that has no subject yet. */
  private headingSubjectAhead(): boolean {
    const next = this.LA(1)
    if (!this.state.titleSeen || this.state.subjectSeen || !tokenMatcher(next, t.Text) || !/^[ \t]*#{1,6}[ \t]/.test(next.image)) return false
    const previous = this.previousSignificant()
    return previous !== undefined && tokenMatcher(previous, t.Title)
  }

  /** The front matter goes on: the next line is a header line, or a stray line inside the header. */
  private frontContinues(): boolean {
    const next = this.LA(1)
    // One trích yếu, before `Kính gửi`: a `Về kiến nghị của …, Thủ tướng Chính phủ có ý kiến …` line after them opens the body.
    if (tokenMatcher(next, t.Subject) && (this.state.subjectSeen || this.state.addresseesSeen) && !/^[\s*_]*V\s*\/\s*V/iu.test(next.image)) return false
    if (this.headingSubjectAhead()) return true
    if (!tokenMatcher(next, t.Textish)) return true
    for (const type of [t.Upper, t.Title, t.Subject, t.NumberLine, t.PlaceDate, t.Marking, t.Office]) {
      if (tokenMatcher(next, type)) return true
    }

    return this.headerAhead()
  }

  /** Header lines come soon: a stray line inside the header. */
  private headerAhead(): boolean {
    if (this.state.titleSeen) return false
    let significant = 0
    for (let k = 2; k < 30 && significant < 6; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return false
      if (tokenMatcher(token, t.Separator)) continue
      significant++
      if (tokenMatcher(token, t.HeaderField) || tokenMatcher(token, t.Title) || tokenMatcher(token, t.AddresseesOpener)) return true
      if (tokenMatcher(token, t.ItemLine) || tokenMatcher(token, t.Bullet)) return false
    }

    return false
  }

  /** The next line continues the paragraph, item or bullet above it. */
  private proseContinues(): boolean {
    const next = this.LA(1)
    if (!tokenMatcher(next, t.Textish)) return false
    if (tokenMatcher(next, t.Office) && this.state.bodySeen) return false
    return lineGap(this.LA(0), next) <= 1
  }

  /** The next token belongs to the addressees. */
  private addresseeContinues(): boolean {
    const previous = this.LA(0)
    const next = this.LA(1)
    const entrySeen = this.addresseeEntrySeen()

    if (tokenMatcher(next, t.Bullet) || tokenMatcher(next, t.LoneDash)) {
      // A bullet after a blank line still counts when the list has begun.
      return true
    }

    if (tokenMatcher(next, t.Separator) || this.pageNumberAt(next, previous)) {
      // Separators (a page turn too) before the first entry, or between bullet entries.
      const after = this.afterPageGap()
      if (!after) return false
      if (!entrySeen) return tokenMatcher(after, t.Textish) || tokenMatcher(after, t.Bullet)
      return tokenMatcher(after, t.Bullet) || tokenMatcher(after, t.LoneDash)
    }

    if (tokenMatcher(next, t.Textish)) {
      if (tokenMatcher(next, t.Office)) return false
      // The first entry written without a dash, or a wrapped entry.
      if (!entrySeen) return true
      return lineGap(previous, next) <= 1 && !/[.]\W*$/.test(previous.image) && !tokenMatcher(previous, t.Separator)
    }

    return false
  }

  /** An entry has been read since the addressees' opener. */
  private addresseeEntrySeen(): boolean {
    for (let k = 0; k > -200; k--) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return false
      if (tokenMatcher(token, t.AddresseesOpener)) return hasEntryOnOpener(token)
      if (!tokenMatcher(token, t.Separator)) return true
    }

    return true
  }

  /** The next token belongs to the distribution list. */
  private recipientContinues(): boolean {
    const previous = this.LA(0)
    const next = this.LA(1)
    if (tokenMatcher(next, t.Bullet) || tokenMatcher(next, t.LoneDash) || tokenMatcher(next, t.Archive)) return true
    // The list goes on after a page turn (running head, page number, stamp) when a dashed entry follows it.
    if (this.isPageGap(next) && this.pageTurnAround()) {
      const k = this.pageGapLength() + 1
      const entry = (token: IToken): boolean => tokenMatcher(token, t.Bullet) || tokenMatcher(token, t.Archive)
      // … or a line that wraps the entry cut by the page, then a dashed entry.
      if (entry(this.LA(k)) || (tokenMatcher(this.LA(k), t.Textish) && !tokenMatcher(this.LA(k), t.Office) && entry(this.LA(k + 1)))) return true
    }

    if (tokenMatcher(next, t.Separator)) {
      if (tokenMatcher(next, t.Pipe)) return false
      const after = this.nextNonSeparator()
      // `# Nơi nhận`, a blank line, then the first entry without its dash (OCR to markdown).
      const first = tokenMatcher(previous, t.DistributionOpener) && after !== undefined && tokenMatcher(after, t.Textish) && !tokenMatcher(after, t.Office)
      return Boolean(after && (tokenMatcher(after, t.Bullet) || tokenMatcher(after, t.Archive) || first))
    }

    if (tokenMatcher(next, t.Textish) && !tokenMatcher(next, t.Office)) {
      if (tokenMatcher(previous, t.DistributionOpener)) return lineGap(previous, next) <= 1
      // The wrapped end of an entry cut by a page turn, a dashed entry after it.
      if (this.pageTurnAround() && (tokenMatcher(this.LA(2), t.Bullet) || tokenMatcher(this.LA(2), t.Archive))) return true
      if (tokenMatcher(previous, t.Separator) && this.state.distributionLine !== undefined && (previous.startLine ?? 0) - this.state.distributionLine <= 1) return true
      return lineGap(previous, next) <= 1 && !tokenMatcher(previous, t.Separator) && !/[.]\W*$/.test(previous.image)
    }

    return false
  }

  /** The body has ended: the distribution list or the signature is next. */
  private backMatterAhead(): boolean {
    const next = this.LA(1)
    if (tokenMatcher(next, t.DistributionOpener) || tokenMatcher(next, t.Authority)) return true
    return this.signatureAhead()
  }

  /** A signature block starts here. */
  private signatureAhead(): boolean {
    const next = this.LA(1)
    if (tokenMatcher(next, t.Authority)) return true
    if (tokenMatcher(next, t.Office)) return true
    if (tokenMatcher(next, t.SealMark) || tokenMatcher(next, t.Star)) {
      const after = this.nextNonSeparator(2)
      return Boolean(after && (tokenMatcher(after, t.Authority) || tokenMatcher(after, t.Office) || isNameLike(after)))
    }

    if (tokenMatcher(next, t.Upper) && this.previousSignificant() && tokenMatcher(this.previousSignificant()!, t.EndMark)) {
      return this.upperRunEnds()
    }

    return false
  }

  /** The signature goes on: more marks, offices, or the signer's name. */
  private signatureContinues(): boolean {
    const next = this.LA(1)
    const previous = this.previousSignificant()
    // A name read in this signature ends it (prose above the signature does not count).
    const nameSeen = previous !== undefined && previous.startOffset >= this.state.signatureFrom && tokenMatcher(previous, t.Text)
    if (tokenMatcher(next, t.Authority) || tokenMatcher(next, t.Office) || tokenMatcher(next, t.SealMark) || tokenMatcher(next, t.Star)) {
      return !nameSeen || tokenMatcher(next, t.SealMark)
    }

    if (nameSeen) return false
    if (tokenMatcher(next, t.Upper)) {
      return previous === undefined || !tokenMatcher(previous, t.DistributionOpener)
    }

    if (tokenMatcher(next, t.Text)) return isNameLike(next)
    // A page may end inside the signature (its running head and number between the office and the name).
    if ((tokenMatcher(next, t.Separator) && !tokenMatcher(next, t.Pipe)) || tokenMatcher(next, t.PageNumber)) {
      const after = this.nextNonSeparator(1, true)
      return Boolean(
        after &&
          (tokenMatcher(after, t.Authority) ||
            tokenMatcher(after, t.Office) ||
            tokenMatcher(after, t.SealMark) ||
            (tokenMatcher(after, t.Text) && isNameLike(after)))
      )
    }

    return false
  }

  /** A flattened table goes on while `|` lines keep coming. */
  private pipeTableContinues(): boolean {
    const next = this.LA(1)
    if (next.tokenType === EOF) return false
    if (tokenMatcher(next, t.Pipe)) return true
    // A page (running head, page number, signature stamp) may fall anywhere in the table.
    if (this.isPageGap(next)) return this.pipeAfterPageGap()

    if (tokenMatcher(next, t.DistributionOpener) || tokenMatcher(next, t.Authority) || tokenMatcher(next, t.Office)) return false
    // Cell content: a run of lines closed by a `|`.
    return this.pipeClosesRun()
  }

  /** A `|` comes after the current run of content lines (within 60 lines; the blank lines of a page turn do not end the run). */
  private pipeClosesRun(from = 1): boolean {
    let afterTurn = false
    for (let k = from; k < from + 60; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return false
      if (tokenMatcher(token, t.Pipe)) return true
      if (tokenMatcher(token, t.Blank) && afterTurn) continue
      if (tokenMatcher(token, t.Blank) || tokenMatcher(token, t.DistributionOpener) || tokenMatcher(token, t.Authority)) return false
      afterTurn = this.isPageGap(token)
    }

    return false
  }

  /** Blank lines and the furniture of a page turn: running head, page number, stamp. */
  private isPageGap(token: IToken): boolean {
    return tokenMatcher(token, t.Blank) || tokenMatcher(token, t.PageBreak) || tokenMatcher(token, t.PageNumber) || tokenMatcher(token, t.SealMark)
  }

  /** `next` is the number of a page whose running head was just read. */
  private pageNumberAt(next: IToken, previous: IToken): boolean {
    return tokenMatcher(next, t.PageNumber) && (tokenMatcher(previous, t.PageBreak) || tokenMatcher(previous, t.SealMark))
  }

  /** A page turn (running head, page number, stamp; not blank lines alone) in the gap ahead, or just read before the blank lines. */
  private pageTurnAround(): boolean {
    let back = 0
    while (back > -40 && tokenMatcher(this.LA(back), t.Blank)) back--
    const end = this.pageGapLength()
    for (let k = back; k <= end; k++) {
      const token = this.LA(k)
      if (this.isPageGap(token) && !tokenMatcher(token, t.Blank)) return true
    }

    return false
  }

  /** How many tokens ahead the blank lines and page furniture end. */
  private pageGapLength(): number {
    let k = 1
    while (k < 40 && this.isPageGap(this.LA(k))) k++
    return k - 1
  }

  /** The first token after the separators and page furniture (running head, page number, stamp) ahead. */
  private afterPageGap(): IToken | undefined {
    for (let k = 1; k < 40; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return undefined
      if (!tokenMatcher(token, t.Separator) && !tokenMatcher(token, t.PageNumber) && !tokenMatcher(token, t.SealMark)) return token
    }

    return undefined
  }

  /** A `|` follows the blank lines and page furniture ahead, or a cell that a `|` closes. */
  private pipeAfterPageGap(): boolean {
    const k = this.pageGapLength() + 1
    const after = this.LA(k)
    if (tokenMatcher(after, t.Pipe)) return true
    // Only a page turn (not a blank line alone) may fall inside a cell.
    return this.pageTurnAround() && this.pipeClosesRun(k)
  }

  /** A run of capitals (the issuer or an office) ends before prose starts. */
  private upperRunEnds(): boolean {
    for (let k = 1; k < 8; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return true
      if (tokenMatcher(token, t.Upper) || tokenMatcher(token, t.Office) || tokenMatcher(token, t.Separator)) continue
      return tokenMatcher(token, t.Text) ? isNameLike(token) : !tokenMatcher(token, t.ItemLine)
    }

    return false
  }

  /** The first token after the separators ahead (starting at `from`; past page numbers too when `pageNumbers`). */
  private nextNonSeparator(from = 1, pageNumbers = false): IToken | undefined {
    for (let k = from; k < from + 40; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return undefined
      if (!tokenMatcher(token, t.Separator) && !(pageNumbers && tokenMatcher(token, t.PageNumber))) return token
    }

    return undefined
  }

  /** The last consumed token that is not a separator. */
  private previousSignificant(): IToken | undefined {
    for (let k = 0; k > -40; k--) {
      const token = this.LA(k)
      if (token.tokenType === EOF) return undefined
      if (!tokenMatcher(token, t.Separator)) return token
    }

    return undefined
  }
}

/** Line of a token's start (tokens carry offsets; the builder set `startLine`). */
function lineGap(previous: IToken, next: IToken): number {
  return (next.startLine ?? 0) - (previous.endLine ?? previous.startLine ?? 0)
}

/** `Kính gửi: - Các Ủy viên …`: the opener carries the first entry. */
function hasEntryOnOpener(opener: IToken): boolean {
  return /:[ \t*_]*-?[ \t]*[A-Za-z]/.test(opener.image)
}

/** A short run of capitalised words: a person's name. */
export function isNameLike(token: IToken): boolean {
  if (!tokenMatcher(token, t.Text) && !tokenMatcher(token, t.Upper)) return false
  const text = token.image.replace(/[*_★☆✱✶]/g, ' ').replace(/\((?:Da|da) ky\)/g, ' ').trim()
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 6) return false
  return words.every((word) => /^[A-Z][a-z]*\.?$/.test(word) || /^[A-Z]+$/.test(word))
}

function isAbstract(type: TokenType): boolean {
  return type === t.Textish || type === t.Separator || type === t.HeaderField || type === t.Newline || type === t.Spaces
}

let instance: DirectiveParser | undefined
/** The one parser instance, built on first use: `import 'chithi'` does not pay for the grammar's analysis. */
export const parser = (): DirectiveParser => (instance ??= new DirectiveParser())
