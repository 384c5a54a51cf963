/**
 * The code pages chithi reads, by name, and the labels people use for them.
 */

/** A code page chithi reads. */
export type Encoding =
  /** Unicode, with or without a byte order mark. */
  | 'utf-8'
  /** Unicode in 16-bit units, little-endian (with or without a BOM). */
  | 'utf-16le'
  /** Unicode in 16-bit units, big-endian (with or without a BOM). */
  | 'utf-16be'
  /** Microsoft's Vietnamese code page: base letters and combining tone marks. */
  | 'windows-1258'
  /** VISCII (RFC 1456): every Vietnamese letter precomposed, in 8 bits. */
  | 'viscii'
  /** TCVN 5712:1993 (ABC, VN3; fonts `.VnTime`, `.VnTimeH`), and the capitals of its VN1 table. */
  | 'tcvn3'
  /** VNI-Windows (fonts `VNI-Times` …): a base letter and accent bytes. */
  | 'vni'
  /** VIQR (RFC 1456): ASCII with the marks after the letter (`Vie^.t`, `DDa?ng`). */
  | 'viqr'

/** What to read a file in: a code page, or `auto` (the default) to detect it. */
export type EncodingOption = Encoding | 'auto'

/** Every code page, in the order help texts list them. */
export const encodings: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'viscii', 'tcvn3', 'vni', 'viqr']

/** What each code page is called in messages. */
export const encodingTitles: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'windows-1258',
  viscii: 'VISCII',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  viqr: 'VIQR'
}

const aliases: Record<string, EncodingOption> = {
  auto: 'auto',
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  '1258': 'windows-1258',
  viscii: 'viscii',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  tcvn5712: 'tcvn3',
  abc: 'tcvn3',
  vn3: 'tcvn3',
  vni: 'vni',
  vniwindows: 'vni',
  viqr: 'viqr'
}

/**
 * The code page a label names (`cp1258`, `TCVN3`, `abc`, `VNI-Windows`,
 * `UTF8` …: case, `-` and `_` do not matter), or `undefined`.
 */
export function encodingOf(label: string): EncodingOption | undefined {
  return aliases[label.toLowerCase().replace(/[-_\s]/g, '')]
}

/** The labels `encodingOf` knows, for help texts. */
export const encodingLabels = `auto, ${encodings.join(', ')}`
