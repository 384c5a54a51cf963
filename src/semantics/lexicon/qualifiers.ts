/**
 * Words that go on a party's name after its head without ending it:
 * levels (`tỉnh`, `cấp huyện`), places, relations (`có liên quan`, `trực
 * thuộc`), and the words that do end it (a complement, a time). Lower case.
 */

/** Where in the hierarchy a party sits. */
export type PartyLevel = 'central' | 'province' | 'district' | 'commune' | 'any'

/** Level words in a name, most specific first, with the level they mean. */
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

/** Place words that a list may share one head for (`Ủy ban nhân dân các xã, phường, đặc khu`). */
export const placeWords: readonly string[] = [
  'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'tỉnh', 'thành phố', 'đặc khu', 'khu', 'thôn', 'bản', 'ấp', 'tổ dân phố', 'khu phố', 'cấp'
]

/** Modifiers inside a name, which never end it (`ngành có liên quan`, `đơn vị trực thuộc`). */
export const modifiers: readonly string[] = [
  'có liên quan', 'liên quan', 'trực thuộc', 'chức năng', 'các cấp', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp trên', 'cấp dưới', 'tỉnh', 'thành phố',
  'trung ương', 'địa phương', 'nhà nước', 'chuyên môn', 'chuyên trách', 'thuộc', 'khác', 'khác có liên quan', 'trên địa bàn', 'đóng trên địa bàn',
  'hữu quan', 'tương đương', 'và tương đương', 'cùng cấp', 'ở trung ương', 'ở địa phương', 'ở khu dân cư', 'ở cơ sở', 'thành viên', 'tham mưu', 'giúp việc', 'thường trực', 'có thẩm quyền'
]

/**
 * Words that end a party's name when written in lower case: they open a
 * complement (`theo`, `để`, `trong`), a time (`trước`, `hằng`) or an object
 * (`kết quả`, `việc`).
 */
export const nameEnders: readonly string[] = [
  'theo', 'để', 'nhằm', 'trong', 'với', 'nếu', 'khi', 'thì', 'đã', 'đang', 'bị', 'nào', 'này', 'đó', 'phải', 'cần', 'sẽ', 'được',
  'không', 'chưa', 'đều', 'cũng', 'vẫn', 'còn', 'luôn', 'bằng', 'qua', 'từ', 'đến', 'tới', 'như', 'trước', 'sau', 'chậm', 'hằng', 'hàng',
  'định', 'kể', 'ngay', 'kịp', 'thường', 'vào', 'lúc', 'kết', 'tình', 'việc', 'nội', 'số', 'danh', 'ý', 'văn', 'hồ', 'là', 'mà', 'nhưng',
  'hoặc', 'hay', 'vì', 'do', 'nên', 'cho', 'về', 'ngày', 'tháng', 'năm', 'quý', 'tuần', 'những', 'một', 'hai', 'ba', 'rất', 'tại', 'căn cứ', 'trên cơ sở', 'có', 'đối với',
  // `Sở X là cơ quan thường trực, chủ trì …`: the party's role, before its action.
  'là cơ quan thường trực', 'là cơ quan đầu mối', 'là cơ quan chủ trì', 'là đơn vị đầu mối', 'là đơn vị chủ trì', 'là đầu mối'
]

/** Connectives that separate pieces of a party list like a comma (`nhất là`, `trong đó có`). */
export const listConnectives: readonly string[] = ['nhất là', 'đặc biệt là', 'trong đó có', 'cùng với', 'trong đó', 'hoặc', 'cũng như']

/** Words after a head that are part of the name though they look like verbs (`cơ quan thanh tra`, `Ban quản lý`). */
export const verbsNamingAfterHead: readonly string[] = [
  'quản lý', 'thanh tra', 'điều tra', 'tham mưu', 'kiểm tra', 'giám sát', 'đăng ký', 'kiểm soát', 'cứu hộ', 'cứu nạn', 'bảo vệ', 'điều hành',
  'chỉ đạo', 'chỉ huy', 'phụ trách', 'thẩm định', 'quan trắc', 'cấp phép', 'giúp việc', 'thường trực', 'kiểm lâm', 'tiếp nhận', 'chuyên trách',
  'kiểm toán', 'thi hành án', 'xúc tiến', 'phát triển', 'dự báo', 'hỗ trợ', 'tư vấn', 'đào tạo', 'nghiên cứu', 'tìm kiếm', 'phòng, chống', 'phòng chống',
  // What a business or a facility does (`cơ sở nuôi trồng thủy sản`, `cơ sở sản xuất, kinh doanh`).
  'nuôi trồng', 'sản xuất, kinh doanh', 'sản xuất', 'kinh doanh', 'chế biến', 'khám bệnh, chữa bệnh', 'khám, chữa bệnh', 'khám chữa bệnh', 'lưu trú', 'bán lẻ', 'giáo dục', 'chăn nuôi', 'cung cấp dịch vụ'
]

/** Heads after which those verbs name (`cơ quan`, `Ban`, `đơn vị`, `lực lượng`). */
export const headsNamedByVerbs: readonly string[] = [
  'ban chỉ đạo', 'ban chỉ huy', 'ủy ban quốc gia', 'hội đồng quốc gia', 'ban', 'tổ', 'cục', 'phòng', 'hội đồng', 'trung tâm', 'chi cục', 'ủy ban', 'cơ quan', 'lực lượng', 'đoàn', 'viện', 'văn phòng', 'đơn vị', 'cơ sở', 'bộ phận', 'tổ chức'
]

/**
 * Two-syllable words whose second syllable alone looks like a verb or a
 * stop word (`Ngoại giao`, `Ngân hàng`, `Bình Định`): after the first,
 * capitalised, it goes on with the name.
 */
export const nameCompounds: readonly string[] = [
  'ngoại giao', 'ngân hàng', 'công lập', 'độc lập', 'thành lập', 'đăng ký', 'thư ký', 'thanh tra', 'kiểm tra', 'kiểm sát', 'giám sát', 'quan sát',
  'bình định', 'nam định', 'quy định', 'quyết định', 'ổn định', 'thẩm định', 'giám định', 'kiểm định', 'xác định', 'hiệp định', 'tổng hợp', 'liên hợp',
  'hợp tác', 'triển khai', 'khai thác', 'công khai', 'thông tin', 'báo cáo', 'tổ chức', 'chỉ đạo', 'lãnh đạo', 'chủ trì', 'duy trì', 'hướng dẫn',
  'kiến trúc', 'xây dựng', 'tư pháp', 'hành chính', 'tài chính', 'chính trị', 'quốc phòng', 'văn phòng', 'an ninh', 'trật tự', 'giáo dục', 'đào tạo',
  'phát triển', 'thương mại', 'công thương', 'nội vụ', 'dân vận', 'tuyên giáo', 'dân tộc', 'tôn giáo', 'du lịch', 'thể thao', 'văn hóa', 'y tế',
  'giao thông', 'vận tải', 'kế hoạch', 'đầu tư', 'nông nghiệp', 'môi trường', 'khoa học', 'công nghệ', 'lao động', 'thương binh', 'xã hội',
  'cảnh sát', 'biên phòng', 'quân sự', 'hải quan', 'kho bạc', 'bảo hiểm', 'tiếp nhận', 'quản lý', 'điều hành', 'phối hợp', 'hội nhập', 'cứu nạn'
]

/**
 * Nouns that share the head of the list they follow when written bare
 * (`các sở, ban, ngành`; `các cơ quan, đơn vị`; `các huyện, thị, thành ủy`),
 * by family: a bare noun shares the head only of a noun of its own family
 * (`các sở, ban, ngành, đơn vị` is `các sở, ban, ngành` and `đơn vị`;
 * `các cấp ủy, cơ quan, đơn vị` three parties). Other nouns (`chính
 * quyền`, `tổ chức đảng`) start parties of their own.
 */
export const siblingFamilies: ReadonlyArray<readonly string[]> = [
  // Departments and agencies of the State, the Party and the Front.
  ['bộ', 'ban', 'ngành', 'sở', 'ngành chức năng', 'cơ quan', 'cục', 'chi cục', 'phòng', 'viện', 'trung tâm', 'hội', 'đoàn', 'đoàn thể', 'mặt trận', 'đoàn thể chính trị - xã hội', 'lực lượng', 'binh chủng'],
  // Units and organisations.
  ['cơ quan', 'đơn vị', 'tổ chức', 'cá nhân', 'hộ gia đình', 'trường', 'bệnh viện', 'học viện', 'viện', 'trung tâm', 'công ty', 'tập đoàn', 'tổng công ty', 'doanh nghiệp nhà nước', 'hợp tác xã', 'cơ sở'],
  // Places and levels.
  ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị', 'xã', 'phường', 'thị trấn', 'đặc khu', 'khu', 'thôn', 'bản', 'ấp', 'tổ dân phố', 'khu phố', 'cấp'],
  // Party committees (`các huyện, thị, thành ủy`).
  ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy', 'đảng ủy', 'cấp ủy', 'chi bộ', 'huyện', 'thị']
]

/** Every noun of those families. */
export const siblingNouns: readonly string[] = [...new Set(siblingFamilies.flat())]

/**
 * Nouns that share a list's head only with a qualifier of the whole list
 * after them (`các sở, ngành, địa phương liên quan`, `các cơ quan và địa
 * phương có liên quan`); alone they are parties of their own (`các cơ quan,
 * đơn vị, địa phương`).
 */
export const qualifiedSiblingNouns: readonly string[] = ['địa phương']

/**
 * Common nouns that name any body of a kind (`cấp ủy`, `tổ chức đảng`,
 * `cơ quan`, `đơn vị`): a list of them with one qualifier of the whole
 * list after the last (`các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực
 * thuộc Trung ương`, `cơ quan, tổ chức tạo ra tài liệu có trách nhiệm …`)
 * is one party; without it, each is a party of its own.
 */
export const groupNouns: readonly string[] = [
  ...siblingNouns, ...qualifiedSiblingNouns, 'tổ chức đảng', 'cá nhân', 'tập thể lãnh đạo', 'tập thể', 'doanh nghiệp', 'chính quyền', 'cơ sở giáo dục'
]

/** Modifiers that qualify a whole list of group nouns when written after its last (`trực thuộc Trung ương`, `có liên quan`). */
export const listQualifiers: readonly string[] = ['trực thuộc', 'ở trung ương', 'ở địa phương', 'có liên quan', 'liên quan', 'khác có liên quan', 'hữu quan', 'có thẩm quyền']

/**
 * Words after a noun of a list that say which bodies it means (`các cơ
 * quan, tổ chức từ Trung ương đến cơ sở`, `tổ chức thuộc nguồn nộp lưu`):
 * a word that is both a noun and a verb (`tổ chức`) is the noun before them.
 */
export const scopeOpeners: readonly string[] = ['từ', 'thuộc', 'trực thuộc', 'trên địa bàn', 'các cấp', 'cấp', 'trong phạm vi']

/** Words of an aside that defines a short name (`(sau đây gọi chung là tỉnh ủy)`): the aside is no part of the party's name. */
export const definitionMarkers: readonly string[] = ['sau đây gọi', 'gọi chung là', 'gọi tắt là', 'viết tắt là', 'sau đây viết tắt']

/** The two words of a range of bodies after a party (`các cơ quan từ Trung ương đến cơ sở`, `các tỉnh từ Hà Tĩnh đến Quảng Ngãi`). */
export const rangeWords: {readonly from: readonly string[]; readonly to: readonly string[]} = {from: ['từ'], to: ['đến', 'tới']}

/** Words that open a clause saying where a body is (`cơ quan hải quan nơi làm thủ tục`), part of its name. */
export const placeRelatives: readonly string[] = ['nơi']

/**
 * The cities run by the centre, each a jurisdiction of its own like a
 * province (since the 2025 merger); any other `thành phố` is a city of a
 * province (`thành phố Sầm Sơn` of Thanh Hóa).
 */
export const centralCities: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']

/** Roles written after a body's name and a dash (`Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751`): an apposition, not part of the name. */
export const appositionRoles: readonly string[] = [
  'cơ quan thường trực', 'cơ quan đầu mối', 'cơ quan chủ trì', 'cơ quan tham mưu', 'cơ quan giúp việc', 'đơn vị đầu mối', 'đơn vị chủ trì', 'đơn vị thường trực', 'thường trực'
]
