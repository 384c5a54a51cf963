/**
 * Optional dependencies, loaded when first needed: better-sqlite3 for the
 * corpus store, Vega for the corpus page's charts. A library user who only
 * parses never installs them; one who needs them and lacks them is told
 * what to install.
 */
import {createRequire} from 'node:module'

/** An optional dependency that is not installed. */
export class MissingDependencyError extends Error {
  constructor(
    readonly dependency: string,
    purpose: string
  ) {
    super(`${purpose} needs ${dependency}, an optional dependency of chithi that is not installed: npm install ${dependency}`)
    this.name = 'MissingDependencyError'
  }
}

function isMissing(error: unknown, name: string): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(name)
}

const require = createRequire(import.meta.url)

/** Load a CommonJS optional dependency synchronously. */
export function requireOptional<T>(name: string, purpose: string): T {
  try {
    return require(name) as T
  } catch (error) {
    if (isMissing(error, name)) throw new MissingDependencyError(name, purpose)
    throw error
  }
}

/** Import an ES module optional dependency. */
export async function importOptional<T>(load: () => Promise<T>, name: string, purpose: string): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (isMissing(error, name)) throw new MissingDependencyError(name, purpose)
    throw error
  }
}
