/**
 * unified plugins: `chithiParse` makes chithi the processor's parser.
 *
 *     const tree = unified().use(chithiParse).parse(text)
 */
import type {Plugin} from 'unified'
import {parseFile} from './parse.js'
import type {EncodingOption} from './text/encoding.js'
import {recordOf} from './semantics/analyze.js'
import type {DirectiveRecord} from './semantics/record.js'
import type {Root} from './tree/types.js'

declare module 'vfile' {
  interface DataMap {
    /** The directive's record, set by `chithiAnalyze`. */
    chithi: DirectiveRecord
  }
}

/** Options of `chithiParse`. */
export interface ChithiParseOptions {
  /** The code page of files that do not say (`file.data.encoding`); `auto` (the default) detects it. */
  encoding?: EncodingOption
}

/** Parse directive text (or bytes) into a chithi tree; messages go on the file. */
export const chithiParse: Plugin<[ChithiParseOptions?], string, Root> = function (options) {
  this.parser = (_document, file) => {
    if (options?.encoding && file.data.encoding === undefined) file.data.encoding = options.encoding
    return parseFile(file).tree ?? {type: 'root', absent: [], children: []}
  }
}

/**
 * Attach the directive's record to `file.data.chithi` (the tree is left as it
 * is); doubts about it become messages on the file.
 *
 *     const file = await unified().use(chithiParse).use(chithiAnalyze).use(chithiJson).process(text)
 *     file.data.chithi // the record; String(file) the record as JSON
 */
export const chithiAnalyze: Plugin<[], Root> = function () {
  return (tree, file) => {
    file.data.chithi = recordOf(tree, file)
  }
}

/** Options of `chithiJson`. */
export interface JsonOptions {
  /** What to write: the record (default; the tree's when `chithiAnalyze` did not run), the tree, or both as `{record, tree}`. */
  content?: 'record' | 'tree' | 'both'
  /** Indentation, as `JSON.stringify` takes it (default: none). */
  space?: number | string
  /** Leave `position` out (default: keep it). */
  positions?: boolean
}

/**
 * A compiler: the processor's result as JSON, so that `.process()` runs
 * end to end.
 *
 *     String(await unified().use(chithiParse).use(chithiAnalyze).use(chithiJson, {space: 2}).process(text))
 */
export const chithiJson: Plugin<[JsonOptions?], Root, string> = function (options = {}) {
  this.compiler = (tree, file) => {
    const record = file.data.chithi ?? recordOf(tree as Root, file)
    const content = options.content ?? 'record'
    const value = content === 'tree' ? tree : content === 'both' ? {record, tree} : record
    return JSON.stringify(value, options.positions === false ? (key, item: unknown) => (key === 'position' ? undefined : item) : undefined, options.space) + '\n'
  }
}
