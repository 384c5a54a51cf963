/**
 * JSON written in pieces: the text `JSON.stringify` gives, as a sequence of
 * chunks, so that a tree whose JSON is longer than the longest string V8 can
 * hold (about 512 MB: the tree of a 50 MB file) is still written.
 */

/** Options: indentation as `JSON.stringify`'s `space`, and keys to leave out (`position`). */
export interface JsonChunkOptions {
  space?: number
  omit?: ReadonlySet<string>
}

/** The JSON text of `value`, as `JSON.stringify(value, omitting, space)` gives it, in chunks of about `size` characters. */
export function* jsonChunks(value: unknown, options: JsonChunkOptions = {}, size = 1 << 16): Generator<string> {
  let buffer = ''
  for (const piece of pieces(value, options.omit ?? new Set(), options.space ? ' '.repeat(options.space) : '', '')) {
    buffer += piece
    if (buffer.length >= size) {
      yield buffer
      buffer = ''
    }
  }

  if (buffer !== '') yield buffer
}

/** Pieces of JSON text; recursion follows the value's depth (a tree's nesting), never its length. */
function* pieces(value: unknown, omit: ReadonlySet<string>, indent: string, current: string): Generator<string> {
  const json = value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON === 'function' ? (value as {toJSON: () => unknown}).toJSON() : value
  if (json === null || typeof json !== 'object') {
    yield JSON.stringify(json) ?? 'null'
    return
  }

  const inner = current + indent
  const open = indent ? `\n${inner}` : ''
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]'
      return
    }

    yield '['
    for (let index = 0; index < json.length; index++) {
      yield index === 0 ? open : `,${open}`
      const item: unknown = json[index]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
      else yield* pieces(item, omit, indent, inner)
    }

    yield indent ? `\n${current}]` : ']'
    return
  }

  let first = true
  for (const [key, field] of Object.entries(json)) {
    if (omit.has(key) || field === undefined || typeof field === 'function' || typeof field === 'symbol') continue
    yield first ? `{${open}` : `,${open}`
    first = false
    yield `${JSON.stringify(key)}:${indent ? ' ' : ''}`
    yield* pieces(field, omit, indent, inner)
  }

  yield first ? '{}' : indent ? `\n${current}}` : '}'
}
