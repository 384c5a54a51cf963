/**
 * Links built from file names and ids: always relative, every segment
 * percent-encoded, so that no name (`javascript:…`, `a#b?.txt`) becomes a
 * scheme, a query or a fragment.
 */

/** A relative link to a path (`/`-separated), with an optional fragment. */
export function relativeHref(path: string, fragment?: string): string {
  const segments = path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
  const relative = segments[0] === '..' || segments[0] === '.' ? segments.join('/') : `./${segments.join('/')}`
  return fragment === undefined ? relative : `${relative}${fragmentHref(fragment)}`
}

/** A link to an element of the same page. */
export function fragmentHref(id: string): string {
  return `#${encodeURIComponent(id)}`
}
