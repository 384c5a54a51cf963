/**
 * zod schemas of the tree, one per node kind (the JSON Schema in
 * `schema/tree.json` is generated from `root`).
 */
import {z} from 'zod'

/** A place in the caller's text. */
export const point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0).optional()
}).meta({id: 'Point'})

/** A range in the caller's text. */
export const position = z.object({start: point, end: point}).meta({id: 'Position'})

const data = z.record(z.string(), z.unknown()).optional()

function node<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  const id = type.charAt(0).toUpperCase() + type.slice(1)
  return z.object({type: z.literal(type), position: position.optional(), data, ...shape}).meta({id: id === 'Number' ? 'DocumentNumber' : id})
}

// ------------------------------------------------------------------ leaves

export const text = node('text', {
  value: z.string(),
  data: z.object({offsets: z.array(z.tuple([z.number().int(), z.number().int()])).optional()}).optional()
})

export const markerRole = z.enum([
  'strong', 'emphasis', 'heading', 'label', 'bullet', 'prefix', 'punctuation', 'brace', 'pipe', 'rule', 'star', 'seal', 'end', 'decoration', 'note', 'residue', 'aside'
])

export const marker = node('marker', {role: markerRole, value: z.string()})
export const unknown = node('unknown', {value: z.string(), reason: z.string()})
export const pageBreak = node('pageBreak', {value: z.string()})

// ---------------------------------------------------------------- phrasing

export const strong = node('strong', {
  children: z.lazy(() => z.array(phrasingContent))
})

export const emphasis = node('emphasis', {
  children: z.lazy(() => z.array(phrasingContent))
})

export const phrasingContent: z.ZodType = z.lazy(() => z.discriminatedUnion('type', [text, marker, strong, emphasis, pageBreak]))
const phrasing = z.array(phrasingContent)

// ------------------------------------------------------------------ header

export const issuer = node('issuer', {value: z.string(), superior: z.string().nullable(), children: phrasing})
export const nationalTitle = node('nationalTitle', {system: z.enum(['party', 'state']), value: z.string(), children: phrasing})
export const motto = node('motto', {value: z.string(), children: phrasing})
export const documentNumber = node('number', {
  value: z.string(),
  serial: z.string().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  system: z.enum(['party', 'state']).nullable(),
  children: phrasing
})
export const placeDate = node('placeDate', {
  value: z.string(),
  place: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  children: phrasing
})
export const marking = node('marking', {values: z.array(z.string()), children: phrasing})

export const documentType = z.enum([
  'Công văn', 'Chỉ thị', 'Thông báo', 'Kết luận', 'Nghị quyết', 'Kế hoạch', 'Quyết định', 'Công điện', 'Hướng dẫn', 'Báo cáo',
  'Quy định', 'Tờ trình', 'Chương trình', 'Quy chế', 'Thông tri', 'Thông cáo', 'Đề án', 'Phương án', 'Lời kêu gọi', 'Tuyên bố',
  'Biên bản', 'Phụ lục'
])

export const title = node('title', {value: z.string(), documentType: documentType.nullable(), issuer: z.string().nullable(), children: phrasing})
export const subject = node('subject', {value: z.string(), children: phrasing})

export const header = node('header', {
  children: z.array(
    z.discriminatedUnion('type', [issuer, nationalTitle, motto, documentNumber, placeDate, marking, subject, marker, unknown, pageBreak])
  )
})

// ------------------------------------------------------------- addressees

export const addressee = node('addressee', {value: z.string(), children: phrasing})
export const addressees = node('addressees', {
  kind: z.enum(['to', 'cc']),
  children: z.array(z.discriminatedUnion('type', [addressee, marker, strong, emphasis, text, unknown, pageBreak]))
})

// ------------------------------------------------------------------- body

export const paragraph = node('paragraph', {children: phrasing})

export const numbering = z.enum(['part', 'chapter', 'section', 'article', 'roman', 'arabic', 'decimal', 'letter', 'parenthesized'])

export const tableCell = node('tableCell', {children: phrasing})
export const tableRow = node('tableRow', {children: z.array(z.discriminatedUnion('type', [tableCell, marker, pageBreak]))})
export const table = node('table', {
  form: z.enum(['markdown', 'flattened', 'columns']),
  children: z.array(z.discriminatedUnion('type', [tableRow, marker, pageBreak]))
})

export const item = node('item', {
  label: z.string(),
  path: z.string(),
  numbering,
  depth: z.number().int().min(1),
  children: z.lazy(() => z.array(flowContent))
})

export const bullet = node('bullet', {
  bullet: z.string(),
  children: z.lazy(() => z.array(flowContent))
})

export const flowContent: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [paragraph, item, bullet, table, marker, unknown, pageBreak])
)

export const closing = node('closing', {children: z.array(flowContent)})
export const body = node('body', {children: z.array(z.union([flowContent, closing]))})

// ------------------------------------------------------------------- back

export const purpose = z.enum(['báo cáo', 'lưu', 'thực hiện'])
export const recipient = node('recipient', {value: z.string(), purpose: purpose.nullable(), children: phrasing})
export const distribution = node('distribution', {
  children: z.array(z.discriminatedUnion('type', [recipient, marker, unknown, pageBreak]))
})

export const signatureLine = node('signatureLine', {
  role: z.enum(['authority', 'office', 'name']),
  value: z.string(),
  children: phrasing
})
export const signature = node('signature', {
  authority: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
  children: z.array(z.discriminatedUnion('type', [signatureLine, marker, unknown, pageBreak]))
})

export const appendix = node('appendix', {children: z.array(flowContent)})

// ------------------------------------------------------------------- root

export const part = z.enum([
  'header', 'issuer', 'number', 'date', 'title', 'subject', 'addressees', 'body', 'items', 'distribution', 'signature'
])

export const root = node('root', {
  absent: z.array(part),
  children: z.array(
    z.discriminatedUnion('type', [header, title, subject, addressees, body, distribution, signature, appendix, marker, unknown, pageBreak])
  )
})
