/**
 * Legacy 8-bit encodings: TCVN3 (ABC) and VNI-Windows text that arrives as
 * mojibake is found and turned back into Unicode; anything else is left
 * alone.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {modernizeTones} from '../src/text/fold.js'
import {detectMisread} from '../src/text/input.js'
import {decodeLegacy} from '../src/text/legacy.js'
import {encode, misread} from './encode.js'
import {corpus, corpusNames, fixture, fixtureNames, hasCorpus} from './helpers.js'

const encodings = ['tcvn3', 'vni'] as const
const detectLegacy = detectMisread

/** Text typed in a legacy code page (TCVN3 as ABC fonts type it) as a program reading it as windows-1252 shows it. */
function encodeLegacy(text: string, encoding: (typeof encodings)[number]): string {
  return misread(encode(text, encoding === 'tcvn3' ? 'tcvn3-abc' : encoding))
}

/** Every Vietnamese letter, small and capital. */
const small = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ'
const letters = small + small.toUpperCase()

/** A capital with a tone mark: what TCVN3 cannot hold. */
function isTonedCapital(char: string): boolean {
  return char !== char.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(char.normalize('NFD'))
}

/**
 * Places where `decoded` differs from `original` other than by a toned
 * capital coming back small (the documented TCVN3 loss).
 */
function unexpectedDifferences(original: string, decoded: string): string[] {
  const want = [...original]
  const got = [...decoded]
  if (want.length !== got.length) return [`length ${want.length} → ${got.length}`]
  const out: string[] = []
  want.forEach((char, index) => {
    const back = got[index] as string
    if (back !== char && !(isTonedCapital(char) && back === char.toLowerCase())) {
      out.push(`${char} → ${back} in “${want.slice(Math.max(0, index - 10), index + 10).join('')}”`)
    }
  })
  return out
}

describe('decodeLegacy', () => {
  it.each([
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    ['Ban Th\u00ADêng vô TØnh ñy', 'Ban Thường vụ Tỉnh ủy'],
    ['Sè 11-HD/VPTW', 'Số 11-HD/VPTW'],
    ['®¶ng céng s¶n viÖt nam', 'đảng cộng sản việt nam'],
    ['§¶ng Céng s¶n ViÖt Nam', 'Đảng Cộng sản Việt Nam'],
    ['¡n, ¢m, £m, ¤ng, ¥n, ¦u, §i', 'Ăn, Âm, Êm, Ông, Ơn, Ưu, Đi']
  ])('reads TCVN3 %s as %s', (mojibake, unicode) => {
    expect(decodeLegacy(mojibake, 'tcvn3')).toBe(unicode)
  })

  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['Ñaûng uûy', 'Đảng ủy'],
    ['thöôøng xuyeân', 'thường xuyên'],
    ['Ban Thöôøng vuï Tænh uûy', 'Ban Thường vụ Tỉnh ủy'],
    ['ÑAÛNG COÄNG SAÛN VIEÄT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['ÖÔÙC MÔ, ÔÛ, ÑI, CHÆ, YÙ, KÌ, ÍT, ÓA, ÒA, ÎA', 'ƯỚC MƠ, Ở, ĐI, CHỈ, Ý, KÌ, ÍT, ĨA, ỊA, ỴA'],
    ['aên, aén, aèn, aún, aün, aëc', 'ăn, ắn, ằn, ẳn, ẵn, ặc']
  ])('reads VNI %s as %s', (mojibake, unicode) => {
    expect(decodeLegacy(mojibake, 'vni')).toBe(unicode)
  })

  it('keeps old-style tones as typed; modernizeTones moves them', () => {
    expect(decodeLegacy('Uû ban nh©n d©n', 'tcvn3')).toBe('Uỷ ban nhân dân')
    expect(modernizeTones(decodeLegacy('Uû ban nh©n d©n', 'tcvn3'))).toBe('Ủy ban nhân dân')
    expect(modernizeTones(decodeLegacy('Thanh Hoaù', 'vni'))).toBe('Thanh Hóa')
  })

  it('gives TCVN3 capitals back in words set in capitals, not elsewhere', () => {
    expect(decodeLegacy('TØNH ñY THANH HãA', 'tcvn3')).toBe('TỈNH ỦY THANH HÓA')
    expect(decodeLegacy('§¶NG CéNG S¶N VIÖT NAM', 'tcvn3')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM')
    expect(decodeLegacy('giao ñy ban, §Ó, TØnh', 'tcvn3')).toBe('giao ủy ban, Để, Tỉnh')
  })

  it('gives back a TCVN3 ư whose soft hyphen was dropped or became “-”', () => {
    expect(decodeLegacy('Ban ChÊp hµnh Trung ¬ng', 'tcvn3')).toBe('Ban Chấp hành Trung ương')
    expect(decodeLegacy('ph-¬ng h-íng, n-íc, ch-a, nh-ng', 'tcvn3')).toBe('phương hướng, nước, chưa, nhưng')
    expect(decodeLegacy('n íc ®îc', 'tcvn3')).toBe('n ước được')
    // Real hyphens stay: numbers, symbols, syllables on both sides.
    expect(decodeLegacy('Sè 45-HD/BTCTW, Covid-19, X«-viÕt', 'tcvn3')).toBe('Số 45-HD/BTCTW, Covid-19, Xô-viết')
  })

  it('leaves hyphens alone where soft hyphens show the text kept them', () => {
    expect(decodeLegacy('ch-a th\u00ADêng', 'tcvn3')).toBe('ch-a thường')
  })

  it('takes an accent byte of the other case in VNI (automatic capitals)', () => {
    expect(decodeLegacy('Aùo, Ñieàu', 'vni')).toBe('Áo, Điều')
  })

  it('leaves ASCII and words already in Unicode as they are', () => {
    const text = 'Số 12/CT-UBND, ngày 5/3/2024 (HĐND) — Covid-19'
    for (const encoding of encodings) expect(decodeLegacy(text, encoding)).toBe(text)
    expect(decodeLegacy('Việt Nam: ViÖt Nam', 'tcvn3')).toBe('Việt Nam: Việt Nam')
  })
})

describe('encoding and decoding again', () => {
  it('reads the mojibake a legacy file holds', () => {
    expect(encodeLegacy('Ban Thường vụ Tỉnh ủy', 'tcvn3')).toBe('Ban Th\u00ADêng vô TØnh ñy')
    expect(encodeLegacy('Đảng ủy', 'vni')).toBe('Ñaûng uûy')
    expect(encodeLegacy('Việt Nam'.normalize('NFD'), 'vni')).toBe('Vieät Nam')
  })

  it.each(encodings)('round-trips every Vietnamese letter through %s', (encoding) => {
    const back = decodeLegacy(encodeLegacy(letters, encoding), encoding)
    if (encoding === 'vni') expect(back).toBe(letters)
    else expect(unexpectedDifferences(letters, back)).toEqual([])
  })

  it('round-trips any VNI text of Vietnamese letters, ASCII and spaces', () => {
    const char = fc.constantFrom(...letters, ...'abcdxyzABCDXYZ019 .,;:-/()\n')
    fc.assert(
      fc.property(fc.array(char, {maxLength: 60}), (chars) => {
        const text = chars.join('')
        expect(decodeLegacy(encodeLegacy(text, 'vni'), 'vni')).toBe(text)
      })
    )
  })

  it('round-trips any small-letter TCVN3 text that kept its soft hyphens (within a sentence: one that begins gets its capital)', () => {
    const char = fc.constantFrom(...small, ...'abcdxyz019 ,-/()')
    fc.assert(
      fc.property(fc.array(char, {maxLength: 60}), (chars) => {
        const text = `ư ${chars.join('')}`
        expect(decodeLegacy(encodeLegacy(text, 'tcvn3'), 'tcvn3')).toBe(text)
      })
    )
  })
})

describe.each(encodings)('a fixture written in %s', (encoding) => {
  it.each(fixtureNames)('is found and read back (%s)', (name) => {
    // What the code page cannot write (★) was written as ?.
    const original = fixture(name).normalize('NFC').replace(/★/g, '?')
    const legacy = encodeLegacy(original, encoding)
    const found = detectLegacy(legacy)
    expect(found?.encoding).toBe(encoding)
    expect(found?.confidence).toBeGreaterThan(0.8)
    const back = decodeLegacy(legacy, encoding)
    if (encoding === 'vni') expect(back).toBe(original)
    else expect(unexpectedDifferences(original, back)).toEqual([])
  })
})

describe('a TCVN3 heading', () => {
  it('comes back in capitals', () => {
    const original = fixture('000_8a5523bcdb22fb49.txt')
    const back = decodeLegacy(encodeLegacy(original, 'tcvn3'), 'tcvn3')
    expect(back).toContain('TỈNH ỦY THANH HÓA')
    expect(back).toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
  })
})

describe('detectLegacy', () => {
  it.each([
    ['Ban ChÊp hµnh Trung ¬ng ®¶ng céng s¶n viÖt nam', 'tcvn3'],
    ['Uû ban nh©n d©n tØnh Thanh Ho¸', 'tcvn3'],
    ['Ban Thöôøng vuï Tænh uûy Thanh Hoaù', 'vni'],
    ['Ñaûng Coäng saûn Vieät Nam', 'vni']
  ])('finds %s in %s', (text, encoding) => {
    expect(detectLegacy(text)?.encoding).toBe(encoding)
  })

  it('is surer of a page than of a line, and does not guess on two words', () => {
    const page = encodeLegacy(fixture(fixtureNames[0] as string), 'vni')
    const line = 'Ñaûng Coäng saûn Vieät Nam'
    expect(detectLegacy(page)?.confidence).toBeGreaterThan(detectLegacy(line)?.confidence ?? 1)
    expect(detectLegacy('Ñaûng uûy')).toBeUndefined()
  })

  it.each(fixtureNames)('stays quiet on the Unicode fixture %s, NFC and NFD', (name) => {
    const text = fixture(name)
    expect(detectLegacy(text)).toBeUndefined()
    expect(detectLegacy(text.normalize('NFD'))).toBeUndefined()
  })

  it.skipIf(!hasCorpus)('stays quiet on every text of the shared corpus', () => {
    for (const name of corpusNames) {
      expect(detectLegacy(corpus(name)), name).toBeUndefined()
      expect(detectLegacy(corpus(name).normalize('NFD')), name).toBeUndefined()
    }
  })

  it('stays quiet on English and other Latin-script text', () => {
    const texts = [
      readFileSync(new URL('../README.md', import.meta.url), 'utf8'),
      'The committee shall review the report before the end of the month and submit it to the board.',
      'A naïve café owner wrote a résumé about the façade of the Führer-free Zürich Straße; déjà vu.',
      'Le comité a examiné le rapport présenté à la réunion du 5 mars; à côté, l’été fut très chaud.',
      'Für die Prüfung müssen alle Unterlagen bis Ende März vollständig vorliegen, sagte Jürgen Groß.',
      'El año pasado, la comisión aprobó el informe; María y José están aquí. ¿Qué más?'
    ]
    for (const text of texts) expect(detectLegacy(text), text.slice(0, 40)).toBeUndefined()
  })

  it('stays quiet on plain ASCII and on empty text', () => {
    expect(detectLegacy('Tinh uy Thanh Hoa, so 1767-CV/TU')).toBeUndefined()
    expect(detectLegacy('')).toBeUndefined()
  })

  it('reports a file that mixes Unicode Vietnamese and TCVN3, rather than guessing', () => {
    const mixed = `${fixture(fixtureNames[0] as string)}\n${encodeLegacy(fixture(fixtureNames[1] as string), 'tcvn3')}`
    expect(detectLegacy(mixed)).toBeUndefined()
  })

  it('never finds random bytes read as latin1', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 3000}), (bytes) => {
        expect(detectLegacy(Buffer.from(bytes).toString('latin1'))).toBeUndefined()
      })
    )
  })

  it('never finds random printable latin1 text', () => {
    const char = fc.integer({min: 0x20, max: 0xff}).filter((code) => code < 0x7f || code > 0x9f)
    fc.assert(
      fc.property(fc.array(char, {maxLength: 3000}), (codes) => {
        expect(detectLegacy(String.fromCharCode(...codes))).toBeUndefined()
      }),
      {numRuns: 300}
    )
  })
})
