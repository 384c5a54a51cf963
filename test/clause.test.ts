/**
 * The clause grammar on sentences written for the tests: each row is one
 * item of a made-up directive and what its record should say. The rulings
 * are those of ANNOTATION.md (who as written, split at `,` `;` `và`; timing
 * kinds); the sentences are the genre's usual shapes, not any one text's.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {analyze, analyzeFile, type Obligation} from '../src/index.js'

/** A directive of UBND tỉnh Quảng Bình dated 2025 with one numbered item. */
function itemOf(sentence: string): Obligation[] {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG BÌNH',
    'Số: 12/CT-UBND',
    'Quảng Bình, ngày 10 tháng 3 năm 2025',
    '',
    'CHỈ THỊ',
    'Về việc tăng cường quản lý',
    '',
    'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:',
    '',
    `1. ${sentence}`,
    '',
    '2. Các cơ quan, đơn vị khác theo dõi, thực hiện.',
    ''
  ].join('\n')
  return analyze(text).obligations.filter((obligation) => obligation.at === '1')
}

describe('who: the subject of a clause', () => {
  it.each([
    ['a subject and its verb', 'Sở Y tế chủ trì kiểm tra các cơ sở.', [['Sở Y tế']]],
    ['a list split at commas and `và`', 'Sở Tài chính, Sở Xây dựng và Công an tỉnh rà soát các dự án.', [['Sở Tài chính', 'Sở Xây dựng', 'Công an tỉnh']]],
    ['a name with its own `và` stays whole', 'Sở Khoa học và Công nghệ triển khai kế hoạch.', [['Sở Khoa học và Công nghệ']]],
    ['bare nouns sharing a head written once', 'Các sở, ban, ngành có liên quan phối hợp thực hiện.', [['Các sở, ban, ngành có liên quan']]],
    ['`địa phương` shares the head only with a qualifier of the whole list', 'Các sở, ngành, địa phương liên quan triển khai; các cơ quan, đơn vị, địa phương báo cáo kết quả.', [['Các sở, ngành, địa phương liên quan'], ['các cơ quan, đơn vị', 'địa phương']]],
    ['a bare noun shares the head only of its own family', 'Các sở, ban, ngành, đơn vị triển khai; các cấp ủy, cơ quan, đơn vị theo dõi; các huyện, thị, thành ủy báo cáo.', [['Các sở, ban, ngành', 'đơn vị'], ['các cấp ủy', 'cơ quan', 'đơn vị'], ['các huyện, thị, thành ủy']]],
    ['a list of district committees with a qualifier of the whole list is one party', 'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy quán triệt Chỉ thị.', [['Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy']]],
    ['a semicolon always ends a party', 'Các đoàn thể tỉnh; cấp ủy huyện và tương đương tập trung lãnh đạo.', [['Các đoàn thể tỉnh', 'cấp ủy huyện và tương đương']]],
    ['a colon list writes its head on each piece', 'Các Đảng ủy: Quân sự tỉnh, Công an tỉnh và các cơ quan chức năng tăng cường nắm tình hình.', [['Đảng ủy Quân sự tỉnh', 'Đảng ủy Công an tỉnh', 'các cơ quan chức năng']]],
    ['a colon list set apart by semicolons keeps its commas', 'Giao Văn phòng Tỉnh ủy; các Đảng ủy: Khối cơ quan; Mặt trận Tổ quốc, các đoàn thể tỉnh; Công an tỉnh và các cấp ủy, tổ chức đảng căn cứ Kết luận này tổ chức thực hiện.', [['Văn phòng Tỉnh ủy', 'Đảng ủy Khối cơ quan', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', 'Đảng ủy Công an tỉnh', 'các cấp ủy', 'tổ chức đảng']]],
    ['a known pair of bare nouns after a determiner shares its head (`cơ quan, tổ chức, cá nhân`); a compound does not (`tổ chức xã hội`)', 'Các cơ quan, tổ chức, cá nhân có trách nhiệm bảo quản tài liệu; các đoàn thể, tổ chức xã hội tham gia giám sát.', [['Các cơ quan, tổ chức, cá nhân'], ['các đoàn thể', 'tổ chức xã hội']]],
    ['a range of bodies (`từ … đến …`) qualifies the whole list, and a noun that is also a verb before it is the noun', 'Các cơ quan, tổ chức từ Trung ương đến cơ sở thực hiện nghiêm; Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi chủ động sơ tán dân.', [['Các cơ quan, tổ chức từ Trung ương đến cơ sở'], ['Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi']]],
    ['`nhất là`, `đặc biệt là` name a part of the list, a party of its own, never a complement of a title before it', 'Cán bộ, đảng viên, nhất là người đứng đầu phải gương mẫu; các cơ quan, đơn vị, đặc biệt là các sở, ngành kiểm tra.', [['Cán bộ', 'đảng viên', 'người đứng đầu'], ['các cơ quan, đơn vị', 'các sở, ngành']]],
    ['`lãnh đạo` right after a party’s name is its action (the Party body leads the State one), elsewhere a head', 'Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các sở, ngành triển khai; Thường trực Tỉnh ủy, lãnh đạo UBND tỉnh theo dõi.', [['Ban cán sự đảng UBND tỉnh'], ['Thường trực Tỉnh ủy', 'lãnh đạo UBND tỉnh']]],
    ['an aside defining a short name is no part of the party', 'Ban thường vụ tỉnh ủy, thành ủy (sau đây gọi chung là tỉnh ủy) chỉ đạo thực hiện; Ủy ban nhân dân cấp huyện (sau đây gọi tắt là UBND huyện) và Sở Y tế kiểm tra.', [['Ban thường vụ tỉnh ủy, thành ủy'], ['Ủy ban nhân dân cấp huyện', 'Sở Y tế']]],
    ['a governing head governs a body’s name after common nouns', 'Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam chịu trách nhiệm; Thủ trưởng Sở Y tế, Sở Tài chính chỉ đạo thực hiện.', [['Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam'], ['Thủ trưởng Sở Y tế', 'Sở Tài chính']]],
    ['heads of the genre: a project board, an investigation agency, a border post, a fund, electors and village elders', 'Ban Quản lý dự án đầu tư xây dựng tỉnh lập hồ sơ; Cơ quan Cảnh sát điều tra Công an tỉnh điều tra; Đồn Biên phòng tuần tra; cử tri, già làng, người có uy tín tham gia giám sát.', [['Ban Quản lý dự án đầu tư xây dựng tỉnh'], ['Cơ quan Cảnh sát điều tra Công an tỉnh'], ['Đồn Biên phòng'], ['cử tri', 'già làng', 'người có uy tín']]],
    ['a colon list of departments whose names are also verbs, with its head capitalised on each', 'Các sở: Xây dựng, Công Thương hướng dẫn bảo đảm an toàn; Ủy ban nhân dân các xã: Phú An, Tân Thạnh kiểm tra.', [['Sở Xây dựng', 'Sở Công Thương'], ['Ủy ban nhân dân xã Phú An', 'Ủy ban nhân dân xã Tân Thạnh']]],
    ['a capital after a heading party’s colon that opens an action is no colon list', 'Ủy ban nhân dân các xã, phường: Phối hợp với Sở Y tế kiểm tra.', [['Ủy ban nhân dân các xã, phường']]],
    ['`tham mưu` before a party is the action, after a head a qualifier', 'Sở Tài chính các tỉnh, thành phố tham mưu Ủy ban nhân dân cấp tỉnh bố trí kinh phí; cơ quan tham mưu cấp tỉnh thẩm định hồ sơ.', [['Sở Tài chính các tỉnh, thành phố'], ['cơ quan tham mưu cấp tỉnh']]],
    ['local offices and media after the 2025 reorganisation, in a group’s members', 'Các cơ quan thường trực Ban Chỉ đạo cấp tỉnh (Thống kê tỉnh, Sở Nông nghiệp và Môi trường) xây dựng kế hoạch; Báo và Phát thanh, Truyền hình tỉnh tuyên truyền.', [['Các cơ quan thường trực Ban Chỉ đạo cấp tỉnh', 'Thống kê tỉnh', 'Sở Nông nghiệp và Môi trường'], ['Báo và Phát thanh, Truyền hình tỉnh']]],
    ['a board’s name runs over `các` and common nouns to its level; `công trình giao thông` holds no verb', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương thi công cầu Cửa Lở.', [['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh']]],
    ['residential units under a commune are heads', 'Các chi bộ thôn, khu phố lãnh đạo các tổ bầu cử thực hiện đúng quy định.', [['Các chi bộ thôn, khu phố']]],
    ['a colon list whose pieces with their commas make a known ministry', 'Các Bộ: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch đổi mới nội dung giáo dục.', [['Bộ Giáo dục và Đào tạo', 'Bộ Văn hóa, Thể thao và Du lịch']]],
    ['where the bodies are (`nơi có dự án`) qualifies the whole list of places', 'Ủy ban nhân dân các xã, phường nơi có dự án tập trung đối thoại; các cơ quan, đơn vị nơi cán bộ công tác có trách nhiệm nhận xét.', [['Ủy ban nhân dân các xã, phường nơi có dự án'], ['các cơ quan, đơn vị nơi cán bộ công tác']]],
    ['a colon list under a title writes the title and the ministry on each piece, a ministry named with `và` whole', 'Bộ trưởng các Bộ: Xây dựng, Y tế, Giáo dục và Đào tạo theo chức năng kiểm tra; Ban Công tác Mặt trận ở khu dân cư tổ chức lấy ý kiến; giao Văn phòng HĐND và UBND quận theo dõi.', [['Bộ trưởng Bộ Xây dựng', 'Bộ trưởng Bộ Y tế', 'Bộ trưởng Bộ Giáo dục và Đào tạo'], ['Ban Công tác Mặt trận ở khu dân cư'], ['Văn phòng HĐND và UBND quận']]],
    ['a person or group named by what it does runs up to its duty: `phải`, `không được` too', 'Người nộp thuế không được chia nhỏ doanh thu; cấp ủy trực tiếp quản lý cán bộ phải xem xét; người khai hải quan có trách nhiệm khai bổ sung.', [['Người nộp thuế'], ['cấp ủy trực tiếp quản lý cán bộ'], ['người khai hải quan']]],
    ['fields of a data set are no school (`trường thông tin`)', 'Sở Tư pháp rà soát; một số trường thông tin người dân phải nhập lại.', [['Sở Tư pháp']]],
    ['transport operators are parties', 'Các doanh nghiệp vận tải bố trí đủ xe. Các bến xe không được để xe dù đón trả khách.', [['Các doanh nghiệp vận tải'], ['Các bến xe']]],
    ['a span of dates after a party is timing, not part of its name', 'Sở Y tế từ ngày 01/7/2025 đến ngày 30/7/2025 tổ chức kiểm tra.', [['Sở Y tế']]],
    ['a list of bare nouns qualified as a whole', 'Các cấp ủy, cơ quan, tổ chức được giao nhiệm vụ cần phối hợp chặt chẽ.', [['Các cấp ủy, cơ quan, tổ chức được giao nhiệm vụ']]],
    ['a topic runs to its colon, lists and verbs and all; the subject after it keeps the clause, a hand-over later in it is its action', 'Đối với các công trình xây dựng, khu nhà trọ, cơ sở thu mua phế liệu: Sở Xây dựng phối hợp Ủy ban nhân dân các xã, phường kiểm tra, yêu cầu chủ đầu tư, chủ cơ sở xử lý các điểm nước đọng.', [['Sở Xây dựng']]],
    ['a hand-over after a topic', 'Về đầu tư công: giao Sở Tài chính chủ trì rà soát danh mục.', [['Sở Tài chính']]],
    ['a belief holds its whole sentence, `;`-parts and all', 'Ban Thường vụ Tỉnh ủy tin tưởng rằng với quyết tâm của cả hệ thống chính trị; trong đó, sự lãnh đạo của cấp ủy là yếu tố quyết định, dịch bệnh sẽ được đẩy lùi. Sở Y tế chủ trì kiểm tra.', [['Sở Y tế']]],
    ['a statement up to a `;` asks nothing; the part after it names its own subject', 'Đồng chí A, Thứ trưởng Bộ X, là cán bộ thuộc diện Bộ Chính trị quản lý; theo ủy quyền của Bộ Chính trị, thì Ban Thường vụ Đảng ủy Chính phủ xem xét, quyết định việc bổ nhiệm.', [['Ban Thường vụ Đảng ủy Chính phủ']]],
    ['a subject after a condition', 'Trường hợp phát sinh vướng mắc, Sở Tư pháp kịp thời hướng dẫn.', [['Sở Tư pháp']]],
    ['a time set apart by a comma opens the clause like a frame', 'Trong quý I năm 2026, Ủy ban Kiểm tra Tỉnh ủy kiểm tra các dự án; từ ngày 01/7/2025, các cơ sở giáo dục thực hiện thu học phí.', [['Ủy ban Kiểm tra Tỉnh ủy'], ['các cơ sở giáo dục']]],
    ['… but a count up to a day is a result, and a name before a passive is what is done', 'Đến hết ngày 31/10/2025, toàn tỉnh giải ngân được 58% kế hoạch vốn. Trong thời hạn 30 năm, hồ sơ của Quân ủy Trung ương, Đảng ủy Công an Trung ương được giao nộp vào lưu trữ lịch sử. Sở Tài chính tổng hợp.', [['Sở Tài chính']]],
    ['a condition that lists people before its verb ends at its last comma', 'Trường hợp cán bộ, đảng viên vi phạm, cấp ủy nơi sinh hoạt phải xem xét, xử lý kỷ luật.', [['cấp ủy nơi sinh hoạt']]],
    ['`X nào … thì` is a condition: the subject follows `thì`', 'Địa phương nào để dịch bùng phát, kéo dài do buông lỏng lãnh đạo thì bí thư cấp ủy, chủ tịch Ủy ban nhân dân xã, phường phải chịu trách nhiệm.', [['bí thư cấp ủy', 'chủ tịch Ủy ban nhân dân xã, phường']]],
    ['a body of the gazetteer ends a condition without a comma', 'Trường hợp phát sinh vướng mắc Sở Y tế kịp thời báo cáo Ủy ban nhân dân tỉnh.', [['Sở Y tế']]],
    ['a hand-over promised with `sẽ` asks nothing yet; a task with `sẽ` does', 'Đối với đề xuất hỗ trợ thêm, Chính phủ, Thủ tướng Chính phủ sẽ giao cơ quan chức năng rà soát; Sở Y tế sẽ chủ trì kiểm tra.', [['Sở Y tế']]],
    ['a list inside a frame is not the subject', 'Trên cơ sở đề nghị của các sở, cơ quan liên quan, Sở Tài chính khẩn trương bố trí kinh phí.', [['Sở Tài chính']]],
    ['a new subject with its own modal after a comma', 'Cấp ủy đảng phải lãnh đạo, chính quyền phải vào cuộc quản lý nhà nước.', [['Cấp ủy đảng'], ['chính quyền']]],
    ['a place’s own name after the levels', 'Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ chủ động kiểm tra.', [['Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ']]],
    ['a heading cut after a semicolon goes on in the next paragraph', 'Các sở, ban, ngành;\n\nỦy ban nhân dân các huyện khẩn trương triển khai.', [['Các sở, ban, ngành', 'Ủy ban nhân dân các huyện']]],
    ['`người` and what they do names a party', 'Trường hợp không thể cung cấp mẫu hàng hóa, người khai hải quan phải cung cấp tài liệu kỹ thuật.', [['người khai hải quan']]],
    ['owners name parties, and whoever an owner hands the duty to', 'Đối với hàng hóa gây ô nhiễm môi trường, chủ tàu, người điều khiển phương tiện hoặc người được chủ tàu ủy quyền có trách nhiệm vận chuyển hàng hóa ra khỏi cảng.', [['chủ tàu', 'người điều khiển phương tiện', 'người được chủ tàu ủy quyền']]],
    ['a role after a dash is an apposition; a name with a dash stays whole', 'Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 tổng hợp; Ban Thi đua - Khen thưởng theo dõi.', [['Bộ Tài chính'], ['Ban Thi đua - Khen thưởng']]],
    ['sentences after a lead field’s label are read as sentences, without the label', 'Phổ biến Luật Việc làm\n\n- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ban hành Kế hoạch; Sở Tư pháp và các sở, ngành chủ động triển khai.', [['Sở Nội vụ'], ['Sở Tư pháp', 'các sở, ngành']]],
    ['a copy sent is an action (`sao gửi`), not part of the sender’s name', 'Văn phòng Tỉnh ủy sao gửi văn bản này đến các chi bộ, đảng bộ cơ sở.', [['Văn phòng Tỉnh ủy']]],
    ['an assignment after a comma and a connective names its own party', 'Sở Nội vụ hoàn thiện quy định về tuyển dụng, trên cơ sở đó giao các trường đại học tự quyết định.', [['Sở Nội vụ'], ['các trường đại học']]],
    ['the press by its common name (`các cơ quan thông tin đại chúng`) is a party', 'Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tin đại chúng tăng cường thông tin.', [['Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam', 'các cơ quan thông tin đại chúng']]],
    ['an aside between a subject and its verbs (`đẩy nhanh`, `nỗ lực` are the genre’s verbs)', 'Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực, đẩy nhanh tiến độ thực hiện dự án.', [['Chủ đầu tư']]],
    ['`tổ chức hội nghị` after a party is its action, not a body named `tổ chức`', 'Ban công tác Mặt trận các thôn tổ chức hội nghị cử tri nơi cư trú.', [['Ban công tác Mặt trận các thôn']]],
    ['a party’s role before its action', 'Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện.', [['Sở Khoa học và Công nghệ']]],
    ['`được phân công` before a modal is part of the name', 'Các cơ quan, đơn vị được phân công chủ trì có trách nhiệm hoàn thành đúng tiến độ.', [['Các cơ quan, đơn vị được phân công chủ trì']]],
    ['`được giao` with no modal after it is the predicate', 'Sở Tài chính được giao chủ trì thẩm định, báo cáo Ủy ban nhân dân tỉnh.', [['Sở Tài chính']]],
    ['a party, a colon and its action', 'Ủy ban nhân dân các xã, phường: chủ động rà soát, báo cáo.', [['Ủy ban nhân dân các xã, phường']]],
    ['an aside does not cut a list of levels', 'Ủy ban nhân dân các huyện, thị xã, thành phố (sau đây gọi tắt là Ủy ban nhân dân cấp huyện) chỉ đạo các xã rà soát.', [['Ủy ban nhân dân các huyện, thị xã, thành phố']]],
    ['a hand-over ends a condition without a comma', 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị các sở, ban, ngành, Ủy ban nhân dân các xã kịp thời phản ánh về Sở Nội vụ.', [['các sở, ban, ngành', 'Ủy ban nhân dân các xã']]],
    ['a place named before a colon says where, not who', 'Sở Nông nghiệp và Môi trường quan trắc môi trường nước; Xã Tân Tiến: lấy mẫu 01 vị trí.', [['Sở Nông nghiệp và Môi trường']]],
    ['a new party in each clause', 'Sở Nội vụ hướng dẫn thực hiện; Sở Tài chính bảo đảm kinh phí.', [['Sở Nội vụ'], ['Sở Tài chính']]],
    ['a list of committees and a list of ministries, each with its own place qualifier, are two parties', 'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, các ban, bộ, ngành ở Trung ương lựa chọn báo cáo viên.', [['Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương', 'các ban, bộ, ngành ở Trung ương']]],
    ['group nouns with a qualifier of the whole list after the last are one party', 'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương rà soát hồ sơ; các cấp ủy, tổ chức đảng, cơ quan, đơn vị kịp thời phản ánh vướng mắc.', [['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương'], ['các cấp ủy', 'tổ chức đảng', 'cơ quan', 'đơn vị']]],
    ['a relative clause up to the group’s duty is part of its name', 'Cơ quan, tổ chức, cá nhân tạo ra tài liệu có trách nhiệm nộp tài liệu vào lưu trữ.', [['Cơ quan, tổ chức, cá nhân tạo ra tài liệu']]],
    ['… but a named body’s verb is its action', 'Sở Y tế hướng dẫn cơ sở khám bệnh có trách nhiệm báo cáo; các đơn vị thực hiện và chịu trách nhiệm về kết quả.', [['Sở Y tế'], ['các đơn vị']]],
    ['`tập thể lãnh đạo` governs the bodies after it', 'Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị lãnh đạo, chỉ đạo việc đánh giá.', [['Các cấp ủy', 'tổ chức đảng', 'tập thể lãnh đạo cơ quan, đơn vị']]],
    ['`ủy quyền` after a name is the verb, not `Đảng ủy` and the rest', 'Chánh Văn phòng Trung ương Đảng ủy quyền cho Cục trưởng Cục Lưu trữ thực hiện các nhiệm vụ.', [['Cục trưởng Cục Lưu trữ']]],
    ['an archive with duties is a party', 'Lưu trữ lịch sử của Đảng ở cấp tỉnh có trách nhiệm thu thập tài liệu; lưu trữ hiện hành lập danh mục tài liệu.', [['Lưu trữ lịch sử của Đảng ở cấp tỉnh'], ['lưu trữ hiện hành']]],
    ['`nơi …` after a body says which one, up to its predicate', 'Thủ trưởng cơ quan hải quan nơi làm thủ tục hải quan quyết định gia hạn; lãnh đạo cơ quan, đơn vị nơi cán bộ công tác xem xét, cho ý kiến.', [['Thủ trưởng cơ quan hải quan nơi làm thủ tục hải quan'], ['lãnh đạo cơ quan, đơn vị nơi cán bộ công tác']]],
    ['a list ends where a verb of the genre begins (`phản ánh`, `góp ý`, `kê khai`)', 'Đề nghị các cơ quan, đơn vị và địa phương phản ánh về Sở Nội vụ; người lao động kê khai trung thực.', [['các cơ quan, đơn vị', 'địa phương'], ['người lao động']]],
    ['a group and its members in parentheses', 'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh) hướng dẫn nhà đầu tư.', [['Các cơ quan đăng ký đầu tư', 'Sở Tài chính', 'Ban Quản lý các Khu công nghiệp tỉnh']]]
  ])('%s', (_, sentence, expected) => {
    expect(itemOf(sentence).map((obligation) => obligation.who)).toEqual(expected)
  })

  it('gives a clause that names nobody to the opening request', () => {
    expect(itemOf('Khẩn trương rà soát các văn bản.')[0]).toMatchObject({who: ['các cơ quan, đơn vị'], inherited: true})
  })

  it('reads `Việc … phải …` as a requirement on the parties above, not on the nouns it names', () => {
    expect(itemOf('Việc sắp xếp thôn, tổ dân phố phải bảo đảm phù hợp với tiêu chí.')[0]).toMatchObject({who: ['các cơ quan, đơn vị'], inherited: true})
  })

  it('never takes a cited part of a text (`Khoản 2`, `Điều 19`) for a party', () => {
    const parties = itemOf('Về nguyên tắc quy hoạch (Khoản 2, 3, Điều 19):\n\n- Lấy quy hoạch chức danh cấp ủy làm cơ sở để quy hoạch.').flatMap((obligation) => obligation.who)
    expect(parties.filter((party) => /Khoản|Điều/u.test(party))).toEqual([])
  })

  it('asks nothing in an example (`Ví dụ:` and what follows it, up to the next bullet)', () => {
    const obligations = itemOf('Về quy hoạch:\n\nCác cấp ủy rà soát quy hoạch cán bộ.\n\n*Ví dụ 2:*\n\nĐồng chí Nguyễn Văn C, Ủy viên Ban Thường vụ Tỉnh ủy, có thể được giới thiệu quy hoạch.\n\nĐồng chí Nguyễn Văn D tham gia ban chấp hành.\n\n- Các sở báo cáo kết quả.')
    expect(obligations.map((obligation) => obligation.who)).toEqual([['Các cấp ủy'], ['Các sở']])
  })

  it('asks nothing in a section that says whom the text covers (`ĐỐI TƯỢNG, PHẠM VI`)', () => {
    const {obligations} = analyze('HƯỚNG DẪN\n\nI. ĐỐI TƯỢNG, PHẠM VI\n\n1. Tập thể: cấp ủy, ban thường vụ cấp ủy các cấp do Ban Thường vụ Tỉnh ủy quản lý.\n\n2. Cá nhân: cán bộ lãnh đạo, quản lý được kiểm điểm tại nơi công tác.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các cấp ủy tổ chức kiểm điểm.\n')
    expect(obligations.map((obligation) => [obligation.at, obligation.who])).toEqual([['II.1', ['Các cấp ủy']]])
  })

  it('does not take `những người` alone for a party', () => {
    const parties = itemOf('Sở Y tế yêu cầu tất cả những người từ nơi khác về địa phương khai báo y tế.').flatMap((obligation) => obligation.who)
    expect(parties.filter((party) => party.endsWith('người'))).toEqual([])
  })

  it('does not take a capitalised common noun after `các` for a party', () => {
    const [obligation, ...rest] = itemOf('Sở Nội vụ chỉ đạo rà soát các báo cáo. Các Báo cáo trên gửi Sở Nội vụ trước ngày 05/4/2025.')
    expect(obligation!.who).toEqual(['Sở Nội vụ'])
    expect(rest).toEqual([])
  })
})

describe('roles', () => {
  it('reads a report sent to a colon list of ministries, a known name kept whole', () => {
    expect(itemOf('Ủy ban nhân dân các tỉnh: Quảng Trị, Huế khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường.')[0]).toMatchObject({
      who: ['Ủy ban nhân dân tỉnh Quảng Trị', 'Ủy ban nhân dân tỉnh Huế'],
      reportTo: ['Văn phòng Chính phủ', 'Bộ Tài chính', 'Bộ Nông nghiệp và Môi trường']
    })
  })


  it('reads lead, with and report-to', () => {
    expect(itemOf('Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, báo cáo Ủy ban nhân dân tỉnh.')[0]).toMatchObject({
      who: ['Sở Tài chính'],
      lead: true,
      with: ['Sở Xây dựng'],
      reportTo: ['Ủy ban nhân dân tỉnh']
    })
  })

  it('reads the receiver after how the report is sent (`báo cáo ngay X`, `báo cáo kịp thời X`)', () => {
    expect(itemOf('Khi có vướng mắc phát sinh, bí thư chi bộ báo cáo ngay Thường trực Đảng ủy xã để chỉ đạo.')[0]).toMatchObject({who: ['bí thư chi bộ'], reportTo: ['Thường trực Đảng ủy xã']})
    expect(itemOf('Sở Y tế báo cáo kịp thời Ủy ban nhân dân tỉnh.')[0]).toMatchObject({reportTo: ['Ủy ban nhân dân tỉnh']})
  })

  it('writes the head of a colon list on each party cooperated with (`phối hợp các Bộ: Nội vụ, Công an`)', () => {
    expect(itemOf('Thống kê tỉnh phối hợp các Bộ: Nội vụ, Công an hướng dẫn việc khai thác dữ liệu dân cư.')[0]).toMatchObject({
      who: ['Thống kê tỉnh'],
      with: ['Bộ Nội vụ', 'Bộ Công an']
    })
  })

  it('reads the receiver after verbs written with `báo cáo` (`báo cáo, đề xuất X`)', () => {
    expect(itemOf('Sở Tài chính tổng hợp, báo cáo, đề xuất Ủy ban nhân dân tỉnh xem xét.')[0]).toMatchObject({reportTo: ['Ủy ban nhân dân tỉnh']})
  })

  it('sends a report `về` a party, but tells `về` a topic', () => {
    expect(itemOf('Sở Tài chính triển khai kế hoạch. Trong quá trình thực hiện, nếu phát sinh khó khăn, vượt thẩm quyền kịp thời báo cáo về Sở Nội vụ để tổng hợp.')[0]).toMatchObject({
      who: ['Sở Tài chính'],
      reportTo: ['Sở Nội vụ']
    })
    expect(itemOf('Sở Tài chính báo cáo về tình hình giải ngân.')).toEqual([])
  })

  it('keeps the roles of a later clause with its own subject off the first one', () => {
    expect(itemOf('Các cơ sở nuôi trồng thủy sản theo dõi môi trường nước; chủ đầu tư phối hợp với các nhà thầu bảo đảm tiến độ.').map((obligation) => [obligation.who, obligation.with ?? []])).toEqual([
      [['Các cơ sở nuôi trồng thủy sản'], []],
      [['chủ đầu tư'], ['các nhà thầu']]
    ])
  })

  it('keeps a lower-case noun inside a name that a capital goes on after (`Trung tâm Dịch vụ việc làm Thành phố`)', () => {
    expect(itemOf('Sở Nội vụ chủ trì, phối hợp với Trung tâm Dịch vụ việc làm Thành phố và các cơ quan có liên quan tổ chức tư vấn.')).toMatchObject([
      {who: ['Sở Nội vụ'], with: ['Trung tâm Dịch vụ việc làm Thành phố', 'các cơ quan có liên quan']}
    ])
  })

  it('reads a word that is also a modifier after a body’s full name as its verb (`phối hợp Sở Kế hoạch và Đầu tư tham mưu …`)', () => {
    expect(itemOf('Giao Sở Tài chính chủ trì, phối hợp Sở Kế hoạch và Đầu tư tham mưu Ủy ban nhân dân tỉnh bố trí vốn.')).toMatchObject([{who: ['Sở Tài chính'], with: ['Sở Kế hoạch và Đầu tư']}])
  })

  it('reads who receives a report: `có báo cáo gửi X`, and `báo cáo … để X xem xét` (not `để tổng hợp`)', () => {
    expect(itemOf('Sở Y tế có báo cáo gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.')).toMatchObject([{reportTo: ['Ủy ban nhân dân tỉnh']}])
    expect(itemOf('Sở Y tế kịp thời báo cáo, đề xuất giải pháp để Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy chỉ đạo.')).toMatchObject([{reportTo: ['Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']}])
    expect(itemOf('Sở Y tế báo cáo kết quả để tổng hợp.')[0]?.reportTo ?? []).toEqual([])
  })

  it('reads partners after `với sự phối hợp của`, and a verb after a list’s qualifier (`… liên quan tham mưu`)', () => {
    expect(itemOf('Sở Y tế chủ trì, với sự phối hợp của Sở Tài chính, kiểm tra các cơ sở.')).toMatchObject([{who: ['Sở Y tế'], with: ['Sở Tài chính']}])
    expect(itemOf('Sở Y tế chủ động phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân tỉnh.')).toMatchObject([{who: ['Sở Y tế'], with: ['các sở, ngành liên quan']}])
  })

  it('reads `refrain` only where the main action is not to act', () => {
    const polarity = (sentence: string) => itemOf(sentence).map((obligation) => obligation.polarity)
    expect(polarity('Ủy ban nhân dân các xã tạm dừng tổ chức đại hội.')).toEqual(['refrain'])
    expect(polarity('Sở Y tế không được cấp phép mới.')).toEqual(['refrain'])
    expect(polarity('Cơ quan hải quan kiểm tra hồ sơ không quá 02 giờ làm việc.')).toEqual(['do'])
    expect(polarity('Các ngân hàng chi trả không dùng tiền mặt cho người hưởng trợ cấp.')).toEqual(['do'])
    expect(polarity('Sở Nội vụ yêu cầu tạm dừng việc tuyển dụng.')).toEqual(['do'])
  })

  it('goes on with the task after a connective with no comma (`Đồng thời tiếp tục phối hợp với …`)', () => {
    expect(itemOf('Chủ đầu tư hoàn thành nghiệm thu. Đồng thời tiếp tục phối hợp với các nhà thầu đào tạo cán bộ vận hành.')).toMatchObject([{who: ['Chủ đầu tư'], with: ['các nhà thầu']}])
  })

  it('reads the documents sent (`Các Báo cáo trên gửi X trước …`) as the task before it going on, reported to X', () => {
    expect(itemOf('Các bộ xây dựng báo cáo cắt giảm thủ tục. Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05/12/2025.')).toMatchObject([
      {who: ['Các bộ'], reportTo: ['Bộ Tư pháp'], when: [{kind: 'by', date: '2025-12-05'}]}
    ])
  })

  it('gives a `Thời hạn hoàn thành:` sentence to the task before it', () => {
    expect(itemOf('Ủy ban nhân dân thành phố Đà Nẵng khẩn trương rà soát các dự án. **Thời hạn hoàn thành: trước ngày 30/11/2025.**')).toMatchObject([
      {who: ['Ủy ban nhân dân thành phố Đà Nẵng'], when: [{kind: 'immediate'}, {kind: 'by', date: '2025-11-30'}]}
    ])
  })

  it('starts no new subject inside the list of those cooperated with', () => {
    const obligations = itemOf('Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các sở, ngành, địa phương liên quan, căn cứ chức năng, nhiệm vụ, có trách nhiệm hướng dẫn thực hiện.')
    expect(obligations.map((obligation) => [obligation.who, obligation.with])).toEqual([[['Sở Y tế'], ['Sở Tài chính', 'Sở Xây dựng', 'các sở, ngành, địa phương liên quan']]])
  })
})

describe('when: the timing rulings', () => {
  const timing = (sentence: string) => itemOf(sentence)[0]?.when.map((when) => [when.kind, when.date ?? null, when.text])

  it.each([
    ['a deadline with its year from the document', 'Sở Y tế báo cáo trước ngày 25/12 hằng năm.', [['by', '2025-12-25', 'trước ngày 25/12'], ['recurring', null, 'hằng năm']]],
    ['`trước khi` and an event carry no date', 'Sở Y tế báo cáo cấp ủy trước khi ban hành.', [['event', null, 'trước khi ban hành']]],
    ['a holiday is an event', 'Sở Công Thương bảo đảm hàng hóa trước Tết Nguyên đán năm 2026.', [['event', null, 'trước Tết Nguyên đán năm 2026']]],
    ['difficulties that arise trigger reporting', 'Sở Y tế báo cáo khó khăn, vướng mắc phát sinh.', [['event', null, 'khó khăn, vướng mắc phát sinh']]],
    ['a year that qualifies a noun is not timing', 'Sở Tài chính rà soát dự toán năm 2025 và kế hoạch vốn năm 2025.', []],
    ['a year as the task’s own time is', 'Sở Tài chính hoàn thành trong năm 2025.', [['within', '2025-12-31', 'trong năm 2025']]],
    ['a span from the document’s date ends that far after it', 'Sở Nội vụ hoàn thành việc chỉnh lý trong thời hạn 5 năm.', [['within', '2030-03-10', 'trong thời hạn 5 năm']]],
    ['a span counted from an event has no date', 'Sở Nội vụ thẩm định trong thời hạn 30 ngày kể từ ngày nhận hồ sơ.', [['within', null, 'trong thời hạn 30 ngày']]],
    ['before, during and after a campaign', 'Sở Y tế tuyên truyền trước, trong và sau thời gian phát động.', [['during', null, 'trước, trong và sau thời gian phát động']]],
    ['a school year', 'Sở Giáo dục và Đào tạo triển khai từ năm học 2025 - 2026.', [['within', null, 'từ năm học 2025 - 2026']]],
    ['to the end of a term', 'Sở Nội vụ bảo quản tài liệu cho đến hết thời hạn.', [['until', null, 'cho đến hết thời hạn']]],
    ['before, during and after an event', 'Ủy ban nhân dân các xã tổ chức trực trước, trong và sau bão.', [['during', null, 'trước, trong và sau bão']]],
    ['from one day to another: a start (`on`) and an end (`until`), as ANNOTATION.md reads `từ ngày D`', 'Sở Công Thương kiểm tra thị trường từ ngày 15/12 đến hết ngày 31/12/2025.', [['on', '2025-12-15', 'từ ngày 15/12'], ['until', '2025-12-31', 'đến hết ngày 31/12/2025']]],
    ['a span between two days without `từ` ends on the second', 'Sở Công Thương kiểm tra thị trường trong tuần, ngày 15 đến ngày 31/12/2025.', [['within', '2025-12-31', 'ngày 15 đến ngày 31/12/2025']]],
    ['up to a day, alone, is until that day', 'Sở Tài chính tạm dừng giải ngân đến hết ngày 31/12/2025.', [['until', '2025-12-31', 'đến hết ngày 31/12/2025']]],
    ['the end of a year', 'Sở Xây dựng hoàn thành vào cuối năm 2025.', [['within', '2025-12-31', 'vào cuối năm 2025']]],
    ['a day of the week before the date', 'Các bộ, cơ quan báo cáo trước Thứ Tư, ngày 03/12/2025 và định kỳ hằng tuần.', [['by', '2025-12-03', 'trước Thứ Tư, ngày 03/12/2025'], ['recurring', null, 'định kỳ hằng tuần']]],
    ['a month as the task’s time (`vào tháng`)', 'Sở Công Thương tổ chức hội nghị vào tháng 12/2025.', [['within', '2025-12-31', 'vào tháng 12/2025']]],
    ['years that qualify a noun, open-ended, are not timing', 'Sở Nội vụ đánh giá Chỉ số cải cách hành chính năm 2025 và các năm tiếp theo.', []],
    ['a period ends on its last day', 'Sở Xây dựng thực hiện trong giai đoạn 2026–2030.', [['within', '2030-12-31', 'trong giai đoạn 2026–2030']]],
    ['from now to the end of a year', 'Sở Y tế tập trung xử lý từ nay đến cuối năm 2025.', [['within', '2025-12-31', 'từ nay đến cuối năm 2025']]],
    ['a start date', 'Sở Tư pháp áp dụng quy trình mới từ 01/7/2025.', [['on', '2025-07-01', 'từ 01/7/2025']]],
    ['`ngay sau` an event is the event, not `immediate`', 'Sở Y tế báo cáo ngay sau cuộc họp.', [['event', null, 'ngay sau cuộc họp']]],
    ['`ngay trong ngày` a date', 'Sở Y tế báo cáo ngay trong ngày 15/3.', [['on', '2025-03-15', 'ngay trong ngày 15/3']]],
    ['a quarter with its year, `IV` not read as `I`', 'Sở Tài chính hoàn thành trong quý IV năm 2025.', [['within', '2025-12-31', 'trong quý IV năm 2025']]],
    ['a year as the task’s start is within that year', 'Các trường triển khai chương trình mới từ năm 2026.', [['within', '2026-12-31', 'từ năm 2026']]],
    ['support on request is an event', 'Sở Tư pháp hỗ trợ các xã nếu có yêu cầu.', [['event', null, 'nếu có yêu cầu']]],
    ['a condition with `nếu` triggers like `trường hợp`', 'Nếu phát hiện sai phạm, Sở Nội vụ báo cáo cấp ủy.', [['event', null, 'Nếu phát hiện sai phạm']]],
    ['… but not the condition of a sanction (`nếu để …`)', 'Sở Y tế xử lý nghiêm người đứng đầu nếu để dịch bệnh lây lan.', []],
    ['`sau khi có ý kiến` is an event, not `until`', 'Sở Nội vụ hủy tài liệu sau khi có ý kiến của Văn phòng.', [['event', null, 'sau khi có ý kiến của Văn phòng']]],
    ['`trong khi chờ` is a time during', 'Trong khi chờ Nghị định có hiệu lực, Sở Tư pháp hướng dẫn áp dụng.', [['during', null, 'Trong khi chờ Nghị định có hiệu lực']]],
    ['a span of hours or days after `trong vòng`, `trong thời gian chậm nhất`', 'Sở Y tế báo cáo trong vòng 24 giờ và trả lời kiến nghị trong thời gian chậm nhất 05 ngày làm việc.', [['within', null, 'trong vòng 24 giờ'], ['within', null, 'trong thời gian chậm nhất 05 ngày làm việc']]],
    ['a year in a law’s name is not timing', 'Sở Tư pháp hướng dẫn thi hành Luật Đất đai năm 2024.', []]
  ])('%s', (_, sentence, expected) => {
    expect(timing(sentence)).toEqual(expected)
  })
})

describe('the closing formula', () => {
  it('gives the text to the parties told of it, at `closing`', () => {
    const text = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 5/TB-VPCP', '', 'THÔNG BÁO', '', '1. Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ.', '', 'Văn phòng Chính phủ thông báo để Bộ Tư pháp và các cơ quan liên quan biết, thực hiện./.', ''].join('\n')
    const closing = analyze(text).obligations.filter((obligation) => obligation.who.includes('Bộ Tư pháp') && obligation.at === 'closing')
    expect(closing).toHaveLength(1)
    expect(closing[0]!.who).toEqual(['Bộ Tư pháp', 'các cơ quan liên quan'])
  })

  it('gives nothing to the issuer when the formula names nobody (`… thông báo để thực hiện`)', () => {
    const text = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 5/TB-VPCP', '', 'THÔNG BÁO', '', '1. Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ.', '', 'Văn phòng Chính phủ thông báo để thực hiện./.', ''].join('\n')
    expect(analyze(text).obligations.map((obligation) => [obligation.at, obligation.who])).toEqual([['1', ['Bộ Tư pháp']]])
  })
})

describe('inheritance', () => {
  const directive = (...body: string[]) =>
    analyze(['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 7/CĐ-TTg', 'Hà Nội, ngày 2 tháng 11 năm 2025', '', 'CÔNG ĐIỆN', '', 'Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương thực hiện các nội dung sau:', '', ...body, ''].join('\n\n')).obligations

  it('reads a sub-item opening with a word that is also a modifier (`Tham mưu`) as its verb', () => {
    const obligations = directive('1. Sở Y tế', 'a) Chủ trì kiểm tra các cơ sở.', 'b) Tham mưu Ủy ban nhân dân tỉnh tổng kết Kế hoạch này.')
    expect(obligations.filter((obligation) => obligation.at.startsWith('1.')).map((obligation) => [obligation.at, obligation.who, obligation.inherited])).toEqual([
      ['1.a', ['Sở Y tế'], true],
      ['1.b', ['Sở Y tế'], true]
    ])
  })

  it('reads `Ban hành …` opening a sub-item as its verb, and the issuer’s own `ban hành Kế hoạch … như sau` as no task', () => {
    const obligations = analyze('UBND TỈNH LÂM GIANG\nSố: 245/KH-UBND\n\nKẾ HOẠCH\n\nCăn cứ Luật Hộ tịch, Ủy ban nhân dân tỉnh ban hành Kế hoạch số hóa sổ hộ tịch như sau:\n\n1. Sở Tư pháp:\n\n- Ban hành hướng dẫn nghiệp vụ số hóa.\n\n2. Công an tỉnh ban hành văn bản hướng dẫn kết nối dữ liệu.\n').obligations
    expect(obligations.map((obligation) => [obligation.at, obligation.who, obligation.inherited])).toEqual([
      ['1', ['Sở Tư pháp'], true],
      ['2', ['Công an tỉnh'], false]
    ])
  })

  it('gives the sub-items of a heading party with a qualifier to that party, written whole with its range', () => {
    const obligations = directive('1. Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi:', 'a) Khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.', 'b) Bố trí lực lượng trực 24/24 giờ.')
    expect(obligations.filter((obligation) => obligation.at.startsWith('1.')).map((obligation) => [obligation.at, obligation.who, obligation.inherited])).toEqual([
      ['1.a', ['Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi'], true],
      ['1.b', ['Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi'], true]
    ])
  })

  it.each([
    [
      '`X có trách nhiệm:` as the lead-in of the duties below: their party, no task of its own',
      ['1. Người đứng đầu cơ quan, tổ chức trong phạm vi quyền hạn của mình có trách nhiệm:', 'a) Tổ chức tuyên truyền về lưu trữ.', 'b) Bố trí kinh phí.', '2. Lưu trữ hiện hành có nhiệm vụ, quyền hạn sau:', 'a) Thu thập tài liệu.', '3. Sở Y tế có trách nhiệm kiểm tra.'],
      [['1.a', ['Người đứng đầu cơ quan, tổ chức'], true], ['1.b', ['Người đứng đầu cơ quan, tổ chức'], true], ['2.a', ['Lưu trữ hiện hành'], true], ['3', ['Sở Y tế'], false]]
    ],
    [
      '`Giao X:` over its tasks as their lead-in: no task of its own',
      ['1. Giao Bộ Văn hóa, Thể thao và Du lịch:', 'a) Chủ trì bàn giao nguyên trạng.', 'b) Hướng dẫn các thủ tục.', '2. Giao Bộ Tài chính hướng dẫn thực hiện.'],
      [['1.a', ['Bộ Văn hóa, Thể thao và Du lịch'], true], ['1.b', ['Bộ Văn hóa, Thể thao và Du lịch'], true], ['2', ['Bộ Tài chính'], false]]
    ],
    [
      'a section title naming parties (`ĐỐI VỚI …`, `Trách nhiệm của …`, in capitals or not, no colon) as the party of the items under it',
      ['I. ĐỐI VỚI CỤC HẢI QUAN CÁC TỈNH, THÀNH PHỐ', '1. Chỉ đạo các Chi cục Hải quan kiểm tra hồ sơ.', 'II. Trách nhiệm của doanh nghiệp', '1. Khai báo đầy đủ, trung thực.'],
      [['I.1', ['CỤC HẢI QUAN CÁC TỈNH, THÀNH PHỐ'], true], ['II.1', ['doanh nghiệp'], true]]
    ]
  ])('reads %s', (_name, lines, expected) => {
    const obligations = directive(...lines)
    expect(obligations.filter((obligation) => obligation.at !== 'preamble').map((obligation) => [obligation.at, obligation.who, obligation.inherited])).toEqual(expected)
  })


  it('reads a section title in capitals as a title: its `YÊU CẦU` asks nothing', () => {
    const obligations = directive('I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN', '1. Việc sắp xếp thôn phải bảo đảm ổn định.')
    expect(obligations.map((obligation) => [obligation.at, obligation.who, obligation.inherited])).toEqual([
      ['preamble', ['các Bộ, ngành', 'địa phương'], false],
      ['I.1', ['các Bộ, ngành', 'địa phương'], true]
    ])
  })

  it('gives the bullets under `X chỉ đạo Y thực hiện các nội dung sau:` to Y, the directing to X', () => {
    const obligations = directive('1. Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thủy sản thực hiện các nội dung sau:', '- Lập dự toán kinh phí.', '- Tổ chức quan trắc môi trường nuôi trồng thủy sản.')
    expect(obligations.filter((obligation) => obligation.at === '1').map((obligation) => [obligation.who, obligation.inherited])).toEqual([
      [['Bộ Nông nghiệp và Môi trường'], false],
      [['Cục Thủy sản'], true],
      [['Cục Thủy sản'], true]
    ])
  })

  it('gives the sub-items of `Đối với` + parties + colon to those parties', () => {
    const obligations = directive('1. Đối với các Sở: Kế hoạch và Đầu tư, Xây dựng, Tài nguyên và Môi trường; Ủy ban nhân dân các huyện, thị xã Ba Đồn và thành phố Đồng Hới:', 'a) Khi lập quy hoạch phải bảo đảm tính đồng bộ.')
    expect(obligations.find((obligation) => obligation.at === '1.a')?.who).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Xây dựng',
      'Sở Tài nguyên và Môi trường',
      'Ủy ban nhân dân các huyện, thị xã Ba Đồn và thành phố Đồng Hới'
    ])
  })

  it('gives the bullets under `X là Y (members)` to the group as written and to each member', () => {
    const obligations = directive('1. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)', '- Thực hiện đầy đủ trách nhiệm chủ rừng.')
    expect(obligations.find((obligation) => obligation.at === '1')?.who).toEqual(['Các chủ rừng là tổ chức', 'các Ban quản lý rừng đặc dụng, rừng phòng hộ', 'các Công ty nông, lâm nghiệp'])
  })

  it('passes a party named in a paragraph ending in a colon to the bullets under it', () => {
    const obligations = directive('1. Về công tác ứng phó', 'Bộ Quốc phòng chủ trì thực hiện các nhiệm vụ sau:', '- Điều động lực lượng hỗ trợ sơ tán.', '- Sẵn sàng phương tiện cứu hộ.')
    expect(obligations.filter((obligation) => obligation.at === '1').map((obligation) => obligation.who)).toEqual([['Bộ Quốc phòng'], ['Bộ Quốc phòng'], ['Bộ Quốc phòng']])
  })
})

describe('task blocks of a Kế hoạch', () => {
  it('gives one obligation per block of labelled fields, several in one item', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH', 'Số: 40/KH-UBND', 'Quảng Bình, ngày 10 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Triển khai chuyển đổi số', '',
      '1. Hạ tầng số', '',
      '- Nhiệm vụ: Nâng cấp mạng truyền số liệu chuyên dùng.', '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.', '- Cơ quan phối hợp: Sở Tài chính, Ủy ban nhân dân các xã.', '- Thời gian thực hiện: Quý III/2025.', '',
      '- Nhiệm vụ: Số hóa hồ sơ đất đai.', '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.', '- Thời gian thực hiện: Năm 2026.', '',
      '- Nhiệm vụ: Phát triển đô thị thông minh.', '- Cơ quan chủ trì: Sở Xây dựng.', '- Thời gian thực hiện: 2026 - 2030', ''
    ].join('\n')
    const item = analyze(text).obligations.filter((obligation) => obligation.at === '1')
    expect(item.map((obligation) => [obligation.who, obligation.with ?? [], obligation.lead, obligation.when.map((when) => when.date)])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Sở Tài chính', 'Ủy ban nhân dân các xã'], true, ['2025-09-30']],
      [['Sở Nông nghiệp và Môi trường'], [], true, ['2026-12-31']],
      [['Sở Xây dựng'], [], true, ['2030-12-31']]
    ])
  })

  it.each([
    ['a markdown table', ['| STT | Nội dung thực hiện | Đơn vị chủ trì thực hiện | Đơn vị phối hợp | Thời hạn |', '|---|---|---|---|---|', '| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Sở Nội vụ | Quý II/2026 |', '| 2 | Số hóa hồ sơ | Sở Khoa học và Công nghệ | Các sở, ngành | Năm 2026 |']],
    ['a gazette annex flattened one cell per line', ['TT', 'Nội dung thực hiện', 'Đơn vị chủ trì', 'thực hiện', 'Cơ quan phối', 'hợp', 'Thời hạn', 'Sản phẩm', '1', 'Rà soát thủ tục hành', 'chính', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý II/2026', 'Báo cáo', '2', 'Số hóa hồ sơ', 'Sở Khoa học và Công', 'nghệ', 'Các sở, ngành', 'Năm 2026', 'Cơ sở dữ liệu']]
  ])('reads a task table whose headers vary (`Nội dung thực hiện`, `Đơn vị chủ trì thực hiện`, `Thời hạn`): %s', (_name, lines) => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH', 'Số: 44/KH-UBND', 'Quảng Bình, ngày 10 tháng 3 năm 2026', '', 'KẾ HOẠCH', 'Cải cách hành chính', '', 'Các sở, ngành triển khai theo Phụ lục.', '', 'PHỤ LỤC', '', ...lines, ''].join('\n')
    const rows = analyze(text).obligations.filter((obligation) => obligation.at === 'table')
    expect(rows.map((obligation) => [obligation.who, obligation.with ?? [], obligation.when.map((when) => when.date)])).toEqual([
      [['Sở Tư pháp'], ['Sở Nội vụ'], ['2026-06-30']],
      [['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], ['2026-12-31']]
    ])
  })

  it('gives a time written above its task (`- Thời gian:` before `- Thành phần: … chủ trì`) to that task', () => {
    const text = [
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'XÃ LƯƠNG MINH', 'Số: 12/KH-MTTQ', 'Lương Minh, ngày 25 tháng 11 năm 2025', '', 'KẾ HOẠCH', 'Tổ chức hội nghị hiệp thương', '',
      '1. Hội nghị hiệp thương lần thứ nhất', '',
      '- Thời gian: Chậm nhất ngày 10/12/2025.', '', '- Thành phần: Ban Thường trực Ủy ban Mặt trận Tổ quốc xã chủ trì.', ''
    ].join('\n')
    const item = analyze(text).obligations.filter((obligation) => obligation.at === '1')
    expect(item.map((obligation) => [obligation.who, obligation.when.map((when) => [when.kind, when.date])])).toEqual([[['Ban Thường trực Ủy ban Mặt trận Tổ quốc xã'], [['by', '2025-12-10']]]])
  })

  it('reads the labels’ variants, a bare date under `Thời hạn`, and fields set apart by `;` on one line', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH', 'Số: 42/KH-UBND', 'Quảng Bình, ngày 10 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Triển khai Luật', '',
      '1. Rà soát quy hoạch', '', '- Chủ trì: Sở Xây dựng.', '- Phối hợp: Sở Tài chính, Sở Tư pháp.', '- Tiến độ: Quý II/2025.', '',
      '2. Kiểm tra cơ sở', '', '- Cơ quan chủ trì: Sở Y tế.', '- Thời hạn hoàn thành: 30/9/2025.', '',
      '3. Tuyên truyền', '', 'Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; thời gian thực hiện: thường xuyên.', ''
    ].join('\n')
    expect(analyze(text).obligations.map((obligation) => [obligation.at, obligation.who, obligation.with ?? [], obligation.when.map((when) => [when.kind, when.date ?? null])])).toEqual([
      ['1', ['Sở Xây dựng'], ['Sở Tài chính', 'Sở Tư pháp'], [['within', '2025-06-30']]],
      ['2', ['Sở Y tế'], [], [['by', '2025-09-30']]],
      ['3', ['Sở Văn hóa, Thể thao và Du lịch'], ['Đài Phát thanh và Truyền hình tỉnh'], [['recurring', null]]]
    ])
  })
})

describe('doubts', () => {
  it('raises no `no-party` doubt for the aims of a plan or a title over its content', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH', 'Số: 41/KH-UBND', '', 'KẾ HOẠCH', 'Triển khai Luật Việc làm', '',
      'I. MỤC ĐÍCH, YÊU CẦU', '', '1. Mục đích', '', 'Xác định cụ thể nội dung công việc, tiến độ hoàn thành.', '', '2. Yêu cầu', '', 'Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan.', '',
      'II. TỔ CHỨC THỰC HIỆN', '', '1. Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.', '',
      '2. Tăng cường kiểm tra việc thực hiện.', ''
    ].join('\n')
    const {file} = analyzeFile(new VFile({path: 'plan.txt', value: text}))
    const doubts = file.messages.filter((message) => message.ruleId === 'no-party')
    // Only the real task without a party (II.2) is a doubt.
    expect(doubts.map((message) => message.line)).toEqual([22])
  })
})

describe('the closing written inside the last item', () => {
  const directive = (...body: string[]) =>
    analyze(['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 9/CĐ-TTg', 'Hà Nội, ngày 2 tháng 11 năm 2025', '', 'CÔNG ĐIỆN', '', ...body, ''].join('\n\n')).obligations

  it('takes a paragraph where the issuer hands over, at the end of the last sub-item, for the closing', () => {
    const obligations = directive('I. NHIỆM VỤ', '1. Bộ Tư pháp rà soát các văn bản.', '2. Văn phòng Chính phủ theo dõi, đôn đốc.', 'Thủ tướng Chính phủ đề nghị các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo hoàn thành các nhiệm vụ nêu trên./.')
    expect(obligations.map((obligation) => [obligation.at, obligation.who])).toEqual([
      ['I.1', ['Bộ Tư pháp']],
      ['I.2', ['Văn phòng Chính phủ']],
      ['closing', ['các Bộ trưởng', 'Chủ tịch Ủy ban nhân dân các tỉnh']]
    ])
  })
})
