/**
 * Parameters of `corpus.sql()` on PostgreSQL written as on SQLite: `?` bound
 * from an array, `:name`, `@name` or `$name` from an object, rewritten to
 * PostgreSQL's `$1, $2 …` outside quotes and comments.
 */

/** The SQL with numbered placeholders, and the values in their order. */
export function numberPlaceholders(sql: string, parameters: unknown[] | Record<string, unknown>): {text: string; values: unknown[]} {
  const values: unknown[] = []
  const named = new Map<string, number>()
  let positional = 0
  let text = ''
  // Quoted strings, quoted names, dollar-quoted bodies and comments are copied as they are.
  const pattern = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(\$[A-Za-z_]*\$)[\s\S]*?\1|--[^\n]*|\/\*[\s\S]*?\*\/|::|\?|[:@$]([A-Za-z_][A-Za-z0-9_]*)|\$\d+/g
  let last = 0
  for (const match of sql.matchAll(pattern)) {
    const token = match[0]
    const at = match.index ?? 0
    text += sql.slice(last, at)
    last = at + token.length
    if (token === '?' && Array.isArray(parameters)) {
      values.push(parameters[positional++])
      text += `$${values.length}`
    } else if (match[2] !== undefined && !Array.isArray(parameters) && match[2] in parameters) {
      const name = match[2]
      if (!named.has(name)) {
        values.push(parameters[name])
        named.set(name, values.length)
      }

      text += `$${named.get(name)}`
    } else if (/^\$\d+$/.test(token) && Array.isArray(parameters)) {
      // Already numbered: bound from the array as it is.
      text += token
    } else text += token
  }

  text += sql.slice(last)
  if (Array.isArray(parameters) && positional === 0) return {text, values: parameters}
  return {text, values}
}
