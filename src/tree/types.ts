/**
 * The directive syntax tree: unist nodes, one interface per kind.
 *
 * Parents list their possible children through content maps
 * (`PhrasingContentMap`, `BlockContentMap` …), which other packages can
 * extend by declaration merging, as `@types/mdast` does.
 *
 * Two rules hold for every tree `parse` returns:
 * - every node has a `position` (1-based line and column, 0-based offset) into
 *   the text as the caller gave it;
 * - every non-white-space character of that text lies inside the position of
 *   exactly one leaf (`text`, `marker`, `unknown`, `pageBreak`). Syntax that
 *   carries no content (`**`, `- `, `1.`, `Số:`, `|`) is a `marker` leaf, so
 *   field values can be clean while the source stays whole.
 */
import type {Data, Literal, Parent as UnistParent, Point, Position} from 'unist'

export type {Data, Point, Position}

/** Common shape of every chithi node. */
export interface Node {
  type: string
  position?: Position
  data?: Data
}

/** A node with children. */
export interface Parent extends Node {
  children: Node[]
}

// ------------------------------------------------------------------ leaves

/** Extra information on a text leaf. */
export interface TextData extends Data {
  /**
   * Present when the leaf's value is not a plain copy of its source span
   * (NFD or CRLF input): `[index, offset]` pairs, each saying that from
   * `value[index]` on, the character `value[k]` starts at source offset
   * `offset + (k - index)`.
   */
  offsets?: Array<[number, number]>
}

/** Words of the document, as normalised (NFC, LF) source text. */
export interface Text extends Literal {
  type: 'text'
  value: string
  data?: TextData
}

/** What a piece of syntax is for. */
export type MarkerRole =
  | 'strong'
  | 'emphasis'
  | 'heading'
  | 'label'
  | 'bullet'
  | 'prefix'
  | 'punctuation'
  | 'brace'
  | 'pipe'
  | 'rule'
  | 'star'
  | 'seal'
  | 'end'
  | 'decoration'
  | 'note'
  | 'residue'
  | 'aside'

/** Syntax without content: markdown markers, labels, dashes, `Số:`, pipes. */
export interface Marker extends Literal {
  type: 'marker'
  role: MarkerRole
  value: string
}

/** A line or part of a line that has no place in the directive. */
export interface Unknown extends Literal {
  type: 'unknown'
  value: string
  /** Why it was not placed. */
  reason: string
}

/** A page break or a page number left by a converter. */
export interface PageBreak extends Literal {
  type: 'pageBreak'
  value: string
}

// ---------------------------------------------------------------- phrasing

/** Text marked strong (`**…**`, `__…__`). */
export interface Strong extends UnistParent {
  type: 'strong'
  children: PhrasingContent[]
}

/** Text marked as emphasis (`*…*`). */
export interface Emphasis extends UnistParent {
  type: 'emphasis'
  children: PhrasingContent[]
}

/** Inline content. */
export interface PhrasingContentMap {
  text: Text
  marker: Marker
  strong: Strong
  emphasis: Emphasis
  /** A page break inside a paragraph it split (the paragraph was joined again). */
  pageBreak: PageBreak
}

/** Any inline node. */
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

// ------------------------------------------------------------------ header

/** The header block: the two columns above the title, in source order. */
export interface Header extends UnistParent {
  type: 'header'
  children: HeaderContent[]
}

/** The issuing body (`TỈNH ỦY THANH HÓA`), with the superior body above it. */
export interface Issuer extends UnistParent {
  type: 'issuer'
  /** The issuer as a proper name: `Tỉnh ủy Thanh Hóa`. */
  value: string
  /** The superior body named above it (`Ủy ban nhân dân tỉnh Quảng Trị` above `Sở Y tế`), if any. */
  superior: string | null
  children: PhrasingContent[]
}

/** `ĐẢNG CỘNG SẢN VIỆT NAM` (party) or `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (state). */
export interface NationalTitle extends UnistParent {
  type: 'nationalTitle'
  system: 'party' | 'state'
  value: string
  children: PhrasingContent[]
}

/** `Độc lập - Tự do - Hạnh phúc`. */
export interface Motto extends UnistParent {
  type: 'motto'
  value: string
  children: PhrasingContent[]
}

/** Số và ký hiệu: `Số 1767-CV/TU`, `Số: 12/CT-UBND`. */
export interface DocumentNumber extends UnistParent {
  type: 'number'
  /** The number and symbol without `Số`: `1767-CV/TU`. */
  value: string
  /** The running number (`1767`), or null in a draft (`Số:   /KH-UBND`). */
  serial: string | null
  /** The type code (`CV`, `CT`, `KH`), when the symbol has one. */
  typeCode: string | null
  /** The issuer's code (`TU`, `UBND`, `TTg`). */
  issuerCode: string | null
  /** `party` for `1767-CV/TU`, `state` for `12/CT-UBND`. */
  system: 'party' | 'state' | null
  children: PhrasingContent[]
}

/** Place and date: `Thanh Hóa, ngày 30 tháng 7 năm 2020`. */
export interface PlaceDate extends UnistParent {
  type: 'placeDate'
  /** The line without markers, white space collapsed. */
  value: string
  place: string | null
  /** ISO date (`2020-07-30`), null when a part is blank or impossible. */
  date: string | null
  children: PhrasingContent[]
}

/** Urgency and secrecy marks: `KHẨN`, `HỎA TỐC`, `MẬT`. */
export interface Marking extends UnistParent {
  type: 'marking'
  /** The marks on the line, as written. */
  values: string[]
  children: PhrasingContent[]
}

/** Content of the header. */
export interface HeaderContentMap {
  issuer: Issuer
  nationalTitle: NationalTitle
  motto: Motto
  number: DocumentNumber
  placeDate: PlaceDate
  marking: Marking
  subject: Subject
  marker: Marker
  unknown: Unknown
  pageBreak: PageBreak
}

/** Any node of the header. */
export type HeaderContent = HeaderContentMap[keyof HeaderContentMap]

// --------------------------------------------------------- title, subject

/** Document types (tên loại), capitalised. */
export type DocumentType =
  | 'Công văn'
  | 'Chỉ thị'
  | 'Thông báo'
  | 'Kết luận'
  | 'Nghị quyết'
  | 'Kế hoạch'
  | 'Quyết định'
  | 'Công điện'
  | 'Hướng dẫn'
  | 'Báo cáo'
  | 'Quy định'
  | 'Tờ trình'
  | 'Chương trình'
  | 'Quy chế'
  | 'Thông tri'
  | 'Thông cáo'
  | 'Đề án'
  | 'Phương án'
  | 'Lời kêu gọi'
  | 'Tuyên bố'
  | 'Biên bản'
  | 'Phụ lục'

/** The title: `CHỈ THỊ`, `THÔNG BÁO`, `CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY`. */
export interface Title extends UnistParent {
  type: 'title'
  /** The type name as written: `CHỈ THỊ`. */
  value: string
  /** The type, capitalised: `Chỉ thị`. */
  documentType: DocumentType | null
  /** An issuer named in the title (`CỦA BAN THƯỜNG VỤ TỈNH ỦY` → `Ban Thường vụ Tỉnh ủy`). */
  issuer: string | null
  children: PhrasingContent[]
}

/** Trích yếu: the subject, without `V/v` and without the leading `về`. */
export interface Subject extends UnistParent {
  type: 'subject'
  value: string
  children: PhrasingContent[]
}

// ------------------------------------------------------------- addressees

/** `Kính gửi:` (`to`) or `Đồng kính gửi:` (`cc`) and its entries. */
export interface Addressees extends UnistParent {
  type: 'addressees'
  kind: 'to' | 'cc'
  children: AddresseesContent[]
}

/** One addressee, as written, without dash and trailing punctuation. */
export interface Addressee extends UnistParent {
  type: 'addressee'
  value: string
  children: PhrasingContent[]
}

/** Content of the addressees. */
export interface AddresseesContentMap {
  addressee: Addressee
  marker: Marker
  strong: Strong
  emphasis: Emphasis
  text: Text
  unknown: Unknown
  /** A page that ends inside the list. */
  pageBreak: PageBreak
}

/** Any node of the addressees. */
export type AddresseesContent = AddresseesContentMap[keyof AddresseesContentMap]

// ------------------------------------------------------------------- body

/** The body: preamble paragraphs, items, closing. */
export interface Body extends UnistParent {
  type: 'body'
  children: BodyContent[]
}

/** A paragraph: consecutive lines of prose (page breaks joined). */
export interface Paragraph extends UnistParent {
  type: 'paragraph'
  children: PhrasingContent[]
}

/** How an item is numbered. */
export type Numbering =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'parenthesized'

/** A numbered item: `1.`, `4.1.`, `a)`, `I-`, `Điều 3.` and what hangs under it. */
export interface Item extends UnistParent {
  type: 'item'
  /** The label without punctuation: `4.1`, `a`, `II`, `3`. */
  label: string
  /** The chain of labels from the top: `4.1`, `II.1.a`. */
  path: string
  numbering: Numbering
  /** 1 for a top-level item. */
  depth: number
  children: FlowContent[]
}

/** A dash, `+` or `•` bullet (not an item) and what hangs under it. */
export interface Bullet extends UnistParent {
  type: 'bullet'
  /** The bullet as written: `-`, `+`, `•`. */
  bullet: string
  children: FlowContent[]
}

/**
 * A table: markdown pipe rows, cells a converter put one per line between
 * `|` lines (`flattened`), or without any pipes, read by what each column
 * holds (`columns`: a gazette annex).
 */
export interface Table extends UnistParent {
  type: 'table'
  form: 'markdown' | 'flattened' | 'columns'
  children: TableContent[]
}

/** A row of a table. */
export interface TableRow extends UnistParent {
  type: 'tableRow'
  children: TableRowContent[]
}

/** A cell of a table. */
export interface TableCell extends UnistParent {
  type: 'tableCell'
  children: PhrasingContent[]
}

/** Content of a table. */
export interface TableContentMap {
  tableRow: TableRow
  marker: Marker
  pageBreak: PageBreak
}

/** Any node of a table. */
export type TableContent = TableContentMap[keyof TableContentMap]

/** Content of a table row. */
export interface TableRowContentMap {
  tableCell: TableCell
  marker: Marker
  /** A page turn between two cells of a flattened table (one inside a cell stays in the cell). */
  pageBreak: PageBreak
}

/** Any node of a table row. */
export type TableRowContent = TableRowContentMap[keyof TableRowContentMap]

/** Closing paragraphs after the numbered items (`Giao …`, `… thực hiện Công văn này`). */
export interface Closing extends UnistParent {
  type: 'closing'
  children: FlowContent[]
}

/** Content of items, bullets, closings and annexes. */
export interface FlowContentMap {
  paragraph: Paragraph
  item: Item
  bullet: Bullet
  table: Table
  marker: Marker
  unknown: Unknown
  pageBreak: PageBreak
}

/** Any flow node. */
export type FlowContent = FlowContentMap[keyof FlowContentMap]

/** Content of the body. */
export interface BodyContentMap extends FlowContentMap {
  closing: Closing
}

/** Any node of the body. */
export type BodyContent = BodyContentMap[keyof BodyContentMap]

// ------------------------------------------------------------------- back

/** The purpose of a distribution line. */
export type Purpose = 'báo cáo' | 'lưu' | 'thực hiện'

/** `Nơi nhận:` and its lines. */
export interface Distribution extends UnistParent {
  type: 'distribution'
  children: DistributionContent[]
}

/** A line of the distribution list. */
export interface Recipient extends UnistParent {
  type: 'recipient'
  /** The recipient without dash, purpose and trailing punctuation. */
  value: string
  purpose: Purpose | null
  children: PhrasingContent[]
}

/** Content of the distribution list. */
export interface DistributionContentMap {
  recipient: Recipient
  marker: Marker
  unknown: Unknown
  /** A page that ends inside the list. */
  pageBreak: PageBreak
}

/** Any node of the distribution list. */
export type DistributionContent = DistributionContentMap[keyof DistributionContentMap]

/** The signature block. */
export interface Signature extends UnistParent {
  type: 'signature'
  /** Signing marks in slash form, joined by a space: `T/M`, `T/M K/T`; null when the office holder signs in person. */
  authority: string | null
  /** What follows the first mark: `Ban Thường vụ`, `Ủy ban nhân dân`. */
  onBehalfOf: string | null
  /** The signer's own office: `Phó Bí thư Thường trực`. */
  title: string | null
  /** The signer's name. */
  name: string | null
  children: SignatureContent[]
}

/** One line of the signature block. */
export interface SignatureLine extends UnistParent {
  type: 'signatureLine'
  role: 'authority' | 'office' | 'name'
  value: string
  children: PhrasingContent[]
}

/** Content of the signature. */
export interface SignatureContentMap {
  signatureLine: SignatureLine
  marker: Marker
  unknown: Unknown
  /** A page that ends inside the block (between office and name). */
  pageBreak: PageBreak
}

/** Any node of the signature. */
export type SignatureContent = SignatureContentMap[keyof SignatureContentMap]

/** What follows the signature and distribution: an annex (phụ lục) or anything else. */
export interface Appendix extends UnistParent {
  type: 'appendix'
  children: FlowContent[]
}

// ------------------------------------------------------------------- root

/** Parts a directive may lack; listed on `root.absent` when missing. */
export type Part =
  | 'header'
  | 'issuer'
  | 'number'
  | 'date'
  | 'title'
  | 'subject'
  | 'addressees'
  | 'body'
  | 'items'
  | 'distribution'
  | 'signature'

/** Content of the root. */
export interface RootContentMap {
  header: Header
  title: Title
  subject: Subject
  addressees: Addressees
  body: Body
  distribution: Distribution
  signature: Signature
  appendix: Appendix
  marker: Marker
  unknown: Unknown
  pageBreak: PageBreak
}

/** Any node of the root. */
export type RootContent = RootContentMap[keyof RootContentMap]

/** A directive. */
export interface Root extends UnistParent {
  type: 'root'
  /** The parts this directive lacks. */
  absent: Part[]
  children: RootContent[]
}

/** Every parent kind. */
export type Parents =
  | Root
  | Header
  | Issuer
  | NationalTitle
  | Motto
  | DocumentNumber
  | PlaceDate
  | Marking
  | Title
  | Subject
  | Addressees
  | Addressee
  | Body
  | Paragraph
  | Item
  | Bullet
  | Table
  | TableRow
  | TableCell
  | Closing
  | Distribution
  | Recipient
  | Signature
  | SignatureLine
  | Appendix
  | Strong
  | Emphasis

/** Every leaf kind. */
export type Leaves = Text | Marker | Unknown | PageBreak

/** Every node kind. */
export type Nodes = Parents | Leaves
