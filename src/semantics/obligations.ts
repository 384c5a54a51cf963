/**
 * Obligations from the tree: the opening request, each item and bullet, the
 * closing. A clause that names a party starts an obligation; one that names
 * nobody continues the obligation before it in the same item, or falls to
 * the parties of the line it hangs under (`inherited`), else to the opening
 * request's parties.
 */
import type {Body, Bullet, FlowContent, Item, Node, Paragraph, Position} from '../tree/types.js'
import {listedParties, partiesAt, readClause, splitAtSubjects, type Clause, type ClauseReading} from './clause/read.js'
import {partsOf, sentencesOf} from './clause/sentences.js'
import type {PartyPiece} from './clause/pieces.js'
import {findReferences} from './references.js'
import {cellTimings} from './tables.js'
import {findTimings, type FoundTiming} from './timing.js'
import {positionIn, sliceUnit, unitOf, type TextUnit} from './text-unit.js'
import {aimSections, exampleOpeners, frameOpeners, headingPartyOpeners, scopeSections} from './lexicon/frames.js'
import {determiners} from './lexicon/heads.js'
import {beliefVerbs} from './lexicon/verbs.js'
import {phraseSet, wordsOf, type PhraseTable, type Word} from './words.js'

/** A party as found: its text and where it is written. */
export interface FoundParty {
  text: string
  position: Position | undefined
}

/** An obligation being assembled. */
export interface Draft {
  at: string
  who: FoundParty[]
  inherited: boolean
  what: string[]
  when: Array<FoundTiming & {position: Position | undefined}>
  with: FoundParty[]
  reportTo: FoundParty[]
  lead: boolean
  polarity: 'do' | 'refrain'
  position: Position | undefined
  row?: Record<string, string>
}

/** Where messages about doubtful spots go. */
export interface Doubts {
  noParty(text: string, position: Position | undefined): void
}

/** What the walk needs to know of the document. */
export interface WalkContext {
  year: number | undefined
  /** The document's date, ISO: where a span with no start of its own runs from. */
  issued: string | undefined
  doubts: Doubts
}

interface UnitResult {
  drafts: Draft[]
  /** The last parties named as subject in the unit. */
  named: FoundParty[] | undefined
  /** Those the last sentence's party directs (`… chỉ đạo Chi cục X thực hiện các nội dung sau:`). */
  directed: FoundParty[] | undefined
  /** The obligation a following unit continues. */
  current: Draft | undefined
}

interface UnitOptions {
  /** Parties a clause that names nobody falls to. */
  context: FoundParty[]
  /** An obligation that party-less clauses continue. */
  continueFrom?: Draft
  /** Only hand-overs count (`yêu cầu X …`): the opening request. */
  opening?: boolean
  /** Only clauses with an obligation's mark count (`cần`, `phải`, `có trách nhiệm`): the rest of a preamble. */
  modalOnly?: boolean
}

/** Read one unit of text (a paragraph, an item's heading, a bullet). */
export function readUnit(walk: WalkContext, whole: TextUnit, at: string, options: UnitOptions): UnitResult {
  // `I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN`: a title in capitals names a section; its words (`YÊU CẦU`) ask nothing.
  if (inCapitals(whole.text)) return {drafts: [], named: undefined, directed: undefined, current: options.continueFrom}
  // `Cơ quan thực hiện: Sở Nội vụ chủ trì …; Sở Tư pháp …`: the sentences after a lead field's label (read as sentences: no list).
  const label = leadLabel.exec(whole.text)
  const unit = label ? sliceUnit(whole, label[0].length, whole.text.length) : whole
  // The clauses are read on the text with its line breaks (a capitalised verb opening a line starts a task); the rest on the spaced text, of the same length.
  const {words, sentences: clauses} = sentencesOf(unit.lined)
  const references = findReferences(unit.text, walk.year)
  const timings = findTimings(
    unit.text,
    {year: walk.year, date: walk.issued},
    references.map((reference) => [reference.start, reference.end] as const)
  )
  const drafts: Draft[] = []
  let current = options.continueFrom
  let named: FoundParty[] | undefined
  let directed: FoundParty[] | undefined

  for (const sentence of clauses) {
    // `… trên Hệ thống 751. Thời hạn hoàn thành: trước ngày 30/11/2025.`: the time of the task before it.
    const sentenceStart = words[sentence.from]!.start
    // (A label is at the sentence's start: its first words are enough, not the rest of the unit.)
    if (current && timeLabel.test(unit.text.slice(sentenceStart, sentenceStart + 64).replace(/^[*_\s]+/u, ''))) {
      const end = words[sentence.to - 1]!.end
      for (const timing of timings) if (timing.start >= sentenceStart && timing.start < end) current.when.push({...timing, position: positionIn(unit, timing.start, timing.end)})
      continue
    }

    // The subject of the sentence may run over `;`; after it, each `;` part is read on its own.
    const first = readClause(unit.lined, words, sentence, {opening: options.opening})
    const actionFrom = first.parties.length > 0 ? first.actionFrom : sentence.from
    // … and each part again where a new subject takes its own modal after a comma.
    const semicolonParts = partsOf(words, sentence, actionFrom)
    const parts = semicolonParts.flatMap((part) => (options.opening ? [part] : splitAtSubjects(unit.lined, words, part, actionFrom)))
    // Praise or a statement (`Ban Thường vụ Tỉnh ủy tin tưởng rằng …`, `Đồng chí A là cán bộ …`) asks nothing up to the next `;`;
    // a part after it asks something only where it names a subject of its own.
    const statementEnd = first.noTask && first.parties.length > 0 ? (beliefs.match(words, first.actionFrom) ? sentence.to : semicolonParts[0]!.to) : undefined
    if (statementEnd !== undefined) current = undefined
    parts.forEach((clause, index) => {
      if (statementEnd !== undefined && clause.from < statementEnd) return
      const reading = index === 0 ? {...first} : readClause(unit.lined, words, clause, {opening: options.opening})
      if (statementEnd !== undefined && reading.parties.length === 0) return
      if (options.opening && !reading.handover) return
      if (options.modalOnly && !hasModal(words, reading.actionFrom)) return
      if (reading.parties.length > 0) {
        if (reading.noTask) {
          current = undefined
          return
        }

        // A lead-in (`X có trách nhiệm:`) names the party of the duties below and asks nothing itself.
        if (reading.leadIn) {
          current = undefined
          named = found(unit, reading.parties)
          return
        }

        const who = found(unit, reading.parties)
        if (index > 0 && current) keepRolesBefore(current, positionIn(unit, words[clause.from]!.start, words[clause.from]!.end).start.offset ?? 0)
        // `1. Bộ trưởng các Bộ` / `Tập trung chỉ đạo …`: the task on the lines under its party's line hangs under it (inherited).
        const action = words[reading.actionFrom]
        const underItsLine = index === 0 && sentence.from === 0 && action?.capital === true && /\n[ \t*_]*$/.test(unit.lined.slice(0, action.start))
        current = newDraft(reading.closing ? 'closing' : at, who, underItsLine, unit, words, clause, reading)
        drafts.push(current)
        named = who
        directed = reading.directed.length > 0 ? found(unit, reading.directed) : undefined
      } else {
        if (reading.noTask) return
        if (!current) {
          if (!reading.startsWithVerb) return
          if (options.context.length === 0) {
            walk.doubts.noParty(clauseText(unit, words, clause), positionIn(unit, words[clause.from]!.start, words[clause.to - 1]!.end))
            return
          }

          current = newDraft(at, options.context, true, unit, words, clause, reading)
          drafts.push(current)
        }
      }

      addClause(current, unit, words, clause, reading, timings)
    })
  }

  return {drafts, named, directed, current}
}

/** Letters, none of them lower case (two words at least). */
function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(text)
}

/** Roles read over the whole sentence stop where a later part names a party of its own: from `from` on, they are that party's. */
function keepRolesBefore(draft: Draft, from: number): void {
  const before = (party: FoundParty): boolean => (party.position?.start.offset ?? 0) < from
  draft.with = draft.with.filter(before)
  draft.reportTo = draft.reportTo.filter(before)
}

const beliefs = phraseSet(beliefVerbs)

const modals = new Set(['cần', 'phải', 'có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương', 'cần phải'])

/** The action opens with a mark of obligation. */
function hasModal(words: Word[], from: number): boolean {
  const one = words[from]?.key ?? ''
  const three = [words[from]?.key, words[from + 1]?.key, words[from + 2]?.key].join(' ')
  return modals.has(one) || modals.has(three) || modals.has(`${one} ${words[from + 1]?.key ?? ''}`)
}

function newDraft(at: string, who: FoundParty[], inherited: boolean, unit: TextUnit, words: Word[], clause: Clause, reading: ClauseReading): Draft {
  return {
    at,
    who,
    inherited,
    what: [],
    when: [],
    with: [],
    reportTo: [],
    lead: false,
    polarity: reading.polarity,
    position: positionIn(unit, words[clause.from]!.start, words[clause.to - 1]!.end)
  }
}

function addClause(draft: Draft, unit: TextUnit, words: Word[], clause: Clause, reading: ClauseReading, timings: FoundTiming[]): void {
  const from = words[Math.min(reading.actionFrom, clause.to - 1)]!.start
  const to = words[clause.to - 1]!.end
  const what = unit.text.slice(from, to).replace(/[\s,:;.]+$/u, '').trim()
  if (what) draft.what.push(what)
  draft.lead ||= reading.lead
  draft.with.push(...found(unit, reading.with))
  draft.reportTo.push(...found(unit, reading.reportTo))
  const start = words[clause.from]!.start
  for (const timing of timings) {
    if (timing.start >= start && timing.start < to) draft.when.push({...timing, position: positionIn(unit, timing.start, timing.end)})
  }
}

function clauseText(unit: TextUnit, words: Word[], clause: Clause): string {
  return unit.text.slice(words[clause.from]!.start, words[clause.to - 1]!.end)
}

function found(unit: TextUnit, pieces: PartyPiece[]): FoundParty[] {
  return pieces.map((piece) => ({text: tidy(piece.text), position: positionIn(unit, piece.start, piece.end)}))
}

/** No trailing punctuation, single spaces. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/u, '').trim()
}

// ------------------------------------------------------------------ walk

/** Obligations and requested parties of a body. */
export function walkBody(walk: WalkContext, body: Body): {drafts: Draft[]; requested: FoundParty[]} {
  const drafts: Draft[] = []
  const children = body.children
  const firstItem = children.findIndex((node) => node.type === 'item')
  const preamble = children.filter((node, index) => node.type !== 'closing' && node.type !== 'item' && (firstItem === -1 || index < firstItem))
  const hasItems = firstItem !== -1

  // The opening request: the first preamble paragraph that hands the task over.
  let requested: FoundParty[] = []
  let opening: Draft | undefined
  let openingNode: Node | undefined
  for (const node of preamble) {
    if (node.type !== 'paragraph') continue
    const result = readUnit(walk, unitOf([node]), 'preamble', {context: [], opening: true})
    const first = result.drafts[0]
    if (first) {
      requested = first.who
      opening = first
      openingNode = node
      break
    }
  }

  if (opening) drafts.push(opening)
  // Without items, the rest of the preamble is the body of the request.
  if (!hasItems) {
    for (const node of preamble) {
      if (node.type === 'paragraph') {
        const result = readUnit(walk, unitOf([node]), 'preamble', {context: []})
        drafts.push(...result.drafts.filter((draft) => !opening || !samePlace(draft, opening)))
      } else if (node.type === 'bullet') drafts.push(...walkBullet(walk, node, 'preamble', requested))
    }
  } else {
    for (const node of preamble) {
      if (node.type === 'bullet') drafts.push(...walkBullet(walk, node, 'preamble', requested))
      // A party told what it must do before the items (`X cần …`, `X phải …`).
      if (node.type === 'paragraph' && node !== openingNode) {
        drafts.push(...readUnit(walk, unitOf([node]), 'preamble', {context: [], modalOnly: true}).drafts)
      }
    }
  }

  const lastItem = children.findLast((node): node is Item => node.type === 'item')
  const closing = lastItem ? closingTail(walk, lastItem) : undefined
  for (const node of children) {
    if (node.type === 'item') drafts.push(...walkItem(walk, closing && node === lastItem ? withoutTail(node, closing.owner, closing.tail.length) : node, requested))
    if (node.type === 'closing') drafts.push(...walkFlow(walk, node.children, 'closing', [], undefined))
  }

  if (closing) drafts.push(...walkFlow(walk, closing.tail, 'closing', [], undefined))

  return {drafts, requested}
}

/**
 * The closing written as the last paragraphs of the last item (`VI. KINH
 * PHÍ` › `- Từ ngân sách tỉnh` › `… Đề nghị các sở, ban, ngành và địa
 * phương khẩn trương thực hiện …`), or of its last sub-item: paragraphs
 * that hand the whole text over to parties. After bullets or sub-items any
 * hand-over will do; right after an item's own heading only one that names
 * who hands over (`Thủ tướng Chính phủ đề nghị …`), since `Giao Sở X …`
 * under a heading is the item's own task.
 */
function closingTail(walk: WalkContext, item: Item): {owner: Item; tail: FlowContent[]} | undefined {
  const last = item.children.findLast((node) => node.type !== 'paragraph' && !inert(node))
  const children = item.children
  let from = children.length
  while (from > 1 && (children[from - 1]!.type === 'paragraph' || inert(children[from - 1]!))) from--
  const tail = children.slice(from)
  const paragraphs = tail.filter((node): node is Paragraph => node.type === 'paragraph')
  if (paragraphs.length === 0) return last?.type === 'item' && children.at(-1) === last ? closingTail(walk, last) : undefined
  const quiet: WalkContext = {...walk, doubts: {noParty() {}}}
  const afterContent = from >= 2 && children[from - 1]!.type !== 'paragraph'
  const handsOver = paragraphs.some((paragraph) => {
    const unit = unitOf([paragraph])
    if (afterContent) return readUnit(quiet, unit, 'closing', {context: [], opening: true}).drafts.length > 0
    return from >= 1 && namedHandOver(unit)
  })
  return handsOver ? {owner: item, tail} : undefined
}

/** Nodes that hold no words of a task (markers, page breaks). */
function inert(node: FlowContent): boolean {
  return node.type !== 'paragraph' && node.type !== 'bullet' && node.type !== 'item' && node.type !== 'table'
}

/** A sentence where a named party hands the task over (`Thủ tướng Chính phủ đề nghị các Bộ …`). */
function namedHandOver(unit: TextUnit): boolean {
  const {words, sentences} = sentencesOf(unit.text)
  return sentences.some((sentence) => {
    const reading = readClause(unit.text, words, sentence, {opening: true})
    return reading.handover && reading.issuer.length > 0 && reading.parties.length > 0
  })
}

/** A copy of `item` without the closing's nodes at the end of `owner`. */
function withoutTail(item: Item, owner: Item, count: number): Item {
  if (item === owner) return {...item, children: item.children.slice(0, -count)}
  return {...item, children: item.children.map((child) => (child.type === 'item' ? withoutTail(child, owner, count) : child))}
}

function samePlace(a: Draft, b: Draft): boolean {
  return a.position?.start.offset === b.position?.start.offset
}

/** An item: its heading, then what hangs under it. */
function walkItem(walk: WalkContext, item: Item, inherited: FoundParty[]): Draft[] {
  // Every label is an item of its own, `(i)` and `(1)` too (ANNOTATION.md: items are the paths in order).
  const path = item.path
  const fielded = fieldDrafts(walk, item, path)
  if (fielded) return fielded
  // Under `I. ĐỐI TƯỢNG, PHẠM VI` the bodies named are those the text covers: no task.
  if (isTitled(item, scopes)) return []
  // Under `I. MỤC ĐÍCH, YÊU CẦU` a clause that names nobody states an aim: no doubt to raise.
  const quiet = isAimSection(item) ? {...walk, doubts: {noParty() {}}} : walk
  return walkHeaded(quiet, item.children, path, inherited, true)
}

const aims = phraseSet(aimSections)
const scopes = phraseSet(scopeSections)
const topicOpeners = phraseSet(frameOpeners.filter(([, kind]) => kind === 'topic').map(([phrase]) => phrase))
const headingTopics = phraseSet(headingPartyOpeners)

/** An item titled by an aim, not a task (`MỤC ĐÍCH, YÊU CẦU`, `Quan điểm`). */
function isAimSection(item: Item): boolean {
  return isTitled(item, aims)
}

/** An item whose heading is only one of the titles of `table`. */
function isTitled(item: Item, table: PhraseTable<true>): boolean {
  const heading = item.children[0]
  if (heading?.type !== 'paragraph') return false
  const words = wordsOf(unitOf([heading]).text).filter((word) => !/^[*_#]+$/u.test(word.text))
  const found = table.match(words, 0)
  return found !== undefined && words.slice(found.length).every((word) => word.punct)
}

/** A bullet: a task of its own, falling to the parties above it when it names nobody. */
function walkBullet(walk: WalkContext, bullet: Bullet, at: string, context: FoundParty[]): Draft[] {
  return walkHeaded(walk, bullet.children, at, context, false)
}

/**
 * Content under a heading paragraph (an item's or a bullet's first one): the
 * heading names the parties of what hangs under it, or is a task itself.
 */
function walkHeaded(walk: WalkContext, children: readonly FlowContent[], at: string, inherited: FoundParty[], titles: boolean): Draft[] {
  // A heading cut off after `;` or `,` (`3. Các bộ, cơ quan ngang bộ;` › `Ủy ban nhân dân các tỉnh … triển khai …`) goes on in the next paragraph.
  const unfinished = children[0]?.type === 'paragraph' && children[1]?.type === 'paragraph' && /[;,]\s*$/u.test(unitOf([children[0]]).text)
  const [heading, ...rest] = children
  if (unfinished) rest.shift()
  const drafts: Draft[] = []
  let context = inherited
  let current: Draft | undefined
  if (heading?.type === 'paragraph') {
    const unit = unfinished ? unitOf([heading, children[1]!]) : unitOf([heading])
    const partyOnly = headingParties(unit)
    if (partyOnly) context = partyOnly
    else {
      // A short title over content (`TỔ CHỨC THỰC HIỆN`, `Hạ tầng số`) that names nobody is no doubt.
      const title = titles && rest.length > 0 && !/[.;:!?]["”)*_]*$/u.test(unit.text.trim()) && wordsOf(unit.text).length <= 16
      const result = readUnit(title ? {...walk, doubts: {noParty() {}}} : walk, unit, at, {context: inherited})
      drafts.push(...result.drafts)
      context = (listsBelow(unit) ? result.directed : undefined) ?? result.named ?? inherited
      current = result.current
    }
  }

  const under = walkFlow(walk, heading?.type === 'paragraph' ? rest : children, at, context, current)
  // An item heading that names nobody over tasks given to named parties is a title, not a task of its own.
  const titleLike = titles && heading?.type === 'paragraph' && !/[.;:!?…]["”)]*$/u.test(unitOf([heading]).text.trim())
  if (titleLike && drafts.length > 0 && drafts.every((draft) => draft.inherited) && under.some((draft) => !draft.inherited)) drafts.length = 0
  drafts.push(...under)
  return drafts
}

/** A run of flow content under one place (`at`). */
function walkFlow(walk: WalkContext, nodes: readonly FlowContent[], at: string, given: FoundParty[], current: Draft | undefined): Draft[] {
  let context = given
  const drafts: Draft[] = []
  let open = current
  let example = false
  // Times read before the first task of the run.
  const early: Draft['when'] = []
  for (const node of nodes) {
    // `Ví dụ:` and the paragraphs after it, up to the next bullet or item: an example asks nothing.
    if (node.type === 'paragraph') {
      const opener = exampleOpening(unitOf([node]).text)
      if (opener === 'alone') example = true
      if (opener || example) continue
    } else example = false

    // `Thời gian thực hiện: Năm 2025` under a task: the task's time; above the task (`- Thời gian: …` / `- Thành phần: Ban X chủ trì`), the time of the task that follows.
    const time = fieldOf(node).find((field) => field.kind === 'time')
    const target = open ?? drafts[drafts.length - 1]
    if (time) {
      const timings = cellTimings(sliceUnit(time.unit, time.from, time.unit.text.length), {year: walk.year, date: walk.issued}, time.unit.text.slice(0, time.from), false)
      if (target) target.when.push(...timings)
      else early.push(...timings)
      continue
    }

    if (node.type === 'paragraph') {
      const unit = unitOf([node])
      const result = readUnit(walk, unit, at, {context, continueFrom: open})
      drafts.push(...result.drafts)
      open = result.current
      // `Sở Y tế chủ trì thực hiện các nhiệm vụ sau:` over bullets or sub-items: theirs are its parties.
      // … and `Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:`: those it directs.
      if (result.named && listsBelow(unit)) context = result.directed ?? result.named
    } else if (node.type === 'bullet') {
      drafts.push(...walkBullet(walk, node, at, context))
    } else if (node.type === 'item') {
      drafts.push(...walkItem(walk, node, context))
    }
  }

  const first = drafts.find((draft) => draft.at === at)
  if (first && early.length > 0) first.when.unshift(...early)
  return drafts
}

/** A paragraph ending in a colon: what follows lists its content. */
function listsBelow(unit: TextUnit): boolean {
  return /:\s*[*_]*\s*$/u.test(unit.text)
}

const examples = phraseSet(exampleOpeners)

/** `Ví dụ:` alone on its paragraph (`alone`: the example follows), or opening it (`inline`). */
function exampleOpening(text: string): 'alone' | 'inline' | undefined {
  // The opener is in the paragraph's first words: read those, not the whole paragraph.
  const words = wordsOf(text.slice(0, 48))
  let start = 0
  while (start < words.length && words[start]!.punct && words[start]!.text !== ':') start++
  const found = examples.match(words, start)
  if (!found) return undefined
  // `Ví dụ 2:`, `Ví dụ a:`.
  let colon = start + found.length
  if (/^(?:\d{1,2}|[a-zđ])$/u.test(words[colon]?.text ?? '')) colon++
  if (words[colon]?.text !== ':') return undefined
  return words.slice(colon + 1).some((word) => !word.punct) ? 'inline' : 'alone'
}

/**
 * A heading that only names parties (`4. Ban cán sự Đảng UBND tỉnh:`,
 * `**8. Các sở, ban, ngành Tỉnh**`): the parties of what hangs under it.
 */
function headingParties(unit: TextUnit): FoundParty[] | undefined {
  const {words} = sentencesOf(unit.text)
  let start = 0
  while (start < words.length && words[start]!.punct) start++
  // `4. Đối với các Sở: Kế hoạch và Đầu tư, Xây dựng; Ủy ban nhân dân các huyện:`: the topic is the parties.
  const topic = topicOpeners.match(words, start)
  if (topic && /:\s*[*_]*\s*$/u.test(unit.text)) {
    const listed = listedParties(unit.text, words, start + topic.length, words.length)
    if (listed) return listed.map((piece) => ({text: tidy(piece.text), position: positionIn(unit, piece.start, piece.end)}))
  }

  // `I. ĐỐI VỚI CỤC HẢI QUAN CÁC TỈNH`, `III. Trách nhiệm của doanh nghiệp`: a section title naming the parties of what is under it.
  const partyTopic = headingTopics.match(words, start)
  if (partyTopic && !/[.;!?]["”)*_]*$/u.test(unit.text.trim())) {
    const listed = listedParties(unit.text, words, start + partyTopic.length, words.length)
    if (listed) return listed.map((piece) => ({text: tidy(piece.text), position: positionIn(unit, piece.start, piece.end)}))
  }

  const found = partiesAt(unit.text, words, start, words.length)
  if (!found) return undefined
  const rest = words.slice(found.end).filter((word) => !word.punct)
  const pieces = (parties: PartyPiece[]): FoundParty[] => parties.map((piece) => ({text: tidy(piece.text), position: positionIn(unit, piece.start, piece.end)}))
  if (rest.length === 0) return pieces(found.parties)
  // `Các chủ rừng là tổ chức (các Ban quản lý rừng …, các Công ty …)`: the group as written, and its members.
  if (rest[0]!.key === 'là' && !/[.;]/.test(unit.text.slice(words[found.end]!.start))) {
    const open = words.findIndex((word, index) => index >= found.end && word.text === '(')
    const end = open === -1 ? words.length : open
    let last = end
    while (last > start && words[last - 1]!.punct) last--
    const group: PartyPiece = {text: unit.text.slice(words[start]!.start, words[last - 1]!.end), start: words[start]!.start, end: words[last - 1]!.end}
    const close = open === -1 ? -1 : words.findIndex((word, index) => index > open && word.text === ')')
    const members = open === -1 ? [] : memberPieces(unit.text, words, open + 1, close === -1 ? words.length : close)
    return pieces([group, ...members])
  }

  // `Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi:`: parties and a qualifier, asking nothing, over what follows.
  if (/:\s*[*_]*\s*$/u.test(unit.text)) {
    const listed = listedParties(unit.text, words, start, words.length)
    if (listed) return pieces(listed)
  }

  return undefined
}

/**
 * Members listed in a parenthesis (`các Ban quản lý rừng đặc dụng, rừng
 * phòng hộ, các Công ty nông, lâm nghiệp…`): a new member starts after a
 * comma or `và` only with a determiner or a capital; lower-case words go on
 * with the member before them.
 */
function memberPieces(text: string, words: readonly Word[], from: number, to: number): PartyPiece[] {
  const out: PartyPiece[] = []
  let start = from
  const close = (end: number): void => {
    let last = end
    while (last > start && (words[last - 1]!.punct || /^[.…]+$/u.test(words[last - 1]!.text))) last--
    if (last > start) out.push({text: text.slice(words[start]!.start, words[last - 1]!.end).replace(/[.…]+$/u, ''), start: words[start]!.start, end: words[last - 1]!.end})
  }

  for (let at = from; at < to; at++) {
    const word = words[at]!
    const next = words[at + 1]
    if ((word.text === ',' || word.key === 'và') && next && at + 1 < to && (next.capital || determinerWords.match(words, at + 1) !== undefined)) {
      close(at)
      start = at + 1
    }
  }

  close(to)
  return out
}

const determinerWords = phraseSet(determiners)

// ------------------------------------------------------------ task blocks

/** `Thời hạn hoàn thành:`, `Thời gian thực hiện:`: the label of a task's time. */
const timeLabel = /^Thời (?:gian|hạn|điểm)(?:\s+(?:thực hiện|hoàn thành|triển khai))?\s*:\s*/iu

/** Labels of a task block's fields: `Cơ quan chủ trì:`, `Đơn vị phối hợp:`, `Thời gian thực hiện:`, `Nhiệm vụ:`. */
const leadLabel = /^(?:(?:Cơ quan|Đơn vị|Bộ phận)\s+(?:chủ trì|thực hiện|chịu trách nhiệm)|Chủ trì)(?:\s+thực hiện)?\s*:\s*/iu

const fieldLabels: Array<[RegExp, 'lead' | 'with' | 'time' | 'task']> = [
  [/^(?:(?:Cơ quan|Đơn vị|Bộ phận)\s+)?phối hợp(?:\s+thực hiện)?\s*:\s*/iu, 'with'],
  [leadLabel, 'lead'],
  [timeLabel, 'time'],
  [/^Tiến độ(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu, 'time'],
  [/^(?:Nhiệm vụ|Nội dung)(?:\s+thực hiện)?\s*:\s*/iu, 'task']
]

interface Field {
  kind: 'lead' | 'with' | 'time' | 'task'
  unit: TextUnit
  from: number
}

/** The field a flow node opens with, if any. */
function fieldOf(node: FlowContent): Field[] {
  const first = 'children' in node ? (node.type === 'paragraph' ? node : (node.children[0] as FlowContent | undefined)) : undefined
  if (!first || first.type !== 'paragraph') return []
  const unit = unitOf([first])
  const own = fieldsIn(unit)
  if (own.length === 0) return []
  // `b) Cơ quan thực hiện:` with the lead and partners in bullets under it.
  const nested = node.type === 'item' || node.type === 'bullet' ? node.children.slice(1).flatMap((child) => fieldOf(child)) : []
  return unit.text.slice(own[0]!.from).trim() === '' && nested.length > 0 ? nested : [...own, ...nested]
}

/** The fields of a paragraph that opens with a label; one line may hold several, set apart by `;` (`Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: …`). */
function fieldsIn(unit: TextUnit): Field[] {
  const labelAt = (text: string): [number, 'lead' | 'with' | 'time' | 'task'] | undefined => {
    for (const [pattern, kind] of fieldLabels) {
      const found = pattern.exec(text)
      if (found) return [found[0].length, kind]
    }

    return undefined
  }

  const first = labelAt(unit.text)
  if (!first) return []
  // Each field: where it starts, its label's length, its kind, and where the `;` before the next one is.
  const starts: Array<[number, number, 'lead' | 'with' | 'time' | 'task', number]> = [[0, first[0], first[1], unit.text.length]]
  for (const semicolon of unit.text.matchAll(/;\s*/gu)) {
    const start = semicolon.index + semicolon[0].length
    const next = labelAt(unit.text.slice(start))
    if (!next) continue
    starts[starts.length - 1]![3] = semicolon.index
    starts.push([start, next[0], next[1], unit.text.length])
  }

  if (starts.length === 1) return [{kind: first[1], unit, from: first[0]}]
  return starts.map(([start, length, kind, end]) => ({kind, unit: sliceUnit(unit, start, end), from: length}))
}

/**
 * Tasks written as blocks of labelled fields (a Kế hoạch's `a) Nhiệm vụ`,
 * `b) Cơ quan chủ trì: …`, `c) Thời gian thực hiện: …`): one obligation of
 * the lead body per block, with its partners and time. An item may hold
 * several blocks; a new one starts at a `Nhiệm vụ` field, or at a lead field
 * when the block has one already.
 */
function fieldDrafts(walk: WalkContext, item: Item, path: string): Draft[] | undefined {
  const fields = item.children.slice(1).flatMap((child) => fieldOf(child))
  if (!fields.some((field) => field.kind === 'lead')) return undefined
  const blocks: Field[][] = []
  for (const field of fields) {
    const block = blocks[blocks.length - 1]
    const fresh = !block || (field.kind === 'task' && block.some((one) => one.kind === 'lead')) || (field.kind === 'lead' && block.some((one) => one.kind === 'lead'))
    if (fresh) blocks.push([field])
    else block.push(field)
  }

  const drafts: Draft[] = []
  for (const block of blocks) {
    const draft = blockDraft(walk, item, path, block)
    // `Cơ quan thực hiện: Sở Nội vụ chủ trì …; Sở Tư pháp … triển khai …`: sentences, read as such.
    if (draft === 'sentences') return undefined
    if (draft) drafts.push(draft)
  }

  return drafts.length > 0 ? drafts : undefined
}

/** The parties listed in a field. */
function listedIn(field: Field | undefined): FoundParty[] {
  if (!field) return []
  const words = wordsOf(field.unit.text)
  const start = words.findIndex((word) => word.start >= field.from)
  if (start === -1) return []
  let end = words.length
  while (end > start && words[end - 1]!.punct) end--
  return (listedParties(field.unit.text, words, start, end) ?? partiesAt(field.unit.text, words, start, end)?.parties ?? []).map((piece) => ({
    text: piece.text.replace(/[\s,;:.]+$/u, ''),
    position: positionIn(field.unit, piece.start, piece.end)
  }))
}

function blockDraft(walk: WalkContext, item: Item, path: string, block: Field[]): Draft | 'sentences' | undefined {
  const lead = block.find((field) => field.kind === 'lead')
  if (!lead) return undefined
  const leadWords = wordsOf(lead.unit.text)
  const leadStart = leadWords.findIndex((word) => word.start >= lead.from)
  if (leadStart !== -1 && !listedParties(lead.unit.text, leadWords, leadStart, leadWords.length)) return 'sentences'
  const heading = item.children[0]
  const task = block.find((field) => field.kind === 'task')
  const time = block.find((field) => field.kind === 'time')
  const whatUnit = task?.unit ?? (heading?.type === 'paragraph' ? unitOf([heading]) : lead.unit)
  const whatFrom = task?.from ?? 0
  const draft: Draft = {
    at: path,
    who: listedIn(lead),
    inherited: false,
    what: [whatUnit.text.slice(whatFrom).replace(/[\s.;,:]+$/u, '').trim()],
    when: [],
    with: listedIn(block.find((field) => field.kind === 'with')),
    reportTo: [],
    lead: /chủ trì/iu.test(lead.unit.text.slice(0, lead.from)),
    polarity: 'do',
    position: positionIn(whatUnit, whatFrom, whatUnit.text.length)
  }
  // Partners and report targets written in the task itself (`Nhiệm vụ: Tham mưu UBND Thành phố phối hợp với Bộ Công an …`).
  if (task) {
    const quiet: WalkContext = {...walk, doubts: {noParty() {}}}
    for (const read of readUnit(quiet, task.unit, path, {context: draft.who}).drafts) {
      draft.with.push(...read.with.filter((party) => !draft.with.some((known) => known.text === party.text)))
      draft.reportTo.push(...read.reportTo.filter((party) => !draft.reportTo.some((known) => known.text === party.text)))
    }
  }

  // The time field's phrases, and a bare date as the day it is due by (`Thời hạn hoàn thành: 30/9/2025`); the rest of its
  // line may go on with other words, so a bare year is not read as a period, as it is in a table's time column.
  if (time) draft.when = cellTimings(sliceUnit(time.unit, time.from, time.unit.text.length), {year: walk.year, date: walk.issued}, time.unit.text.slice(0, time.from), false)
  return draft.who.length > 0 ? draft : undefined
}

/** Every paragraph under a node (for references outside obligations). */
export function paragraphsOf(node: Node): Paragraph[] {
  const out: Paragraph[] = []
  const visit = (current: Node): void => {
    if (current.type === 'paragraph') out.push(current as Paragraph)
    else if ('children' in current) for (const child of (current as {children: Node[]}).children) visit(child)
  }

  visit(node)
  return out
}
