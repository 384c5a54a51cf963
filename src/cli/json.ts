/** JSON output helpers for the CLI. */

/** A `JSON.stringify` replacer leaving `position` out. */
export function withoutPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value
}
