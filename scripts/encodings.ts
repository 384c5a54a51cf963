/**
 * How reliably the code page of a text is found: every seed fixture, every
 * corpus text (../shared/corpus/, where present) and the made-up directive of
 * the tests, written in each code page (with the reference tables of
 * test/reference/, not chithi's), cut into pieces of a few words, a line, and
 * whole; each piece read with `encoding: auto`. Prints, per code page and
 * size, how many pieces were read in the right code page, in a wrong one,
 * or refused; and how often a Unicode text was wrongly converted.
 *
 *     npm run encodings            # all sizes
 *     npm run encodings -- --quick # fewer pieces
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {readInput} from '../src/text/input.js'
import {encode, misread, viqr, type TestEncoding} from '../test/encode.js'

const quick = process.argv.includes('--quick')
const root = new URL('../', import.meta.url)
const texts: string[] = []
for (const folder of ['fixtures/', '../shared/corpus/']) {
  const dir = new URL(folder, root)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) texts.push(readFileSync(new URL(name, dir), 'utf8').normalize('NFC'))
}

texts.push(readFileSync(new URL('test/encodings/cong-van-phong-chong-bao.txt', root), 'utf8'))

/** Pieces of a text: runs of `words` words (every one, up to `limit`), or its lines, or the whole. */
function pieces(text: string, size: number | 'line' | 'whole', limit: number): string[] {
  if (size === 'whole') return [text]
  if (size === 'line') return text.split('\n').filter((line) => /[^\u0000-\u007F]/.test(line)).slice(0, limit)
  const words = text.split(/\s+/).filter(Boolean)
  const out: string[] = []
  for (let start = 0; start + size <= words.length && out.length < limit; start += size) out.push(words.slice(start, start + size).join(' '))
  return out.filter((piece) => /[^\u0000-\u007F]/.test(piece))
}

type Form = {name: string; expected: string; make: (text: string) => string | Uint8Array}
const bytesOf = (encoding: TestEncoding): Form['make'] => (text) => encode(text, encoding)
const forms: Form[] = [
  {name: 'windows-1258 bytes', expected: 'windows-1258', make: bytesOf('windows-1258')},
  {name: 'VISCII bytes', expected: 'viscii', make: (text) => encode(text.replace(/[“”]/g, '"').replace(/[–—]/g, '-'), 'viscii')},
  {name: 'TCVN3 bytes (VN1 capitals)', expected: 'tcvn3', make: bytesOf('tcvn3')},
  {name: 'TCVN3 bytes (ABC)', expected: 'tcvn3', make: bytesOf('tcvn3-abc')},
  {name: 'VNI-Windows bytes', expected: 'vni', make: bytesOf('vni')},
  {name: 'UTF-16LE, no BOM', expected: 'utf-16le', make: (text) => new Uint8Array(Buffer.from(text, 'utf16le'))},
  {name: 'TCVN3 read as windows-1252', expected: 'tcvn3', make: (text) => misread(encode(text, 'tcvn3-abc'))},
  {name: 'VNI read as windows-1252', expected: 'vni', make: (text) => misread(encode(text, 'vni'))},
  {name: 'windows-1258 read as windows-1252', expected: 'windows-1258', make: (text) => misread(encode(text, 'windows-1258'))},
  {name: 'VISCII read as windows-1252', expected: 'viscii', make: (text) => misread(encode(text.replace(/[“”]/g, '"').replace(/[–—]/g, '-'), 'viscii'))},
  {name: 'VIQR', expected: 'viqr', make: viqr},
  {name: 'UTF-8 bytes', expected: 'utf-8', make: (text) => new Uint8Array(Buffer.from(text))},
  {name: 'Unicode string', expected: 'utf-8', make: (text) => text}
]

const sizes: Array<number | 'line' | 'whole'> = [5, 20, 'line', 'whole']
const limit = quick ? 10 : 40
const rows: string[][] = [['form', 'size', 'pieces', 'right', 'wrong', 'refused', 'right %']]
for (const form of forms) {
  for (const size of sizes) {
    let right = 0
    let wrong = 0
    let refused = 0
    const wrongAs = new Map<string, number>()
    for (const text of texts) {
      for (const piece of pieces(text, size, limit)) {
        const {file, text: read} = readInput(new VFile({value: form.make(piece)}))
        const found = file.data.decoding?.encoding
        if (read === undefined) refused++
        else if (found === form.expected && (form.expected !== 'utf-8' || read.text === piece)) right++
        else {
          wrong++
          wrongAs.set(found ?? '?', (wrongAs.get(found ?? '?') ?? 0) + 1)
        }
      }
    }

    const total = right + wrong + refused
    const as = [...wrongAs].map(([name, count]) => `${name} ${count}`).join(', ')
    rows.push([form.name, String(size), String(total), String(right), wrong ? `${wrong} (${as})` : '0', String(refused), total ? ((100 * right) / total).toFixed(1) : '—'])
  }
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
console.log(`\n${texts.length} texts; pieces of 5 and 20 words and lines with a non-ASCII letter, at most ${limit} per text and size.`)
