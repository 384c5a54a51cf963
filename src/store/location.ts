/**
 * Where a corpus lives: a SQLite file, or a PostgreSQL database named by a
 * connection string (`postgres://user:password@host:port/db`). A connection
 * string is shown without its password, always.
 */

/** Whether `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgres(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location)
}

/** The location as it may be printed: a connection string's password replaced by `***`. */
export function shownLocation(location: string): string {
  if (!isPostgres(location)) return location
  try {
    const url = new URL(location)
    if (url.password) url.password = '***'
    // A password given as a parameter (`?password=…`) is hidden too.
    if (url.searchParams.has('password')) url.searchParams.set('password', '***')
    return url.toString()
  } catch {
    // Not a URL that parses: hide whatever stands between `:` and `@`.
    return location.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@')
  }
}
