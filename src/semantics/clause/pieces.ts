/**
 * From a parsed party list to the parties of the record, per ANNOTATION.md:
 * split at `,` `;` `và` as the grammar found them, except that a bare noun
 * sharing the head written once stays with it (`các sở, ban, ngành có liên
 * quan`, `thủ trưởng cơ quan, đơn vị`, `Ủy ban nhân dân các tỉnh, thành
 * phố`), a colon list writes its head on each piece (`Các Đảng ủy: Quân sự
 * tỉnh, Công an tỉnh` → `Đảng ủy Quân sự tỉnh`, `Đảng ủy Công an tỉnh`), and
 * a group's members in parentheses are parties beside the group.
 */
import type {CstElement, CstNode, IToken} from 'chevrotain'
import {pluralHead} from './grammar.js'
import {determiners, governingHeads, headsNeedingComplement} from '../lexicon/heads.js'
import {appositionRoles, definitionMarkers, groupNouns, listQualifiers, placeRelatives, placeWords, qualifiedSiblingNouns, rangeWords, siblingFamilies, siblingNouns} from '../lexicon/qualifiers.js'
import {bodyNames} from '../lexicon/bodies.js'
import {PhraseTable, phraseSet, wordsOf, type Word} from '../words.js'
import type {ClauseToken} from './tagger.js'
import * as t from './tokens.js'

/** One party in a list, as written, with its span in the unit's text. */
export interface PartyPiece {
  text: string
  start: number
  end: number
}

const governing = phraseSet(governingHeads)
const siblings = phraseSet(siblingNouns)
const families = new PhraseTable(siblingNouns.map((noun) => [noun, siblingFamilies.flatMap((family, index) => (family.includes(noun) ? [index] : []))] as const))
const dets = phraseSet(determiners)
const qualifiedSiblings = phraseSet(qualifiedSiblingNouns)
const places = phraseSet(placeWords)

interface RawPiece {
  tokens: ClauseToken[]
  /** Pieces inside parentheses after it. */
  members: RawPiece[][]
  /** For the pieces of a colon list: the head they share. */
  colonHead?: ClauseToken[]
  /** The separator written before it (`,` `;` `và`), if any. */
  separator?: ClauseToken
}

/** The parties of a `partyList` node. */
export function piecesOf(text: string, words: readonly Word[], list: CstNode): PartyPiece[] {
  const raw = shareQualifier(words, joinKnownNames(text, rawPieces(list))).map((piece) => withoutApposition(words, piece))
  const merged = mergeSiblings(words, raw)
  const out: PartyPiece[] = []
  for (const piece of merged) {
    out.push(written(text, piece))
    for (const members of piece.members) out.push(...mergeSiblings(words, members).map((member) => written(text, member)))
  }

  return out.filter((piece) => piece.text.length > 0 && !bareHead(piece.text))
}

const needComplement = new Set(headsNeedingComplement)

/** `những người`, `tất cả những người`: a head that needs its complement, written without it. */
function bareHead(text: string): boolean {
  const words = wordsOf(text)
  let at = 0
  for (let det = dets.match(words, at); det; det = dets.match(words, at)) at += det.length
  return at === words.length - 1 && needComplement.has(words[at]!.key)
}

const known = phraseSet(bodyNames)

/**
 * `các Bộ: Tài chính, Nông nghiệp và Môi trường`, `các Bộ: Giáo dục và Đào
 * tạo, Văn hóa, Thể thao và Du lịch`: colon pieces in a row, joined by their
 * commas or `và`, that make one known body with the head (`Bộ Nông nghiệp
 * và Môi trường`, `Bộ Văn hóa, Thể thao và Du lịch`) are one piece; the
 * longest such run wins.
 */
function joinKnownNames(text: string, pieces: RawPiece[]): RawPiece[] {
  const out: RawPiece[] = []
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!
    let joined: RawPiece | undefined
    let last = index
    for (let end = index + 1; end < Math.min(pieces.length, index + 4); end++) {
      const next = pieces[end]!
      if (!piece.colonHead || next.colonHead !== piece.colonHead || !next.separator || next.separator.tokenType === t.Semicolon) break
      const tokens = pieces.slice(index, end + 1).flatMap((each, at) => (at === 0 ? each.tokens : [each.separator!, ...each.tokens]))
      const nameWords = wordsOf(written(text, {...piece, tokens}).text)
      // (The known body may be the head's last words and the pieces: `Bộ trưởng các Bộ: …, Giáo dục và Đào tạo` names `Bộ Giáo dục và Đào tạo`.)
      const own = wordsOf(text.slice(tokens[0]!.startOffset, (tokens.at(-1)!.endOffset ?? 0) + 1)).length
      const head = nameWords.length - own
      if (nameWords.some((_, from) => from <= head && known.match(nameWords, from)?.length === nameWords.length - from)) {
        joined = {...piece, tokens}
        last = end
      }
    }

    out.push(joined ?? piece)
    index = last
  }

  return out
}

function written(text: string, piece: RawPiece): PartyPiece {
  const tokens = trimTokens(withoutDefinition(text, piece.tokens))
  if (tokens.length === 0) return {text: '', start: 0, end: 0}
  const start = tokens[0]!.startOffset
  const end = (tokens[tokens.length - 1]!.endOffset ?? start) + 1
  const own = text.slice(start, end)
  if (!piece.colonHead) return {text: own, start, end}
  // `Các Đảng ủy: Quân sự tỉnh, Công an tỉnh` → `Đảng ủy Quân sự tỉnh`, `Đảng ủy Công an tỉnh`;
  // a piece with its own determiner, or that writes the head again (`Các sở: Sở Y tế`), stands alone.
  // `Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai` → `Ủy ban nhân dân tỉnh Đắk Lắk`: the head without its determiners.
  const headText = piece.colonHead.filter((token) => token.tokenType !== t.Det).map((token) => token.image).join(' ')
  if (tokens[0]!.tokenType === t.Det || pluralHead(tokens[0]!) || (headText && own.toLowerCase().startsWith(headText.toLowerCase()))) return {text: own, start, end}
  // A body's proper name capitalises its head (`Các sở: Xây dựng` → `Sở Xây dựng`); a place keeps its level in lower case (`xã Phú An`).
  const named = /^\p{Lu}/u.test(own) && /^\p{Ll}/u.test(headText) && !colonPlaces.has(headText.toLowerCase())
  const written = named ? headText.charAt(0).toUpperCase() + headText.slice(1) : headText
  return {text: written ? `${written} ${own}` : own, start, end}
}

const colonPlaces: ReadonlySet<string> = new Set(placeWords)

/** A piece without the aside at its end that defines a short name for it (`ban thường vụ tỉnh ủy (sau đây gọi chung là tỉnh ủy)`). */
function withoutDefinition(text: string, tokens: ClauseToken[]): ClauseToken[] {
  let end = tokens.length
  while (end > 0 && tokens[end - 1]!.tokenType !== t.RParen && (tokens[end - 1]!.tokenType === t.Comma || tokens[end - 1]!.tokenType === t.Semicolon)) end--
  if (end === 0 || tokens[end - 1]!.tokenType !== t.RParen) return tokens
  let open = end - 1
  for (let depth = 0; open >= 0; open--) {
    if (tokens[open]!.tokenType === t.RParen) depth++
    else if (tokens[open]!.tokenType === t.LParen && --depth === 0) break
  }

  if (open <= 0) return tokens
  const aside = text.slice(tokens[open]!.startOffset, (tokens[end - 1]!.endOffset ?? 0) + 1).toLowerCase().replace(/\s+/g, ' ')
  return definitions.some((marker) => aside.includes(marker)) ? tokens.slice(0, open) : tokens
}

const definitions = definitionMarkers.map((marker) => marker.toLowerCase())

/** Drop separators and asides at the ends of a piece. */
function trimTokens(tokens: ClauseToken[]): ClauseToken[] {
  let from = 0
  let to = tokens.length
  const edge = (token: ClauseToken): boolean => token.tokenType === t.Comma || token.tokenType === t.Semicolon || token.tokenType === t.And || token.tokenType === t.Dash || token.tokenType === t.Colon
  while (from < to && edge(tokens[from]!)) from++
  while (to > from && edge(tokens[to - 1]!)) to--
  return tokens.slice(from, to)
}

/** The pieces of a list as parsed, with members and colon heads. */
function rawPieces(list: CstNode): RawPiece[] {
  const out: RawPiece[] = []
  const parties = (list.children.party ?? []) as CstNode[]
  // (`…, nhất là người đứng đầu`: the connective after the comma is the piece's separator.)
  const separators = [...((list.children.ListSeparator ?? []) as ClauseToken[]), ...((list.children.ListConnective ?? []) as ClauseToken[])].sort((a, b) => a.startOffset - b.startOffset)
  for (const party of parties) {
    const members = ((party.children.members ?? []) as CstNode[]).map((node) => rawPieces((node.children.partyList as CstNode[])[0]!))
    const tokens = tokensOf(party, ['members'])
    const start = tokens[0]?.startOffset ?? 0
    out.push({tokens, members, separator: separators.findLast((separator) => separator.startOffset < start)})
  }

  // Each colon list replaces the piece before it, whose head is written on each of its pieces.
  for (const colon of (list.children.colonPieces ?? []) as CstNode[]) {
    const pieces = (colon.children.colonPiece ?? []) as CstNode[]
    const first = pieces[0] ? tokensOf(pieces[0])[0] : undefined
    if (!first) continue
    const index = out.findLastIndex((piece) => (piece.tokens[0]?.startOffset ?? 0) < first.startOffset)
    if (index === -1) continue
    const head = out[index]!
    const separators = ((colon.children.ListSeparator ?? []) as ClauseToken[]).slice().sort((a, b) => a.startOffset - b.startOffset)
    out.splice(
      index,
      1,
      ...pieces.map((node, at): RawPiece => {
        const tokens = tokensOf(node)
        const start = tokens[0]?.startOffset ?? 0
        return {tokens, members: [], colonHead: head.tokens, separator: at === 0 ? head.separator : separators.findLast((separator) => separator.startOffset < start)}
      })
    )
  }

  return out.sort((a, b) => (a.tokens[0]?.startOffset ?? 0) - (b.tokens[0]?.startOffset ?? 0))
}

/**
 * The tokens of whole nodes, kept while the node lives: parses are kept
 * (`parseWith`), and the same predicate is read again for each place a
 * subject is tried after. Callers never change the list.
 */
const allTokens = new WeakMap<CstNode, ClauseToken[]>()

/** Every token under a node, in order (leaving out the sub-rules named in `skip`). */
export function tokensOf(node: CstNode, skip: string[] = []): ClauseToken[] {
  if (skip.length > 0) return collectTokens(node, skip)
  let tokens = allTokens.get(node)
  if (!tokens) {
    tokens = collectTokens(node, skip)
    allTokens.set(node, tokens)
  }

  return tokens
}

function collectTokens(node: CstNode, skip: string[]): ClauseToken[] {
  const out: ClauseToken[] = []
  const visit = (element: CstElement): void => {
    if ('image' in element) out.push(element as ClauseToken)
    else for (const [name, children] of Object.entries(element.children)) if (!skip.includes(name)) for (const child of children) visit(child)
  }

  visit(node)
  return out.sort((a, b) => a.startOffset - b.startOffset)
}

const groups = phraseSet([...groupNouns, ...governingHeads])
const qualifiers = phraseSet(listQualifiers)

/**
 * `các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương`: group
 * nouns written bare, the last with a qualifier of the whole list (a
 * modifier such as `trực thuộc`, `có liên quan`, or a relative clause up to
 * the group's duty), are one party. Without the qualifier each stands alone.
 */
function shareQualifier(words: readonly Word[], pieces: RawPiece[]): RawPiece[] {
  const out: RawPiece[] = []
  for (const piece of pieces) {
    out.push(piece)
    const tokens = trimTokens(piece.tokens)
    const split = groupEnd(words, tokens, false)
    if (split === undefined || split === tokens.length || !qualifiesList(words, tokens[split]!)) continue
    // Walk back over the bare group nouns before it, separated by commas or `và`.
    let first = out.length - 1
    while (first > 0) {
      const current = out[first]!
      const before = out[first - 1]!
      if (current.colonHead || before.colonHead || current.members.length > 0 || before.members.length > 0) break
      if (!(current.separator?.tokenType === t.Comma || current.separator?.tokenType === t.And)) break
      if (first !== out.length - 1 && trimTokens(current.tokens)[0]?.tokenType === t.Det) break
      const previousTokens = trimTokens(before.tokens)
      if (groupEnd(words, previousTokens, true) !== previousTokens.length) break
      first--
    }

    if (first === out.length - 1) continue
    const run = out.splice(first)
    out.push({tokens: run.flatMap((member) => member.tokens), members: [], separator: run[0]!.separator})
  }

  return out
}

/**
 * How many tokens of a piece name a group by common nouns only (`các cấp
 * ủy`, `tổ chức, cá nhân`, `tập thể lãnh đạo cơ quan`); undefined when it
 * opens otherwise. A determiner may open it where `determined` allows.
 */
function groupEnd(words: readonly Word[], tokens: ClauseToken[], determined: boolean): number | undefined {
  let index = 0
  while (index < tokens.length && tokens[index]!.tokenType === t.Det) index++
  if (index > 0 && !determined) return undefined
  const start = index
  // (`thị` in `các huyện, thị, thành ủy` is tagged plain: a group noun all the same.)
  for (; index < tokens.length && (tokens[index]!.tokenType === t.Head || tokens[index]!.tokenType === t.Plain); index++) {
    // `… xã, phường nơi có dự án`: where the bodies are ends the group's nouns.
    if (index > start && relatives.has(tokens[index]!.image.toLowerCase())) break
    if (!coveredByGroups(words, tokens[index]!)) return undefined
  }


  return index > start ? index : undefined
}

/** Every word of a head token is a group noun (determiners and commas aside). */
function coveredByGroups(words: readonly Word[], token: ClauseToken): boolean {
  return coveredBy(groups, words, token)
}

/**
 * Every word of a token is a phrase of `table` (determiners and commas
 * aside): `tổ chức, cá nhân` of sibling nouns. With `listed`, each phrase
 * ends at a comma or the token's end (`tổ chức xã hội` is no `tổ chức` and `xã`).
 */
function coveredBy(table: PhraseTable<true>, words: readonly Word[], token: ClauseToken, listed = false): boolean {
  let at = token.from
  for (let det = dets.match(words, at); det && at < token.to; det = dets.match(words, at)) at += det.length
  while (at < token.to) {
    const word = words[at] as Word
    if (word.punct) {
      at++
      continue
    }

    const found = table.match(words, at)
    if (!found || at + found.length > token.to) return false
    at += found.length
    if (listed && at < token.to && !(words[at] as Word).punct) return false
  }

  return true
}

/** A token after a group that qualifies the whole list: `trực thuộc`, `có liên quan`, a relative clause, `được giao …`. */
const relatives: ReadonlySet<string> = new Set(placeRelatives)

function qualifiesList(words: readonly Word[], token: ClauseToken): boolean {
  if (token.tokenType === t.Plain && relatives.has(token.image.toLowerCase())) return true
  // (A statement word in a party is an aspect opening its relative clause: `đã xác định …`.)
  if (token.tokenType === t.Verb || token.tokenType === t.Adverb || token.tokenType === t.Assigned || token.tokenType === t.Statement) return true
  return token.tokenType === t.Modifier && qualifiers.match(words, token.from) !== undefined
}

/**
 * Bare nouns after a list's head go back onto the piece before them: a
 * sibling noun without its own determiner (`ban`, `ngành` after `các sở`),
 * anything lower case after a governing head (`thủ trưởng cơ quan, đơn vị`),
 * the capitalised rest of a name with a comma (`Bộ Văn hóa, Thể thao và Du
 * lịch`).
 */
function mergeSiblings(words: readonly Word[], pieces: RawPiece[]): RawPiece[] {
  const out: RawPiece[] = []
  let governed = false
  for (const piece of pieces) {
    const tokens = trimTokens(piece.tokens)
    const previous = out[out.length - 1]
    // A semicolon always ends a party (`các đoàn thể tỉnh; cấp ủy huyện`).
    if (!previous || tokens.length === 0 || piece.colonHead || piece.separator?.tokenType === t.Semicolon) {
      out.push(piece)
      governed = tokens.length > 0 && startsGoverned(words, tokens)
      continue
    }

    const first = tokens[0]!
    const firstWord = words[first.from] as Word
    const lower = !firstWord.capital
    // An aside (`(sau đây gọi tắt là UBND cấp huyện)`) says nothing of where the piece belongs.
    const plain = withoutRange(withoutAsides(tokens))
    // Bare siblings share the head of a piece that opens with a determiner (`các sở, ban, ngành`).
    const opener = trimTokens(previous.tokens)[0]
    const listed = opener !== undefined && (opener.tokenType === t.Det || pluralHead(opener))
    const bare = (listed || governed) && lower && first.tokenType !== t.Det && isBare(words, plain) && (governed || kin(words, withoutAsides(trimTokens(previous.tokens)), first))
    // … a body's name too, after common nouns only (`người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam`).
    const commonSoFar = trimTokens(previous.tokens).slice(1).every((token) => !(words[token.from] as Word).capital)
    const underGoverning = governed && (lower || (first.tokenType === t.Body && commonSoFar)) && first.tokenType !== t.Det && !(first.tokenType === t.Head && first.kind === 'person')
    // `UBND cấp huyện, cấp xã`, `các huyện, thị xã`: levels after a level share its head.
    // … and a place's own name after it (`các xã, phường, đặc khu Cồn Cỏ`).
    const before = trimTokens(previous.tokens)
    // (… up to where the bodies are, which qualifies the whole list: `các xã, phường nơi có dự án`.)
    const where = plain.findIndex((token, index) => index > 0 && relatives.has(token.image.toLowerCase()))
    const levelRun = lower && isPlace(words, first) && (where === -1 ? plain : plain.slice(0, where)).every((token) => token.tokenType === t.Modifier || isPlace(words, token) || token.tokenType === t.Name) && (isPlace(words, before.at(-1)) || (before.at(-1)?.tokenType === t.Name && before.slice(1).some((token) => isPlace(words, token))))
    // `đồng chí bí thư, chủ tịch UBND cấp huyện`: a bare title shares the complement of the next one.
    // (Not after `nhất là`, `đặc biệt là`: those name a part of the list before, never a complement of its titles.)
    const bareTitle = lower && piece.separator?.tokenType !== t.ListConnective && startsGoverned(words, tokens) && isBareTitle(words, trimTokens(previous.tokens))
    const nameTail = !lower && first.tokenType === t.Name && /^\p{Lu}/u.test(trimTokens(previous.tokens)[0]?.image ?? '') && tokens.every((token) => token.tokenType !== t.Head && token.tokenType !== t.Body)
    if (bare || underGoverning || nameTail || levelRun || bareTitle) {
      previous.tokens = [...previous.tokens, ...piece.tokens]
      previous.members.push(...piece.members)
      continue
    }

    out.push(piece)
    governed = startsGoverned(words, tokens)
  }

  return out
}

/** The families of a sibling noun token (`cơ quan`: agencies and units), none for other tokens. */
function familiesOf(words: readonly Word[], token: ClauseToken): readonly number[] {
  // The noun ends the token (`các cấp ủy` is one head with its determiner).
  for (let at = token.from; at < token.to; at++) {
    const found = families.match(words, at)
    if (found && at + found.length === token.to) return found.value
  }

  return []
}

/** `ban` after `các sở`, `đơn vị` after `các cơ quan`: a bare noun of the family of the last noun before it (any, where none is of a family). */
function kin(words: readonly Word[], before: readonly ClauseToken[], noun: ClauseToken): boolean {
  for (let index = before.length - 1; index >= 0; index--) {
    const known = familiesOf(words, before[index]!)
    if (known.length > 0) return familiesOf(words, noun).some((family) => known.includes(family))
  }

  return true
}

const roles = phraseSet(appositionRoles)

/** `Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751`: the body, without the role after its dash. */
function withoutApposition(words: readonly Word[], piece: RawPiece): RawPiece {
  const dash = piece.tokens.findIndex((token, index) => token.tokenType === t.Dash && index > 0 && roles.match(words, piece.tokens[index + 1]?.from ?? -1) !== undefined)
  return dash === -1 ? piece : {...piece, tokens: piece.tokens.slice(0, dash)}
}

const rangeFrom: ReadonlySet<string> = new Set(rangeWords.from)
const rangeTo: ReadonlySet<string> = new Set(rangeWords.to)

/** The tokens before a range of the bodies meant (`từ Trung ương đến cơ sở`), which qualifies the whole list. */
function withoutRange(tokens: ClauseToken[]): ClauseToken[] {
  const from = tokens.findIndex((token, index) => index > 0 && token.tokenType === t.Stop && rangeFrom.has(token.image.toLowerCase()))
  if (from === -1 || !tokens.slice(from + 1).some((token) => token.tokenType === t.Stop && rangeTo.has(token.image.toLowerCase()))) return tokens
  return tokens.slice(0, from)
}

/** The tokens outside parentheses. */
function withoutAsides(tokens: ClauseToken[]): ClauseToken[] {
  const out: ClauseToken[] = []
  let depth = 0
  for (const token of tokens) {
    if (token.tokenType === t.LParen) depth++
    else if (token.tokenType === t.RParen) depth = Math.max(0, depth - 1)
    else if (depth === 0) out.push(token)
  }

  return out
}

/** A piece that opens with a governing head (`Thủ trưởng`, `người đứng đầu`, `đồng chí bí thư`), after its determiners. */
function startsGoverned(words: readonly Word[], tokens: ClauseToken[]): boolean {
  return tokens.filter((token) => token.tokenType !== t.Det).slice(0, 2).some((token) => token.tokenType === t.Head && governing.match(words, token.from) !== undefined)
}

/** Titles only, in lower case (`đồng chí bí thư`): a title waiting for the complement of the next one. */
function isBareTitle(words: readonly Word[], tokens: ClauseToken[]): boolean {
  return tokens.length > 0 && tokens.length <= 2 && tokens.every((token) => token.tokenType === t.Head && token.kind === 'person') && !(words[tokens.at(-1)!.from] as Word).capital
}

/** A place or level word (`xã`, `thành phố`, `cấp huyện`), however it was tagged. */
function isPlace(words: readonly Word[], token: ClauseToken | undefined): boolean {
  if (!token) return false
  return token.tokenType === t.Level || places.match(words, token.from)?.length === token.to - token.from
}

/** A sibling noun alone, or followed only by modifiers and levels (`ngành có liên quan`, `thành phố trực thuộc Trung ương`). */
function isBare(words: readonly Word[], tokens: ClauseToken[]): boolean {
  const first = tokens[0]!
  const whole = (table: PhraseTable<true>): boolean => table.match(words, first.from)?.length === first.to - first.from
  // `địa phương` only with a qualifier of the whole list after it.
  const qualifiedOnly = whole(qualifiedSiblings)
  // (A known pair of siblings is one head token: `tổ chức, cá nhân`.)
  if (!qualifiedOnly && !whole(siblings) && !coveredBy(siblings, words, first, true)) return false
  // `được giao nhiệm vụ` and what follows it qualifies the whole list.
  const assigned = tokens.findIndex((token) => token.tokenType === t.Assigned)
  const rest = (assigned === -1 ? tokens : tokens.slice(0, assigned)).slice(1)
  if (qualifiedOnly && !(rest[0]?.tokenType === t.Modifier)) return false
  return rest.every((token) => token.tokenType === t.Modifier || isPlace(words, token) || (token.tokenType === t.Name && /^trung ương$/iu.test(token.image)))
}

/** The position of a token list in the unit's text. */
export function spanOf(tokens: readonly IToken[]): [number, number] | undefined {
  if (tokens.length === 0) return undefined
  return [tokens[0]!.startOffset, (tokens[tokens.length - 1]!.endOffset ?? 0) + 1]
}
