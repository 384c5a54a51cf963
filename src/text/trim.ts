/**
 * Trimming marks off the ends of a line in linear time: a pattern such as
 * `/[*_\s]+$/` is tried at every character of a long run in mid-line and
 * grows with its square.
 */

/** `text` without the characters `leading` matches at its start and `trailing` matches at its end (each tested one character at a time). */
export function trimChars(text: string, leading: RegExp | undefined, trailing: RegExp | undefined): string {
  let start = 0
  let end = text.length
  while (leading && start < end && leading.test(text[start]!)) start++
  while (trailing && end > start && trailing.test(text[end - 1]!)) end--
  return text.slice(start, end)
}
