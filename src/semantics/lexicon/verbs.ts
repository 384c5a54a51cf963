/**
 * Words of the predicate: what a party must do, and the words around it
 * that change what the clause means (modals, hand-overs, roles, refusals,
 * statements that ask nothing). Written as in text (NFC, new-style tones,
 * lower case); matching lower-cases the text first.
 */

/** Verbs that hand a task to the party after them (`giao X …`, `đề nghị X …`). */
export const handOverVerbs: readonly string[] = [
  'yêu cầu', 'đề nghị', 'chỉ đạo', 'giao', 'phân công', 'kính đề nghị', 'trân trọng đề nghị', 'kính gửi', 'ủy quyền', 'ủy quyền cho', 'giao cho', 'đề nghị với'
]

/** Hand-over verbs that give a task to those they name wherever they stand in a sentence (`…, trên cơ sở đó giao các trường tự quyết định`). */
export const assigningVerbs: readonly string[] = ['giao', 'giao cho', 'phân công']

/** Marks of obligation between a party and its action (`X cần …`, `X có trách nhiệm …`). */
export const modals: readonly string[] = [
  'cần', 'phải', 'cần phải', 'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ', 'có trách nhiệm phối hợp', 'sẽ', 'cần tiếp tục', 'phải tiếp tục', 'được giao nhiệm vụ'
]

/**
 * Adverbs that open a predicate before its verb (`X khẩn trương triển khai`,
 * `X tiếp tục chỉ đạo`): a clause starting with one starts with an action.
 */
export const adverbs: readonly string[] = [
  'khẩn trương', 'tiếp tục', 'chủ động', 'tích cực', 'kịp thời', 'nghiêm túc', 'quyết liệt', 'thường xuyên', 'tập trung',
  'kiên quyết', 'sớm', 'nhanh chóng', 'khẩn cấp', 'thần tốc', 'trực tiếp', 'định kỳ', 'cũng', 'đồng thời', 'tiếp tục thực hiện',
  'nghiêm', 'tuyệt đối', 'cương quyết', 'theo chức năng, nhiệm vụ', 'căn cứ chức năng, nhiệm vụ', 'trong phạm vi chức năng, nhiệm vụ',
  // `các trường tự quyết định`: by themselves.
  'tự'
]

/** The lead role: `X chủ trì, phối hợp với Y …`. */
export const leadVerbs: readonly string[] = ['chủ trì']

/** Phrases before the parties to cooperate with. */
export const withPhrases: readonly string[] = [
  'phối hợp với', 'phối hợp chặt chẽ với', 'phối hợp cùng', 'cùng với', 'phối hợp', 'phối hợp chặt chẽ', 'phối, kết hợp với', 'kết hợp với',
  'với sự phối hợp của', 'có sự phối hợp của'
]

/** Reporting: `báo cáo X`, `báo cáo … với/về/lên X`. */
export const reportVerbs: readonly string[] = ['báo cáo', 'tổng hợp báo cáo', 'tổng hợp, báo cáo', 'gửi báo cáo', 'có báo cáo']

/** Words after `báo cáo …` that lead to who is to act on the report, and so receives it (`… để Ủy ban nhân dân tỉnh xem xét`). */
export const reportReceivers: readonly string[] = ['để']

/** Words after `báo cáo …` that lead to whom the report goes. */
export const reportTargets: readonly string[] = ['với', 'về', 'lên', 'cho', 'gửi', 'tới', 'đến']

/**
 * `không` that does not mean not acting: a bound (`không quá 02 giờ`), a
 * quality (`chi trả không dùng tiền mặt`), a statement of scope (`không
 * thuộc đối tượng`, `không phụ thuộc`), `không chỉ … mà còn`.
 */
export const notRefrains: readonly string[] = ['không quá', 'không dùng tiền mặt', 'không thuộc', 'không phụ thuộc', 'không chỉ']

/** Main actions that mean not acting: `refrain` polarity. */
export const refrainMarkers: readonly string[] = [
  'tạm thời không', 'tạm dừng', 'tạm ngừng', 'tạm hoãn', 'không được', 'nghiêm cấm', 'cấm', 'hạn chế', 'không', 'dừng', 'ngừng', 'tuyệt đối không', 'kiên quyết không', 'chưa'
]

/** First verbs that state an attitude, praise or a fact about the issuer: the clause asks nothing. */
export const statementVerbs: readonly string[] = [
  'tin tưởng', 'ghi nhận', 'biểu dương', 'đánh giá cao', 'cảm ơn', 'chúc mừng', 'nhận thấy', 'cho rằng', 'thống nhất', 'kết luận',
  'nhấn mạnh', 'đã', 'đang', 'vừa', 'hoan nghênh', 'khen ngợi', 'trân trọng', 'chia buồn', 'chia sẻ', 'nêu rõ', 'đồng ý',
  'cơ bản đồng ý', 'nhất trí', 'cơ bản nhất trí', 'có ý kiến như sau', 'thông báo như sau', 'cho ý kiến', 'đã có ý kiến', 'phát biểu',
  'báo cáo về', 'chủ trì cuộc họp', 'chủ trì hội nghị', 'dự họp', 'tham dự', 'là'
]

/**
 * Statements of belief that hold the whole sentence (`Ban Thường vụ Tỉnh ủy
 * tin tưởng rằng …; …; trong đó, …`): no `;`-part of it asks anything.
 * Other statements (`Đồng chí A là cán bộ …; Ban Thường vụ … xem xét`)
 * reach only their own part.
 */
export const beliefVerbs: readonly string[] = ['tin tưởng', 'cho rằng', 'nhận thấy']

/**
 * Modals that make a hand-over a promise (`Chính phủ, Thủ tướng Chính phủ
 * sẽ giao cơ quan chức năng rà soát …`): who will hand the task over later is
 * asked nothing now, and those it names are not handed it yet.
 */
export const promiseModals: readonly string[] = ['sẽ']

/** Passive: the clause names who is acted upon, not who acts (`Chỉ thị này được phổ biến …`). */
export const passiveMarkers: readonly string[] = [
  'được', 'bị',
  // `giao` in a compound verb is no assignment: `hồ sơ … được giao nộp vào lưu trữ` is handed in.
  'được giao nộp', 'được giao nhận', 'được bàn giao', 'được giao dịch'
]

/**
 * `được giao`, `được phân công`: after a party, a relative clause that is
 * part of its name (`các cơ quan được giao chủ trì`), not a passive.
 */
export const assignedMarkers: readonly string[] = ['được giao', 'được phân công', 'được giao nhiệm vụ', 'được giao chủ trì', 'được phân công chủ trì']

/**
 * Action verbs: what a party is told to do. A party's name ends where one
 * begins; a clause that opens with one is a task.
 */
export const actionVerbs: readonly string[] = [
  // Leading and organising
  'chủ trì', 'phối hợp', 'chịu trách nhiệm', 'có trách nhiệm', 'triển khai', 'thực hiện', 'tổ chức', 'tổ chức thực hiện', 'chỉ đạo', 'lãnh đạo',
  'điều hành', 'điều phối', 'quản lý', 'phụ trách', 'đảm nhiệm', 'đôn đốc', 'theo dõi', 'giám sát', 'kiểm tra', 'thanh tra', 'kiểm soát',
  'hướng dẫn', 'tham mưu', 'biết', 'kết thúc', 'đề xuất', 'kiến nghị', 'trình', 'báo cáo', 'tổng hợp', 'thống kê', 'rà soát', 'tổng rà soát', 'rà', 'đánh giá',
  'phản ánh', 'góp ý', 'kê khai', 'khai báo', 'liên hệ', 'duy tu', 'nâng cấp', 'cải tạo', 'thi công', 'phòng ngừa', 'hợp tác', 'diễn tập', 'niêm phong', 'bắt giữ', 'hiệp thương', 'gia hạn', 'chấp thuận', 'giúp đỡ', 'giữ gìn', 'điều tiết', 'phân luồng', 'hoàn trả', 'khởi công', 'đưa vào', 'thi hành',
  'truy quét', 'khoanh vùng', 'dập dịch', 'đền bù', 'giải phóng mặt bằng', 'đàm phán', 'tiếp đón',
  'đẩy nhanh', 'nỗ lực', 'tăng tốc', 'phấn đấu', 'vào cuộc', 'kiểm điểm',
  'sơ kết', 'tổng kết', 'xây dựng', 'ban hành', 'hoàn thiện', 'hoàn thành', 'hoàn tất', 'sửa đổi', 'bổ sung', 'điều chỉnh', 'thay thế',
  'bãi bỏ', 'phê duyệt', 'thẩm định', 'thẩm tra', 'soát xét', 'soạn thảo', 'nghiên cứu', 'xem xét', 'quyết định', 'lựa chọn', 'phân công',
  'phân bổ', 'phân cấp', 'bố trí', 'sắp xếp', 'cân đối', 'huy động', 'cử', 'chuẩn bị', 'lập', 'xác định', 'làm rõ', 'xác minh', 'điều tra',
  'giải quyết', 'xử lý', 'khắc phục', 'tháo gỡ', 'hỗ trợ', 'tạo điều kiện', 'giúp', 'đảm bảo', 'bảo đảm', 'duy trì', 'củng cố', 'kiện toàn',
  'thành lập', 'tiến hành', 'tăng cường', 'đẩy mạnh', 'thúc đẩy', 'nâng cao', 'phát huy', 'đổi mới', 'cải cách', 'cải thiện', 'tập trung',
  'quan tâm', 'chú trọng', 'ưu tiên', 'bám sát', 'nắm chắc', 'nắm', 'nắm bắt', 'theo', 'tuân thủ', 'chấp hành', 'quán triệt', 'phổ biến',
  'tuyên truyền', 'vận động', 'thông tin', 'thông báo', 'công bố', 'công khai', 'đăng tải', 'cập nhật', 'cung cấp', 'chia sẻ', 'kết nối',
  'tích hợp', 'số hóa', 'ứng dụng', 'áp dụng', 'sử dụng', 'vận hành', 'khai thác', 'lưu trữ', 'bảo quản', 'tra cứu', 'gửi', 'sao gửi', 'chuyển',
  'chuyển giao', 'bàn giao', 'tiếp nhận', 'tiếp thu', 'nghiệm thu', 'giải ngân', 'thanh toán', 'quyết toán', 'thu hồi', 'thu gom', 'thu hút',
  'kêu gọi', 'khuyến khích', 'động viên', 'phát động', 'giới thiệu', 'quảng bá', 'đào tạo', 'bồi dưỡng', 'tập huấn', 'tham gia', 'dự',
  'ngăn chặn', 'ngăn ngừa', 'phòng ngừa', 'phòng, chống', 'phòng chống', 'đấu tranh', 'bảo vệ', 'chăm lo', 'chăm sóc', 'cứu hộ', 'cứu nạn',
  'ứng phó', 'di dời', 'sơ tán', 'dự báo', 'cảnh báo', 'phát hiện', 'truy vết', 'xét nghiệm', 'cách ly', 'điều trị', 'tiêm', 'khám',
  'sửa chữa', 'xây', 'trồng', 'vận chuyển', 'mở', 'đăng ký', 'cấp', 'cấp phép', 'ký', 'ký kết', 'trả lời', 'phản hồi', 'tiếp', 'tiếp xúc',
  'đối thoại', 'làm việc', 'gặp', 'họp', 'triệu tập', 'mời', 'rút kinh nghiệm', 'khẩn trương', 'tiếp tục', 'chủ động', 'kịp thời', 'sớm',
  'nghiêm túc', 'quyết liệt', 'kiên quyết', 'tích cực', 'thường xuyên', 'định kỳ', 'đề cao', 'nêu cao', 'gương mẫu', 'coi', 'coi trọng',
  'gắn', 'gắn kết', 'lồng ghép', 'kết hợp', 'phân tích', 'dự thảo', 'hoàn chỉnh', 'biên soạn', 'tổ chức triển khai', 'tăng', 'giảm', 'góp phần',
  'đề ra', 'đặt ra', 'nhân rộng', 'mở rộng', 'rút ngắn', 'cắt giảm', 'đơn giản hóa', 'chuẩn hóa', 'thống nhất', 'đồng bộ', 'khôi phục',
  'tu sửa', 'gia cố', 'nạo vét', 'khảo sát', 'đo đạc', 'quan trắc', 'lấy mẫu', 'phân loại', 'kiểm kê', 'kiểm đếm', 'niêm yết', 'đóng',
  'nộp', 'trích', 'chi', 'chi trả', 'cấp phát', 'phân phối', 'cứu trợ', 'tiếp tế', 'bảo dưỡng', 'vệ sinh', 'tiêu độc', 'khử trùng',
  'xử phạt', 'thu', 'chịu', 'đôn đốc, kiểm tra', 'dừng', 'tạm dừng', 'không được', 'nghiêm cấm', 'hạn chế', 'tạm thời', 'làm', 'đưa',
  'đưa ra', 'giữ', 'giữ vững', 'tạo', 'hình thành', 'phát triển', 'cung ứng', 'đáp ứng', 'bảo hiểm', 'hướng tới', 'tìm', 'tìm kiếm',
  'đo', 'cắm', 'rà phá', 'lắp đặt', 'đầu tư', 'chuyển đổi', 'tổng hợp, báo cáo', 'chỉ đạo, hướng dẫn', 'tiếp nhận, xử lý', 'cho ý kiến',
  'thông qua', 'tập hợp', 'chọn', 'công nhận', 'kiểm định', 'giới thiệu', 'lấy ý kiến', 'ra soát', 'nghiêm khắc', 'phê bình',
  'kỷ luật', 'xem', 'bảo trì', 'ghi', 'ghi chép', 'in', 'phát hành', 'phát', 'phát sóng', 'đăng', 'viết', 'nêu', 'đặt', 'mua', 'bán', 'cho',
  'cho phép', 'chấm dứt', 'chấn chỉnh', 'siết chặt', 'xiết chặt', 'răn đe', 'tăng thêm', 'bồi thường', 'giải phóng', 'tái định cư', 'thông quan',
  // Moving people and means, standing ready, handling cases
  'điều động', 'điều chuyển', 'bố trí lực lượng', 'sẵn sàng', 'trực', 'ứng trực', 'canh gác', 'tuần tra', 'kiểm soát chặt chẽ', 'phong tỏa',
  'cấm', 'ngừng', 'đình chỉ', 'thu giữ', 'tịch thu', 'tiêu hủy', 'cưỡng chế', 'truy cứu', 'khởi tố', 'xét xử', 'thanh lý', 'giải thể',
  'sáp nhập', 'hợp nhất', 'chia tách', 'tinh gọn', 'bàn bạc', 'thảo luận', 'thống nhất', 'trao đổi', 'lắng nghe', 'tiếp thu', 'giải trình',
  'chuẩn hóa', 'hiện đại hóa', 'tự động hóa', 'xã hội hóa', 'cụ thể hóa', 'thể chế hóa', 'hướng dẫn thực hiện', 'phân định', 'phân quyền',
  'ủy quyền', 'tổ chức lại', 'rà soát lại', 'xem xét lại', 'chỉnh lý', 'hiệu chỉnh', 'đối chiếu', 'so sánh',
  'tính toán', 'dự toán', 'lập dự toán', 'thẩm định giá', 'định giá', 'đấu giá', 'đấu thầu', 'chỉ định', 'bổ nhiệm', 'miễn nhiệm', 'luân chuyển',
  'tuyển dụng', 'tuyển chọn', 'sử dụng hiệu quả', 'tiết kiệm', 'chống lãng phí', 'phòng tránh', 'dập tắt',
  // `có` + what is to be given: a predicate
  'có ý kiến', 'có văn bản', 'có kế hoạch', 'có phương án', 'có biện pháp', 'có giải pháp', 'có báo cáo', 'có hướng dẫn', 'có chỉ đạo',
  'dành', 'dành thời gian', 'cứu chữa', 'cấp cứu', 'thăm hỏi', 'hỗ trợ kịp thời', 'khen thưởng', 'biểu dương', 'tôn vinh', 'xử lý nghiêm', 'làm rõ trách nhiệm'
]

/**
 * Noun phrases whose first word is a verb (`tổ chức đảng`, `quản lý nhà
 * nước`, `đăng ký đầu tư`): inside a name they are not a predicate.
 */
export const nounCompounds: readonly string[] = [
  'tổ chức đảng', 'tổ chức chính trị', 'tổ chức cơ sở', 'tổ chức, cá nhân', 'tổ chức xã hội', 'tổ chức và', 'tổ chức thuộc', 'tổ chức tín dụng',
  'tổ chức thành viên', 'lãnh đạo tỉnh', 'lãnh đạo các', 'lãnh đạo cấp', 'lãnh đạo bộ', 'lãnh đạo sở', 'lãnh đạo ban',
  'lãnh đạo chủ chốt', 'lãnh đạo chính quyền', 'lãnh đạo ủy ban', 'lãnh đạo ubnd', 'lãnh đạo cơ quan', 'lãnh đạo đơn vị', 'lãnh đạo địa phương',
  'cơ quan thông tin', 'thông tin và truyền thông', 'thanh tra tỉnh', 'thanh tra chính phủ', 'thanh tra bộ', 'thanh tra thành phố', 'thanh tra sở',
  'quản lý nhà nước', 'đăng ký đầu tư', 'đăng ký kinh doanh', 'sự nghiệp công lập', 'quản lý thị trường', 'quản lý dự án', 'kiểm tra trung ương',
  'kiểm tra tỉnh ủy', 'kế hoạch và đầu tư', 'bảo vệ thực vật', 'phòng cháy, chữa cháy', 'cứu nạn, cứu hộ', 'cứu hộ, cứu nạn', 'phòng, chống thiên tai',
  'phòng chống thiên tai', 'tìm kiếm cứu nạn', 'giáo dục và đào tạo', 'thẩm định nhà nước', 'tiếp công dân', 'xúc tiến đầu tư', 'đầu tư xây dựng',
  'thi hành án dân sự', 'phục vụ hành chính công', 'cung ứng dịch vụ', 'trường hợp', 'hội nghị', 'hội thảo', 'hội đàm', 'hội viên', 'hội nhập', 'hội chợ', 'đại hội', 'dự án', 'thi đua khen thưởng', 'thi đua - khen thưởng', 'đầu tư phát triển', 'bộ phận', 'phòng dịch', 'phòng ngừa',
  // Words ending in a head's syllable that name no body (`ô nhiễm môi trường` is no school).
  'môi trường', 'hiện trường', 'công trường', 'trường thông tin', 'trường dữ liệu',
  // Nouns whose second syllable alone is a verb (`công trình giao thông` is no `trình`, no `giao`).
  'công trình', 'giao thông', 'giao dịch', 'giao lưu',
  // A noun whose first word alone ends a name (`việc`): `Trung tâm Dịch vụ việc làm`.
  'việc làm'
]

/** Words that follow a verb in a compound noun rather than open a predicate: `cơ quan chủ trì`, `đơn vị phối hợp` act; `cơ quan thanh tra` names. */
export const actingAfterHead: readonly string[] = ['chủ trì', 'phối hợp', 'thực hiện', 'chịu trách nhiệm', 'có trách nhiệm']

/** Heads that are also verbs and act right after a party's name (`Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo …`). */
export const headsActingAfterName: readonly string[] = ['lãnh đạo']

/**
 * Verbs whose first syllable also ends a head (`Trung ương Đảng ủy quyền`
 * is `Trung ương Đảng` + `ủy quyền`, not `Đảng ủy` + `quyền`): where one
 * starts on a head's last word, the verb wins.
 */
export const verbsOverlappingHeads: readonly string[] = ['ủy quyền', 'ủy nhiệm', 'ủy thác']

/** Verbs written with `báo cáo` before the one reported to (`báo cáo, đề xuất Ủy ban nhân dân tỉnh`). */
export const reportCompanions: readonly string[] = ['đề xuất', 'kiến nghị', 'tham mưu', 'xin ý kiến', 'trình']

/**
 * What a task's party sends (`Các Báo cáo trên gửi Bộ Tư pháp trước ngày
 * …`, `Văn bản góp ý gửi về Sở Tư pháp`): a sentence opening with one of
 * them and `gửi` goes on with the task before it, a report to the receiver.
 */
export const sentDocuments: readonly string[] = ['báo cáo', 'văn bản', 'hồ sơ', 'kết quả', 'ý kiến', 'dự thảo', 'đề xuất', 'kế hoạch', 'danh sách', 'số liệu', 'tài liệu']

/** Modals that state a party's duty (`Cơ quan … có trách nhiệm …`, `Người nộp thuế không được …`): a relative clause on a group runs up to one of them. */
export const dutyModals: readonly string[] = ['có trách nhiệm', 'chịu trách nhiệm', 'có trách nhiệm phối hợp', 'phải', 'không được']

/**
 * A party and one of these with nothing after it but words of the list to
 * come (`Người đứng đầu cơ quan có trách nhiệm:`, `Lưu trữ hiện hành có
 * nhiệm vụ, quyền hạn sau:`) leads in to duties listed below: it names their
 * party and asks nothing itself.
 */
export const leadInModals: readonly string[] = ['có trách nhiệm', 'có nhiệm vụ']

/** Words that may follow a lead-in's modal (`quyền hạn`, `sau`, `như sau`). */
export const leadInTails: readonly string[] = ['quyền hạn', 'sau', 'như sau', 'sau đây', 'cụ thể', 'chủ yếu', 'và', 'các', 'nhiệm vụ', 'trách nhiệm']

/** Aspect words that may open such a relative clause (`cơ quan, tổ chức đã xác định bí mật nhà nước có trách nhiệm …`). */
export const relativeAspects: readonly string[] = ['đã', 'đang']

/** Verbs that send what is named before them (`Các Báo cáo trên gửi Bộ Tư pháp`). */
export const sendingVerbs: readonly string[] = ['gửi', 'gửi về']
