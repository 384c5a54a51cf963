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
import {shardOf, type Shard} from './shard.js'
import {realPathOf} from './contained.js'
import {nameKey, uniqueName} from './names.js'
import {walkFolder} from './walk.js'

/** An input file and where its outputs go. */
export interface PlannedInput {
  /** Absolute path. */
  input: string
  /** As shown to the user. */
  path: string
  /** Output path under `--out`, without extension. */
  relative: string
  id: string
  /** Why `relative` is not the input's own name (it would collide, or is too long for a file name). */
  renamed?: string
}

/** A path that was given but cannot be converted. */
export interface Refusal {
  path: string
  reason: string
}

/** Planned inputs by index (made when asked for: a path and a small number per input stay in memory). */
export interface InputList {
  readonly length: number
  at(index: number): PlannedInput | undefined
  /** Where the input at `index` stands among all the inputs of the batch (it differs from `index` in a shard). */
  position(index: number): number
}

/**
 * The inputs of a batch, compactly: the real path of each and the folder it
 * was found in; where its output goes and its id are derived when asked for
 * (only the rare renamed output is stored).
 */
class Inputs implements InputList {
  private readonly files: string[] = []
  private readonly folderOf: number[] = []
  private readonly renamed = new Map<number, {relative: string; reason: string}>()
  private readonly used = new Set<string>()

  constructor(
    private readonly folders: readonly string[],
    private readonly prefixed: boolean,
    private readonly reserved: ReadonlyMap<string, string> = new Map()
  ) {}

  get length(): number {
    return this.files.length
  }

  /** Add a file (its real path) found in `folder` (-1: given by itself or by a glob). */
  add(real: string, folder: number): void {
    const index = this.files.length
    this.files.push(real)
    this.folderOf.push(folder)
    const own = this.relativeOf(real, folder)
    const {relative: rel, reason} = uniqueName(own, idOf(real), this.used, this.reserved)
    if (reason) this.renamed.set(index, {relative: rel, reason})
    this.used.add(nameKey(rel))
  }

  /** Planning is over: forget what only it needed. */
  done(): this {
    this.used.clear()
    return this
  }

  position(index: number): number {
    return index
  }

  /** The key that decides an input's shard: its path relative to its input root, with `/` between folders. */
  keyOf(index: number): string {
    const input = this.files[index] as string
    return this.relativeWithExtension(input, this.folderOf[index] ?? -1).split(sep).join('/')
  }

  at(index: number): PlannedInput | undefined {
    const input = this.files[index]
    if (input === undefined) return undefined
    const renamed = this.renamed.get(index)
    const relative = renamed?.relative ?? this.relativeOf(input, this.folderOf[index] ?? -1)
    return {input, path: shown(input), relative, id: idOf(input), ...(renamed ? {renamed: renamed.reason} : {})}
  }

  private relativeOf(real: string, folder: number): string {
    return safeRelative(this.relativeWithExtension(real, folder).replace(/\.[^./\\]+$/, ''))
  }

  private relativeWithExtension(real: string, folder: number): string {
    const root = this.folders[folder]
    const rel = root === undefined ? relativeToWorkingFolder(real) : relative(root, real)
    return root !== undefined && this.prefixed ? join(basename(root), rel) : rel
  }
}

/** The inputs of one shard: a view of the whole batch's, which keeps each input's output path and position. */
class ShardInputs implements InputList {
  constructor(
    private readonly all: InputList,
    private readonly positions: Uint32Array
  ) {}

  get length(): number {
    return this.positions.length
  }

  at(index: number): PlannedInput | undefined {
    const position = this.positions[index]
    return position === undefined ? undefined : this.all.at(position)
  }

  position(index: number): number {
    return this.positions[index] ?? -1
  }
}

/** The share of `inputs` and `refused` that falls to `shard` (inputs by their key, refusals by their path). */
function shareOf(inputs: Inputs, refused: Refusal[], shard: Shard): {inputs: InputList; refused: Refusal[]} {
  const positions: number[] = []
  for (let index = 0; index < inputs.length; index++) if (shardOf(inputs.keyOf(index), shard.count) === shard.index) positions.push(index)
  return {inputs: new ShardInputs(inputs, Uint32Array.from(positions)), refused: refused.filter((refusal) => shardOf(refusal.path, shard.count) === shard.index)}
}

/** An input's id: a hash of its real path. */
function idOf(real: string): string {
  return createHash('sha1').update(real).digest('hex').slice(0, 16)
}

/** Plan a batch. */
export async function planInputs(
  patterns: readonly string[],
  options: {out: string; allowOutInside: boolean; extensions: readonly string[]; shard?: Shard; /** The run's own files in the output folder, by name without extension (lower case), and what each is: no input's output takes them. */ reserved?: ReadonlyMap<string, string>}
): Promise<{inputs: InputList; refused: Refusal[]; problem?: string; /** Inputs and refusals of the whole batch (more than a shard's). */ batch: number}> {
  const out = resolve(options.out)
  // An output folder not made yet is where the real path of its parent puts it (a link to an input folder counts).
  const outReal = realPathOf(out)
  const refused: Refusal[] = []
  const roots: Array<{root: string; files: string[]}> = []

  for (const pattern of patterns) {
    const info = statOrUndefined(pattern)
    if (info?.isDirectory()) {
      const root = realOrSelf(resolve(pattern))
      if (!options.allowOutInside && (outReal === root || outReal.startsWith(root + sep))) {
        return {inputs: new Inputs([], false), refused: [], batch: 0, problem: `--out ${options.out} is inside the input folder ${pattern}; choose another folder or pass --allow-out-inside`}
      }

      // Every file met is read or reported: hidden ones, and folders or links that cannot be read, too.
      const walked = walkFolder(root, options.extensions, (real) => real === outReal)
      for (const entry of walked.unreadable) refused.push({path: shown(relocate(entry.path, root, resolve(pattern))), reason: entry.reason})
      roots.push({root, files: walked.files.map((file) => relocate(file, root, resolve(pattern)))})
    } else if (info?.isFile()) {
      roots.push({root: '', files: [resolve(pattern)]})
    } else if (info) {
      // A FIFO, socket or device given by name: reading it could wait forever.
      refused.push({path: pattern, reason: 'not a regular file (a FIFO, socket or device): not read'})
    } else {
      const files = await glob(pattern, {absolute: true})
      if (files.length === 0) refused.push({path: pattern, reason: 'no such file, folder or match'})
      roots.push({root: '', files: files.sort()})
    }
  }

  const seen = new Set<string>()
  const folders = roots.filter((entry) => entry.root !== '').map((entry) => entry.root)
  const inputs = new Inputs(folders, folders.length > 1, options.reserved)
  for (const {root, files} of roots) {
    const folder = root === '' ? -1 : folders.indexOf(root)
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

      inputs.add(real, folder)
    }
  }

  inputs.done()
  const batch = inputs.length + refused.length
  return options.shard ? {...shareOf(inputs, refused, options.shard), batch} : {inputs, refused, batch}
}

/** `path` under `real` as the same path under `given` (the folder as the user named it, perhaps through a link). */
function relocate(path: string, real: string, given: string): string {
  return path === real ? given : path.startsWith(real + sep) ? given + path.slice(real.length) : path
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

/** A path as the user would write it from the working folder (relative when inside it). */
export function shown(file: string): string {
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
