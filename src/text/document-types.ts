/**
 * Document types (tên loại) and the codes that stand for them in a document
 * number, for Party (66-QĐ/TW, 36-HD/VPTW) and State (Nghị định 30/2020)
 * documents.
 */
import type {DocumentType} from '../tree/types.js'
import {fold} from './fold.js'

/** Type names as written in a title, folded, and the type they name. */
const names: ReadonlyArray<[string, DocumentType]> = [
  ['chi thi', 'Chỉ thị'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['thong bao', 'Thông báo'],
  ['thong tri', 'Thông tri'],
  ['thong cao', 'Thông cáo'],
  ['ke hoach', 'Kế hoạch'],
  ['ket luan', 'Kết luận'],
  ['nghi quyet', 'Nghị quyết'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['quy che', 'Quy chế'],
  ['huong dan', 'Hướng dẫn'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['chuong trinh hanh dong', 'Chương trình'],
  ['chuong trinh', 'Chương trình'],
  ['de an', 'Đề án'],
  ['phuong an', 'Phương án'],
  ['loi keu goi', 'Lời kêu gọi'],
  ['tuyen bo', 'Tuyên bố'],
  ['bien ban', 'Biên bản'],
  ['phu luc', 'Phụ lục']
]

/** The type names a title is written with, folded (`ke hoach`, `chi thi`): an annex's `Phụ lục` aside. */
export const titleNames: readonly string[] = names.map(([name]) => name).filter((name) => name !== 'phu luc')

/** Type codes of document numbers. `QĐ` is Quyết định (or a Party Quy định: the title decides). */
const codes: Readonly<Record<string, DocumentType>> = {
  CT: 'Chỉ thị',
  CV: 'Công văn',
  CĐ: 'Công điện',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  CTr: 'Chương trình',
  CTHĐ: 'Chương trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  BB: 'Biên bản',
  TC: 'Thông cáo',
  TT: 'Thông tri'
}

/** The type named at the start of a title (`CHỈ THỊ …`), and the length of the name. */
export function typeOfTitle(title: string): {type: DocumentType; length: number} | undefined {
  const folded = fold(title)
  const leading = folded.length - folded.trimStart().length
  for (const [name, type] of names) {
    const words = name.split(' ')
    const pattern = new RegExp(`^\\s*${words.join('\\s+')}(?![a-z])`)
    const found = pattern.exec(folded)
    if (found) return {type, length: found[0].length - leading}
  }

  return undefined
}

/** The type a code in a document number stands for (`CT` → `Chỉ thị`). */
export function typeOfCode(code: string): DocumentType | undefined {
  return codes[code] ?? codes[code.toUpperCase()] ?? codes[code.replace(/D/g, 'Đ')]
}

/** Whether a symbol group is a type code rather than an issuer code. */
export function isTypeCode(code: string): boolean {
  return typeOfCode(code) !== undefined
}
