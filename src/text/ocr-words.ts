/**
 * What OCR repair knows of the genre, as data: the fixed formulas of a
 * directive (matched by edit distance on folded words) and the phrases whose
 * tone marks it may restore (matched on folded words).
 */
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

/** A genre phrase: its words as written, and folded. */
export interface GenrePhrase {
  words: readonly string[]
  folded: readonly string[]
}

/** The genre's phrases by their first folded word, longest first. */
export const genrePhrases: ReadonlyMap<string, readonly GenrePhrase[]> = (() => {
  const byFold = new Map<string, GenrePhrase>()
  for (const phrase of phrases) {
    const words = phrase.split(/[ ,\-–]+/).filter(Boolean)
    const key = words.map((word) => fold(word)).join(' ')
    // The same phrase in another case is one entry (the case of the text is kept).
    if (!byFold.has(key)) byFold.set(key, {words, folded: words.map((word) => fold(word))})
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
