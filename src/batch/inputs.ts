/**
 * Inputs of a batch: files, folders and globs expanded; where each one's
 * output goes under `--out`; and the safety rules (never write outside the
 * output folder, never over an input, no output folder inside an input
 * folder unless allowed, no symlink out of an input folder).
 */
import {createHash} from 'node:crypto'
import {realpathSync, statSync} from 'node:fs'
import {basename, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {glob} from 'tinyglobby'

/** An input file and where its outputs go. */
export interface PlannedInput {
  /** Absolute path. */
  input: string
  /** As shown to the user. */
  path: string
  /** Output path under `--out`, without extension. */
  relative: string
  id: string
}

/** A path that was given but cannot be converted. */
export interface Refusal {
  path: string
  reason: string
}

/** Plan a batch. */
export async function planInputs(
  patterns: readonly string[],
  options: {out: string; allowOutInside: boolean; extensions: readonly string[]}
): Promise<{inputs: PlannedInput[]; refused: Refusal[]; problem?: string}> {
  const out = resolve(options.out)
  const outReal = realOrSelf(out)
  const inputs: PlannedInput[] = []
  const refused: Refusal[] = []
  const roots: Array<{root: string; files: string[]}> = []

  for (const pattern of patterns) {
    const info = statOrUndefined(pattern)
    if (info?.isDirectory()) {
      const root = realOrSelf(resolve(pattern))
      if (!options.allowOutInside && (outReal === root || outReal.startsWith(root + sep))) {
        return {inputs: [], refused: [], problem: `--out ${options.out} is inside the input folder ${pattern}; choose another folder or pass --allow-out-inside`}
      }

      const files = await glob(options.extensions.map((extension) => `**/*.${extension}`), {cwd: pattern, absolute: true, dot: false, followSymbolicLinks: true})
      roots.push({root, files: files.sort()})
    } else if (info?.isFile()) {
      roots.push({root: '', files: [resolve(pattern)]})
    } else {
      const files = await glob(pattern, {absolute: true})
      if (files.length === 0) refused.push({path: pattern, reason: 'no such file, folder or match'})
      roots.push({root: '', files: files.sort()})
    }
  }

  const seen = new Set<string>()
  const usedRelative = new Set<string>()
  const folderRoots = roots.filter((entry) => entry.root !== '')
  for (const {root, files} of roots) {
    for (const file of files) {
      const real = realOrSelf(file)
      if (root !== '' && !(real === root || real.startsWith(root + sep))) {
        refused.push({path: shown(file), reason: 'a symbolic link out of the input folder'})
        continue
      }

      if (seen.has(real)) continue
      seen.add(real)
      if (real === outReal || real.startsWith(outReal + sep)) {
        refused.push({path: shown(file), reason: 'inside the output folder'})
        continue
      }

      let rel = root !== '' ? relative(root, real) : relativeToWorkingFolder(file)
      if (root !== '' && folderRoots.length > 1) rel = join(basename(root), rel)
      rel = safeRelative(rel.replace(/\.[^./\\]+$/, ''))
      const id = createHash('sha1').update(real).digest('hex').slice(0, 16)
      if (usedRelative.has(rel)) rel = `${rel}.${id.slice(0, 6)}`
      usedRelative.add(rel)
      inputs.push({input: real, path: shown(file), relative: rel, id})
    }
  }

  return {inputs, refused}
}

/** A relative output path that cannot leave the output folder. */
export function safeRelative(path: string): string {
  const parts = path.split(/[/\\]+/).filter((part) => part !== '' && part !== '.' && part !== '..')
  return parts.length > 0 ? parts.join('/') : 'document'
}

/** Whether `target` lies inside `folder`. */
export function isInside(folder: string, target: string): boolean {
  const rel = relative(folder, target)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

function relativeToWorkingFolder(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') || isAbsolute(rel) ? basename(file) : rel
}

function shown(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
