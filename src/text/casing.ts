/**
 * Casing of Vietnamese institutional names and titles written in capitals.
 *
 * `TỈNH ỦY THANH HÓA` → `Tỉnh ủy Thanh Hóa`, `PHÓ BÍ THƯ THƯỜNG TRỰC` →
 * `Phó Bí thư Thường trực`, `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ` → `Ủy ban nhân
 * dân tỉnh Quảng Trị`. The rule of Nghị định 30 (Phụ lục II) is that the
 * first syllable of each word naming the kind or function of a body is
 * capitalised; the words are data (`units` below), not code. Place names
 * after an administrative level (`tỉnh`, `huyện`, `Tỉnh ủy` …) take a capital
 * on every syllable; abbreviations (`UBND`, `HĐND`) stay as they are.
 */
import {fold, modernizeTones} from './fold.js'

/** Words and phrases in their written case. Longest match wins. */
export const units: readonly string[] = [
  // State bodies and their parts
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Chính phủ', 'Quốc hội', 'Văn phòng', 'Thanh tra',
  'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy', 'Bộ đội Biên phòng', 'Công an', 'Quân sự', 'Quân khu', 'Viện Kiểm sát nhân dân',
  'Tòa án nhân dân', 'Kiểm toán Nhà nước', 'Ngân hàng Nhà nước', 'Nhà nước',
  'Sở', 'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện', 'Ban', 'Phòng', 'Trung tâm', 'Hội', 'Đoàn', 'Tổ',
  // Party bodies
  'Ban Chấp hành', 'Ban Thường vụ', 'Thường vụ', 'Bộ Chính trị', 'Ban Bí thư', 'Trung ương', 'Tỉnh ủy', 'Thành ủy',
  'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Đảng đoàn', 'Ban cán sự đảng', 'Chi bộ', 'Đảng',
  'Ủy ban Kiểm tra', 'Kiểm tra', 'Tổ chức', 'Tuyên giáo', 'Dân vận', 'Nội chính', 'Kinh tế', 'Đối ngoại',
  'Ban Chỉ đạo', 'Chỉ đạo', 'Đảng Cộng sản Việt Nam', 'Việt Nam', 'Thành phố Hồ Chí Minh',
  // Offices
  'Thường trực', 'Chủ tịch', 'Phó', 'Bí thư', 'Tổng Bí thư', 'Chánh', 'Trưởng ban', 'Giám đốc', 'Tổng Giám đốc',
  'Bộ trưởng', 'Thứ trưởng', 'Chủ nhiệm', 'Thủ tướng', 'Cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Trưởng phòng',
  'Chánh án', 'Viện trưởng', 'Trưởng đoàn', 'Chủ tịch nước', 'Ủy viên', 'Phó Thủ tướng', 'Phó Chủ tịch', 'Phó Bí thư',
  'Phó Chủ nhiệm', 'Phó Trưởng ban', 'Tổng Bí thư', 'Tổng cục trưởng', 'Chi cục trưởng', 'Hiệu trưởng', 'Chánh Văn phòng',
  // Common words that begin with an administrative level, and stay lower case
  'xã hội', 'xã viên', 'thành phố trực thuộc', 'đồng chí'
]

/** Administrative levels: lower case, and a place name follows them. */
export const levels: readonly string[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu']

/** Units after which a place name follows (`Tỉnh ủy Thanh Hóa`). */
const placeHeads = new Set(['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'đảng bộ'])

/** Offices after which a person's name follows (`Phó Thủ tướng Chính phủ Hồ Quốc Dũng`). */
const personHeads = new Set(
  ['thủ tướng', 'phó thủ tướng', 'chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'tổng bí thư', 'bộ trưởng', 'đồng chí', 'chủ tịch nước']
)

/** Common words that end a place name. */
const placeStops = new Set(
  ['năm', 'về', 'và', 'trên', 'đối', 'với', 'của', 'các', 'trong', 'tại', 'đến', 'giai', 'đoạn', 'theo', 'nhiệm', 'kỳ', 'khóa', 'lần', 'thứ', 'để', 'cho', 'như', 'ngày', 'số']
)

interface Entry {
  words: string[]
  written: string[]
}

/** Matching key of a word: lower case, new-style tones (diacritics matter: `quan` is not `quận`). */
function key(word: string): string {
  return modernizeTones(word.toLowerCase())
}

const entries: Entry[] = [...units, ...levels]
  .map((unit) => ({words: key(unit).split(' '), written: unit.split(' ')}))
  .sort((a, b) => b.words.length - a.words.length)

const levelKeys = new Set(levels.map((level) => key(level)))

/**
 * In running text only proper names keep their capitals: single words
 * (`Sở`, `Ban`) and words that are also common nouns or verbs (`chỉ đạo`,
 * `tổ chức`, `kiểm tra`) are lower case there.
 */
const common = new Set(
  ['Chỉ đạo', 'Tổ chức', 'Kiểm tra', 'Kinh tế', 'Đối ngoại', 'Tuyên giáo', 'Dân vận', 'Nội chính', 'Quân sự', 'Nhà nước', 'Thường trực', 'Văn phòng', 'Thường vụ', 'Chi cục', 'Tổng cục', 'Trung tâm', 'Công an', 'Trưởng ban', 'Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'Chủ nhiệm', 'Cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Trưởng phòng', 'Chánh án', 'Trưởng đoàn', 'Ủy viên', 'Thanh tra', 'xã hội', 'xã viên', 'đồng chí'].map((unit) => key(unit))
)

const sentenceEntries: Entry[] = entries.filter((entry) => {
  const key = entry.words.join(' ')
  if (levelKeys.has(key)) return true
  if (common.has(key)) return key.startsWith('x') || key === 'đồng chí' // lower-case words stay, matched before `xã`
  return entry.words.length > 1 || key === 'đảng'
})

/** How to case words that are not in the vocabulary. */
type Mode = 'name' | 'sentence'

/**
 * Case an institutional name or office written in capitals:
 * `BAN THƯỜNG VỤ TỈNH ỦY` → `Ban Thường vụ Tỉnh ủy`.
 */
export function nameCase(text: string): string {
  return recase(text, 'name')
}

/**
 * Case a signer's office or mark written in capitals, its words matched
 * without tone marks where OCR lost them: `PHO CHỦ NHIỆM` → `Phó Chủ
 * nhiệm` (offices are a closed vocabulary; names of bodies are not).
 */
export function officeCase(text: string): string {
  return recase(text, 'name', true, true)
}

/**
 * Case a title or subject written in capitals as a sentence, keeping the
 * names in it: `Ý KIẾN CHỈ ĐẠO CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY` → `Ý kiến chỉ đạo
 * của đồng chí Bí thư Tỉnh ủy`.
 */
export function sentenceCase(text: string, capitalFirst = true): string {
  return recase(text, 'sentence', capitalFirst)
}

/** A person's name: `NGUYỄN VĂN A` → `Nguyễn Văn A`; mixed case stays. */
export function personCase(text: string): string {
  const clean = modernizeTones(text.replace(/\s+/g, ' ').trim())
  if (clean !== clean.toUpperCase()) return clean
  return clean
    .split(' ')
    .map((word) => capitalize(word.toLowerCase()))
    .join(' ')
}

function recase(text: string, mode: Mode, capitalFirst = true, restore = false): string {
  const clean = modernizeTones(text.replace(/\s+/g, ' ').trim())
  if (clean === '') return clean
  // Text already in mixed case is left as written.
  if (!isShouting(clean)) return clean

  const tokens = clean.split(/(\s+|[,;:()"“”]+)/).filter((token) => token !== '')
  const words: Array<{text: string; index: number}> = []
  tokens.forEach((token, index) => {
    if (/[\p{L}\p{N}]/u.test(token)) words.push({text: token, index})
  })

  const out = [...tokens]
  let position = 0
  let placeBudget = 0
  let previousUnit = ''
  let first = true
  while (position < words.length) {
    const entry = matchEntry(words, position, mode === 'name' ? entries : sentenceEntries, restore)
    if (entry) {
      const key = entry.words.join(' ')
      const isLevel = levelKeys.has(key)
      for (let k = 0; k < entry.words.length; k++) {
        const word = words[position + k] as {text: string; index: number}
        let written = entry.written[k] as string
        if (first && k === 0 && (capitalFirst || mode === 'name')) written = capitalize(written)
        out[word.index] = written
      }

      // A numbered unit is a name of its own: `QUẬN 3` is `Quận 3`, `PHƯỜNG 5` `Phường 5`.
      const next = words[position + entry.words.length]
      if (isLevel && next && /^\d+$/.test(next.text)) {
        const head = words[position] as {text: string; index: number}
        out[head.index] = capitalize(out[head.index] as string)
      }

      const keepsName = personHeads.has(previousUnit) && (key === 'chính phủ' || key === 'quốc hội')
      placeBudget = isLevel || placeHeads.has(key) || personHeads.has(key) ? 4 : keepsName ? placeBudget : 0
      previousUnit = key
      position += entry.words.length
      first = false
      continue
    }

    const word = words[position] as {text: string; index: number}
    const lower = word.text.toLowerCase()
    if (placeBudget > 0 && !placeStops.has(key(lower)) && /^\p{L}+$/u.test(word.text)) {
      out[word.index] = capitalize(lower)
      placeBudget--
    } else if (isAbbreviation(word.text)) {
      out[word.index] = word.text
      placeBudget = 0
    } else {
      // A run of plain words: the first one capitalised in a name.
      const previous = position > 0 ? words[position - 1] : undefined
      const startsRun = !previous || matchEndsAt(words, position) || /^(?:và|,)$/.test(previous.text.toLowerCase())
      const capital = mode === 'name' ? startsRun && lower !== 'và' && lower !== 'các' && lower !== 'của' : first && capitalFirst
      out[word.index] = capital ? capitalize(lower) : lower
      placeBudget = 0
    }

    previousUnit = ''
    position++
    first = false
  }

  return out.join('')
}

/** Entries by their first word, longest first. */
function byFirstWord(list: Entry[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>()
  for (const entry of list) {
    const first = entry.words[0] as string
    const bucket = map.get(first) ?? []
    bucket.push(entry)
    map.set(first, bucket)
  }

  return map
}

const indexes = new WeakMap<Entry[], Map<string, Entry[]>>()

const foldedIndexes = new WeakMap<Entry[], Map<string, Entry[]>>()

/** Entries whose first word, folded, is `folded`. */
function foldedCandidates(list: Entry[], folded: string): Entry[] {
  let index = foldedIndexes.get(list)
  if (!index) {
    index = new Map()
    for (const entry of list) {
      const first = fold(entry.words[0] as string)
      index.set(first, [...(index.get(first) ?? []), entry])
    }

    foldedIndexes.set(list, index)
  }

  return index.get(folded) ?? []
}

function matchEntry(words: Array<{text: string}>, position: number, list: Entry[] = entries, restore = false): Entry | undefined {
  let index = indexes.get(list)
  if (!index) {
    index = byFirstWord(list)
    indexes.set(list, index)
  }

  // In a name, a word that lost its tone marks to OCR (`PHO CHỦ NHIỆM`) matches the vocabulary's word without them.
  const lost = (word: string): boolean => restore && /^[A-Za-z]+$/.test(word)
  const same = (word: string, wanted: string): boolean => key(word) === wanted || (lost(word) && fold(wanted) === word.toLowerCase())
  const first = words[position]?.text ?? ''
  const candidates = index.get(key(first)) ?? (lost(first) ? foldedCandidates(list, first.toLowerCase()) : [])
  for (const entry of candidates) {
    if (position + entry.words.length > words.length) continue
    let ok = true
    for (let k = 0; k < entry.words.length; k++) {
      if (!same(words[position + k]?.text ?? '', entry.words[k] as string)) {
        ok = false
        break
      }
    }

    // A one-word head (`Sở`, `Vụ`, `Ban`) only opens a name.
    if (ok && entry.words.length === 1 && !levelKeys.has(entry.words[0] as string) && entry.words[0] !== 'đảng' && position > 0 && !/^(?:và|,)$/.test(words[position - 1]?.text.toLowerCase() ?? '')) continue
    if (ok) return entry
  }

  return undefined
}

/** The word before `position` closes a vocabulary unit. */
function matchEndsAt(words: Array<{text: string}>, position: number): boolean {
  for (let start = Math.max(0, position - 6); start < position; start++) {
    const entry = matchEntry(words, start)
    if (entry && start + entry.words.length === position) return true
  }

  return false
}

/** Written in capitals (more than four letters in five). */
export function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0) return false
  let upper = 0
  for (const char of letters) if (char !== char.toLowerCase()) upper++
  return upper / letters.length > 0.8
}

/** `UBND`, `HĐND`, `TTg`: not a Vietnamese syllable. */
export function isAbbreviation(word: string): boolean {
  const plain = fold(word)
  if (!/^[a-z]+$/.test(plain)) return /\d/.test(word) || /[A-ZĐ]{2,}/.test(word)
  return !/^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?$/.test(plain)
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
