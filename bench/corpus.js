/**
 * A benchmark corpus generated from the fixtures: varied copies (items
 * shuffled, header dropped, CRLF, NFD, page breaks injected), written under
 * bench/.corpus/ (ignored by git).
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
export const corpusDir = fileURLToPath(new URL('./.corpus/', import.meta.url))

/** The seed texts. */
export function seeds() {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(fixtures + name, 'utf8'))
}

/** A deterministic random number generator. */
export function random(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** One varied copy of a seed. */
export function vary(text, next) {
  let lines = text.split('\n')
  const roll = next()
  if (roll < 0.2) {
    // Shuffle the numbered items' paragraphs among themselves.
    const items = lines.map((line, index) => [line, index]).filter(([line]) => /^\d+\.\s/.test(line))
    const shuffled = [...items].sort(() => next() - 0.5)
    for (const [k, [, index]] of items.entries()) lines[index] = shuffled[k][0]
  } else if (roll < 0.35) {
    // Drop the header: start at the first paragraph.
    const start = lines.findIndex((line) => line.length > 200)
    if (start > 0) lines = lines.slice(start)
  }

  if (next() < 0.3) {
    // A page break in the middle of a long line.
    const long = lines.findIndex((line) => line.length > 300)
    if (long !== -1) {
      const line = lines[long]
      const cut = line.indexOf(' ', Math.floor(line.length / 2))
      lines.splice(long, 1, line.slice(0, cut), '', String(1 + Math.floor(next() * 9)), '', line.slice(cut + 1))
    }
  }

  let out = lines.join('\n')
  if (next() < 0.2) out = out.normalize('NFD')
  if (next() < 0.3) out = out.replace(/\n/g, '\r\n')
  return out
}

/** Write at least `megabytes` of varied directives, or `files` of them (reused when already there). */
export function buildCorpus(megabytes, {files: wanted, dir = corpusDir} = {}) {
  const marker = `${dir}.size-${megabytes}-${wanted ?? 0}`
  try {
    statSync(marker)
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => dir + name)
  } catch {}

  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const texts = seeds()
  const next = random(42)
  const paths = []
  let bytes = 0
  for (let index = 0; bytes < megabytes * 1e6 || (wanted !== undefined && index < wanted); index++) {
    const text = vary(texts[index % texts.length], next)
    const path = `${dir}${String(index).padStart(6, '0')}.txt`
    writeFileSync(path, text)
    bytes += Buffer.byteLength(text)
    paths.push(path)
  }

  writeFileSync(marker, '')
  return paths
}
