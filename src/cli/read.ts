/**
 * Reading CLI inputs: files, folders, globs, or `-` for standard input.
 */
import {readFile, stat} from 'node:fs/promises'
import {glob} from 'tinyglobby'
import {VFile} from 'vfile'
import type {EncodingOption} from '../text/encoding.js'

/** Read a file (or standard input for `-`) into a vfile holding its bytes and the code page to read them in. */
export async function readVFile(path: string, encoding: EncodingOption = 'auto'): Promise<VFile> {
  if (path === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return new VFile({path: '<stdin>', value: new Uint8Array(Buffer.concat(chunks)), data: {encoding}})
  }

  return new VFile({path, value: new Uint8Array(await readFile(path)), data: {encoding}})
}

/** Expand paths, folders (every `.txt` in them) and globs into files, sorted. */
export async function expandPaths(patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>()
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.add('-')
      continue
    }

    const info = await stat(pattern).catch(() => undefined)
    if (info?.isDirectory()) {
      for (const file of await glob('**/*.txt', {cwd: pattern, absolute: false})) files.add(joinPath(pattern, file))
    } else if (info?.isFile()) {
      files.add(pattern)
    } else {
      for (const file of await glob(pattern)) files.add(file)
    }
  }

  return [...files].sort()
}

function joinPath(folder: string, file: string): string {
  return folder.endsWith('/') ? folder + file : `${folder}/${file}`
}
