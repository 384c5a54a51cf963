/**
 * chithi: Vietnamese official directives → syntax tree → who must do what by when.
 *
 * The core: parsing, the record, types, schemas and the unified plugins.
 * The corpus store (SQLite) is `chithi/store`, the HTML pages `chithi/html`:
 * importing this entry loads neither.
 */
export {parse, parseFile, parseText} from './parse.js'
export type {Decoding, Input, InputRule, ParsedFile} from './parse.js'
export {encodingOf, encodings} from './text/encoding.js'
export type {Encoding, EncodingOption} from './text/encoding.js'
export {chithiAnalyze, chithiJson, chithiParse} from './plugin.js'
export type {ChithiParseOptions, JsonOptions} from './plugin.js'
export {toText} from './tree/to-text.js'
export {documentFields} from './tree/fields.js'
export type {DocumentFields} from './tree/fields.js'
export type {ParseRule} from './tree/report.js'
export {documentation, messageRules} from './messages.js'
export type {AnalyzeRule, CallRule, RuleId, RuleInfo, Severity} from './messages.js'
export type {Layout, LayoutRule} from './text/layout.js'
export * from './tree/types.js'
export * as schemas from './tree/schema.js'
export * as recordSchemas from './semantics/schema.js'
export {analyze, analyzeFile, recordOf} from './semantics/analyze.js'
export type {AnalyzedFile} from './semantics/analyze.js'
export type * from './semantics/record.js'
