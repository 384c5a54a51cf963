/**
 * The words a task table flattened one cell per line without pipes (a
 * gazette annex: `TT` / `Tên nhiệm vụ` / `Cơ quan` / `chủ trì` …) is read by.
 * Folded (`fold`: lower case, no diacritics, `đ` → `d`), matched at the start
 * of a line. A new word is a line here.
 */

/** What a column holds. */
export type ColumnRole = 'number' | 'task' | 'lead' | 'with' | 'result' | 'time' | 'basis' | 'other'

/** Header cells as the table writes them (one to three lines), and their role. */
export const headerCells: ReadonlyMap<string, ColumnRole> = new Map<string, ColumnRole>([
  ['tt', 'number'],
  ['stt', 'number'],
  ['so tt', 'number'],
  ['ten nhiem vu', 'task'],
  ['nhiem vu', 'task'],
  ['noi dung', 'task'],
  ['noi dung nhiem vu', 'task'],
  ['noi dung cong viec', 'task'],
  ['cong viec', 'task'],
  ['nhiem vu, giai phap', 'task'],
  ['nhiem vu va giai phap', 'task'],
  ['giai phap', 'task'],
  ['ten de an, nhiem vu', 'task'],
  ['noi dung thuc hien', 'task'],
  ['nhiem vu cu the', 'task'],
  ['ten nhiem vu, de an', 'task'],
  ['noi dung cong viec cu the', 'task'],
  ['co quan chu tri', 'lead'],
  ['don vi chu tri', 'lead'],
  ['chu tri', 'lead'],
  ['co quan thuc hien', 'lead'],
  ['don vi thuc hien', 'lead'],
  ['co quan chu tri thuc hien', 'lead'],
  ['don vi chu tri thuc hien', 'lead'],
  ['co quan, don vi chu tri', 'lead'],
  ['co quan tham muu', 'lead'],
  ['don vi tham muu', 'lead'],
  ['co quan chiu trach nhiem', 'lead'],
  ['don vi chiu trach nhiem', 'lead'],
  ['co quan phoi hop', 'with'],
  ['don vi phoi hop', 'with'],
  ['co quan, don vi phoi hop', 'with'],
  ['co quan phoi hop thuc hien', 'with'],
  ['don vi phoi hop thuc hien', 'with'],
  ['phoi hop', 'with'],
  ['ket qua', 'result'],
  ['san pham', 'result'],
  ['ket qua/san pham', 'result'],
  ['san pham du kien', 'result'],
  ['du kien san pham', 'result'],
  ['hinh thuc van ban', 'result'],
  ['thoi gian hoan thanh', 'time'],
  ['thoi han hoan thanh', 'time'],
  ['thoi gian thuc hien', 'time'],
  ['thoi gian', 'time'],
  ['thoi han', 'time'],
  ['thoi gian trinh', 'time'],
  ['thoi han trinh', 'time'],
  ['thoi gian hoan thanh, trinh', 'time'],
  ['moc thoi gian', 'time'],
  ['tien do', 'time'],
  ['tien do thuc hien', 'time'],
  ['can cu', 'basis'],
  ['can cu bo sung', 'basis'],
  ['can cu de xuat', 'basis'],
  ['ghi chu', 'other']
])

/** Words a task column's header opens with, whatever follows (`Nội dung thực hiện`, `Nhiệm vụ cụ thể`): not a lead's for its `thực hiện`. */
export const taskHeaderStarts: readonly string[] = ['ten', 'noi dung', 'nhiem vu', 'cong viec', 'giai phap', 'hoat dong']

/** The order columns come in; a header in another order is not read this way. */
export const columnOrder: readonly ColumnRole[] = ['number', 'task', 'lead', 'with', 'result', 'time', 'basis', 'other']

/**
 * Words a party cell starts with (`Bộ Tư pháp`, `Các bộ, cơ quan ngang bộ`,
 * `UBND tỉnh`); each followed by a space or the end of the line.
 */
export const partyStarts: readonly string[] = [
  'bo',
  'cac bo',
  'co quan',
  'cac co quan',
  'ubnd',
  'uy ban',
  'cac uy ban',
  'van phong',
  'toa an',
  'vien kiem sat',
  'kiem toan',
  'ngan hang',
  'thanh tra',
  'mat tran',
  'dai',
  'thong tan xa',
  'bao hiem xa hoi',
  'hoi dong',
  'tong lien doan',
  'lien doan',
  'trung uong doan',
  'ban',
  'so',
  'cac so',
  'cac dia phuong',
  'dia phuong',
  'cac tinh',
  'cac nganh',
  'tap doan',
  'tong cong ty',
  'hoc vien',
  'dai hoc quoc gia',
  'don vi',
  'cac don vi',
  'cong an',
  'bo chi huy',
  'bo tu lenh',
  'cuc',
  'chi cuc',
  'tong cuc',
  'trung tam',
  'lien hiep',
  'hiep hoi',
  'hoi',
  'vien',
  'truong',
  'doanh nghiep',
  'cac doanh nghiep',
  'cac hoi'
]

/** Words the cell of a task's grounds starts with (`Nghị quyết số 66-NQ/TW`, `Chương trình số 12-CTr/BCĐ`). */
export const basisStarts: readonly string[] = [
  'nghi quyet',
  'chuong trinh',
  'ket luan',
  'chi thi',
  'quyet dinh',
  'nghi dinh',
  'thong bao',
  'cong van',
  'ke hoach',
  'luat',
  'van ban',
  'hien phap'
]

/** Words of a time cell (`Tháng 9/2026`, `Quý IV/2026`, `Thường xuyên`, `2027 - 2030`, `2026 và hằng năm`). */
export const timeWords: readonly string[] = ['thuong xuyen', 'hang nam', 'hang quy', 'hang thang', 'hang tuan', 'dinh ky', 'lien tuc']

/** Words that may stand before a date or period in a time cell. */
export const timeLeads: readonly string[] = ['truoc', 'trong', 'tu', 'den', 'nam', 'thang', 'ngay', 'quy', 'giai doan', 'hoan thanh']

/**
 * A line ending in one of these goes on in the next line, within the same
 * cell. Written with their tone marks, lower case: folded, `số` would be
 * `hồ sơ` too, and `về` `vẽ`.
 */
export const joiners: readonly string[] = ['và', 'của', 'về', 'với', 'cho', 'tại', 'theo', 'thuộc', 'số', 'ngày', 'các', 'trình']

/** A line opening with one of these ends the table (a new annex). */
export const tableEnds: readonly string[] = ['phu luc']
