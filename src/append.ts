/**
 * Array helpers for arrays as long as the input: `push(...items)` and
 * `Math.max(...items)` pass every item as an argument and overflow the stack
 * past about 100,000 of them.
 */

/** Append `items` to `target` in place (a loop, not a spread); returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `start` and `values` (`-Infinity` when both are empty). */
export function maximum(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let largest = start
  for (const value of values) if (value > largest) largest = value
  return largest
}
