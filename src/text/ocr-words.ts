/**
 * What OCR repair knows of the genre, as data: the fixed formulas of a
 * directive (matched by edit distance on folded words) and the phrases whose
 * tone marks it may restore (matched on folded words).
 */
import {abbreviations} from '../semantics/lexicon/abbreviations.js'
import {bodyNames} from '../semantics/lexicon/bodies.js'
import {closingHandOvers, frameOpeners} from '../semantics/lexicon/frames.js'
import {determiners, governingHeads, nameHeadsTakingVerbs, partyHeads, provincialHeads} from '../semantics/lexicon/heads.js'
import {
  appositionRoles,
  groupNouns,
  headsNamedByVerbs,
  levelWords,
  listConnectives,
  listQualifiers,
  modifiers,
  nameCompounds,
  nameEnders,
  placeWords,
  siblingNouns,
  verbsNamingAfterHead
} from '../semantics/lexicon/qualifiers.js'
import {
  actingAfterHead,
  actionVerbs,
  adverbs,
  assignedMarkers,
  dutyModals,
  handOverVerbs,
  leadVerbs,
  modals,
  nounCompounds,
  passiveMarkers,
  refrainMarkers,
  reportCompanions,
  reportVerbs,
  sentDocuments,
  statementVerbs,
  withPhrases
} from '../semantics/lexicon/verbs.js'
import {fold} from './fold.js'

/** A fixed formula: its words, where it stands, and the slots (`…`) that hold numbers. */
export interface Formula {
  name: string
  words: readonly string[]
  /** `line`: the whole line; `start`: the start of a line; `anywhere`: inside a line. */
  where: 'line' | 'start' | 'anywhere'
  /** Indexes of words that are numbers (kept as written). */
  slots: ReadonlySet<number>
  /** Only on a line in capitals. */
  upper: boolean
}

function formula(name: string, text: string, where: Formula['where'], upper = false): Formula {
  const words = text.split(' ')
  return {name, words: words.map((word) => (word === '#' ? '' : word)), where, upper, slots: new Set(words.flatMap((word, index) => (word === '#' ? [index] : [])))}
}

/** Signers' titles, in capitals on a line of their own. */
const titles = [
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'BÍ THƯ',
  'PHÓ BÍ THƯ',
  'PHÓ BÍ THƯ THƯỜNG TRỰC',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'CỤC TRƯỞNG',
  'PHÓ CỤC TRƯỞNG',
  'TỔNG CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'CHỦ NHIỆM',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN',
  'ỦY BAN NHÂN DÂN',
  'BAN THƯỜNG VỤ',
  'CHÍNH PHỦ'
]

/** The fixed formulas, longest first where one starts another. */
export const formulas: readonly Formula[] = [
  formula('national title', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'line', true),
  formula('Party heading', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'line', true),
  formula('motto', 'Độc lập Tự do Hạnh phúc', 'line'),
  formula('addressees opener', 'Đồng kính gửi', 'start'),
  formula('addressees opener', 'Kính gửi', 'start'),
  formula('distribution opener', 'Nơi nhận', 'start'),
  formula('date', 'ngày # tháng # năm #', 'anywhere'),
  ...titles.map((title) => formula('signer title', title, 'line', true))
]

/**
 * Phrases of directives whose tone marks OCR loses or misreads. Each is
 * several words, so that its folded form names it alone (a single syllable
 * such as `tinh` may be `tỉnh`, `tính`, `tình`); an ambiguous pair stands
 * with the word before it (`các cơ quan`, not `cơ quan`, which folds like
 * `có quan`).
 */
const phrases = [
  // Parties.
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Đảng ủy', 'huyện ủy', 'thành ủy', 'thị ủy', 'đảng ủy', 'cấp ủy', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Ủy ban', 'Ủy viên', 'Tỉnh ủy viên', 'đồng chí', 'Ban Thường vụ', 'Ban Chấp hành', 'Đảng bộ tỉnh', 'Ban Bí thư', 'Bộ Chính trị', 'Bí thư',
  'ban cán sự đảng', 'đảng đoàn', 'Đảng đoàn', 'tổ chức đảng', 'đảng viên', 'cán bộ', 'công chức', 'viên chức', 'chính quyền', 'Mặt trận Tổ quốc',
  'đoàn thể', 'chính trị - xã hội', 'trực thuộc', 'Văn phòng', 'Trung ương', 'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Chính phủ', 'Bộ trưởng',
  'Sở Tài chính', 'Sở Nội vụ', 'Sở Y tế', 'Công an', 'Quân sự', 'thành phố', 'thị xã', 'thị trấn', 'địa phương', 'các cơ quan', 'cơ quan, đơn vị',
  'đơn vị', 'các sở', 'sở, ngành', 'ban, ngành', 'các ngành', 'các cấp', 'người đứng đầu', 'thủ trưởng', 'Như trên', 'Như kính gửi', 'Tổng hợp',
  'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'xã, phường', 'Đài Phát thanh và Truyền hình',
  // Verbs and what tasks are made of.
  'yêu cầu', 'đề nghị', 'chỉ đạo', 'triển khai', 'thực hiện', 'chủ trì', 'phối hợp', 'hướng dẫn', 'kiểm tra', 'theo dõi', 'đôn đốc', 'tổng hợp',
  'báo cáo', 'tham mưu', 'khẩn trương', 'nghiêm túc', 'quyết liệt', 'tăng cường', 'tập trung', 'chịu trách nhiệm', 'trách nhiệm', 'kịp thời',
  'hoàn thành', 'trước ngày', 'thời gian', 'định kỳ', 'thường xuyên', 'hằng tháng', 'hàng tháng', 'hằng năm', 'hàng tuần', 'nhiệm vụ', 'giải pháp',
  'công tác', 'kế hoạch', 'chương trình', 'văn bản', 'quy định', 'pháp luật', 'tình hình', 'phòng, chống', 'dịch bệnh', 'nhân dân', 'tổ chức', 'để báo cáo'
]

/**
 * Tables of the clause tagger's lexicon that name what a task is made of:
 * party heads and bodies, determiners and qualifiers of a name, the verbs,
 * modals and frames around it. Plain data (the text layer reads no
 * grammar); their phrases of several words are restorable too, so that a
 * party whose tone marks OCR lost is still a party (`Ban Tuyen giao Tỉnh
 * ủy`, `cấp ủy huyện và tưong đương`).
 */
const lexiconPhrases: readonly string[] = [
  ...partyHeads.map(([head]) => head),
  ...bodyNames,
  ...governingHeads,
  ...nameHeadsTakingVerbs,
  ...provincialHeads,
  ...determiners,
  ...handOverVerbs,
  ...modals,
  ...adverbs,
  ...leadVerbs,
  ...withPhrases,
  ...reportVerbs,
  ...actionVerbs,
  ...nounCompounds,
  ...actingAfterHead,
  ...statementVerbs,
  ...refrainMarkers,
  ...assignedMarkers,
  ...dutyModals,
  ...sentDocuments,
  ...reportCompanions,
  ...levelWords.map(([word]) => word),
  ...placeWords,
  ...modifiers,
  ...listConnectives,
  ...verbsNamingAfterHead,
  ...headsNamedByVerbs,
  ...nameCompounds,
  ...groupNouns,
  ...listQualifiers,
  ...appositionRoles,
  ...frameOpeners.map(([opener]) => opener),
  ...closingHandOvers,
  ...abbreviations.map(([, full]) => full)
]

/**
 * A determiner before a noun of a list (`cac sở`, `các câp ủy`). The word
 * after a determiner may be any noun that folds like one of the list's
 * (`các phương án` is no `các phường`): a noun of one syllable is restored
 * only where the text has the word elsewhere and never the misspelling.
 */
const determined: ReadonlyArray<readonly [string, string]> = determiners.flatMap((determiner) => siblingNouns.map((noun) => [determiner, noun] as const))

/**
 * Words that stand alone between a party and its task, or between parties:
 * determiners, modals, the passive, `hoặc`, and `và`, the connective of a
 * list that the lexicon leaves implicit. One of them is restored alone
 * when no other syllable of the lexicon folds like it, and only on the
 * text's own evidence (see `GenrePhrase.guessed`): `phai` is `phải` in a
 * text that writes `phải` and no other `phai`.
 */
const wordsAlone: readonly string[] = [...determiners, ...modals, ...passiveMarkers, ...listConnectives, 'và'].filter((word) => !word.includes(' '))

/** A genre phrase: its words as written (undefined where phrases of the same fold disagree), and folded. */
export interface GenrePhrase {
  words: ReadonlyArray<string | undefined>
  folded: readonly string[]
  /** Whether the last word is restored only on the text's own word (a word alone, or a noun after a determiner: see `determined`). */
  guessed?: boolean
}

/**
 * The genre's phrases by their first folded word, longest first. Only
 * phrases of several words: a single syllable folds like too many others
 * (`tinh` may be `tỉnh`, `tính`, `tình`). Phrases that fold alike but are
 * written apart (`hằng tháng`, `hàng tháng`) keep only the words they agree
 * on, so a clean text is never rewritten from one to the other.
 */
export const genrePhrases: ReadonlyMap<string, readonly GenrePhrase[]> = (() => {
  const byFold = new Map<string, {words: Array<string | undefined>; folded: string[]; guessed?: boolean}>()
  // Every spelling of the lexicon's syllables by its fold: a word alone is restored only where its fold names it alone.
  const spellings = new Map<string, Set<string>>()
  for (const phrase of [...phrases, ...lexiconPhrases, ...nameEnders]) {
    for (const word of phrase.toLowerCase().split(/[ ,\-–/]+/)) if (word) spellings.set(fold(word), (spellings.get(fold(word)) ?? new Set()).add(word))
  }

  for (const word of wordsAlone) {
    const folded = fold(word)
    if (spellings.get(folded)?.size === 1) byFold.set(folded, {words: [word], folded: [folded], guessed: true})
  }

  for (const phrase of [...phrases, ...lexiconPhrases]) {
    const words = phrase.split(/[ ,\-–]+/).filter(Boolean)
    if (words.length < 2) continue
    const folded = words.map((word) => fold(word))
    const key = folded.join(' ')
    const known = byFold.get(key)
    if (!known) {
      byFold.set(key, {words, folded})
      continue
    }

    // The same phrase in another case is one entry (the case of the text is kept); another spelling leaves the word as written.
    known.words = known.words.map((word, index) => (word !== undefined && word.toLowerCase() === (words[index] as string).toLowerCase() ? word : undefined))
  }

  const lexicon = new Set(byFold.keys())
  for (const [determiner, noun] of determined) {
    const words = [...determiner.split(' '), ...noun.split(/[ ,\-–]+/).filter(Boolean)]
    const folded = words.map((word) => fold(word))
    const key = folded.join(' ')
    // A phrase of the lexicon that folds alike says more; nouns that fold alike (`ban`, `bản`) leave the noun as written.
    if (lexicon.has(key)) continue
    const known = byFold.get(key)
    const guessed = noun.split(' ').length === 1
    if (known) known.words = known.words.map((word, index) => (word !== undefined && word.toLowerCase() === (words[index] as string).toLowerCase() ? word : undefined))
    else byFold.set(key, {words, folded, guessed})
  }

  const out = new Map<string, GenrePhrase[]>()
  for (const phrase of byFold.values()) {
    const first = phrase.folded[0] as string
    const list = out.get(first) ?? []
    list.push(phrase)
    out.set(first, list)
  }

  for (const list of out.values()) list.sort((a, b) => b.folded.length - a.folded.length)
  return out
})()
