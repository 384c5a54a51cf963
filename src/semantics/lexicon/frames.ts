/**
 * Frames: what may come before a clause's subject and is not part of it.
 * A topic (`Về …:`, `Đối với …:`), a condition (`Trường hợp …,`, `Khi …,`,
 * `Nếu …`), a purpose or basis (`Để …,`, `Nhằm …,`, `Thực hiện …,`), or a
 * connective (`Đồng thời,`, `Ngoài ra,`). Written in lower case.
 */

/** What a frame says about the clause it opens. */
export type FrameKind = 'topic' | 'condition' | 'purpose' | 'connective' | 'narrative'

/** Words that open a frame, with its kind. */
export const frameOpeners: ReadonlyArray<readonly [string, FrameKind]> = [
  ['về', 'topic'],
  // `Việc sắp xếp thôn, tổ dân phố phải bảo đảm …`: the matter is the topic; the party is inherited.
  ['việc', 'topic'],
  ['về việc', 'topic'],
  ['đối với', 'topic'],
  ['riêng đối với', 'topic'],
  ['riêng', 'topic'],
  ['với', 'topic'],
  ['trường hợp', 'condition'],
  ['trong trường hợp', 'condition'],
  ['khi', 'condition'],
  ['ngay khi', 'condition'],
  ['nếu', 'condition'],
  ['sau khi', 'condition'],
  ['trước khi', 'condition'],
  ['ngay sau khi', 'condition'],
  ['trong quá trình', 'condition'],
  ['quá trình', 'condition'],
  ['trong thời gian', 'condition'],
  ['trong khi', 'condition'],
  ['tại', 'condition'],
  ['để', 'purpose'],
  ['nhằm', 'purpose'],
  ['thực hiện', 'purpose'],
  ['triển khai', 'purpose'],
  ['căn cứ', 'purpose'],
  ['trên cơ sở', 'purpose'],
  ['theo', 'purpose'],
  ['theo đề nghị của', 'purpose'],
  ['qua', 'purpose'],
  ['do', 'purpose'],
  ['vì', 'purpose'],
  ['trước tình hình', 'purpose'],
  ['trong bối cảnh', 'purpose'],
  ['xét đề nghị của', 'purpose'],
  ['tiếp theo', 'purpose'],
  ['tiếp theo công văn', 'purpose'],
  ['trên đây là', 'purpose'],
  ['đồng thời', 'connective'],
  ['ngoài ra', 'connective'],
  ['bên cạnh đó', 'connective'],
  ['theo đó', 'connective'],
  ['vì vậy', 'connective'],
  ['vì thế', 'connective'],
  ['do đó', 'connective'],
  ['do vậy', 'connective'],
  ['trên cơ sở đó', 'connective'],
  ['từ đó', 'connective'],
  ['mặt khác', 'connective'],
  ['trong đó', 'connective'],
  ['tuy nhiên', 'connective'],
  ['sau đó', 'connective'],
  ['trước mắt', 'connective'],
  ['hiện nay', 'connective'],
  ['thời gian tới', 'connective'],
  ['trong thời gian tới', 'connective'],
  ['để làm tốt công tác này', 'connective'],
  ['cụ thể', 'connective'],
  ['cụ thể là', 'connective'],
  ['đặc biệt', 'connective'],
  ['trước hết', 'connective'],
  ['tiếp đó', 'connective'],
  ['cuối cùng', 'connective'],
  ['thời gian qua', 'narrative'],
  ['thời gian gần đây', 'narrative'],
  ['vừa qua', 'narrative'],
  ['trong thời gian qua', 'narrative'],
  ['năm qua', 'narrative'],
  ['những năm qua', 'narrative'],
  ['trong những năm qua', 'narrative'],
  ['qua đó', 'narrative'],
  ['theo báo cáo', 'narrative'],
  ['theo thống kê', 'narrative'],
  ['tính đến', 'narrative'],
  ['đến nay', 'narrative'],
  ['mặc dù', 'narrative'],
  ['tuy', 'narrative']
]

/** `thì` after a condition: the subject follows it (`Trường hợp …, thì X …`). */
export const thenWords: readonly string[] = ['thì']


/**
 * Titles of sections that state aims, not tasks (`I. MỤC ĐÍCH, YÊU CẦU`):
 * a clause there that names nobody is not a task without a party.
 */
export const aimSections: readonly string[] = [
  'mục đích', 'yêu cầu', 'mục tiêu', 'quan điểm', 'nguyên tắc', 'phạm vi', 'đối tượng', 'căn cứ', 'tình hình', 'kết quả', 'đánh giá',
  'mục đích, yêu cầu', 'mục tiêu, yêu cầu', 'chỉ tiêu', 'nội dung', 'sự cần thiết', 'thực trạng', 'phạm vi điều chỉnh', 'đối tượng áp dụng',
  'giải thích từ ngữ'
]

/**
 * Titles of sections that say whom and what the text applies to
 * (`I. ĐỐI TƯỢNG, PHẠM VI`, `Điều 2. Đối tượng áp dụng`): the bodies they
 * list are covered, not tasked, so nothing in them is a task.
 */
export const scopeSections: readonly string[] = [
  'đối tượng', 'phạm vi', 'đối tượng, phạm vi', 'phạm vi, đối tượng', 'phạm vi điều chỉnh', 'đối tượng áp dụng', 'phạm vi điều chỉnh, đối tượng áp dụng',
  'phạm vi điều chỉnh và đối tượng áp dụng', 'đối tượng và phạm vi', 'phạm vi và đối tượng', 'giải thích từ ngữ', 'đối tượng kiểm điểm', 'đối tượng áp dụng và phạm vi điều chỉnh'
]

/** Closing formulas that hand the whole text to parties (`… thông báo để X biết, thực hiện`). */
export const closingHandOvers: readonly string[] = ['thông báo để', 'thông báo cho', 'xin thông báo để', 'thông báo tới', 'thông báo đến']

/**
 * Words that open an example (`Ví dụ:`): what follows, up to the next
 * bullet or item, shows how a rule applies to made-up persons and asks
 * nothing of anyone.
 */
export const exampleOpeners: readonly string[] = ['ví dụ', 'thí dụ', 'chẳng hạn', 'minh họa']

/**
 * Words of a time label (`thời hạn`, `hạn chót`, `hoàn thành`) that make a bare date in its field a deadline
 * (`Thời hạn hoàn thành: 30/9/2025` is due by that day); under other time
 * labels (`Thời gian: 15/3/2026`) the date is the day it happens.
 */
export const deadlineLabelWords: readonly string[] = ['hạn', 'hoàn thành', 'xong']

/**
 * Openers of a section heading that names the parties of what is under it,
 * colon or not (`I. ĐỐI VỚI CỤC HẢI QUAN CÁC TỈNH, THÀNH PHỐ`, `III.
 * Trách nhiệm của doanh nghiệp`, `2. Nhiệm vụ của Sở Y tế`).
 */
export const headingPartyOpeners: readonly string[] = ['đối với', 'riêng đối với', 'trách nhiệm của', 'nhiệm vụ của', 'nhiệm vụ, quyền hạn của', 'về phía', 'phân công nhiệm vụ cho', 'trách nhiệm thực hiện của']

/** Days of the week (`Thứ Tư`, `Chủ nhật`), in the case-insensitive form timing patterns read. */
export const weekdays: readonly string[] = ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật']
