/**
 * Staying inside the output folder: a symbolic link placed inside `--out`
 * (a folder `out/sub` or `out/.chithi` pointing elsewhere) is never written
 * through, and an output folder that does not exist yet is placed by the real
 * path of the folder that will hold it.
 */
import {lstatSync, realpathSync} from 'node:fs'
import {basename, dirname, join, relative, sep} from 'node:path'

/** The real path `path` has or will have: the real path of its nearest existing folder, with the rest after it. */
export function realPathOf(path: string): string {
  const rest: string[] = []
  let at = path
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse())
    } catch {
      const parent = dirname(at)
      if (parent === at) return path
      rest.push(basename(at))
      at = parent
    }
  }
}

/**
 * The first symbolic link on the way from `root` (itself not checked) down to
 * `target`'s folder, or undefined when there is none (folders not made yet
 * are no links). `target` must lie under `root`.
 */
export function linkOnTheWay(root: string, target: string): string | undefined {
  const parts = relative(root, dirname(target)).split(sep).filter((part) => part !== '' && part !== '.')
  let at = root
  for (const part of parts) {
    at = join(at, part)
    try {
      if (lstatSync(at).isSymbolicLink()) return at
    } catch {
      return undefined
    }
  }

  return undefined
}
