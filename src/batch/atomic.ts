/**
 * Writing files so that a run killed at any moment leaves no truncated file:
 * write a temporary file beside the target, then rename it over the target.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {dirname, join} from 'node:path'

/**
 * Write `data` to `path` atomically (creating folders as needed). The
 * temporary file goes in `scratch` when given (a folder on the same file
 * system that the caller clears before a run), else beside the target.
 */
export function writeAtomic(path: string, data: string | Uint8Array | Iterable<string>, scratch?: string): void {
  mkdirSync(dirname(path), {recursive: true})
  if (scratch) mkdirSync(scratch, {recursive: true})
  // A short name of its own, not the target's plus a suffix: a target name near the file system's limit still has a temporary file.
  const name = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const temporary = scratch ? join(scratch, name) : join(dirname(path), name)
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(temporary, data)
    else writeChunks(temporary, data)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** Write text given in chunks (JSON longer than one string may be), one chunk at a time. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w')
  try {
    for (const chunk of chunks) writeSync(fd, chunk)
  } finally {
    closeSync(fd)
  }
}
