/**
 * Reading CLI inputs: files, folders, globs, or `-` for standard input. A
 * path that cannot be read is a one-line error naming it, never a trace.
 */
import {documented, origin} from '../messages.js'
import {readFile, stat} from 'node:fs/promises'
import {glob} from 'tinyglobby'
import {VFile} from 'vfile'
import type {EncodingOption} from '../text/encoding.js'
import {CliError, type Io} from './io.js'

/** Why a file could not be read, in words. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a folder, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

/** A file that could not be read, as a vfile with one fatal message saying why. */
export function unreadable(path: string, reason: string): VFile {
  const file = new VFile({path})
  const message = documented(file.message(reason, origin('unreadable-file')))
  message.fatal = true
  return file
}

/** Read a file (or standard input for `-`) into a vfile holding its bytes; a path that cannot be read throws a `CliError` saying why. */
export async function readVFile(path: string, io: Io, encoding: EncodingOption = 'auto'): Promise<VFile> {
  if (path === '-') return new VFile({path: '<stdin>', value: await io.readStdin(), data: {encoding}})
  try {
    return new VFile({path, value: new Uint8Array(await readFile(path)), data: {encoding}})
  } catch (error) {
    throw new CliError(`${path}: ${readProblem(error)}`)
  }
}

/** Like `readVFile`, but a file that cannot be read comes back with a fatal message instead (for commands that go on). */
export async function readVFileOrProblem(path: string, io: Io, encoding: EncodingOption = 'auto'): Promise<VFile> {
  if (path === '-') return readVFile(path, io, encoding)
  try {
    return new VFile({path, value: new Uint8Array(await readFile(path)), data: {encoding}})
  } catch (error) {
    return unreadable(path, readProblem(error))
  }
}

/** Paths, folders (every file with one of `extensions` in them) and globs expanded into files, sorted; and the patterns that gave none. */
export async function expandPaths(patterns: readonly string[], extensions: readonly string[] = ['txt']): Promise<{files: string[]; unmatched: Array<{path: string; reason: string}>}> {
  const files = new Set<string>()
  const unmatched: Array<{path: string; reason: string}> = []
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.add('-')
      continue
    }

    const before = files.size
    const info = await stat(pattern).catch(() => undefined)
    if (info?.isDirectory()) {
      for (const file of await glob(extensions.map((extension) => `**/*.${extension}`), {cwd: pattern, absolute: false})) files.add(joinPath(pattern, file))
      if (files.size === before) unmatched.push({path: pattern, reason: `no ${extensions.map((extension) => `.${extension}`).join(' or ')} file in this folder`})
    } else if (info) {
      files.add(pattern)
    } else {
      for (const file of await glob(pattern)) files.add(file)
      if (files.size === before) unmatched.push({path: pattern, reason: 'no such file, folder or match'})
    }
  }

  return {files: [...files].sort(), unmatched}
}

function joinPath(folder: string, file: string): string {
  return folder.endsWith('/') ? folder + file : `${folder}/${file}`
}
