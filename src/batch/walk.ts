/**
 * The walk of an input folder: every file with one of the extensions, and
 * every entry met that cannot be read, with the reason (an unreadable folder,
 * a link that loops or leads nowhere, a FIFO or device with an input's name).
 * Nothing met is passed over without a word. Hidden files and folders (names
 * starting with a dot, such as `..txt`) are read like any other; the output
 * folder is not.
 */
import {type Dirent, existsSync, readdirSync, realpathSync, statSync} from 'node:fs'
import {join, sep} from 'node:path'

/** What a walk found: the files to read (absolute, sorted) and what it could not read. */
export interface Walked {
  files: string[]
  unreadable: Array<{path: string; reason: string}>
}

/**
 * Walk `root` (a real path) for files ending in one of `extensions`. Folders
 * are read with a stack, not by recursion, so depth costs no stack; a folder
 * reached twice through links is read once and the link reported.
 */
export function walkFolder(root: string, extensions: readonly string[], skip: (real: string) => boolean): Walked {
  const suffixes = extensions.map((extension) => `.${extension}`)
  const wanted = (name: string): boolean => suffixes.some((suffix) => name.endsWith(suffix))
  const files: string[] = []
  const unreadable: Walked['unreadable'] = []
  const visited = new Set<string>([root])
  const stack: string[] = [root]
  while (stack.length > 0) {
    const folder = stack.pop() as string
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch (error) {
      unreadable.push({path: folder, reason: `unreadable folder (${codeOf(error)}): nothing in it was read`})
      continue
    }

    for (const entry of entries) {
      const path = join(folder, entry.name)
      // A name that is not UTF-8 reaches us with U+FFFD in place of its bytes, and no file has that name.
      if (entry.name.includes('\uFFFD') && !existsSync(path)) {
        unreadable.push({path, reason: 'its name is not UTF-8 (a byte of an older code page): rename it to read it'})
        continue
      }

      if (entry.isDirectory()) {
        const real = realOrSelf(path)
        if (skip(real) || visited.has(real)) continue
        visited.add(real)
        stack.push(path)
      } else if (entry.isSymbolicLink()) {
        followLink(path, entry.name)
      } else if (wanted(entry.name)) {
        if (entry.isFile()) files.push(path)
        else unreadable.push({path, reason: `not a regular file (${kindOf(entry)}): not read`})
      }
    }
  }

  /** A link: to a file (read when it has an input's name), to a folder (walked once), or to nothing. */
  function followLink(path: string, name: string): void {
    let real: string
    let info: ReturnType<typeof statSync>
    try {
      real = realpathSync(path)
      info = statSync(real)
    } catch (error) {
      const code = codeOf(error)
      if (wanted(name) || code === 'ELOOP') unreadable.push({path, reason: code === 'ELOOP' ? 'a symbolic link that loops: not read' : `a symbolic link to nothing (${code}): not read`})
      return
    }

    if (info.isDirectory()) {
      if (skip(real)) return
      if (visited.has(real) || isUnder(real, root) === false) {
        // A folder already read (a loop, or a second way in) or one outside the input folder.
        unreadable.push({path, reason: visited.has(real) ? 'a symbolic link to a folder read already (a loop): not read again' : 'a symbolic link out of the input folder'})
        return
      }

      visited.add(real)
      stack.push(path)
    } else if (wanted(name)) {
      if (info.isFile()) files.push(path)
      else unreadable.push({path, reason: 'a symbolic link to something that is not a regular file: not read'})
    }
  }

  return {files: files.sort(), unreadable: unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))}
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO'
  if (entry.isSocket()) return 'a socket'
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device'
  return 'not a file'
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error)
}
