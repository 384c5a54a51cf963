/**
 * Clauses of a unit of text, and what each says: the party it names as
 * subject (or hands the task to with `giao`, `đề nghị`, `yêu cầu`), the
 * action, the roles (`chủ trì`, `phối hợp với`, `báo cáo`), the polarity.
 */
import {headAt, scanParty, splitParties, verbAt, type PartyPiece} from './parties.js'
import {governingHeads, refrainMarkers, requestVerbs} from './vocabulary.js'
import {phraseSet, type Word, wordsOf} from './words.js'

const requests = phraseSet(requestVerbs)
const determiners = new Set(['các', 'những', 'mỗi', 'toàn', 'tất', 'từng'])
const governing = phraseSet(governingHeads)
const refrains = phraseSet(refrainMarkers.filter((marker) => marker !== 'không để'))
/** First verbs that state an attitude, praise or a fact about the issuer: no task. */
const notTasks = phraseSet(['thông báo để', 'thông báo cho', 'tin tưởng', 'ghi nhận', 'biểu dương', 'đánh giá cao', 'cảm ơn', 'chúc mừng', 'coi', 'nhận thấy', 'cho rằng', 'thống nhất', 'có ý kiến', 'kết luận', 'nhấn mạnh', 'ban hành', 'đã', 'được'])
/** Openers that may come before the subject, ending with a comma. */
const openers = phraseSet(['để', 'đối với', 'trên cơ sở', 'thực hiện', 'căn cứ', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'vì vậy', 'do đó', 'do', 'theo đó', 'trong đó', 'trường hợp', 'trong quá trình', 'khi', 'sau khi', 'tiếp theo'])

/** A clause: a range of words between `.` and `;`. */
export interface Clause {
  from: number
  to: number
}

/** What a clause says. */
export interface ClauseReading {
  /** Parties named as subject (or handed the task); empty when the clause names nobody. */
  parties: PartyPiece[]
  /** Word index where the action starts. */
  actionFrom: number
  /** The clause hands the task over (`giao X`, `đề nghị X`). */
  handover: boolean
  /** The clause asks nothing (praise, narrative, passive). */
  noTask: boolean
  /** The clause opens with an action verb. */
  startsWithVerb: boolean
  lead: boolean
  polarity: 'do' | 'refrain'
  with: PartyPiece[]
  reportTo: PartyPiece[]
}

/**
 * Words and clauses of a text. A sentence is read as one clause until its
 * subject is found (a list of parties may run over `;`); the rest splits at
 * `;` (see `subClauses`).
 */
const clauseCache = new Map<string, {words: Word[]; clauses: Clause[]}>()

/** Forget the clauses of the last document (each analysis reads its own units more than once, not other documents'). */
export function clearClauseCache(): void {
  clauseCache.clear()
}

export function clausesOf(text: string): {words: Word[]; clauses: Clause[]} {
  const cached = clauseCache.get(text)
  if (cached) return cached
  const result = splitClauses(text)
  // A small cache: a document's units are read more than once (request, body, references).
  if (clauseCache.size > 256) clauseCache.clear()
  clauseCache.set(text, result)
  return result
}

function splitClauses(text: string): {words: Word[]; clauses: Clause[]} {
  const words = wordsOf(text)
  const clauses: Clause[] = []
  let start = 0
  let depth = 0
  words.forEach((word, index) => {
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) return
    const next = words[index + 1]
    const sentenceEnd = (word.text === '.' || word.text === '!' || word.text === '?') && (!next || next.capital || /^\d/.test(next.text) || next.punct)
    if (sentenceEnd) {
      if (index > start) clauses.push({from: start, to: index})
      start = index + 1
    }
  })
  if (start < words.length) clauses.push({from: start, to: words.length})
  return {words, clauses: clauses.filter((clause) => words.slice(clause.from, clause.to).some((word) => !word.punct))}
}

/** The `;`-separated parts of a clause from `from` on (the first part starts at the clause's start). */
export function subClauses(words: readonly Word[], clause: Clause, from: number): Clause[] {
  const out: Clause[] = []
  let start = clause.from
  let depth = 0
  for (let at = from; at < clause.to; at++) {
    const word = words[at] as Word
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && word.text === ';') {
      if (at > start) out.push({from: start, to: at})
      start = at + 1
    }
  }

  if (clause.to > start) out.push({from: start, to: clause.to})
  return out.filter((part) => words.slice(part.from, part.to).some((word) => !word.punct))
}

/** Read a clause: its subject (if any), action and roles. */
export function readClause(text: string, words: readonly Word[], clause: Clause, options: {opening?: boolean} = {}): ClauseReading {
  const reading: ClauseReading = {
    parties: [],
    actionFrom: firstWord(words, clause.from, clause.to),
    handover: false,
    noTask: false,
    startsWithVerb: false,
    lead: false,
    polarity: 'do',
    with: [],
    reportTo: []
  }

  const subject = findSubject(text, words, clause, options.opening ?? false)
  if (subject) {
    reading.parties = subject.parties
    reading.actionFrom = subject.actionFrom
    reading.handover = subject.handover
  } else {
    reading.startsWithVerb = verbAtAnyCase(words, reading.actionFrom) > 0
  }

  const action = reading.actionFrom
  // After a modal (`phải coi …`), the verb that follows it decides.
  const main = ['phải', 'cần'].includes(words[action]?.key ?? '') ? action + 1 : action
  reading.noTask = Boolean(notTasks.match(words, main)) || isPassive(words, clause.from, clause.to)
  reading.lead = hasLead(words, action, Math.min(clause.to, action + 4))
  reading.polarity = refrainAt(words, action, clause.to) ? 'refrain' : 'do'
  reading.with = partiesAfter(text, words, action, clause.to, [['phối', 'hợp', 'với'], ['phối', 'hợp', 'chặt', 'chẽ', 'với'], ['cùng', 'với'], ['phối', 'hợp', 'cùng']])
  reading.reportTo = reportTargets(text, words, action, clause.to)
  return reading
}

function firstWord(words: readonly Word[], from: number, to: number): number {
  let at = from
  while (at < to && words[at]!.punct) at++
  return at
}

/** A verb at a word, whatever its case (a sentence may start with one). */
function verbAtAnyCase(words: readonly Word[], index: number): number {
  const word = words[index]
  if (!word) return 0
  if (!word.capital) return verbAt(words, index)
  const lowered = [...words]
  lowered[index] = {...word, capital: false}
  return verbAt(lowered, index)
}

interface Subject {
  parties: PartyPiece[]
  actionFrom: number
  handover: boolean
}

/**
 * The clause's subject: a party followed by its verb, at the start or after
 * an opening phrase ending with a comma, or after `thì`; or the party after
 * `giao`/`đề nghị`/`yêu cầu` (and, in the opening request, `chỉ đạo`).
 */
function findSubject(text: string, words: readonly Word[], clause: Clause, opening: boolean): Subject | undefined {
  const first = firstWord(words, clause.from, clause.to)
  const starts = [first]
  // After an opening phrase the subject follows a comma: after the first one
  // for a connective (`Đồng thời, X …`), after a later one for a purpose or
  // basis (`Để …, X …`, `Thực hiện …, X …`) if it looks like a subject there.
  const opener = openers.match(words, first)
  const purpose = opener !== undefined && ['để', 'nhằm', 'thực hiện', 'căn cứ', 'trên cơ sở', 'đối với', 'trong quá trình', 'trường hợp', 'khi', 'sau khi', 'do'].includes(opener.keys.join(' '))
  for (let at = clause.from; at < clause.to; at++) {
    const word = words[at] as Word
    if (word.key === 'thì') starts.push(at + 1)
    if (!opener || (word.text !== ',' && word.text !== ';')) continue
    const next = words[at + 1]
    if (!next) continue
    if (!purpose) {
      starts.push(at + 1)
      break
    }

    if (next.capital || determiners.has(next.key) || governing.match(words, at + 1) || requests.match(words, at + 1)) starts.push(at + 1)
  }

  // A hand-over anywhere among the candidates wins: `…, Ban Thường vụ Tỉnh ủy yêu cầu X …`.
  for (const start of starts) {
    for (let at = start; at < Math.min(clause.to, start + 12); at++) {
      if (at > start && (words[at]!.punct || verbAt(words, at) > 0) && !requests.match(words, at)) {
        // Only the words of a subject may stand between the start and the request verb.
        if (words[at]!.punct) break
      }

      const handed = handoverAt(text, words, at, clause.to, opening)
      if (handed && (at === start || scanParty(words, start) === at)) return handed
    }
  }

  // `Khẩn trương …, các địa phương phải …`: a party with a modal after a comma.
  for (let at = first; at < clause.to; at++) {
    if (words[at]!.text !== ',' || starts.includes(at + 1)) continue
    const end = scanParty(words, at + 1)
    if (end !== -1 && end < clause.to && ['phải', 'cần'].includes(words[end]!.key)) starts.push(at + 1)
  }

  for (const start of starts) {
    if (start >= clause.to) continue
    const end = scanParty(words, start)
    if (end === -1 || end > clause.to) continue
    // `Địa phương nào …`: a condition, not a subject.
    if (words[end]?.key === 'nào') continue
    let verb = end
    while (verb < clause.to && words[verb]!.punct) verb++
    // `X theo chức năng, nhiệm vụ, thẩm quyền đề cao …`: an adverbial between the party and its verb.
    // … or an apposition (`X là cơ quan thường trực, chủ trì …`).
    if (words[verb]?.key === 'theo' || words[verb]?.key === 'là' || (words[verb]?.key === 'căn' && words[verb + 1]?.key === 'cứ')) {
      let look = verb + 1
      while (look < Math.min(clause.to, verb + 14) && (verbAt(words, look) === 0 || ['được', 'giao', 'theo'].includes(words[look]!.key))) look++
      if (look < clause.to && verbAt(words, look) > 0) verb = look
    }

    if (verbAt(words, verb) === 0 && !['phải', 'cần', 'có'].includes(words[verb]?.key ?? '')) continue
    return {parties: splitParties(text, words, start, end), actionFrom: verb, handover: false}
  }

  return undefined
}

/** `giao X …`, `đề nghị X …`, `yêu cầu X …` at `index`. */
function handoverAt(text: string, words: readonly Word[], index: number, to: number, opening: boolean): Subject | undefined {
  const request = requests.match(words, index)
  if (!request) return undefined
  if (request.keys.join(' ') === 'chỉ đạo' && !opening) return undefined
  const from = index + request.length
  const end = scanParty(words, from)
  if (end === -1 || end > to) return undefined
  let verb = end
  while (verb < to && words[verb]!.punct) verb++
  return {parties: splitParties(text, words, from, end), actionFrom: verb, handover: true}
}

const leads = phraseSet(['chủ trì'])

function hasLead(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (leads.match(words, at)) return true
  return false
}

/** The main action is not to act: `tạm thời không`, `tạm dừng`, `nghiêm cấm` among its first words. */
function refrainAt(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < Math.min(to, from + 3); at++) {
    if (refrains.match(words, at)) return true
    // Adverbs before the main verb (`kiên quyết`, `tuyệt đối`) do not end the search; a verb does.
    if (at > from && verbAt(words, at) > 0 && !['tạm', 'tuyệt', 'kiên', 'nhất', 'tạm thời'].includes(words[at]!.key)) return false
  }

  return false
}

/** `Chỉ thị này được phổ biến …`: passive, no one is asked. */
function isPassive(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < Math.min(to, from + 6); at++) {
    if (words[at]!.key === 'được' && !headAt(words, from)) return true
  }

  return false
}

/** Parties after any of the given phrases within the clause. */
function partiesAfter(text: string, words: readonly Word[], from: number, to: number, phrases: string[][]): PartyPiece[] {
  for (let at = from; at < to; at++) {
    for (const phrase of phrases) {
      if (phrase.every((key, k) => words[at + k]?.key === key)) {
        const start = at + phrase.length
        const end = scanParty(words, start)
        if (end !== -1 && end <= to) return splitParties(text, words, start, end)
      }
    }
  }

  return []
}

/** `báo cáo X`, `báo cáo … với/về/lên X`, `tổng hợp báo cáo X`, `báo cáo … để X …`. */
function reportTargets(text: string, words: readonly Word[], from: number, to: number): PartyPiece[] {
  const out: PartyPiece[] = []
  for (let at = from; at < to; at++) {
    if (!(words[at]!.key === 'báo' && words[at + 1]?.key === 'cáo')) continue
    // A report sent on (`gửi Báo cáo về X`) counts; a capitalised `Báo cáo` otherwise names a document.
    if (words[at]!.capital && words[at - 1]?.key !== 'gửi') continue
    // `… để tổng hợp, báo cáo X`: the receiver reports on, not the party.
    const before = words.slice(Math.max(from, at - 4), at).map((word) => word.key)
    if (before.includes('để')) continue
    let start = at + 2
    while (start < to && (words[start]!.text === ',' || words[start]!.key === 'đề' || words[start]!.key === 'xuất')) start++
    let end = scanParty(words, start)
    if (end === -1) {
      for (let look = start; look < Math.min(to, start + 16); look++) {
        const key = words[look]!.key
        if (words[look]!.text === ';') break
        if (key === 'với' || key === 'về' || key === 'lên' || key === 'cho' || key === 'để') {
          end = scanParty(words, look + 1)
          if (end !== -1) {
            start = look + 1
            break
          }
        }
      }
    }

    if (end !== -1 && end <= to) out.push(...splitParties(text, words, start, end).map(dropVia))
    at += 1
  }

  return dedupe(out)
}

/** `Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)`: the report goes to the first, through the second. */
function dropVia(piece: PartyPiece): PartyPiece {
  const via = /\s*\(\s*(?:thông\s+)?qua\s[^)]*\)?\s*$/u.exec(piece.text)
  if (!via) return piece
  return {text: piece.text.slice(0, via.index), start: piece.start, end: piece.end - via[0].length}
}

function dedupe(pieces: PartyPiece[]): PartyPiece[] {
  const seen = new Set<string>()
  return pieces.filter((piece) => {
    if (seen.has(piece.text)) return false
    seen.add(piece.text)
    return true
  })
}

export {wordsOf}
