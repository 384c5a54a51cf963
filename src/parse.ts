/**
 * `parse`: directive text → syntax tree.
 */
import {documented, origin} from './messages.js'
import {VFile} from 'vfile'
import {tokenize} from '../grammar/lexer.js'
import {parser} from '../grammar/parser.js'
import {readInput, reportReplacements, type Input} from './text/input.js'
import {repairLayout} from './text/layout.js'
import {normalizeText} from './text/normalize.js'
import {LineIndex, throughNormalized, unmapped, type MappedText} from './text/offsets.js'
import {buildTree} from './tree/build.js'
import {fileReporter} from './tree/report.js'
import {Source} from './tree/source.js'
import type {Root} from './tree/types.js'

export type {Decoding, Input, InputRule} from './text/input.js'

/** A parse result: the tree (absent when the input is not text) and the file with its messages. */
export interface ParsedFile {
  tree: Root | undefined
  file: VFile
}

/**
 * Parse a directive, keeping the file: messages (with line and column) are on
 * `file.messages`; `tree` is undefined when the bytes are not text. The code
 * page is detected, or taken from `file.data.encoding` when the input is a
 * vfile that has one.
 */
export function parseFile(input: Input): ParsedFile {
  // JavaScript callers can pass anything: what is not text, bytes or a vfile is a fatal message, not a throw.
  const given: unknown = input
  if (!isInput(given)) {
    const file = given instanceof VFile ? given : new VFile()
    const message = documented(file.message(`Expected text, bytes or a vfile holding either, not ${describe(given instanceof VFile ? given.value : given)}`, origin('invalid-input')))
    message.fatal = true
    return {tree: undefined, file}
  }

  const {file, text} = readInput(input)
  if (text === undefined) return {tree: undefined, file}
  return {tree: parseMapped(text, file), file}
}

/**
 * Parse a directive into its syntax tree. Never throws: problems become
 * messages on the vfile (pass one to read them, or use `parseFile`). Input
 * that is not text gives an empty root and a fatal message.
 */
export function parse(input: Input): Root {
  const {tree, file} = parseFile(input)
  if (tree) return tree
  void file
  return {type: 'root', absent: ['header', 'issuer', 'number', 'date', 'title', 'subject', 'addressees', 'body', 'items', 'distribution', 'signature'], children: []}
}

/** Parse decoded text, taken as it is (no code page detected), reporting onto `file`. */
export function parseText(text: string, file: VFile): Root {
  const mapped = unmapped(text)
  reportReplacements(file, mapped)
  return parseMapped(mapped, file)
}

/** Parse text whose positions map back to the caller's. */
function parseMapped(text: MappedText, file: VFile): Root {
  const laidOut = repairLayout(throughNormalized(text, normalizeText(text.text)))
  const normalized = laidOut.text
  const source = new Source(normalized)
  const report = fileReporter(file)
  if (laidOut.repairs.length > 0) {
    const lines = new LineIndex(normalized.original)
    for (const repair of laidOut.repairs) report.info(repair.reason, {start: lines.point(repair.start), end: lines.point(repair.end)}, repair.ruleId)
  }
  let tree: Root
  try {
    const lexed = tokenize(normalized.text)
    const directives = parser()
    directives.begin(lexed.tokens)
    const cst = directives.document()
    tree = buildTree({source, report}, cst, lexed.tokens, {lexing: lexed.errors, parsing: directives.errors})
  } catch (error) {
    // A bug in chithi must not cost the caller the text: keep every line.
    tree = linesOnly(source)
    const message = documented(file.message(`chithi failed on this text (${String(error)}); every line is kept as an unknown node`, {
      ...origin('internal-error')
    }))
    message.fatal = true
  }

  return tree
}

/** A tree of one unknown leaf per non-blank line. */
function linesOnly(source: Source): Root {
  const children: Root['children'] = []
  let start = 0
  for (const line of source.text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '') {
      const from = start + line.indexOf(trimmed)
      children.push({type: 'unknown', value: trimmed, reason: 'Not parsed', position: source.position(from, from + trimmed.length)})
    }

    start += line.length + 1
  }

  return {type: 'root', absent: [], children, position: source.position(0, source.text.length)}
}
function isInput(input: unknown): input is Input {
  const value = input instanceof VFile ? input.value : input
  return typeof value === 'string' || value instanceof Uint8Array
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`
}
