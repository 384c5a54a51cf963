/**
 * Writing files so that a run killed at any moment leaves no truncated file:
 * write a temporary file beside the target, then rename it over the target.
 */
import {randomBytes} from 'node:crypto'
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'

/**
 * Write `data` to `path` atomically (creating folders as needed). The
 * temporary file goes in `scratch` when given (a folder on the same file
 * system that the caller clears before a run), else beside the target.
 */
export function writeAtomic(path: string, data: string | Uint8Array, scratch?: string): void {
  mkdirSync(dirname(path), {recursive: true})
  if (scratch) mkdirSync(scratch, {recursive: true})
  // A short name of its own, not the target's plus a suffix: a target name near the file system's limit still has a temporary file.
  const name = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const temporary = scratch ? join(scratch, name) : join(dirname(path), name)
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
