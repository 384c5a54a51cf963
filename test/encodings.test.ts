/**
 * Code pages: a directive typed in any code page people have (windows-1258,
 * VISCII, TCVN3, VNI, VIQR, UTF-16) reads as its UTF-8 original does, found
 * without help or named in `data.encoding`; what cannot be recovered is
 * reported where it is, by line and column (and by byte).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {analyze, parseFile, type EncodingOption, type Root} from '../src/index.js'
import {decodeBytes} from '../src/text/decode.js'
import {encode, misread, referenceTable, viqr, vniChart, type TestEncoding} from './encode.js'
import {withoutPositions} from './helpers.js'

/** A made-up Công văn of 1998, when TCVN3 and VNI were what offices typed in. */
const original = readFileSync(new URL('encodings/cong-van-phong-chong-bao.txt', import.meta.url), 'utf8')

/** VISCII has no room for `“ ” –`: files typed in it have ASCII there. */
const plain = original.replace(/[“”]/g, '"').replace(/–/g, '-')

/** Read with an encoding named (or `auto`). */
function read(value: string | Uint8Array, encoding: EncodingOption = 'auto') {
  return parseFile(new VFile({path: 'cong-van.txt', value, data: {encoding}}))
}

function same(tree: Root | undefined): unknown {
  return tree && withoutPositions(tree)
}

function recordOf(value: string | Uint8Array, encoding: EncodingOption = 'auto'): unknown {
  return JSON.parse(JSON.stringify(analyze(new VFile({value, data: {encoding}})), (key, field) => (key === 'position' || key === 'offset' || key === 'start' || key === 'end' ? undefined : field)))
}

const cases: Array<[name: string, encoding: TestEncoding, named: EncodingOption, text: string]> = [
  ['windows-1258', 'windows-1258', 'windows-1258', original],
  ['VISCII', 'viscii', 'viscii', plain],
  ['TCVN3 with the capitals of its full table (VN1)', 'tcvn3', 'tcvn3', original],
  ['TCVN3 as ABC fonts type it (capitals with a tone mark written small)', 'tcvn3-abc', 'tcvn3', original],
  ['VNI-Windows', 'vni', 'vni', original]
]

describe('a directive typed in an old code page', () => {
  it.each(cases)('in %s gives the tree and record of its UTF-8 original, found without help', (_name, encoding, named, text) => {
    const bytes = encode(text, encoding)
    const {tree, file} = read(bytes)
    expect(file.data.decoding).toMatchObject({encoding: named, detected: true})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['legacy-encoding'])
    expect(same(tree)).toEqual(same(read(text).tree))
    expect(recordOf(bytes)).toEqual(recordOf(text))
  })

  it.each(cases)('in %s gives the same when the code page is named, and says nothing', (_name, encoding, named, text) => {
    const {tree, file} = read(encode(text, encoding), named)
    expect(file.data.decoding).toEqual({encoding: named, detected: false})
    expect(file.messages).toEqual([])
    expect(same(tree)).toEqual(same(read(text).tree))
  })

  it.each(cases)('in %s, opened as windows-1252 and saved as UTF-8, still reads right', (_name, encoding, named, text) => {
    const mojibake = misread(encode(text, encoding))
    const {tree, file} = read(mojibake)
    expect(file.data.decoding).toMatchObject({encoding: named, detected: true})
    expect(same(tree)).toEqual(same(read(text).tree))
    expect(same(read(mojibake, named).tree)).toEqual(same(read(text).tree))
  })

  it('in VIQR reads right, found or named', () => {
    const typed = viqr(original)
    expect(typed).toContain('DDo^.c la^.p')
    for (const encoding of ['auto', 'viqr'] as const) {
      const {tree, file} = read(typed, encoding)
      expect(file.data.decoding?.encoding).toBe('viqr')
      expect(same(tree)).toEqual(same(read(original).tree))
    }

    expect(recordOf(viqr(original))).toEqual(recordOf(original))
  })

  it.each(['utf-16le', 'utf-16be'] as const)('in %s, with or without a BOM, reads right', (encoding) => {
    const units = Buffer.from(original, 'utf16le')
    if (encoding === 'utf-16be') units.swap16()
    const bom = Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff])
    for (const bytes of [Buffer.concat([bom, units]), units]) {
      const {tree, file} = read(new Uint8Array(bytes))
      expect(file.data.decoding?.encoding).toBe(encoding)
      expect(same(tree)).toEqual(same(read(original).tree))
    }
  })
})

describe('positions', () => {
  it('count bytes in an 8-bit code page: a node’s bytes read back as its text', () => {
    for (const encoding of ['windows-1258', 'vni', 'tcvn3'] as const) {
      const bytes = encode(original, encoding)
      const {tree} = read(bytes)
      const number = tree?.children[0]?.type === 'header' ? tree.children[0].children.find((node) => node.type === 'number') : undefined
      const {start, end} = number?.position ?? {start: {offset: 0}, end: {offset: 0}}
      const slice = decodeBytes(bytes.subarray(start.offset, end.offset), encoding)
      expect(slice.ok && slice.mapped.text.normalize('NFC'), encoding).toBe('Số: 214/UBND-NN')
    }
  })

  it('point into the caller’s string when it was misread: a node’s span there is its mojibake', () => {
    const mojibake = misread(encode(original, 'tcvn3-abc'))
    const {tree} = read(mojibake)
    const number = tree?.children[0]?.type === 'header' ? tree.children[0].children.find((node) => node.type === 'number') : undefined
    const {start, end} = number!.position!
    expect(mojibake.slice(start.offset, end.offset)).toBe('Sè: 214/UBND-NN')
    expect(start).toMatchObject({line: 4, column: 1})
  })
})

describe('the byte tables, byte by byte against the published mappings (test/reference/)', () => {
  it.each([
    ['windows-1258', 'windows-1258.txt'],
    ['viscii', 'viscii.txt']
  ] as const)('%s reads every byte as its reference says', (encoding, name) => {
    const reference = referenceTable(name)
    for (let byte = 1; byte < 256; byte++) {
      const decoded = decodeBytes(Uint8Array.of(byte), encoding)
      const want = reference[byte] ?? '\uFFFD'
      expect(decoded.ok && decoded.mapped.text, `0x${byte.toString(16)}`).toBe(want)
      expect(decoded.ok && decoded.invalid.length, `0x${byte.toString(16)}`).toBe(reference[byte] === undefined ? 1 : 0)
    }
  })

  it('TCVN3 reads every byte as TCVN 5712 VN1 does, and 0x80–0x9F outside words as windows-1252 (not as Node’s ISO-8859-1)', () => {
    const vn1 = referenceTable('tcvn5712-vn1.txt')
    const windows1252 = referenceTable('windows-1252.txt')
    for (let byte = 1; byte < 256; byte++) {
      if (byte === 0x0a || byte === 0x0d) continue
      const alone = decodeBytes(Uint8Array.of(0x61, 0x20, byte, 0x20), 'tcvn3')
      const vn1Char = vn1[byte] as string
      const ascii = windows1252[byte] ?? ''
      // Alone, a byte for one of VN1's capitals or tone marks (which ABC fonts lack) is windows-1252 punctuation (“ ” – …) where windows-1252 has punctuation, a sign for a tone mark.
      const abcLacks = byte >= 0x80 && (/\p{M}/u.test(vn1Char) || (vn1Char !== vn1Char.toLowerCase() && !'ĂÂÊÔƠƯĐ'.includes(vn1Char)))
      const want = abcLacks && (/\p{P}/u.test(ascii) || /\p{M}/u.test(vn1Char)) ? ascii : vn1Char
      expect(alone.ok && alone.mapped.text, `0x${byte.toString(16)}`).toBe(`a ${want} `)
    }

    // Inside a word that it makes a syllable, it is VN1's capital (or tone mark).
    for (let byte = 0x80; byte < 256; byte++) {
      const char = vn1[byte] as string
      if (char === char.toLowerCase() && !/\p{M}/u.test(char)) continue
      const word = /\p{M}/u.test(char) ? [0x61, byte, 0x6e] : [byte, 0x4e]
      const decoded = decodeBytes(Uint8Array.from(word), 'tcvn3')
      const want = /\p{M}/u.test(char) ? `a${char}n`.normalize('NFC') : `${char}N`
      expect(decoded.ok && decoded.mapped.text.normalize('NFC'), `0x${byte.toString(16)}`).toBe(want)
    }
  })

  it('VNI reads every letter of its chart, and 0x80–0x9F as windows-1252', () => {
    for (const [letter, bytes] of vniChart()) {
      const decoded = decodeBytes(Uint8Array.from(bytes), 'vni')
      expect(decoded.ok && decoded.mapped.text.normalize('NFC'), letter).toBe(letter)
    }

    const windows1252 = referenceTable('windows-1252.txt')
    for (let byte = 0x80; byte < 0xa0; byte++) {
      const decoded = decodeBytes(Uint8Array.of(byte), 'vni')
      expect(decoded.ok && decoded.mapped.text, `0x${byte.toString(16)}`).toBe(windows1252[byte] ?? '\uFFFD')
    }
  })

  it('gives “ ” – in TCVN3 and VNI files, not U+0093 U+0094 U+0096', () => {
    for (const encoding of ['tcvn3-abc', 'vni'] as const) {
      const {tree} = read(encode('Kính gửi: “Sở Tài chính” – Sở Xây dựng', encoding))
      expect(JSON.stringify(tree)).toContain('“Sở Tài chính” – Sở Xây dựng')
    }
  })
})

describe('what TCVN3 could not hold', () => {
  it('gives capitals back in capital words and lines, at sentence starts, after list labels and in a signer’s name', () => {
    const text = 'ỦY BAN NHÂN DÂN\nBỘ Y TẾ TỈNH HÀ TRUNG\n\nỞ các huyện, Ủy ban nhân dân kiểm tra.\n- Ủy ban Mặt trận;\nTrần Văn Ất\n'
    const {tree} = read(encode(text, 'tcvn3-abc'), 'tcvn3')
    expect(tree && JSON.stringify(tree)).toContain('BỘ Y TẾ TỈNH HÀ TRUNG')
    const back = parseFile(new VFile({value: encode(text, 'tcvn3-abc'), data: {encoding: 'tcvn3'}}))
    expect(back.tree).toBeDefined()
    const words = JSON.stringify(back.tree)
    for (const phrase of ['ỦY BAN NHÂN DÂN', 'Ở các huyện', '- Ủy ban Mặt trận', 'Trần Văn Ất']) expect(words).toContain(phrase.replace('- ', ''))
    // Mid-sentence, a capital with a tone mark cannot be told from a small letter: `Ủy ban` stays `ủy ban`.
    expect(words).toContain('huyện, ủy ban nhân dân')
  })

  it('reports a line set in .VnTimeH, whose capitals are lost, by line', () => {
    const bytes = encode('đảng cộng sản việt nam\n\nSố 12-CV/TU', 'tcvn3')
    const {file} = read(bytes)
    const message = file.messages.find((found) => found.ruleId === 'lowercase-line')
    expect(message).toMatchObject({line: 1, column: 1, place: {end: {line: 1, column: 23}}})
  })
})

describe('damaged UTF-8', () => {
  it('reports an encoded surrogate at its own byte', () => {
    // `Số: 1` then ED A0 80 at byte 6.
    const bytes = Uint8Array.from([...Buffer.from('Số: '), 0xed, 0xa0, 0x80, ...Buffer.from('\nChỉ thị về việc phòng chống bão lũ và tìm kiếm cứu nạn năm nay.\n')])
    const {file} = read(bytes)
    const message = file.messages.find((found) => found.ruleId === 'invalid-utf8')
    expect(message?.reason).toContain('byte 6 (0xED 0xA0 0x80: an encoded surrogate, U+D800)')
    expect(message).toMatchObject({line: 1, column: 5})
  })

  it.each([
    ['an overlong encoding', [0xc0, 0xaf], 'an overlong encoding'],
    ['a sequence cut short', [0xe1, 0xbb], 'a sequence cut short'],
    ['a stray continuation byte', [0x80], 'a continuation byte with no lead byte'],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'above U+10FFFF']
  ])('says what is wrong: %s', (_name, bad, why) => {
    const line = Buffer.from('Các sở, ban, ngành tổ chức thực hiện nghiêm túc chỉ thị này. ')
    const bytes = Uint8Array.from([...line, ...line, ...bad, ...line])
    const {tree, file} = read(bytes, 'utf-8')
    expect(tree).toBeDefined()
    const message = file.messages.find((found) => found.ruleId === 'invalid-utf8')
    expect(message?.reason).toContain(`byte ${line.length * 2}`)
    expect(message?.reason).toContain(why)
    expect(message?.fatal).toBe(false)
  })

  it('reads a UTF-8 file with a few bad bytes, each reported where it is', () => {
    const text = original.replace('Kính gửi', 'K\uFFFFính gửi')
    const bytes = Buffer.from(text)
    const at = bytes.indexOf(Buffer.from('\uFFFF'))
    bytes[at] = 0xff
    const {tree, file} = read(new Uint8Array(bytes))
    expect(tree).toBeDefined()
    const messages = file.messages.filter((found) => found.ruleId === 'invalid-utf8')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 12, column: 2, fatal: false})
    expect(messages[0]?.reason).toContain(`byte ${at}`)
  })
})

describe('text someone decoded in the wrong code page', () => {
  it('reports each character lost to U+FFFD by line and column', () => {
    const {file} = read('Ban Th\uFFFDờng vụ Tỉnh ủy\nyêu c\uFFFD\uFFFDu các cấp ủy thực hiện.')
    const lost = file.messages.filter((message) => message.ruleId === 'replacement-character')
    expect(lost.map((message) => [message.line, message.column, message.reason])).toEqual([
      [1, 7, 'A character was lost before the text reached chithi (U+FFFD)'],
      [2, 6, '2 characters were lost before the text reached chithi (U+FFFD)']
    ])
  })

  it('says the text was decoded in the wrong code page when much is lost', () => {
    const lost = new TextDecoder().decode(encode(original, 'tcvn3-abc'))
    const {file} = read(lost)
    const messages = file.messages.filter((message) => message.ruleId === 'replacement-character')
    expect(messages.length).toBeGreaterThan(50)
    expect(messages.some((message) => message.reason.includes('wrong code page'))).toBe(true)
  })

  it('repairs UTF-8 read as windows-1252 and says where', () => {
    const mojibake = misread(Buffer.from(original))
    expect(mojibake).toContain('Tá»ˆNH HÃ€ TRUNG')
    const {tree, file} = read(mojibake)
    expect(same(tree)).toEqual(same(read(original).tree))
    const message = file.messages.find((found) => found.ruleId === 'mojibake')
    expect(message).toMatchObject({line: 1, column: 2})
    expect(message?.reason).toContain('`á»¶` → `Ỷ`')
  })

  it('repairs mojibake in one line of an otherwise good text, and twice-read mojibake', () => {
    const once = misread(Buffer.from('Tỉnh ủy Thanh Hóa'))
    const twice = misread(Buffer.from(once))
    const {tree} = read(`${original}\n${once}\n${twice}\n`)
    expect(JSON.stringify(tree).match(/Tỉnh ủy Thanh Hóa/g)).toHaveLength(2)
  })
})

describe('detection', () => {
  it('refuses bytes that are no Vietnamese in any code page, with the first bad byte', () => {
    const {tree, file} = read(Uint8Array.from({length: 300}, (_, k) => 0x80 + ((k * 37) % 0x7f)))
    expect(tree).toBeUndefined()
    expect(file.messages[0]).toMatchObject({fatal: true, ruleId: 'invalid-utf8'})
    expect(file.messages[0]?.reason).toContain('byte 0')
  })

  it('reads a Western text whose only bytes beyond ASCII are windows-1252 quotes', () => {
    const {tree, file} = read(Uint8Array.from([...Buffer.from('The '), 0x93, ...Buffer.from('plan'), 0x94, ...Buffer.from(' was approved.')]))
    expect(JSON.stringify(tree)).toContain('The “plan” was approved.')
    expect(file.messages.map((message) => message.ruleId)).toContain('encoding-detected')
  })

  it('takes a string as it is when told it is UTF-8', () => {
    const mojibake = misread(encode(original, 'vni'))
    expect(same(read(mojibake, 'utf-8').tree)).not.toEqual(same(read(original).tree))
  })
})

describe('the command line', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})

  it('reads a file in the code page --encoding names, and refuses a name it does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-'))
    const path = join(dir, 'cv.txt')
    // Two words: too few to tell VNI from the others without help.
    writeFileSync(path, encode('Ủy ban', 'vni'))
    const named = run(['parse', '--encoding', 'VNI-Windows', '--no-position', path])
    expect(named.status).toBe(0)
    expect(named.stdout).toContain('Ủy ban')
    const unknown = run(['check', '--encoding', 'latin9', path])
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toContain('unknown encoding; use one of auto, utf-8')
  })

  it('converts a folder in a code page, and converts again when --resume is given another one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-'))
    const input = join(dir, 'in')
    const out = join(dir, 'out')
    spawnSync('mkdir', [input])
    writeFileSync(join(input, 'cv.txt'), encode(original, 'tcvn3-abc'))
    expect(run(['convert', input, '--out', out, '--encoding', 'tcvn3', '--jobs', '1']).status).toBe(0)
    const first = JSON.parse(readFileSync(join(out, 'cv.json'), 'utf8'))
    expect(first.record.document.number).toBe('214/UBND-NN')
    run(['convert', input, '--out', out, '--encoding', 'vni', '--resume', '--jobs', '1'])
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).documents).toMatchObject({converted: 1, skipped: 0})
  })
})

describe('hostile input', () => {
  it('reads long runs of any one character in linear time, in every code page', () => {
    const runs = ['ñ', 'ø', 'a^', ' ', '.', 'ơ', 'Ã¡', '\uFFFD', 'ư-', '. ñ']
    // The best of three runs, so that a garbage collection or a busy machine does not count.
    const seconds = (value: string, encoding: EncodingOption): number =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now()
          read(value, encoding)
          read(new Uint8Array(Buffer.from(value, 'latin1')), encoding)
          return (performance.now() - started) / 1000
        })
      )

    for (const run of runs) {
      for (const encoding of ['auto', 'tcvn3', 'vni'] as const) {
        const small = seconds(run.repeat(4_000), encoding)
        const large = seconds(run.repeat(64_000), encoding)
        // Sixteen times the input: linear work takes about sixteen times as long, quadratic work 256 times.
        // The bound leaves room for a loaded machine; it is a test of growth, not of speed.
        expect(large, `${JSON.stringify(run)} in ${encoding}`).toBeLessThan(Math.max(64 * small, 0.05))
      }
    }
  })
})
