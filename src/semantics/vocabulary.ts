/**
 * The words the semantic layer knows, as data: what names a party, what
 * opens an action, what asks for one, what marks a refusal to act, and what
 * abbreviations stand for. Rules in the other files read these tables; adding
 * a word here needs no change there.
 *
 * Words are written as they appear in text (NFC, new-style tones); matching
 * lower-cases and modernises tones first.
 */

/** What kind of party a name denotes. */
export type PartyKind = 'party' | 'state' | 'mass' | 'press' | 'security' | 'person' | 'group' | 'enterprise' | 'unknown'

/** Where in the hierarchy a party sits. */
export type PartyLevel = 'central' | 'province' | 'district' | 'commune' | 'any'

/**
 * Words that open a party's name (its head), with the kind of party. Longest
 * first wins; a name may carry a level word after the head (`tỉnh`, `cấp
 * huyện`) that decides its level.
 */
export const partyHeads: ReadonlyArray<readonly [string, PartyKind]> = [
  // Office holders and persons
  ['người đứng đầu', 'person'],
  ['thủ trưởng', 'person'],
  ['lãnh đạo', 'person'],
  ['đồng chí', 'person'],
  ['các đồng chí', 'person'],
  ['đ/c', 'person'],
  ['tổng bí thư', 'person'],
  ['bí thư', 'person'],
  ['phó bí thư', 'person'],
  ['chủ tịch', 'person'],
  ['phó chủ tịch', 'person'],
  ['giám đốc', 'person'],
  ['tổng giám đốc', 'person'],
  ['bộ trưởng', 'person'],
  ['thứ trưởng', 'person'],
  ['thủ tướng', 'person'],
  ['phó thủ tướng', 'person'],
  ['chánh văn phòng', 'person'],
  ['tổng biên tập', 'person'],
  ['ủy viên', 'person'],
  ['tỉnh ủy viên', 'person'],
  ['đảng viên', 'person'],
  ['cán bộ', 'person'],
  ['chủ rừng', 'person'],
  // Party bodies
  ['ban thường vụ', 'party'],
  ['ban chấp hành', 'party'],
  ['thường trực', 'party'],
  ['bộ chính trị', 'party'],
  ['ban bí thư', 'party'],
  ['tỉnh ủy', 'party'],
  ['thành ủy', 'party'],
  ['huyện ủy', 'party'],
  ['quận ủy', 'party'],
  ['thị ủy', 'party'],
  ['đảng ủy', 'party'],
  ['đảng bộ', 'party'],
  ['đảng đoàn', 'party'],
  ['ban cán sự đảng', 'party'],
  ['ban cán sự', 'party'],
  ['cấp ủy', 'party'],
  ['chi bộ', 'party'],
  ['tổ chức đảng', 'party'],
  ['tổ chức cơ sở đảng', 'party'],
  ['ban tuyên giáo', 'party'],
  ['ban tổ chức', 'party'],
  ['ban dân vận', 'party'],
  ['ban nội chính', 'party'],
  ['ủy ban kiểm tra', 'party'],
  ['văn phòng tỉnh ủy', 'party'],
  ['văn phòng trung ương đảng', 'party'],
  ['ban đảng', 'party'],
  // Mass organisations
  ['mặt trận tổ quốc', 'mass'],
  ['ủy ban mặt trận tổ quốc', 'mass'],
  ['ủy ban mttq', 'mass'],
  ['mttq', 'mass'],
  ['ubmttq', 'mass'],
  ['đoàn thể', 'mass'],
  ['tổ chức chính trị - xã hội', 'mass'],
  ['tổ chức chính trị', 'mass'],
  ['hội', 'mass'],
  ['hội liên hiệp', 'mass'],
  ['liên hiệp', 'mass'],
  ['liên đoàn lao động', 'mass'],
  ['đoàn thanh niên', 'mass'],
  ['hiệp hội', 'mass'],
  ['tổ covid', 'mass'],
  ['thanh niên', 'mass'],
  ['phụ nữ', 'mass'],
  ['cựu chiến binh', 'mass'],
  ['nông dân', 'mass'],
  ['công đoàn', 'mass'],
  ['dân quân tự vệ', 'security'],
  ['dân quân', 'security'],
  ['quân đội', 'security'],
  ['tổ an toàn', 'mass'],
  // Press
  ['báo', 'press'],
  ['đài phát thanh', 'press'],
  ['đài truyền hình', 'press'],
  ['đài', 'press'],
  ['cơ quan báo chí', 'press'],
  ['thông tấn xã', 'press'],
  ['cổng thông tin', 'press'],
  // Armed forces and police
  ['công an', 'security'],
  ['bộ chỉ huy quân sự', 'security'],
  ['bộ chỉ huy', 'security'],
  ['bộ đội biên phòng', 'security'],
  ['bộ tư lệnh', 'security'],
  ['quân khu', 'security'],
  ['lực lượng', 'security'],
  // State bodies
  ['chính phủ', 'state'],
  ['ủy ban nhân dân', 'state'],
  ['ubnd', 'state'],
  ['hội đồng nhân dân', 'state'],
  ['hđnd', 'state'],
  ['chính quyền', 'state'],
  ['bộ', 'state'],
  ['sở', 'state'],
  ['ban quản lý', 'state'],
  ['ban chỉ đạo', 'state'],
  ['bcđ', 'state'],
  ['ban', 'state'],
  ['cục', 'state'],
  ['chi cục', 'state'],
  ['tổng cục', 'state'],
  ['văn phòng', 'state'],
  ['vụ', 'state'],
  ['viện', 'state'],
  ['thanh tra', 'state'],
  ['kho bạc', 'state'],
  ['ngân hàng nhà nước', 'state'],
  ['ngân hàng', 'enterprise'],
  ['bảo hiểm xã hội', 'state'],
  ['thuế', 'state'],
  ['hải quan', 'state'],
  ['tòa án', 'state'],
  ['viện kiểm sát', 'state'],
  ['trung tâm', 'state'],
  ['cơ quan', 'state'],
  ['đơn vị', 'state'],
  ['phòng', 'state'],
  ['tổ công tác', 'state'],
  ['tổ giúp việc', 'state'],
  ['tổ', 'state'],
  ['hội đồng', 'state'],
  ['kiểm toán', 'state'],
  ['ngành', 'group'],
  ['các ngành', 'group'],
  ['các cấp', 'group'],
  ['cấp', 'group'],
  ['các sở', 'group'],
  ['địa phương', 'group'],
  ['các địa phương', 'group'],
  ['tỉnh', 'state'],
  ['các tỉnh', 'group'],
  ['doanh nghiệp', 'enterprise'],
  ['tập đoàn', 'enterprise'],
  ['tổng công ty', 'enterprise'],
  ['công ty', 'enterprise'],
  ['hợp tác xã', 'enterprise'],
  ['nhà đầu tư', 'enterprise'],
  ['chủ đầu tư', 'enterprise'],
  ['trường', 'state'],
  ['bệnh viện', 'state'],
  ['nhân dân', 'group']
]

/** Heads that govern a list of bodies written after them once (`thủ trưởng cơ quan, đơn vị`). */
export const governingHeads: readonly string[] = [
  'người đứng đầu',
  'thủ trưởng',
  'lãnh đạo',
  'ban thường vụ',
  'thường trực',
  'bí thư',
  'chủ tịch',
  'giám đốc',
  'bộ trưởng',
  'ban chấp hành'
]

/** Words that open the predicate: the action a party must take (lower case in the text). */
export const actionVerbs: readonly string[] = [
  'chủ trì', 'phối hợp', 'chịu trách nhiệm', 'có trách nhiệm', 'tăng cường', 'triển khai', 'thực hiện', 'tiếp tục',
  'khẩn trương', 'tập trung', 'quản lý', 'theo dõi', 'tham mưu', 'xây dựng', 'kiểm tra', 'rà soát', 'báo cáo',
  'hướng dẫn', 'chỉ đạo', 'lãnh đạo', 'đôn đốc', 'chủ động', 'nghiên cứu', 'đẩy mạnh', 'quán triệt', 'cần', 'phải',
  'tạm thời', 'tạm dừng', 'không được', 'nghiêm cấm', 'hạn chế', 'bố trí', 'đề xuất', 'tổng hợp', 'giám sát', 'phát huy',
  'tuyên truyền', 'vận động', 'quan tâm', 'nắm chắc', 'xác định', 'trực tiếp', 'đảm bảo', 'bảo đảm', 'gửi', 'trình',
  'ban hành', 'cập nhật', 'hoàn thành', 'hoàn thiện', 'kịp thời', 'thường xuyên', 'nâng cao', 'tổ chức', 'căn cứ',
  'cung cấp', 'phổ biến', 'chuẩn bị', 'sẵn sàng', 'duy trì', 'bổ sung', 'đánh giá', 'tiếp nhận', 'phê duyệt', 'sửa đổi',
  'thống kê', 'công bố', 'chú trọng', 'huy động', 'ưu tiên', 'kiên quyết', 'xử lý', 'rà soát', 'khắc phục', 'làm rõ',
  'ngăn chặn', 'kiểm soát', 'chấp hành', 'tuân thủ', 'phổ biến', 'thông tin', 'thông báo', 'đấu tranh', 'tuyên truyền',
  'tiếp thu', 'điều chỉnh', 'hỗ trợ', 'vận hành', 'lựa chọn', 'phân công', 'giao', 'yêu cầu', 'đề nghị', 'rút kinh nghiệm',
  'khẩn cấp', 'sớm', 'nhanh chóng', 'tích cực', 'nghiêm túc', 'quyết liệt', 'thần tốc', 'được', 'cần phải',
  'tiến hành', 'thành lập', 'kiện toàn', 'củng cố', 'đổi mới', 'bảo vệ', 'chăm lo', 'giải quyết', 'tạo điều kiện',
  'khuyến khích', 'chia sẻ', 'kết nối', 'số hóa', 'tích hợp', 'áp dụng', 'sử dụng', 'dừng', 'không', 'đưa', 'cử',
  'lập', 'thẩm định', 'soát xét', 'thanh tra', 'truy vết', 'xét nghiệm', 'cách ly', 'mở', 'đăng ký', 'thu hút', 'kêu gọi',
  'quy định', 'trả lời', 'tiếp', 'tham gia', 'tập huấn', 'bồi dưỡng', 'đào tạo', 'thu gom', 'ứng dụng', 'phát triển',
  'phát hiện', 'ngăn ngừa', 'tăng', 'giảm', 'gắn', 'nêu cao', 'đề cao', 'coi', 'ghi nhận', 'biểu dương', 'tin tưởng',
  'xem xét', 'quyết định', 'soạn thảo', 'thẩm định', 'cân đối', 'phân bổ', 'giải ngân', 'thanh toán', 'lồng ghép', 'kiến nghị',
  'xác minh', 'điều tra', 'nghiệm thu', 'bàn giao', 'tiếp thu', 'tổng kết', 'sơ kết', 'theo', 'nắm', 'ký', 'phát động',
  'thúc đẩy', 'hoàn tất', 'khảo sát', 'rà', 'đăng tải', 'công khai', 'chuyển', 'giới thiệu', 'quảng bá', 'vận chuyển', 'xây',
  'sửa chữa', 'trồng', 'chăm sóc', 'bảo quản', 'lưu trữ', 'tra cứu', 'khai thác', 'chịu', 'góp phần', 'đề ra', 'bám sát',
  'tổng rà soát', 'định kỳ', 'khẩn trương', 'dự báo', 'cảnh báo', 'ứng phó', 'khắc phục', 'di dời', 'sơ tán', 'cứu hộ', 'cứu nạn'
]

/** Verbs that hand a task to the party after them (`giao X …`, `đề nghị X …`). */
export const requestVerbs: readonly string[] = ['yêu cầu', 'đề nghị', 'chỉ đạo', 'giao', 'phân công', 'kính đề nghị', 'trân trọng đề nghị']

/** Words in a party's name that look like verbs but are not, after these heads (`Ban Quản lý`, `Ban Chỉ đạo`). */
export const nameHeadsTakingVerbs: readonly string[] = ['ban', 'tổ', 'cục', 'phòng', 'hội đồng', 'trung tâm', 'chi cục', 'ủy ban', 'bộ', 'sở', 'cơ quan', 'lực lượng', 'đoàn']

/** Nouns that verbs form with following words (`tổ chức đảng`, `lãnh đạo tỉnh`): not a predicate there. */
export const nounCompounds: readonly string[] = [
  'tổ chức đảng', 'tổ chức chính trị', 'tổ chức cơ sở', 'tổ chức, cá nhân', 'tổ chức xã hội', 'tổ chức và', 'tổ chức thuộc',
  'lãnh đạo tỉnh', 'lãnh đạo các', 'lãnh đạo cấp', 'lãnh đạo bộ', 'lãnh đạo sở', 'lãnh đạo ban', 'lãnh đạo chủ chốt',
  'cơ quan thông tin', 'thông tin và truyền thông', 'thanh tra tỉnh', 'thanh tra chính phủ', 'thanh tra bộ'
]

/** Main actions that mean not acting: `refrain` polarity. */
export const refrainMarkers: readonly string[] = [
  'tạm thời không', 'tạm dừng', 'tạm ngừng', 'không được', 'nghiêm cấm', 'cấm', 'hạn chế', 'không', 'dừng', 'ngừng', 'không để'
]

/** Narrative openers: a sentence that starts so states facts, it asks for nothing. */
export const narrativeMarkers: readonly string[] = [
  'thời gian qua', 'thời gian gần đây', 'vừa qua', 'trong thời gian qua', 'hiện nay', 'năm qua', 'tuy nhiên', 'bên cạnh đó',
  'qua đó', 'kết quả', 'theo đó', 'trước tình hình'
]

/**
 * Abbreviations and their full forms, for canonical names. Order matters:
 * longer abbreviations first.
 */
export const abbreviations: ReadonlyArray<readonly [string, string]> = [
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['BCHTW', 'Ban Chấp hành Trung ương'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BCSĐ', 'Ban cán sự đảng'],
  ['BCS', 'Ban cán sự'],
  ['VPTW', 'Văn phòng Trung ương Đảng'],
  ['VPTU', 'Văn phòng Tỉnh ủy'],
  ['VPCP', 'Văn phòng Chính phủ'],
  ['VPUB', 'Văn phòng Ủy ban nhân dân'],
  ['BTGTW', 'Ban Tuyên giáo Trung ương'],
  ['BTCTW', 'Ban Tổ chức Trung ương'],
  ['UBKTTW', 'Ủy ban Kiểm tra Trung ương'],
  ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
  ['BTCTU', 'Ban Tổ chức Tỉnh ủy'],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy'],
  ['UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['TTg', 'Thủ tướng'],
  ['TTgCP', 'Thủ tướng Chính phủ'],
  ['CP', 'Chính phủ'],
  ['TW', 'Trung ương'],
  ['TU', 'Tỉnh ủy'],
  ['CAT', 'Công an tỉnh'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự'],
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['PCT', 'Phó Chủ tịch'],
  ['CVP', 'Chánh Văn phòng'],
  ['PCD', 'phòng, chống dịch'],
  ['TP.', 'Thành phố'],
  ['TP', 'Thành phố'],
  ['ĐU', 'Đảng ủy'],
  ['TTr', 'Thường trực'],
  ['TTXVN', 'Thông tấn xã Việt Nam'],
  ['THVN', 'Truyền hình Việt Nam'],
  ['TNVN', 'Tiếng nói Việt Nam'],
  ['Đ/c', 'Đồng chí'],
  ['đ/c', 'đồng chí']
]

/** Level words in a name, most specific first. */
export const levelWords: ReadonlyArray<readonly [string, PartyLevel]> = [
  ['trung ương', 'central'],
  ['chính phủ', 'central'],
  ['quốc gia', 'central'],
  ['bộ chính trị', 'central'],
  ['ban bí thư', 'central'],
  ['quốc hội', 'central'],
  ['cấp xã', 'commune'],
  ['xã', 'commune'],
  ['phường', 'commune'],
  ['thị trấn', 'commune'],
  ['đặc khu', 'commune'],
  ['cơ sở', 'commune'],
  ['cấp huyện', 'district'],
  ['huyện', 'district'],
  ['quận', 'district'],
  ['thị xã', 'district'],
  ['huyện ủy', 'district'],
  ['cấp tỉnh', 'province'],
  ['tỉnh', 'province'],
  ['thành phố', 'province'],
  ['tỉnh ủy', 'province'],
  ['thành ủy', 'province'],
  ['sở', 'province'],
  ['các cấp', 'any'],
  ['bộ', 'central']
]
