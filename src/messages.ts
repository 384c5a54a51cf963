/**
 * Every message chithi puts on a vfile, in one place: its rule id, its
 * severity, what it says in a line, and where it is documented (`url` on the
 * message). Emitters give a rule id and get the rest from here; the README's
 * table of messages is checked against this one.
 */
import type {InputRule} from './text/input.js'
import type {ParseRule} from './tree/report.js'

/** Rule ids of the messages `analyze` adds to the parser's. */
export type AnalyzeRule = 'no-party' | 'unresolved-date'

/** Rule ids of the messages about the input itself, before any text. */
export type CallRule = 'invalid-input' | 'unreadable-file'

/** Every rule id chithi emits. */
export type RuleId = ParseRule | InputRule | AnalyzeRule | CallRule

/** How bad a message is: `error` (fatal: no text, or chithi failed), `warning` (doubtful), `info` (repaired or worth knowing). */
export type Severity = 'error' | 'warning' | 'info'

/** What the registry says of a rule. */
export interface RuleInfo {
  severity: Severity
  description: string
}

/** Where the messages are documented: the README's table, on the package's page. */
export const documentation = 'https://www.npmjs.com/package/chithi#messages'

/** The registry. */
export const messageRules = {
  'binary-content': {severity: 'error', description: 'Binary content (a NUL byte or a non-text file signature): not read'},
  'invalid-utf8': {severity: 'warning', description: 'Invalid UTF-8 at a byte: read as U+FFFD (fatal when no text can be read at all)'},
  'invalid-utf16': {severity: 'warning', description: 'Invalid or truncated UTF-16: read as U+FFFD (fatal when no text can be read at all)'},
  'undefined-byte': {severity: 'warning', description: 'A byte the code page leaves undefined: read as U+FFFD'},
  'replacement-character': {severity: 'warning', description: 'U+FFFD in the text: characters lost before the text reached chithi'},
  'legacy-encoding': {severity: 'info', description: 'Read in a legacy code page (TCVN3, VNI, VIQR, windows-1258 …) and converted to Unicode'},
  'encoding-detected': {severity: 'info', description: 'The encoding was detected (no byte order mark, no --encoding)'},
  mojibake: {severity: 'info', description: 'UTF-8 read once as windows-1252 (`Tá»‰nh`) given back as what it was (`Tỉnh`)'},
  'lowercase-line': {severity: 'info', description: 'A line typed without capitals where the format wants them'},
  'unknown-line': {severity: 'warning', description: 'A line the grammar did not recognise: kept as an `unknown` node'},
  'running-header': {severity: 'warning', description: 'A running header or watermark repeated on several pages: kept apart from the text'},
  'page-break-joined': {severity: 'info', description: 'A paragraph cut by a page break, read as one'},
  'missing-header': {severity: 'warning', description: 'No header: the issuer, number and date are missing'},
  'missing-number': {severity: 'warning', description: 'No number and symbol (`Số …`)'},
  'missing-date': {severity: 'warning', description: 'No place and date'},
  'missing-issuer': {severity: 'warning', description: 'No issuer'},
  'missing-title': {severity: 'info', description: 'No title, subject or addressees: the type is unknown'},
  'missing-distribution': {severity: 'info', description: 'No distribution list (`Nơi nhận`)'},
  'missing-signature': {severity: 'warning', description: 'No signature'},
  'missing-body': {severity: 'warning', description: 'No body'},
  'invalid-date': {severity: 'warning', description: 'A date with a blank or impossible part'},
  'internal-error': {severity: 'error', description: 'chithi failed on the text: every line is kept as an `unknown` node'},
  'several-directives': {severity: 'warning', description: 'A file holding several directives: where each after the first starts (the record reads the first)'},
  'column-table': {severity: 'info', description: 'A task table flattened one cell per line, read by its columns'},
  'page-number': {severity: 'info', description: 'A number alone on its line, read as a page number'},
  'issuer-aside': {severity: 'info', description: 'An aside under the issuer kept, not part of its name'},
  'word-segmented': {severity: 'info', description: 'A word-segmented copy (`Sở Tài_chính`) read as the text it stands for'},
  'flattened-header': {severity: 'info', description: 'Header columns run together on one line, read a field at a time'},
  'flattened-signature': {severity: 'info', description: 'A signature block on one line, read apart'},
  'interleaved-columns': {severity: 'info', description: 'Two columns of a scan read across, line by line, read apart'},
  'conversion-residue': {severity: 'info', description: 'Image links, HTML or LaTeX left by a conversion: kept, not read as words'},
  'split-field': {severity: 'info', description: 'A field split over lines (`Số:` / the number) read as one'},
  'ocr-confusion': {severity: 'info', description: 'OCR: a look-alike character read as what it stands for (`l` for `1`, `O` for `0`)'},
  'ocr-diacritics': {severity: 'info', description: 'OCR: lost or wrong tone marks of a known word restored'},
  'ocr-formula': {severity: 'info', description: 'OCR: a fixed formula (quốc hiệu, `Số:`, `Nơi nhận`, signing marks) recognised by edit distance'},
  'ocr-label': {severity: 'info', description: 'OCR: a garbled item label recovered from its siblings'},
  'no-party': {severity: 'warning', description: 'A task that names no party and has none above it to inherit'},
  'unresolved-date': {severity: 'warning', description: 'A deadline or date whose date cannot be resolved'},
  'invalid-input': {severity: 'error', description: 'The input is not text, bytes or a vfile holding either'},
  'unreadable-file': {severity: 'error', description: 'The file cannot be read (missing, a folder, no permission)'}
} as const satisfies Record<RuleId, RuleInfo>

/** The options of a message of `ruleId`: the rule and `source: 'chithi'`. */
export function origin(ruleId: RuleId): {ruleId: RuleId; source: 'chithi'} {
  return {ruleId, source: 'chithi'}
}

/** A message made with `origin`, given its documentation (`url`, which vfile's options do not carry). */
export function documented<T extends {url?: string | undefined}>(message: T): T {
  message.url = documentation
  return message
}
