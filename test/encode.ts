/**
 * Writing text in the old code pages, for the tests: encoders built from the
 * reference tables in `reference/` (the published mappings), not from the
 * tables chithi decodes with, so that a test of one against the other means
 * something.
 */
import {readFileSync} from 'node:fs'

/** A code page the tests write. `tcvn3-abc` is TCVN3 as ABC fonts type it: capitals with a tone mark written small. */
export type TestEncoding = 'windows-1258' | 'viscii' | 'tcvn3' | 'tcvn3-abc' | 'vni'

/** A reference table: byte → character(s) (`undefined` where the code page has none). */
export type Reference = Array<string | undefined>

/** Read a byte table of `reference/` (`0xNN<TAB>0xUUUU<TAB>#NAME`). */
export function referenceTable(name: string): Reference {
  const table: Reference = new Array(256).fill(undefined)
  for (const line of readFileSync(new URL(`reference/${name}`, import.meta.url), 'utf8').split('\n')) {
    const [byte, code] = line.split('\t')
    if (!byte?.startsWith('0x')) continue
    table[Number.parseInt(byte, 16)] = code ? String.fromCodePoint(Number.parseInt(code, 16)) : undefined
  }

  return table
}

/** The VNI chart: letter → its bytes. */
export function vniChart(): Map<string, number[]> {
  const chart = new Map<string, number[]>()
  for (const line of readFileSync(new URL('reference/vni-windows.txt', import.meta.url), 'utf8').split('\n')) {
    const [code, bytes] = line.split('\t')
    if (!code?.startsWith('0x') || !bytes) continue
    chart.set(String.fromCodePoint(Number.parseInt(code, 16)), bytes.split(' ').map((byte) => Number.parseInt(byte, 16)))
  }

  return chart
}

const windows1252 = referenceTable('windows-1252.txt')
const tables = {
  'windows-1258': referenceTable('windows-1258.txt'),
  viscii: referenceTable('viscii.txt'),
  tcvn3: referenceTable('tcvn5712-vn1.txt')
}

function reverse(table: Reference, keep: (byte: number, char: string) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>()
  table.forEach((char, byte) => {
    if (char !== undefined && !out.has(char) && keep(byte, char)) out.set(char, byte)
  })
  return out
}

const vn3Capitals = new Set('ĂÂÊÔƠƯĐ')
const tonedCapital = (char: string): boolean => char !== char.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(char.normalize('NFD'))
const punctuation = reverse(windows1252, (byte) => byte >= 0x80 && byte <= 0x9f)

const encoders: Record<TestEncoding, (char: string) => number[] | undefined> = {
  'windows-1258': (() => {
    const bytes = reverse(tables['windows-1258'])
    // Letters the table has whole are written whole; the rest as a base letter and a tone mark.
    return (char) => {
      const whole = bytes.get(char)
      if (whole !== undefined) return [whole]
      const nfd = char.normalize('NFD')
      const tone = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0]
      const base = bytes.get(nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/, '').normalize('NFC'))
      const mark = tone === undefined ? undefined : bytes.get(tone)
      return base !== undefined && mark !== undefined ? [base, mark] : undefined
    }
  })(),
  viscii: (() => {
    const bytes = reverse(tables.viscii)
    return (char) => (bytes.has(char) ? [bytes.get(char) as number] : undefined)
  })(),
  tcvn3: (() => {
    // VN1 has every letter; combining marks are not written. Punctuation is windows-1252's, as in ABC fonts.
    const bytes = reverse(tables.tcvn3, (_byte, char) => !/\p{M}/u.test(char))
    return (char) => (bytes.has(char) ? [bytes.get(char) as number] : punctuation.has(char) ? [punctuation.get(char) as number] : undefined)
  })(),
  'tcvn3-abc': (() => {
    // ABC (VN3): ASCII, small letters, seven capitals; windows-1252 punctuation.
    const bytes = reverse(tables.tcvn3, (byte, char) => !(byte < 0x20 && /\p{L}/u.test(char)) && !/\p{M}/u.test(char) && (byte < 0x80 || (byte >= 0xa0 && (char === char.toLowerCase() || vn3Capitals.has(char)))))
    return (char) => {
      const small = tonedCapital(char) ? char.toLowerCase() : char
      return bytes.has(small) ? [bytes.get(small) as number] : punctuation.has(char) ? [punctuation.get(char) as number] : undefined
    }
  })(),
  vni: (() => {
    const chart = vniChart()
    const ascii = reverse(windows1252, (byte) => byte < 0xa0)
    return (char) => chart.get(char) ?? (ascii.has(char) ? [ascii.get(char) as number] : undefined)
  })()
}

/** `text` in `encoding`; a character the code page cannot write becomes `?`. */
export function encode(text: string, encoding: TestEncoding): Uint8Array {
  const out: number[] = []
  for (const char of text.normalize('NFC')) out.push(...(encoders[encoding](char) ?? [0x3f]))
  return Uint8Array.from(out)
}

/** The characters of `text` the code page cannot write. */
export function unwritable(text: string, encoding: TestEncoding): string[] {
  return [...new Set([...text.normalize('NFC')].filter((char) => encoders[encoding](char) === undefined))]
}

/** Bytes as a program reading them as windows-1252 shows them (undefined bytes as C1 controls, as browsers do). */
export function misread(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => windows1252[byte] ?? String.fromCharCode(byte)).join('')
}

const viqrTones: Record<string, string> = {'\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.'}
const viqrShapes: Record<string, string> = {'\u0306': '(', '\u0302': '^', '\u031B': '+'}

/** `text` in VIQR (RFC 1456): `Việt` → `Vie^.t`, `Đảng` → `DDa?ng`. */
export function viqr(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    if (char === 'đ' || char === 'Đ') {
      out += char === 'đ' ? 'dd' : 'DD'
      continue
    }

    const nfd = char.normalize('NFD')
    if (nfd.length === 1) {
      out += char
      continue
    }

    const base = nfd.charAt(0)
    const shape = [...nfd.slice(1)].map((mark) => viqrShapes[mark] ?? '').join('')
    const tone = [...nfd.slice(1)].map((mark) => viqrTones[mark] ?? '').join('')
    out += base + shape + tone
  }

  return out
}
