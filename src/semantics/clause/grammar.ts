/**
 * The clause grammar: a Chevrotain CstParser over the word tokens of one
 * clause (made by `tagger.ts`).
 *
 *   frames     := frame*                          (`Về …:`, `Trường hợp …,`, `Để …,`, `Đồng thời,`)
 *   core       := handOver | subject | predicate
 *   handOver   := partyList? `,`? HandOver `:`? partyList predicate?
 *   subject    := partyList `,`? adjunct? predicate
 *   predicate  := (Adverb | Modal)* action Any*
 *   partyList  := party (`:` colonPieces)? (separator party)*
 *   party      := Det* (Body | Head | Acronym | Name | bare word) tail* members?
 *   members    := `(` partyList `)`              (a group's members in parentheses)
 *
 * A party ends where a verb, a modal, a hand-over, a frame word or a stop
 * word begins; the gates below decide what the words after a head can be.
 * Where the subject starts (after which frame) is found by `read.ts`, which
 * tries `core` at each place a frame may end.
 *
 * One parser instance is built on first use and reused.
 */
import {CstParser, EOF, NoViableAltException, tokenMatcher, type CstNode, type IToken, type TokenType} from 'chevrotain'
import {placeRelatives, rangeWords} from '../lexicon/qualifiers.js'
import {dutyModals, relativeAspects} from '../lexicon/verbs.js'
import {canStart} from './first.js'
import type {ClauseToken} from './tagger.js'
import * as t from './tokens.js'

/** Token types that go on a party's name after its head. */
const tailTypes: ReadonlySet<TokenType> = new Set([t.Name, t.Plain, t.Level, t.Modifier, t.Head, t.Body, t.Acronym, t.Number, t.Dash])
const duties: ReadonlySet<string> = new Set(dutyModals)
const whereWords: ReadonlySet<string> = new Set(placeRelatives)
const rangeFrom: ReadonlySet<string> = new Set(rangeWords.from)
const rangeTo: ReadonlySet<string> = new Set(rangeWords.to)
/** What a range's ends are made of: places, levels, names (`Trung ương`, `cơ sở`, `Hà Tĩnh`). */
const rangeEnds: ReadonlySet<TokenType> = new Set([t.Level, t.Name, t.Head, t.Body, t.Acronym])
const aspects: ReadonlySet<string> = new Set(relativeAspects)

/** Token types inside a relative clause on a group (`trực tiếp quản lý cán bộ`, `tạo ra tài liệu`). */
const relativeTypes: ReadonlySet<TokenType> = new Set([t.Verb, t.Adverb, t.Plain, t.Head, t.Stop, t.Prep, t.Modifier, t.Level, t.Number])
/** Token types that may open a party. */
const startTypes: ReadonlySet<TokenType> = new Set([t.Det, t.Head, t.Body, t.Name, t.Acronym])

export class ClauseParser extends CstParser {
  /** The colon list being read sets its pieces apart by semicolons. */
  private wideColon = false
  /** The head of the party being read. */
  private partyHead: IToken | undefined
  /** The token that ends the `nơi …` clause being read. */
  private whereStop: IToken | undefined
  private rangeEnd: IToken | undefined

  constructor() {
    super(t.allTokens, {recoveryEnabled: false, maxLookahead: 2})
    this.performSelfAnalysis()
  }

  /**
   * A failed choice. Chevrotain words the message of one from every
   * lookahead path of its alternatives, which took most of `analyze`: the
   * gates backtrack into failed choices all the time, and only the errors'
   * names are ever read. The same exception, saved the same way, with a
   * plain message.
   */
  protected raiseNoAltException(): never {
    const error = new NoViableAltException('no viable alternative', this.LA(1), this.LA(0))
    throw (this as unknown as {SAVE_ERROR(error: NoViableAltException): NoViableAltException}).SAVE_ERROR(error)
  }

  /** Parties separated by `,` `;` `và`; a colon list; each party's members in parentheses. */
  public partyList = this.RULE('partyList', () => {
    this.SUBRULE(this.party)
    this.OPTION({GATE: () => this.colonListAhead(), DEF: () => {
      this.CONSUME(t.Colon)
      this.SUBRULE(this.colonPieces)
    }})
    this.MANY({
      GATE: () => this.nextPieceAhead(),
      DEF: () => {
        this.CONSUME(t.ListSeparator)
        // `…, nhất là người đứng đầu`: a connective after the comma.
        this.OPTION2(() => this.CONSUME(t.ListConnective))
        this.SUBRULE2(this.party)
        // `…; các Đảng ủy: Chính phủ; Quốc hội`: a colon list after a later piece.
        this.OPTION3({GATE: () => this.colonListAhead(), DEF: () => {
          this.CONSUME2(t.Colon)
          this.SUBRULE2(this.colonPieces)
        }})
      }
    })
  })

  /** One party: determiners, a head (or a bare word of a shared head), the rest of its name. */
  public party = this.RULE('party', () => {
    this.MANY(() => this.CONSUME(t.Det))
    this.partyHead = this.OR([
      {ALT: () => this.CONSUME(t.Body)},
      {ALT: () => this.CONSUME(t.Head)},
      {ALT: () => this.CONSUME(t.Acronym)},
      // A capitalised word with no head after a determiner is not a party (`Các Báo cáo trên`).
      {GATE: () => !tokenMatcher(this.LA(0), t.Det), ALT: () => this.CONSUME(t.Name)},
      {ALT: () => this.CONSUME(t.Level)},
      // A bare word of a shared head comes after a separator (`các sở, ban, ngành`).
      {GATE: () => tokenMatcher(this.LA(0), t.ListSeparator) && this.barePieceAt(1), ALT: () => this.CONSUME(t.Plain)}
    ])
    this.MANY2({GATE: () => this.tailAt(1), DEF: () => this.SUBRULE(this.tail)})
    this.OPTION({GATE: () => this.membersAhead(), DEF: () => this.SUBRULE(this.members)})
  })

  /** `nơi làm thủ tục hải quan`, `nơi cán bộ công tác`: where the body is, up to the party's own predicate. */
  public where = this.RULE('where', () => {
    const stop = this.whereStop
    this.CONSUME(t.Plain)
    this.MANY({GATE: () => this.LA(1) !== stop, DEF: () => this.CONSUME(t.Any)})
  })

  /** `từ Trung ương đến cơ sở` in `các cơ quan, tổ chức từ Trung ương đến cơ sở`: the range of the bodies meant. */
  public range = this.RULE('range', () => {
    const end = this.rangeEnd
    this.CONSUME(t.Stop)
    this.MANY({GATE: () => this.LA(0) !== end, DEF: () => this.CONSUME(t.Any)})
  })

  /** `tạo ra tài liệu` in `Cơ quan, tổ chức tạo ra tài liệu có trách nhiệm …`: which of the group, up to its duty. */
  public relative = this.RULE('relative', () => {
    this.CONSUME(t.PredicateStart)
    this.MANY({GATE: () => !this.dutyAt(1), DEF: () => this.CONSUME(t.Any)})
  })

  /** A word of a name after its head. */
  public tail = this.RULE('tail', () => {
    this.OR([
      {GATE: () => this.relativeAt(1), ALT: () => this.SUBRULE(this.relative)},
      {GATE: () => this.whereAt(1) !== undefined, ALT: () => this.SUBRULE(this.where)},
      {GATE: () => this.rangeAt(1) !== undefined, ALT: () => this.SUBRULE(this.range)},
      {ALT: () => this.CONSUME(t.NameWord)},
      {ALT: () => this.CONSUME(t.Det)},
      {ALT: () => this.CONSUME(t.Prep)},
      {ALT: () => this.CONSUME(t.And)},
      // Only where `tailAt` let it in: words of a group's name before its members.
      {ALT: () => this.CONSUME(t.Verb)},
      {ALT: () => this.SUBRULE(this.assigned)},
      {ALT: () => this.SUBRULE(this.aside)}
    ])
  })

  /** `được giao chủ trì thực hiện nhiệm vụ theo Kế hoạch này` up to the modal. */
  public assigned = this.RULE('assigned', () => {
    const marker = this.CONSUME(t.Assigned)
    // `được giao nhiệm vụ` names its object: the predicate follows at once.
    const whole = /nhiệm\s+vụ$/iu.test(marker.image)
    this.MANY({
      GATE: () => this.LA(1).tokenType !== t.Modal && this.LA(1).tokenType !== t.Comma && this.LA(1).tokenType !== t.Semicolon && !(whole && this.predicateStartsAt(1)),
      DEF: () => this.CONSUME(t.Any)
    })
  })

  /** A parenthesis that is not a list of members: `(UBND)`, `(qua Văn phòng)`. */
  public aside = this.RULE('aside', () => {
    this.CONSUME(t.LParen)
    this.MANY({GATE: () => this.LA(1).tokenType !== t.RParen, DEF: () => this.CONSUME(t.Any)})
    this.CONSUME(t.RParen)
  })

  /** `(Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh)`. */
  public members = this.RULE('members', () => {
    this.CONSUME(t.LParen)
    this.SUBRULE(this.partyList)
    this.CONSUME(t.RParen)
  })

  /**
   * `Quân sự tỉnh, Công an tỉnh` after `Các Đảng ủy:`; where the pieces are
   * set apart by semicolons (`các Đảng ủy: Chính phủ; Mặt trận Tổ quốc, các
   * đoàn thể Trung ương; Bộ Nội vụ`), a comma stays inside its piece.
   */
  public colonPieces = this.RULE('colonPieces', () => {
    this.ACTION(() => {
      this.wideColon = this.semicolonsAhead()
    })
    this.SUBRULE(this.colonPiece)
    this.MANY({GATE: () => this.colonPieceAfterSeparator(this.wideColon), DEF: () => {
      this.CONSUME(t.ListSeparator)
      this.SUBRULE2(this.colonPiece)
    }})
  })

  public colonPiece = this.RULE('colonPiece', () => {
    this.AT_LEAST_ONE({
      GATE: () => (this.tailAt(1) && this.LA(1).tokenType !== t.And) || (this.wideColon && this.LA(1).tokenType === t.Comma && (this.tailAt(2) || this.LA(2).tokenType === t.Det)),
      DEF: () => this.OR([{ALT: () => this.CONSUME(t.Comma)}, {ALT: () => this.SUBRULE(this.tail)}])
    })
  })

  /** Marks and the action: an adverb, a modal or a verb opens it, anything may follow. */
  public predicate = this.RULE('predicate', () => {
    this.OR([
      {ALT: () => this.CONSUME(t.PredicateStart)},
      {ALT: () => this.CONSUME(t.HandOver)},
      // `Sở Tài chính được giao chủ trì …`.
      {ALT: () => this.CONSUME(t.Assigned)},
      // A head that is also a verb (`tổ chức`) after a party is its action.
      {GATE: () => isVerbHead(this.LA(1)), ALT: () => this.CONSUME(t.Head)}
    ])
    this.MANY(() => this.CONSUME(t.Any))
  })

  /** `theo chức năng, nhiệm vụ,`, `căn cứ …`, `trong phạm vi …`: between a subject and its verb. */
  public adjunct = this.RULE('adjunct', () => {
    this.OR([{ALT: () => this.CONSUME(t.Stop)}, {ALT: () => this.CONSUME(t.Prep)}, {ALT: () => this.CONSUME(t.FrameOpener)}])
    this.MANY({GATE: () => !this.predicateStartsAt(1) || this.LA(1).tokenType === t.PurposeVerb, DEF: () => this.CONSUME(t.Any)})
  })

  /** `X (, …,) chủ trì / có trách nhiệm / triển khai …`. */
  public subject = this.RULE('subject', () => {
    this.SUBRULE(this.partyList)
    // `Ủy ban nhân dân các xã, phường: chủ động rà soát …`.
    this.OPTION(() => this.OR2([{ALT: () => this.CONSUME(t.Comma)}, {ALT: () => this.CONSUME(t.Colon)}]))
    this.OPTION2({GATE: () => this.adjunctAhead(), DEF: () => this.SUBRULE(this.adjunct)})
    this.SUBRULE(this.predicate)
  })

  /** `(X) giao/yêu cầu/đề nghị Y …`. */
  public handOver = this.RULE('handOver', () => {
    this.OPTION(() => {
      this.SUBRULE(this.partyList, {LABEL: 'issuer'})
      this.OPTION2(() => this.CONSUME(t.Comma))
    })
    this.CONSUME(t.HandOver)
    this.OPTION3(() => this.CONSUME(t.Colon))
    this.SUBRULE2(this.partyList, {LABEL: 'parties'})
    this.OPTION4(() => this.CONSUME2(t.Comma))
    // `giao Quân ủy Trung ương căn cứ Kết luận …, chủ trì …`.
    this.OPTION6({GATE: () => this.adjunctAhead(), DEF: () => this.SUBRULE(this.adjunct)})
    this.OPTION5(() => this.SUBRULE(this.predicate))
  })

  /** What follows the frames: a hand-over, a subject and its predicate, or a predicate alone. */
  public core = this.RULE('core', () => {
    this.OR({IGNORE_AMBIGUITIES: true, DEF: [
      // Cheap tests first: a hand-over has its verb somewhere ahead, a subject opens with a party's word.
      {GATE: () => this.handOverAhead() && this.BACKTRACK(this.handOver).call(this), ALT: () => this.SUBRULE(this.handOver)},
      {GATE: () => (startTypes.has(this.LA(1).tokenType) || this.LA(1).tokenType === t.Level) && this.BACKTRACK(this.subject).call(this), ALT: () => this.SUBRULE(this.subject)},
      {ALT: () => this.SUBRULE(this.predicate)}
    ]})
  })

  /** Words before the subject: topics, conditions, purposes, connectives, each opened by its word. */
  public frames = this.RULE('frames', () => {
    this.MANY(() => this.SUBRULE(this.frame))
  })

  public frame = this.RULE('frame', () => {
    this.CONSUME(t.Any)
    this.MANY({GATE: () => !tokenMatcher(this.LA(1), t.FrameOpener), DEF: () => this.CONSUME2(t.Any)})
  })

  // ------------------------------------------------------------------ gates

  /** A predicate can start at `LA(k)`. */
  private predicateStartsAt(k: number): boolean {
    const type = this.LA(k).tokenType
    return type === t.Verb || type === t.Adverb || type === t.Modal || type === t.Lead || type === t.With || type === t.Report || type === t.Refrain || type === t.Statement || type === t.Passive || type === t.PurposeVerb || type === t.HandOver
  }

  /** `LA(k)` can go on the name of the party being read. */
  private tailAt(k: number): boolean {
    const token = this.LA(k)
    const type = token.tokenType
    if (tailTypes.has(type)) return true
    const next = this.LA(k + 1).tokenType
    // `Các cơ quan đăng ký đầu tư (Sở Tài chính, …)`: words that look like a verb, then the group's members.
    if (this.whereAt(k)) return true
    if (this.rangeAt(k)) return true
    if (type === t.Verb) return this.membersAfterWordsAt(k) || this.relativeAt(k)
    if (type === t.Adverb || type === t.Statement || type === t.Passive) return this.relativeAt(k)
    // `UBND các tỉnh`, `Ủy ban nhân dân các xã`: a determiner before a level or head.
    // … or before a few common nouns ending in one (`Ban Quản lý dự án … các công trình giao thông tỉnh`).
    if (type === t.Det) return next === t.Level || next === t.Head || this.nounsToLevelAt(k + 1)
    // `Tổ an toàn trong doanh nghiệp`, `cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh`.
    if (type === t.Prep) return next === t.Det || next === t.Head || next === t.Body || next === t.Level || next === t.Name || next === t.Acronym
    // `Sở Thông tin và Truyền thông`, `cấp ủy huyện và tương đương`: `và` inside a name.
    if (type === t.And) return next === t.Name || next === t.Modifier || (next === t.Plain && this.LA(k + 2).tokenType !== t.Comma)
    // `các cơ quan được phân công chủ trì có trách nhiệm …`: a relative clause when a predicate of the party's own follows;
    // `Sở Tài chính được giao chủ trì thẩm định …` with none: the predicate itself.
    if (type === t.Assigned) return this.predicateAfterAssigned(k)
    if (type === t.LParen) return !this.membersAheadAt(k)
    return false
  }

  /** One to three plain words from `LA(k)`, then a level or a head (`công trình giao thông tỉnh`). */
  private nounsToLevelAt(k: number): boolean {
    for (let at = k; at < k + 4; at++) {
      const type = this.LA(at).tokenType
      if (type === t.Level || type === t.Head) return at > k
      if (type !== t.Plain) return false
    }

    return false
  }

  /** A hand-over verb somewhere ahead in the clause. */
  private handOverAhead(): boolean {
    for (let k = 1; ; k++) {
      const type = this.LA(k).tokenType
      if (type === t.HandOver) return true
      if (type === EOF) return false
    }
  }

  /** A duty (`có trách nhiệm`, `chịu trách nhiệm`) at `LA(k)`. */
  private dutyAt(k: number): boolean {
    const token = this.LA(k)
    return (token.tokenType === t.Modal || token.tokenType === t.Refrain) && duties.has(token.image.toLowerCase().replace(/\s+/g, ' '))
  }

  /**
   * A relative clause from `LA(k)`: after a group named by a common noun
   * (`cơ quan`, `các cấp ủy`), a verb phrase running without a break into
   * the group's duty (`trực tiếp quản lý cán bộ chịu trách nhiệm …`). A
   * named body, another party, a role or a conjunction on the way means the
   * verb is the predicate (`Sở Y tế hướng dẫn cơ sở có trách nhiệm …`).
   */
  private relativeAt(k: number): boolean {
    if (this.partyHead?.tokenType !== t.Head) return false
    const first = this.LA(k).tokenType
    // `đã xác định …`: an aspect word before the clause's verb.
    const aspect = first === t.Statement && aspects.has(this.LA(k).image.toLowerCase()) && this.LA(k + 1).tokenType === t.Verb
    // `người được chủ phương tiện ủy quyền có trách nhiệm …`: whoever another party hands the duty to.
    const passive = first === t.Passive
    if (first !== t.Verb && first !== t.Adverb && !aspect && !passive) return false
    let handedBy = false
    for (let at = k + 1; at < k + 16; at++) {
      if (this.dutyAt(at)) return !passive || handedBy
      const type = this.LA(at).tokenType
      if (passive && (type === t.HandOver || type === t.Assigned)) handedBy = true
      else if (!relativeTypes.has(type) && !(passive && (type === t.Body || type === t.Name || type === t.Det))) return false
    }

    return false
  }

  /**
   * A `nơi …` clause from `LA(k)` after a body (`cơ quan hải quan nơi làm
   * thủ tục`): its own verb and object (`nơi làm thủ tục hải quan`), or a
   * subject and what it does without a verb of the lexicon (`nơi cán bộ
   * công tác`), up to the party's predicate; the token after it, or
   * undefined when no predicate follows.
   */
  private whereAt(k: number): IToken | undefined {
    if (this.LA(k).tokenType !== t.Plain || !whereWords.has(this.LA(k).image.toLowerCase()) || this.partyHead === undefined) return undefined
    const words = new Set<TokenType>([t.Plain, t.Head, t.Name, t.Level, t.Modifier, t.Number, t.Prep, t.Det, t.Body, t.Acronym])
    let at = k + 1
    // `nơi có dự án`, `nơi xảy ra cháy`: the relative clause's own verb.
    if (this.predicateStartsAt(at) || /^có$/iu.test(this.LA(at).image)) at++
    const from = at
    while (at < k + 16 && words.has(this.LA(at).tokenType)) at++
    // (It runs to the party's predicate, or to the end of a table's cell.)
    if (at === from || !(this.predicateStartsAt(at) || this.LA(at).tokenType === EOF)) return undefined
    this.whereStop = this.LA(at)
    return this.whereStop
  }

  /** `từ` X `đến` Y at `k`, each end one to four words of places, levels or names: the range's last token. */
  private rangeAt(k: number): IToken | undefined {
    if (this.LA(k).tokenType !== t.Stop || !rangeFrom.has(this.LA(k).image.toLowerCase()) || this.partyHead === undefined) return undefined
    const end = (from: number): number => {
      let at = from
      while (at < from + 4 && rangeEnds.has(this.LA(at).tokenType)) at++
      return at
    }

    const middle = end(k + 1)
    if (middle === k + 1 || this.LA(middle).tokenType !== t.Stop || !rangeTo.has(this.LA(middle).image.toLowerCase())) return undefined
    const last = end(middle + 1)
    if (last === middle + 1) return undefined
    this.rangeEnd = this.LA(last - 1)
    return this.rangeEnd
  }

  /** After a separator, another party of the list (not a complement or a predicate). */
  private nextPieceAhead(): boolean {
    const separator = this.LA(1)
    if (!tokenMatcher(separator, t.ListSeparator)) return false
    let k = 2
    if (separator.tokenType !== t.ListConnective && this.LA(k).tokenType === t.ListConnective) k++
    const first = this.LA(k).tokenType
    if (first === t.Det) k++
    const type = this.LA(k).tokenType
    if (separator.tokenType === t.Semicolon) return first === t.Det || type === t.Head || type === t.Body || type === t.Name || type === t.Acronym
    if (startTypes.has(type) || type === t.Level) return true
    return type === t.Plain && this.barePieceAt(k)
  }

  /** A bare word of a shared head (`ban`, `ngành` in `các sở, ban, ngành`): short, before a separator, a modifier or the end. */
  private barePieceAt(k: number): boolean {
    const after = this.LA(k + 1).tokenType
    return after === t.Comma || after === t.And || after === t.Semicolon || after === t.Modifier || after === t.Level || after === t.Stop || after === EOF || this.predicateStartsAt(k + 1)
  }

  /** `Các Đảng ủy: Quân sự tỉnh, Công an tỉnh`: a colon after a head, then names without heads. */
  private colonListAhead(): boolean {
    if (this.LA(1).tokenType !== t.Colon) return false
    const next = this.LA(2).tokenType
    return next === t.Name || next === t.Plain || next === t.Level || next === t.Acronym || next === t.Body || next === t.Head
  }

  /**
   * The colon list's first separator is a semicolon (`các Đảng ủy: Chính
   * phủ; Quốc hội; …`): its pieces are set apart by semicolons. A comma
   * first (`các Sở: Tài chính, Xây dựng; Ủy ban nhân dân …`) sets them apart
   * by commas, and the semicolon ends the list.
   */
  private semicolonsAhead(): boolean {
    for (let k = 1; k < 80; k++) {
      const type = this.LA(k).tokenType
      if (type === t.Semicolon) return true
      if (type === t.Comma || type === EOF || this.predicateStartsAt(k)) return false
    }

    return false
  }

  private colonPieceAfterSeparator(wide: boolean): boolean {
    const separator = this.LA(1)
    if (!tokenMatcher(separator, t.ListSeparator)) return false
    if (wide && separator.tokenType === t.Comma) return false
    const next = this.LA(2).tokenType
    if (wide) return next !== t.Det && !pluralHead(this.LA(2)) && (next === t.Name || next === t.Level || next === t.Acronym || next === t.Plain || next === t.Body || next === t.Head)
    if (next === t.Name || next === t.Level || next === t.Acronym) return true
    // After a comma, any piece without a determiner of its own (`Công an tỉnh` under `Các Đảng ủy:`).
    return separator.tokenType === t.Comma && (next === t.Plain || next === t.Body || next === t.Head)
  }

  /** After the `được giao …` at `LA(k)`, the party's own predicate (a modal, or at once after `được giao nhiệm vụ`). */
  private predicateAfterAssigned(k: number): boolean {
    if (/nhiệm\s+vụ$/iu.test(this.LA(k).image) && this.predicateStartsAt(k + 1)) return true
    for (let at = k + 1; at < k + 24; at++) {
      const type = this.LA(at).tokenType
      if (type === t.Modal) return true
      if (type === EOF || type === t.Comma || type === t.Semicolon) return false
    }

    return false
  }

  /** A few words of a name from `LA(k)`, then a parenthesis of members. */
  private membersAfterWordsAt(k: number): boolean {
    for (let at = k; at < k + 6; at++) {
      const type = this.LA(at).tokenType
      if (type === t.LParen) return at > k && this.membersAheadAt(at)
      if (!(type === t.Verb || tailTypes.has(type))) return false
    }

    return false
  }

  private membersAhead(): boolean {
    return this.LA(1).tokenType === t.LParen && this.membersAheadAt(1)
  }

  /** A parenthesis at `LA(k)` that lists parties: it opens with a party's head and closes after a list. */
  private membersAheadAt(k: number): boolean {
    const type = this.LA(k + 1).tokenType
    const head = type === t.Det ? this.LA(k + 2).tokenType : type
    if (!(head === t.Head || head === t.Body)) return false
    for (let at = k + 1; at < k + 60; at++) {
      const token = this.LA(at)
      if (token.tokenType === EOF) return false
      if (token.tokenType === t.RParen) return at > k + 1
      if (this.predicateStartsAt(at) || token.tokenType === t.LParen) return false
    }

    return false
  }

  /** After the subject, an adverbial before the predicate (`theo chức năng, nhiệm vụ, chủ động …`). */
  private adjunctAhead(): boolean {
    const type = this.LA(1).tokenType
    if (!(type === t.Stop || type === t.Prep || type === t.PurposeVerb || type === t.Purpose)) return false
    for (let k = 2; k < 16; k++) {
      const token = this.LA(k)
      if (token.tokenType === EOF || token.tokenType === t.Semicolon) return false
      if (this.predicateStartsAt(k) && token.tokenType !== t.PurposeVerb) return this.LA(k - 1).tokenType === t.Comma || this.LA(k - 1).tokenType === t.Plain || k > 2
    }

    return false
  }
}

/** A head written with its determiner (`các cấp ủy`, `những đơn vị`). */
export function pluralHead(token: IToken): boolean {
  return token.tokenType === t.Head && /^(?:các|những)\s/iu.test(token.image)
}

/** Heads that are also verbs (`tổ chức`): after a party, the action. */
function isVerbHead(token: IToken): boolean {
  const key = token.image.toLowerCase()
  return key === 'tổ chức' || key === 'lãnh đạo'
}

let instance: ClauseParser | undefined

/** The clause parser, built on first use. */
export function clauseParser(): ClauseParser {
  instance ??= new ClauseParser()
  return instance
}

const rules = ['core', 'frames', 'partyList'] as const

/**
 * Parses already made, kept on the first token of the run parsed: a clause is
 * parsed again from the same token by several readers (its reading, its
 * split at subjects, the heading's role). The tagger keeps each range's
 * tokens while its words live and never changes them, a token belongs to
 * one range, and callers pass runs of a range in a row (slices), so a
 * token and the run's length name the run. A parse depends on nothing but
 * the tokens (the parser's own fields are set before they are read), and
 * nobody changes the nodes.
 *
 * Parse a prefix of `tokens` with one rule; undefined when they do not fit it.
 */
export function parseWith(rule: (typeof rules)[number], tokens: ClauseToken[]): CstNode | undefined {
  const first = tokens[0]
  if (!first) return parseNow(rule, tokens)
  const known = (first.parses ??= new Map())
  const key = tokens.length * rules.length + rules.indexOf(rule)
  const found = known.get(key)
  if (found !== undefined) return found ?? undefined
  // A token the rule cannot start with fails at once: no parser run, no exception.
  const node = canStart(rule, first) ? parseNow(rule, tokens) : undefined
  known.set(key, node ?? null)
  return node
}

function parseNow(rule: (typeof rules)[number], tokens: ClauseToken[]): CstNode | undefined {
  const parser = clauseParser()
  parser.input = tokens
  // Failed tries throw errors whose stacks nobody reads: not capturing them saves a tenth of `analyze`.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let node: CstNode
  try {
    node = parser[rule]()
  } finally {
    Error.stackTraceLimit = limit
  }

  // A rule that reads a prefix leaves the rest: only real mismatches count.
  return parser.errors.every((error) => error.name === 'NotAllInputParsedException') ? node : undefined
}
