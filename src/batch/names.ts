/**
 * Output names that never collide: with each other (on case-insensitive file
 * systems too), with the run's own files (`report.json`, `index.html`, the
 * `.chithi` folder), and never too long for a file name.
 */

/** Bytes a file name may have on common file systems. */
const nameBytes = 255
/** The longest extension an output adds (`.html`, `.json`). */
const extensionBytes = 5
/** Bytes of an over-long name kept before its hash: room for `.` + hash, `.html` and a collision's hash within `nameBytes`. */
const keptBytes = 230

/** The key two output names collide on: case and Unicode normalisation folded (macOS, Windows). */
export function nameKey(relative: string): string {
  return relative.normalize('NFC').toLowerCase()
}

/**
 * The output name (relative, without extension) for an input whose own name
 * is `own`: `own` itself when it is free, else `own` with a hash of the input
 * (`id`) after it, with the reason. `reserved` maps the run's own names (lower
 * case, without extension) to what they are.
 */
export function uniqueName(own: string, id: string, used: ReadonlySet<string>, reserved: ReadonlyMap<string, string>): {relative: string; reason?: string} {
  const parts = own.split('/')
  const reasons: string[] = []
  if ((parts[0] ?? '').toLowerCase() === '.chithi') {
    parts[0] = '_.chithi'
    reasons.push('`.chithi` is the run’s own folder')
  }

  const last = parts.length - 1
  const name = parts[last] as string
  if (Buffer.byteLength(name) + extensionBytes > nameBytes) {
    parts[last] = `${cut(name, keptBytes)}.${id.slice(0, 8)}`
    reasons.push(`its name is ${Buffer.byteLength(name)} bytes, more than a file name may hold with an extension (${nameBytes}): cut and made unique with a hash`)
  }

  let relative = parts.join('/')
  const what = reserved.get(nameKey(relative))
  if (what !== undefined) {
    // `index` in HTML keeps its page beside the index, as `index.page`, when that is free.
    const beside = `${relative}.page`
    relative = what === 'the corpus index' && !used.has(nameKey(beside)) && !reserved.has(nameKey(beside)) ? beside : `${relative}.${id.slice(0, 6)}`
    reasons.push(`its output would overwrite ${what}`)
  }

  for (let length = 6; used.has(nameKey(relative)) || reserved.has(nameKey(relative)); length += 2) {
    if (length === 6) reasons.push('another input’s output has the same name (letter case aside)')
    relative = `${parts.join('/')}.${id.slice(0, Math.min(length, id.length))}${length > id.length ? `.${length}` : ''}`
  }

  return reasons.length > 0 ? {relative, reason: reasons.join('; ')} : {relative}
}

/** `text` cut to at most `bytes` bytes of UTF-8, on a character boundary. */
function cut(text: string, bytes: number): string {
  let size = 0
  let end = 0
  for (const char of text) {
    const length = Buffer.byteLength(char)
    if (size + length > bytes) break
    size += length
    end += char.length
  }

  return text.slice(0, end)
}

/** The names a conversion's own files take in the output folder, for the formats that write a file per input. */
export function reservedNames(formats: readonly string[], suffixes: readonly string[] = ['']): Map<string, string> {
  const reserved = new Map<string, string>()
  for (const suffix of suffixes) {
    if (formats.includes('json')) reserved.set(`report${suffix}`, `the run report (report${suffix}.json)`)
    if (formats.includes('html')) reserved.set(`index${suffix}`, 'the corpus index')
  }

  return reserved
}
