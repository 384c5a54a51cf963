/**
 * Words that cite a part of a text by its number (`Khoản 2`, `Điều 19`,
 * `Điểm a`, `Phụ lục 1`, `Mục II`): capitalised, they look like names, but
 * they never name a party. Lower case, as the tables are matched.
 */
export const citationWords: readonly string[] = [
  'khoản', 'điều', 'điểm', 'mục', 'tiểu mục', 'chương', 'phần', 'phụ lục', 'biểu', 'biểu mẫu', 'mẫu', 'tiết', 'trang'
]
