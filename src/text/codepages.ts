/**
 * The 8-bit code pages as byte tables: what each byte stands for.
 *
 * - windows-1258 and VISCII come from iconv-lite, whose tables agree byte for
 *   byte with the published mappings (test/reference/, checked by the tests).
 * - windows-1252 is written out here: Node's `TextDecoder('windows-1252')`
 *   decodes as ISO-8859-1 on some builds, giving U+0093 for `“`.
 * - TCVN3 is TCVN 5712:1993 VN1 (iconv-lite's `tcvn`) where ABC files agree
 *   with it; bytes 0x80–0x9F are windows-1252 punctuation in ABC fonts
 *   (`“ ” – …`) and VN1 capitals elsewhere, so they are decided by the word
 *   around them (see legacy.ts).
 * - VNI-Windows is written out here (iconv-lite has none): a base letter and
 *   accent bytes, each accent byte a combining mark, composed by NFC.
 */
import iconv from 'iconv-lite'

/** What each of the 256 bytes decodes to; `undefined` where the code page has nothing. */
export type ByteTable = ReadonlyArray<string | undefined>

/** windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1). */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const windows1252Undefined = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/** windows-1252. */
export const windows1252: ByteTable = Array.from({length: 256}, (_, byte) => {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte)
  return windows1252Undefined.has(byte) ? undefined : windows1252High.charAt(byte - 0x80)
})

function fromIconv(name: string): ByteTable {
  return Array.from({length: 256}, (_, byte) => {
    const char = iconv.decode(Buffer.from([byte]), name)
    return char === '\uFFFD' ? undefined : char
  })
}

/** windows-1258 (letters may decode to a base letter and a combining mark). */
export const windows1258: ByteTable = fromIconv('windows1258')

/** VISCII (RFC 1456); six C0 slots hold capitals. */
export const viscii: ByteTable = fromIconv('viscii')

/** TCVN 5712:1993 VN1, the full table. */
export const tcvnVn1: ByteTable = fromIconv('tcvn')

/** The seven capitals ABC (VN3) fonts have besides ASCII. */
const vn3Capitals = new Set('ĂÂÊÔƠƯĐ')

/**
 * Bytes whose VN1 meaning (a capital, or a combining mark) ABC files do not
 * use: read as VN1 only inside a word; elsewhere as windows-1252.
 */
export const tcvnAmbiguous: ReadonlySet<number> = new Set(
  Array.from({length: 256}, (_, byte) => byte).filter((byte) => {
    if (byte < 0x80) return false
    const char = tcvnVn1[byte] ?? ''
    return /\p{M}/u.test(char) || (char !== char.toLowerCase() && !vn3Capitals.has(char))
  })
)

// VNI-Windows: accent bytes (small and capital forms) as combining marks.
const grave = '\u0300'
const acute = '\u0301'
const tilde = '\u0303'
const hook = '\u0309'
const dot = '\u0323'
const circumflex = '\u0302'
const breve = '\u0306'
const vniSmall: Record<string, string> = {
  ø: grave,
  ù: acute,
  û: hook,
  õ: tilde,
  ï: dot,
  â: circumflex,
  ê: breve,
  à: circumflex + grave,
  á: circumflex + acute,
  å: circumflex + hook,
  ã: circumflex + tilde,
  ä: circumflex + dot,
  è: breve + grave,
  é: breve + acute,
  ú: breve + hook,
  ü: breve + tilde,
  ë: breve + dot,
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  ì: 'ì',
  í: 'í',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ'
}

/** VNI-Windows (bytes 0x80–0x9F as windows-1252). */
export const vni: ByteTable = Array.from({length: 256}, (_, byte) => {
  const latin = windows1252[byte]
  if (byte < 0xc0 || latin === undefined) return latin
  const small = latin.toLowerCase()
  const mapped = vniSmall[small]
  if (mapped === undefined) return latin
  // A capital accent byte is the same mark; a capital letter byte is the capital letter.
  return latin === small || /^\p{M}+$/u.test(mapped) ? mapped : mapped.toUpperCase()
})

/**
 * Bytes of the characters a misreading as windows-1252 (or ISO-8859-1) gives:
 * how text typed in a legacy code page and read as windows-1252 is turned
 * back into its bytes.
 */
export const misreadBytes: ReadonlyMap<string, number> = reverse([windows1252])

/**
 * The same for UTF-8 misread as windows-1252 or windows-1258 (`Tá»‰nh`,
 * `Ä‘`, `Æ°`): windows-1258's letters too (`Ă` for 0xC3).
 */
export const utf8MisreadBytes: ReadonlyMap<string, number> = reverse([windows1258, windows1252])

function reverse(tables: ByteTable[]): Map<string, number> {
  const bytes = new Map<string, number>()
  // C1 controls and the rest of ISO-8859-1 stand for their own byte.
  for (let byte = 0; byte < 256; byte++) bytes.set(String.fromCharCode(byte), byte)
  for (const table of tables) {
    table.forEach((char, byte) => {
      // Combining marks (windows-1258) compose with the letter before them: not reversible.
      if (char !== undefined && char.length === 1 && !/\p{M}/u.test(char)) bytes.set(char, byte)
    })
  }

  return bytes
}
