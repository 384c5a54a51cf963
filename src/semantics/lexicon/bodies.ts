/**
 * Names of bodies, written out: central ministries and agencies (today's
 * and those of earlier governments), the Party's central organs, mass
 * organisations, state groups, and the departments every province has.
 * A name here is read as one piece, so its inner words (`Ngoại giao`,
 * `Ngân hàng`, `công lập`, `Thể thao và Du lịch`) never end it or split it.
 * Qualifiers after it (`tỉnh`, `thành phố Hà Nội`, `các tỉnh`) go on as for
 * any name. Written as in text (NFC, new-style tones).
 */
export const bodyNames: readonly string[] = [
  // The Government and its ministries (2025 and earlier)
  'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Công thương',
  'Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ', 'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế', 'Bộ Dân tộc và Tôn giáo', 'Bộ Kế hoạch và Đầu tư', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tài nguyên và Môi trường',
  'Bộ Giao thông vận tải', 'Bộ Thông tin và Truyền thông', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động, Thương binh và Xã hội',
  'Bộ Văn hóa - Thông tin', 'Bộ Thương mại', 'Bộ Công nghiệp', 'Bộ Thủy sản', 'Bộ Bưu chính, Viễn thông', 'Ủy ban Dân tộc',
  'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ', 'Kiểm toán Nhà nước', 'Kiểm toán nhà nước',
  'Bảo hiểm xã hội Việt Nam', 'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam',
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'Đại học Quốc gia Hà Nội', 'Đại học Quốc gia Thành phố Hồ Chí Minh',
  'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao',
  'Văn phòng Quốc hội', 'Văn phòng Chủ tịch nước', 'Ủy ban Thường vụ Quốc hội', 'Hội đồng Dân tộc', 'Ủy ban An toàn giao thông Quốc gia',
  'Ủy ban Quốc gia về chuyển đổi số', 'Tổng cục Hải quan', 'Tổng cục Thuế', 'Kho bạc Nhà nước', 'Cục Thuế', 'Cục Hải quan', 'Chi cục Hải quan',
  'Chi cục Thuế', 'Ngân hàng Chính sách xã hội', 'Ngân hàng Phát triển Việt Nam', 'Học viện Chính trị quốc gia Hồ Chí Minh',
  'Hội đồng thẩm định Nhà nước', 'Hội đồng thẩm định nhà nước', 'Bộ Tổng Tham mưu', 'Tổng cục Chính trị', 'Bộ Tư lệnh Cảnh sát biển',
  'Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ Tư lệnh Thủ đô', 'Bộ Tư lệnh Thủ đô Hà Nội', 'Cục Cảnh sát giao thông', 'Cục Quản lý thị trường',
  'Trung tâm Dự báo khí tượng thủy văn quốc gia', 'Ban Chỉ đạo quốc gia về phòng, chống thiên tai', 'Ban Chỉ đạo quốc gia',
  // The Party's central organs
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'Ban Tổ chức Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương',
  'Ban Tuyên giáo Trung ương', 'Ban Dân vận Trung ương', 'Ban Nội chính Trung ương', 'Ban Kinh tế Trung ương', 'Ban Chính sách, chiến lược Trung ương',
  'Ban Đối ngoại Trung ương', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Trung ương Đảng', 'Quân ủy Trung ương', 'Đảng ủy Công an Trung ương',
  'Đảng ủy Chính phủ', 'Đảng ủy Quốc hội', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Mặt trận Tổ quốc', 'Đảng ủy các cơ quan Đảng Trung ương',
  'Hội đồng Lý luận Trung ương', 'Báo Nhân Dân', 'Báo Nhân dân', 'Tạp chí Cộng sản', 'Ban Cán sự đảng Chính phủ',
  // Mass organisations
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam',
  'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân Việt Nam', 'Hội Nông dân', 'Hội Cựu chiến binh Việt Nam', 'Hội Cựu chiến binh', 'Hội Chữ thập đỏ', 'Liên đoàn Lao động',
  'Phòng Thương mại và Công nghiệp Việt Nam', 'Liên minh Hợp tác xã Việt Nam', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'Hội Luật gia Việt Nam', 'Hội Nhà báo Việt Nam',
  // State groups and corporations
  'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'Tập đoàn Dầu khí Việt Nam', 'Tập đoàn Dầu khí Quốc gia Việt Nam',
  'Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam',
  'Tổng công ty Đường sắt Việt Nam', 'Tổng công ty Điện lực', 'Tổng công ty Truyền tải điện Quốc gia', 'Tập đoàn Hóa chất Việt Nam',
  // Departments and offices of a province
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Công Thương', 'Sở Công thương', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo',
  'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Giao thông vận tải', 'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội', 'Sở Quy hoạch - Kiến trúc', 'Sở Giao thông công chính', 'Sở An toàn thực phẩm',
  'Thanh tra tỉnh', 'Thanh tra thành phố', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Ủy ban nhân dân thành phố', 'Văn phòng UBND tỉnh',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Ban Dân tộc', 'Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp',
  'Ban Quản lý các khu công nghiệp', 'Ban Quản lý khu Kinh tế', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng',
  'Bộ Chỉ huy Quân sự', 'Bộ đội Biên phòng tỉnh', 'Công an tỉnh', 'Công an thành phố', 'Kho bạc Nhà nước tỉnh', 'Bảo hiểm xã hội tỉnh',
  'Đài Phát thanh và Truyền hình', 'Đài Phát thanh - Truyền hình', 'Liên đoàn Lao động tỉnh', 'Tỉnh đoàn', 'Thành đoàn', 'Đoàn Thanh niên',
  'Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Ban Nội chính Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Ban Tuyên giáo Thành ủy', 'Ban Tổ chức Thành ủy', 'Văn phòng Thành ủy',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở', 'lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở', 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Trung tâm Phục vụ hành chính công', 'Trung tâm Kiểm soát bệnh tật', 'Trung tâm Y tế', 'Trung tâm y tế', 'Chi cục Kiểm lâm', 'Hạt Kiểm lâm',
  'Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn',
  'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Thông tin', 'Phòng Tài chính - Kế hoạch', 'Phòng Tài nguyên và Môi trường', 'Phòng Nội vụ',
  'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Phòng Tư pháp', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Kinh tế - Hạ tầng', 'Phòng Quản lý đô thị',
  'Phòng Kinh tế, Hạ tầng và Đô thị', 'Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự huyện', 'Ban Chỉ huy Quân sự xã', 'Công an huyện', 'Công an xã',
  'Ủy ban Bầu cử', 'Ban Bầu cử', 'Tổ bầu cử', 'Ủy ban bầu cử',
  // Local offices of central agencies and the media after the 2025 reorganisation
  'Thống kê tỉnh', 'Thống kê thành phố', 'Cục Thống kê', 'Chi cục Thống kê', 'Thuế tỉnh', 'Thuế thành phố', 'Thuế cơ sở',
  'Báo và Phát thanh, Truyền hình', 'Trung tâm Truyền thông', 'Trạm Truyền thanh', 'Trạm truyền thanh',
  // Commands and offices named with their commas or `và` (earlier names too)
  'Ban Chỉ huy phòng, chống lụt, bão và tìm kiếm cứu nạn', 'Ban Chỉ huy Phòng, chống lụt, bão và Tìm kiếm cứu nạn', 'Ban Chỉ huy phòng, chống lụt, bão',
  'Ban Chỉ đạo phòng, chống lụt, bão', 'Văn phòng HĐND và UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng Đoàn ĐBQH, HĐND và UBND',
  'Đài Khí tượng Thủy văn', 'Đài Khí tượng thủy văn', 'Trung tâm Khí tượng Thủy văn',
  // Councils of land clearance, named with their commas
  'Hội đồng bồi thường, hỗ trợ, tái định cư', 'Hội đồng bồi thường, hỗ trợ và tái định cư', 'Hội đồng Bồi thường, hỗ trợ và tái định cư'
]
