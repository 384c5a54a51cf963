/**
 * Reading one clause: tag its words, find where its frames end and its core
 * begins, parse the core, and read off what it says: the parties named as
 * subject or handed the task, where the action starts, the roles (`chủ trì`,
 * `phối hợp với`, `báo cáo`), the polarity, and whether it asks anything.
 */
import {tokenMatcher, type CstNode, type TokenType} from 'chevrotain'
import {closingHandOvers, type FrameKind} from '../lexicon/frames.js'
import {placeWords} from '../lexicon/qualifiers.js'
import {assigningVerbs, leadInModals, leadInTails, promiseModals, reportCompanions, reportReceivers, reportTargets as reportTargetWords, sendingVerbs, sentDocuments} from '../lexicon/verbs.js'
import {phraseSet, wordsOf, type Word} from '../words.js'
import {findTimings} from '../timing.js'
import {parseWith} from './grammar.js'
import {piecesOf, tokensOf, type PartyPiece} from './pieces.js'
import {firstToken, readAs, tag, type ClauseToken} from './tagger.js'
import {canStart} from './first.js'
import * as t from './tokens.js'

/** A range of words `[from, to)` of a unit. */
export interface Clause {
  from: number
  to: number
}

/** A frame before the subject. */
export interface Frame {
  kind: FrameKind | 'other'
  /** Words `[from, to)`. */
  from: number
  to: number
}

/** What a clause says. */
export interface ClauseReading {
  frames: Frame[]
  /** Parties named as subject (or handed the task); empty when the clause names nobody. */
  parties: PartyPiece[]
  /** The party that hands the task over (`Ban Thường vụ Tỉnh ủy` in `Ban Thường vụ Tỉnh ủy yêu cầu …`). */
  issuer: PartyPiece[]
  /** Those a party directs (`Chi cục Thủy sản` in `Sở Nông nghiệp chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:`). */
  directed: PartyPiece[]
  /** The clause hands the task over (`giao X`, `đề nghị X`). */
  handover: boolean
  /** Word index where the action starts. */
  actionFrom: number
  /** The clause opens with an action (after its frames). */
  startsWithVerb: boolean
  /** The clause asks nothing (praise, a statement, a passive). */
  noTask: boolean
  /** Only the party and its duty, the duties themselves listed below (`Người đứng đầu cơ quan có trách nhiệm:`): names the party of the lines below, asks nothing itself. */
  leadIn: boolean
  lead: boolean
  polarity: 'do' | 'refrain'
  with: PartyPiece[]
  reportTo: PartyPiece[]
  /** The closing formula (`… thông báo để X biết, thực hiện`): a task for X at `closing`. */
  closing: boolean
}

const empty = (from: number): ClauseReading => ({
  frames: [],
  parties: [],
  issuer: [],
  directed: [],
  handover: false,
  actionFrom: from,
  startsWithVerb: false,
  noTask: false,
  leadIn: false,
  lead: false,
  polarity: 'do',
  with: [],
  reportTo: [],
  closing: false
})

/**
 * Readings already made, per word list: a clause is read again by the split
 * at subjects and by the walk over its parts (two in five readings on the
 * real texts were repeats). A reading depends on the words, the range and
 * `opening` only; it is shared, so it is frozen (with its lists) and never
 * changed.
 */
const readings = new WeakMap<readonly Word[], Map<string, {text: string; reading: ClauseReading}>>()

/** Read a clause of a unit's text. */
export function readClause(text: string, words: readonly Word[], clause: Clause, options: {opening?: boolean} = {}): ClauseReading {
  let known = readings.get(words)
  if (!known) {
    known = new Map()
    readings.set(words, known)
  }

  const key = `${clause.from} ${clause.to} ${options.opening === true}`
  const found = known.get(key)
  if (found && found.text === text) return found.reading
  const reading = freeze(readNow(text, words, clause, options))
  known.set(key, {text, reading})
  return reading
}

function freeze(reading: ClauseReading): ClauseReading {
  for (const list of [reading.frames, reading.parties, reading.issuer, reading.directed, reading.with, reading.reportTo]) Object.freeze(list)
  return Object.freeze(reading)
}

function readNow(text: string, words: readonly Word[], clause: Clause, options: {opening?: boolean}): ClauseReading {
  const tokens = tag(text, words, clause.from, clause.to)
  if (tokens.length === 0) return empty(clause.from)
  const formula = closingFormula(text, words, clause)
  if (formula) return formula
  const found = openingFallback(tokens, findCore(tokens, opensWithTime(text, tokens)), options.opening === true)
  const reading = empty(tokens[0]!.from)
  reading.frames = framesOf(tokens.slice(0, found.at))
  const coreTokens = tokens.slice(found.at)
  const core = found.node
  if (!core) {
    const receivers = sentTo(text, words, tokens)
    if (receivers) {
      // `Các Báo cáo trên gửi Bộ Tư pháp trước ngày …`: the task before it goes on.
      reading.startsWithVerb = true
      reading.reportTo = receivers
      return reading
    }

    reading.actionFrom = coreTokens[0]?.from ?? clause.to
    reading.noTask = true
    return reading
  }

  const [kind, node] = onlyChild(core)
  let predicate: CstNode | undefined
  if (kind === 'handOver' && !(!options.opening && directs(node))) {
    reading.handover = true
    const parties = node.children.parties as CstNode[] | undefined
    const issuer = node.children.issuer as CstNode[] | undefined
    if (parties?.[0]) reading.parties = piecesOf(text, words, parties[0])
    if (issuer?.[0]) reading.issuer = piecesOf(text, words, issuer[0])
    predicate = (node.children.predicate as CstNode[] | undefined)?.[0]
    const after = parties?.[0] ? tokensOf(parties[0]) : []
    reading.actionFrom = predicate ? tokensOf(predicate)[0]!.from : (after[after.length - 1]?.to ?? clause.to)
    // `Giao Bộ Văn hóa, Thể thao và Du lịch:` over its tasks: their party, no task of its own.
    if (!predicate && reading.parties.length > 0 && endsOnColon(words, reading.actionFrom + 1)) reading.leadIn = true
  } else if (kind === 'handOver') {
    // `Sở Y tế chỉ đạo các bệnh viện …`, `Chỉ đạo UBND tỉnh …`: outside the opening request, directing others is the task of the party that directs.
    const issuer = (node.children.issuer as CstNode[] | undefined)?.[0]
    if (issuer) reading.parties = piecesOf(text, words, issuer)
    else reading.startsWithVerb = true
    const directed = (node.children.parties as CstNode[] | undefined)?.[0]
    if (directed) reading.directed = piecesOf(text, words, directed)
    const verb = (node.children.HandOver as ClauseToken[])[0]!
    reading.actionFrom = verb.from
    predicate = node
  } else if (kind === 'subject') {
    reading.parties = piecesOf(text, words, (node.children.partyList as CstNode[])[0]!)
    // `+ Xã Tân Tiến: Lấy mẫu …`: a place named before a colon says where, not who.
    if (node.children.Colon && reading.parties.every((piece) => namesPlace(piece.text))) reading.parties = []
    predicate = (node.children.predicate as CstNode[])[0]
    reading.actionFrom = tokensOf(predicate!)[0]!.from
  } else {
    predicate = node
    reading.actionFrom = tokensOf(node)[0]!.from
    reading.startsWithVerb = true
  }

  if (predicate) readPredicate(text, words, tokensOf(predicate), reading)
  if (promisesHandOver(coreTokens)) reading.noTask = true
  return reading
}

const promises: ReadonlySet<string> = new Set(promiseModals)
const leadIns = phraseSet(leadInModals)
const leadTails = phraseSet(leadInTails)
const receiverMarks: ReadonlySet<string> = new Set(reportReceivers)
const assigning: ReadonlySet<string> = new Set(assigningVerbs)

/** `… sẽ giao …`: a hand-over promised for later. */
function promisesHandOver(tokens: readonly ClauseToken[]): boolean {
  const handOver = tokens.findIndex((token) => token.tokenType === t.HandOver)
  const before = tokens[handOver - 1]
  return handOver > 0 && before?.tokenType === t.Modal && promises.has(before.image.toLowerCase())
}

const closingWords = phraseSet(closingHandOvers)

/**
 * `Văn phòng Chính phủ thông báo để Bộ Tư pháp và các cơ quan liên quan
 * biết, thực hiện`: the parties after the formula must act on the whole text.
 */
function closingFormula(text: string, words: readonly Word[], clause: Clause): ClauseReading | undefined {
  for (let at = clause.from; at < clause.to; at++) {
    const formula = closingWords.match(words, at)
    if (!formula) continue
    const list = partiesAt(text, words, at + formula.length, clause.to)
    // `Văn phòng Chính phủ thông báo để thực hiện`: the formula with nobody named hands the text to no one.
    if (!list && formula.keys[formula.keys.length - 1] === 'để') return {...empty(clause.from), actionFrom: at, noTask: true}
    if (!list || words[list.end]?.key !== 'biết') return undefined
    const reading = empty(clause.from)
    reading.parties = list.parties
    reading.actionFrom = list.end
    reading.closing = true
    return reading
  }

  return undefined
}

/**
 * The opening request whose issuer could not be read as a party (`Bộ Chính
 * trị, Ban Bí thu yêu cầu …`, OCR): the request read from its hand-over
 * verb, the issuer left out.
 */
function openingFallback(tokens: ClauseToken[], found: FoundCore, opening: boolean): FoundCore {
  if (!opening || (found.node && onlyChild(found.node)[0] === 'handOver')) return found
  for (let at = Math.max(1, found.at); at < tokens.length; at++) {
    if (tokens[at]!.tokenType !== t.HandOver) continue
    // Only where the words before it, from a comma or the frames' end, read as a name but for one garbled word.
    let from = at
    while (from > found.at && issuerWords.has(tokens[from - 1]!.tokenType)) from--
    const stray = (start: number): number => tokens.slice(start, at).filter((token) => token.tokenType === t.Verb || token.tokenType === t.Plain).length
    let start = from
    while (start < at && !(tokenIs(tokens[start]!, t.PartyStart) && (start === from || tokens[start - 1]!.tokenType === t.Comma) && stray(start) <= 1)) start++
    if (start === at) return found
    const node = parseWith('core', tokens.slice(at))
    if (node && onlyChild(node)[0] === 'handOver') return {at, node}
    return found
  }

  return found
}

/** Tokens of an issuer's name, and the stray word OCR leaves in one. */
const issuerWords: ReadonlySet<TokenType> = new Set([t.Head, t.Body, t.Name, t.Acronym, t.Level, t.Modifier, t.Comma, t.And, t.Det, t.Verb, t.Plain])

interface FoundCore {
  /** Token index where the core starts. */
  at: number
  node: CstNode | undefined
}

/**
 * Where the subject starts: at the clause's start, or after a frame (a
 * comma, a colon or `thì` ending it; or, after a condition without a comma,
 * where a party with its modal begins). A core with a subject wins over one
 * without; failing both, the predicate after the frames.
 */
function findCore(tokens: ClauseToken[], timeFirst = false): FoundCore {
  const first = tokens[0]!
  // A frame's word opens the clause, or a time set apart by a comma (`Trong quý I năm 2027, Ủy ban Kiểm tra …`);
  // an adverb opening it (`Khẩn trương …, các địa phương phải …`) only lets a strong subject follow.
  // `Địa phương nào để dịch bùng phát … thì bí thư cấp ủy … phải …`: `X nào … thì` is a condition, the subject follows `thì`.
  const which = tokens.slice(1, 4).some((token) => /^nào$/iu.test(token.image)) && tokens.some((token) => token.tokenType === t.Then)
  const framed = tokenIs(first, t.FrameOpener) || timeFirst || which
  const leadingAdverb = first.tokenType === t.Adverb
  const candidates: number[] = which ? [] : [0]
  // `Đồng thời tiếp tục phối hợp …`, `Trên cơ sở đó Bộ Tư pháp …`: a connective needs no comma after it.
  if (first.tokenType === t.Connective && tokens.length > 1 && tokens[1]!.tokenType !== t.Comma) candidates.push(1)
  for (let at = 0; at < tokens.length - 1; at++) {
    const type = tokens[at]!.tokenType
    if (type === t.Comma || type === t.Colon || type === t.Then || type === t.Semicolon) candidates.push(at + 1)
    // `nếu có khó khăn, vướng mắc đề nghị các sở …`: a hand-over ends a frame without a comma.
    else if (framed && at > 0 && tokens[at]!.tokenType === t.HandOver && tokens[at - 1]!.tokenType !== t.Comma && tokens.slice(0, at).some((token) => token.tokenType === t.Condition || token.tokenType === t.Stop && /^nếu$/iu.test(token.image))) candidates.push(at)
    // `nếu có khó khăn, vượt thẩm quyền kịp thời báo cáo …`: an adverb after the condition's words opens the predicate.
    else if (framed && at > 0 && tokens[at]!.tokenType === t.Adverb && tokens[at - 1]!.tokenType === t.Plain && tokens.slice(0, at).some((token) => token.tokenType === t.Condition || token.tokenType === t.Stop && /^nếu$/iu.test(token.image))) candidates.push(at)
  }

  candidates.sort((a, b) => a - b)
  // A topic runs to its colon (`Đối với các công trình, khu nhà trọ, cơ sở thu mua phế liệu: Sở Xây dựng …`): no subject inside it.
  const topicEnd = first.tokenType === t.Topic ? tokens.findIndex((token) => token.tokenType === t.Colon || token.tokenType === t.Semicolon) : -1
  if (topicEnd > 0 && tokens[topicEnd]!.tokenType === t.Colon) {
    const after = candidates.filter((at) => at === 0 || at > topicEnd)
    candidates.length = 0
    candidates.push(...after)
  }

  // Narrative (`Thời gian qua, …`, `Mặc dù …`): nothing is asked.
  if (first.tokenType === t.Narrative) return {at: tokens.length, node: undefined}
  let predicateOnly: FoundCore | undefined
  let best: {found: FoundCore; rank: number} | undefined
  for (const at of candidates) {
    const node = parseWith('core', tokens.slice(at))
    if (!node) continue
    const [kind, inner] = onlyChild(node)
    if (kind === 'predicate') {
      if (at === 0 && !framed && !leadingAdverb) return {at, node}
      predicateOnly ??= at === 0 && first.tokenType !== t.PurposeVerb && first.tokenType !== t.Adverb ? undefined : {at, node}
      continue
    }

    // Right after a topic's colon, a subject is the clause's: a hand-over later in it (`…, yêu cầu chủ đầu tư …`) is its action.
    if (at === 0 || (topicEnd > 0 && at === topicEnd + 1)) return {at, node}
    // `Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính …`: a bare noun going on with the frame's list.
    if (continuesList(tokens, at)) continue
    // After a frame, a name followed by a passive is what is done, not who does it (`…, hồ sơ của Đảng ủy X được giao nộp vào lưu trữ`).
    if (kind === 'subject' && startsPassive(inner)) continue
    // After a comma, a subject needs a frame before it, or a strong mark of its own (a hand-over, a modal).
    const strong = kind === 'handOver' || hasModal(inner)
    if ((!framed || leadingAdverb) && tokens[at - 1]!.tokenType === t.Comma && !strong) continue
    // Inside a long frame, the commas of its own list come first: a hand-over or a modal after a later one wins.
    const rank = kind === 'handOver' ? 2 : strong ? 1 : 0
    if (!best || rank > best.rank) best = {found: {at, node}, rank}
    if (rank === 2) break
  }

  if (best) return best.found
  // A condition without a comma: `Trường hợp phát hiện vi phạm Sở X phải …`.
  if (first.tokenType === t.Condition || first.tokenType === t.Topic) {
    for (let at = 1; at < tokens.length; at++) {
      // Without a comma only a party that stands out can open the subject: a determiner, a body's name, a capital.
      const start = tokens[at]!
      if (!tokenIs(start, t.PartyStart) || !(start.tokenType === t.Det || start.tokenType === t.Body || /^\p{Lu}/u.test(start.image))) continue
      const node = parseWith('core', tokens.slice(at))
      // … with a modal, or, after a condition, a body of the gazetteer (`Trường hợp phát sinh vướng mắc Sở Y tế kịp thời báo cáo …`).
      const named = first.tokenType === t.Condition && start.tokenType === t.Body && tokens[at - 1]!.tokenType === t.Plain
      if (node && onlyChild(node)[0] === 'subject' && (hasModal(onlyChild(node)[1]) || named)) return {at, node}
    }
  }

  if (predicateOnly) return predicateOnly
  // `Việc sắp xếp thôn phải bảo đảm …`: after a topic without a comma, the modal opens the predicate.
  if (first.tokenType === t.Topic || first.tokenType === t.Condition) {
    const modal = tokens.findIndex((token, index) => index > 1 && token.tokenType === t.Modal)
    const node = modal === -1 ? undefined : parseWith('core', tokens.slice(modal))
    if (node && onlyChild(node)[0] === 'predicate') return {at: modal, node}
  }

  // Frames and no action after them: nothing asked.
  return {at: tokens.length, node: undefined}
}

/** Tokens that go on a party's name in a frame's list. */
const listWordTypes: ReadonlySet<TokenType> = new Set([t.Det, t.Head, t.Body, t.Name, t.Level, t.Modifier, t.Plain, t.Acronym, t.Number])

/**
 * The candidate subject at `at`, after a comma, is a bare lower-case noun
 * that goes on with a list opened by a determiner before the comma (`các Bộ,
 * cơ quan liên quan`): part of the frame, not the subject.
 */
function continuesList(tokens: ClauseToken[], at: number): boolean {
  const first = tokens[at]
  if (!first || tokens[at - 1]?.tokenType !== t.Comma) return false
  if (!(first.tokenType === t.Head || first.tokenType === t.Plain) || /^\p{Lu}/u.test(first.image)) return false
  let start = at - 2
  while (start >= 0 && listWordTypes.has(tokens[start]!.tokenType)) start--
  const opener = tokens[start + 1]
  if (!opener || start + 1 > at - 2) return false
  if (opener.tokenType === t.Det) return true
  // `Việc sắp xếp thôn, tổ dân phố phải …`: lower-case party nouns on both sides of the comma.
  const before = tokens[at - 2]!
  if ((before.tokenType === t.Head || before.tokenType === t.Level) && !/^\p{Lu}/u.test(before.image) && first.tokenType === t.Head) return true
  // … carried over a piece of the list only when that piece is all names (`cán bộ, đảng viên vi phạm, cấp ủy …`: `vi phạm` ends the list).
  const piece = tokens.slice(start + 1, at - 1)
  return tokens[start]?.tokenType === t.Comma && start > 0 && !piece.some((token) => token.tokenType === t.Plain) && continuesList(tokens, start + 1)
}

/** The comma at `at` is inside a list of parties after `phối hợp với`, `cùng với` or `báo cáo`. */
function insideObjectList(tokens: ClauseToken[], at: number): boolean {
  let index = at - 1
  while (index >= 0 && (listWordTypes.has(tokens[index]!.tokenType) || tokens[index]!.tokenType === t.Comma || tokens[index]!.tokenType === t.And)) index--
  const opener = tokens[index]?.tokenType
  return index < at - 1 && (opener === t.With || opener === t.Report)
}

/** The hand-over verb is `chỉ đạo` (direct), which a party does to those under it. */
function directs(node: CstNode): boolean {
  const verb = (node.children.HandOver as ClauseToken[] | undefined)?.[0]
  return verb !== undefined && /^chỉ\s+đạo$/iu.test(verb.image)
}

function startsPassive(subject: CstNode): boolean {
  const predicate = (subject.children.predicate as CstNode[] | undefined)?.[0]
  return predicate !== undefined && tokensOf(predicate)[0]?.tokenType === t.Passive
}

function hasModal(subject: CstNode): boolean {
  const predicate = (subject.children.predicate as CstNode[] | undefined)?.[0]
  if (!predicate) return false
  const tokens = tokensOf(predicate)
  return tokens.slice(0, 3).some((token) => token.tokenType === t.Modal || token.tokenType === t.Lead)
}

function onlyChild(node: CstNode): [string, CstNode] {
  const [name, children] = Object.entries(node.children)[0]!
  return [name, children[0] as CstNode]
}

function tokenIs(token: ClauseToken, type: TokenType): boolean {
  return tokenMatcher(token, type)
}

/**
 * The clause opens with a time set apart by a comma (`Trong quý I năm 2027,`,
 * `Từ ngày 01/7/2026,`, `Hằng năm,`): the words before the first comma are
 * one timing phrase of `timing.ts`.
 */
function opensWithTime(text: string, tokens: ClauseToken[]): boolean {
  const comma = tokens.findIndex((token) => token.tokenType === t.Comma)
  if (comma < 1 || comma > 8) return false
  const head = text.slice(tokens[0]!.startOffset, tokens[comma]!.startOffset).trimEnd()
  const [timing] = findTimings(head, {year: undefined})
  // (`Đến hết ngày 31/10/2026, toàn tỉnh giải ngân được …` counts up to a day: a result, not a task's time.)
  return timing !== undefined && timing.kind !== 'until' && timing.start === 0 && timing.end === head.length
}

/** Frames of the words before the core, each opened by its word. */
function framesOf(tokens: ClauseToken[]): Frame[] {
  if (tokens.length === 0) return []
  const node = parseWith('frames', tokens)
  if (!node) return []
  return ((node.children.frame ?? []) as CstNode[]).map((frame) => {
    const own = tokensOf(frame)
    const opener = own[0]!.tokenType
    const kind: Frame['kind'] =
      opener === t.Topic ? 'topic' : opener === t.Condition ? 'condition' : opener === t.Purpose || opener === t.PurposeVerb ? 'purpose' : opener === t.Connective ? 'connective' : opener === t.Narrative ? 'narrative' : 'other'
    return {kind, from: own[0]!.from, to: own[own.length - 1]!.to}
  })
}

/** The clause's last word, or the one right after it, is a colon (a list follows). */
function endsOnColon(words: readonly Word[], to: number): boolean {
  return words[to - 1]?.text === ':' || words[to]?.text === ':'
}

/** The words from `from` to `to` are punctuation and words of a lead-in's tail only (`, quyền hạn sau:`). */
function onlyLeadTail(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    if (words[at]!.punct) {
      at++
      continue
    }

    const found = leadTails.match(words, at)
    if (!found) return false
    at += found.length
  }

  return true
}

/** Roles, polarity and whether anything is asked, from the predicate's tokens. */
function readPredicate(text: string, words: readonly Word[], tokens: ClauseToken[], reading: ClauseReading): void {
  let main = 0
  while (main < tokens.length && (tokens[main]!.tokenType === t.Adverb || tokens[main]!.tokenType === t.Modal)) main++
  const action = tokens[main]
  reading.noTask = action !== undefined && (action.tokenType === t.Statement || (action.tokenType === t.Passive && reading.parties.length === 0))
  // `… có trách nhiệm:` and nothing else: the duties are the lines below.
  const modal = tokens.slice(0, main).findLast((token) => token.tokenType === t.Modal)
  reading.leadIn = reading.parties.length > 0 && modal !== undefined && leadIns.match(words, modal.from)?.length === modal.to - modal.from && onlyLeadTail(words, modal.to, tokens.at(-1)!.to) && endsOnColon(words, tokens.at(-1)!.to)
  // The main action is not to act (`tạm dừng …`, `không được …`); a verb before it (`yêu cầu tạm dừng`) is the action.
  const acting = (token: ClauseToken | undefined): boolean => token !== undefined && (token.tokenType === t.HandOver || token.tokenType === t.Verb || token.tokenType === t.Report || token.tokenType === t.Lead)
  reading.polarity = tokens.slice(0, Math.min(tokens.length, main + 2)).some((token, index) => token.tokenType === t.Refrain && !(index === main + 1 && acting(tokens[main]))) ? 'refrain' : 'do'
  reading.lead = tokens.slice(0, main + 4).some((token) => token.tokenType === t.Lead)

  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.tokenType === t.With && reading.with.length === 0) {
      const list = listAt(tokens, at + 1, token.image.toLowerCase().includes('với'))
      if (list) reading.with = beforeSubset(tokens, piecesOf(text, words, list))
    } else if (token.tokenType === t.Report || sendsReport(tokens, at)) {
      reading.reportTo.push(...reportTargets(text, words, tokens, at))
    }
  }

  reading.reportTo = unique(reading.reportTo.map(dropVia))
}

/** `gửi Báo cáo về X`: a report named as a document, sent. */
function sendsReport(tokens: ClauseToken[], at: number): boolean {
  return /^báo\s+cáo$/iu.test(tokens[at]!.image) && tokens[at - 1]?.tokenType === t.Verb && /^gửi$/iu.test(tokens[at - 1]!.image)
}

const places = phraseSet(placeWords)

/** `Xã Tân Tiến`, `Phường Hải Bình`: a place word and a proper name, no body. */
function namesPlace(text: string): boolean {
  const own = wordsOf(text)
  const place = places.match(own, 0)
  return place !== undefined && place.length < own.length && own.slice(place.length).every((word) => word.capital)
}

/** A party list starting at token `at` (any party after `với`; a name, a head or a determiner without it). */
function listAt(tokens: ClauseToken[], at: number, loose: boolean): CstNode | undefined {
  const first = tokens[at]
  if (!first) return undefined
  if (!loose && !(first.tokenType === t.Det || first.tokenType === t.Head || first.tokenType === t.Body || first.tokenType === t.Name || first.tokenType === t.Acronym)) return undefined
  return parseWith('partyList', tokens.slice(at))
}

/** Parties up to `nhất là`/`đặc biệt là`, which names some of those already listed (`các địa phương, nhất là các huyện biên giới`). */
function beforeSubset(tokens: ClauseToken[], pieces: PartyPiece[]): PartyPiece[] {
  const subset = tokens.find((token) => token.tokenType === t.ListConnective && /^(?:nhất|đặc biệt)/iu.test(token.image) && token.startOffset > (pieces[0]?.start ?? 0))
  return subset ? pieces.filter((piece) => piece.start < subset.startOffset) : pieces
}

const companions = phraseSet(reportCompanions)
const sending: ReadonlySet<string> = new Set(sendingVerbs)
const targets: ReadonlySet<string> = new Set(reportTargetWords)
const documents = phraseSet(sentDocuments)

/** `Các Báo cáo trên gửi Bộ Tư pháp`: what is sent, then `gửi (về)` and the receivers; undefined when the clause is not so. */
function sentTo(text: string, words: readonly Word[], tokens: ClauseToken[]): PartyPiece[] | undefined {
  let at = 0
  while (at < tokens.length && tokens[at]!.tokenType === t.Det) at++
  const noun = tokens[at]
  if (!noun || documents.match(words, noun.from) === undefined) return undefined
  for (let look = at + 1; look < Math.min(tokens.length, at + 6); look++) {
    const token = tokens[look]!
    if (token.tokenType === t.Comma || token.tokenType === t.Semicolon) return undefined
    if (!sending.has(token.image.toLowerCase())) continue
    let start = look + 1
    if (targets.has(tokens[start]?.image.toLowerCase() ?? '')) start++
    const list = listAt(tokens, start, false)
    return list ? piecesOf(text, words, list) : undefined
  }

  return undefined
}

/** `báo cáo X`, `báo cáo … với/về/lên X`; not `… để tổng hợp, báo cáo X` (the receiver reports on). */
function reportTargets(text: string, words: readonly Word[], tokens: ClauseToken[], at: number): PartyPiece[] {
  for (let back = Math.max(0, at - 4); back < at; back++) if (tokens[back]!.image.toLowerCase() === 'để') return []
  let start = at + 1
  // `báo cáo, đề xuất Ủy ban nhân dân tỉnh`: verbs written with it come before the receiver.
  while (start < tokens.length && (tokens[start]!.tokenType === t.Comma || tokens[start]!.tokenType === t.And || companions.match(words, tokens[start]!.from)?.length === tokens[start]!.to - tokens[start]!.from)) start++
  // `báo cáo ngay X`, `báo cáo kịp thời X`: how it is sent comes before the receiver.
  while (start < tokens.length && (tokens[start]!.tokenType === t.Adverb || /^ngay$/iu.test(tokens[start]!.image))) start++
  const direct = listAt(tokens, start, false)
  if (direct) return piecesOf(text, words, direct)
  for (let look = start; look < Math.min(tokens.length, start + 16); look++) {
    const token = tokens[look]!
    if (token.tokenType === t.Semicolon || token.tokenType === t.Report) break
    // `báo cáo, đề xuất giải pháp để Thường trực Tỉnh ủy … chỉ đạo`: the report goes to whoever is to act on it.
    if (targets.has(token.image.toLowerCase()) || (receiverMarks.has(token.image.toLowerCase()) && tokenIs(tokens[look + 1] ?? token, t.PartyStart) && tokens[look + 1]?.tokenType !== t.Det)) {
      const list = listAt(tokens, look + 1, false)
      if (list) return piecesOf(text, words, list)
    }
  }

  return []
}

/** `Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)`: the report goes to the first, through the second. */
function dropVia(piece: PartyPiece): PartyPiece {
  const via = /\s*\(\s*(?:thông\s+)?qua\s[^)]*\)?\s*$/u.exec(piece.text)
  if (!via) return piece
  return {text: piece.text.slice(0, via.index), start: piece.start, end: piece.end - via[0].length}
}

function unique(pieces: PartyPiece[]): PartyPiece[] {
  const seen = new Set<string>()
  return pieces.filter((piece) => {
    if (seen.has(piece.text)) return false
    seen.add(piece.text)
    return true
  })
}

/** A party list written at words `[from, to)`: its parties and the word just past it; undefined when none starts there. */
export function partiesAt(text: string, words: readonly Word[], from: number, to: number): {parties: PartyPiece[]; end: number} | undefined {
  // (A heading that opens with anything but a party's word is not tagged whole for nothing.)
  const opening = firstToken(text, words, from, to)
  if (opening && !canStart('partyList', opening)) return undefined
  const tokens = tag(text, words, from, to)
  if (tokens.length === 0) return undefined
  const list = parseWith('partyList', tokens)
  if (!list) return undefined
  const own = tokensOf(list)
  const parties = piecesOf(text, readAs(words, from, to), list)
  if (parties.length === 0) return undefined
  return {parties, end: own[own.length - 1]!.to}
}

/** Tokens that say something is done: outside a list of parties they make it a sentence. */
const predicateTypes: ReadonlySet<TokenType> = new Set([t.Verb, t.Modal, t.Lead, t.With, t.Report, t.HandOver, t.Statement, t.Refrain, t.Passive, t.Assigned])

/**
 * The words `[from, to)` as nothing but parties (`Sở Nội vụ, các sở, ban,
 * ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan,
 * tổ chức khác có liên quan`): every list in them, skipping adverbials
 * between lists; undefined when they say that something is done.
 */
export function listedParties(text: string, words: readonly Word[], from: number, to: number): PartyPiece[] | undefined {
  const tokens = tag(text, words, from, to)
  const parties: PartyPiece[] = []
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]!
    const starts = token.tokenType === t.Det || token.tokenType === t.Head || token.tokenType === t.Body || token.tokenType === t.Acronym || (token.tokenType === t.Name && parties.length === 0)
    const list = starts ? parseWith('partyList', tokens.slice(at)) : undefined
    if (list) {
      const own = tokensOf(list)
      parties.push(...piecesOf(text, readAs(words, from, to), list))
      at = tokens.indexOf(own[own.length - 1]!) + 1
      continue
    }

    if (predicateTypes.has(token.tokenType)) return undefined
    at++
  }

  return parties.length > 0 ? parties : undefined
}

/**
 * A `;`-part cut again where, after a comma, a new party takes a modal of
 * its own (`Cấp ủy đảng phải lãnh đạo, chính quyền phải vào cuộc …`): each
 * subject opens a clause. Only commas after the action's start count.
 */
export function splitAtSubjects(text: string, words: readonly Word[], clause: Clause, actionFrom: number): Clause[] {
  const tokens = tag(text, words, clause.from, clause.to)
  if (tokens.length === 0) return [clause]
  // The part's own subject comes first: its list's commas are not cuts.
  const own = readClause(text, words, clause)
  const from = Math.max(actionFrom, own.parties.length > 0 ? own.actionFrom : clause.from)
  const cuts: number[] = []
  for (let at = 0; at < tokens.length - 2; at++) {
    const token = tokens[at]!
    if (token.tokenType !== t.Comma || token.from < from) continue
    // `…, trên cơ sở đó giao các cơ sở giáo dục tự quyết định`: an assignment after a comma (and a connective) names its own party.
    let assignment = at + 1
    while (assignment < at + 4 && (tokens[assignment]?.tokenType === t.Connective || tokens[assignment]?.tokenType === t.Stop)) assignment++
    const verb = tokens[assignment]
    if (verb?.tokenType === t.HandOver && assigning.has(verb.image.toLowerCase())) {
      const node = parseWith('core', tokens.slice(assignment))
      if (node && onlyChild(node)[0] === 'handOver' && onlyChild(node)[1].children.parties) {
        cuts.push(tokens[at + 1]!.from)
        continue
      }
    }

    const next = tokens[at + 1]!
    if (!(next.tokenType === t.Det || next.tokenType === t.Head || next.tokenType === t.Body || next.tokenType === t.Acronym)) continue
    // `phối hợp với Sở Tài chính, Sở Xây dựng và các sở, ngành liên quan, … có trách nhiệm`: inside the list of those cooperated with, no new subject.
    if (continuesList(tokens, at + 1) || insideObjectList(tokens, at)) continue
    const node = parseWith('core', tokens.slice(at + 1))
    if (!node) continue
    const [kind, inner] = onlyChild(node)
    if (kind === 'subject' && hasModal(inner)) cuts.push(next.from)
  }

  if (cuts.length === 0) return [clause]
  const out: Clause[] = []
  let start = clause.from
  for (const cut of cuts) {
    out.push({from: start, to: cut})
    start = cut
  }

  out.push({from: start, to: clause.to})
  return out
}
