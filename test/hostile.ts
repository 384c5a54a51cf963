/**
 * A directive whose every field carries markup and script: for the tests
 * that check pages never run or render it.
 */
export function hostileDirective(): string {
  return [
    'UBND TỈNH <script>window.pwned = 1</script>',
    'Số: 12/CT-UBND"><img src=x onerror="window.pwned = 2">',
    'Hà Nội, ngày 05 tháng 3 năm 2024',
    '',
    'CHỈ THỊ',
    'Về việc "><img src=x onerror="window.pwned = 3"> và javascript:window.pwned=4',
    '',
    'Kính gửi: - Sở <svg onload="window.pwned = 5">',
    '',
    '1. Sở "><img src=x onerror="window.pwned = 6"> chủ trì kiểm tra trước ngày 30/4/2024 <script>window.pwned = 7</script>.',
    '2. Giao Công an tỉnh <a href="javascript:window.pwned = 8">bấm</a> báo cáo Ủy ban nhân dân tỉnh hằng tháng.',
    '',
    'Nơi nhận:',
    '- <script>window.pwned = 10</script>;',
    '- Lưu: VT.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn <iframe src="javascript:window.pwned = 11"></iframe>',
    ''
  ].join('\n')
}

/** The payloads, for fields the grammar would not let them reach. */
export const payload = `<script>window.pwned = 'script'</script>"><img src=x onerror="window.pwned = 'img'">javascript:window.pwned='url'`

/** A copy of a value with the payload appended to every string in it (ids, names, dates …). */
export function poisoned<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, field: unknown) => (typeof field === 'string' && key !== 'type' ? `${field}${payload}` : field)) as T
}
