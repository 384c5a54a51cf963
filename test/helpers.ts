/**
 * Shared test helpers: reading fixtures and the corpus, and the lossless
 * check (every non-white-space character inside exactly one leaf).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Node, Root} from '../src/index.js'

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
export const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
export const hasCorpus = existsSync(corpusDir)

/** The five seed fixtures, by name. */
export const fixtureNames = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()

export function fixture(name: string): string {
  return readFileSync(fixturesDir + name, 'utf8')
}

/** Directives written for the tests and annotated by hand (`test/probes/`), by name. */
export const probesDir = fileURLToPath(new URL('./probes/', import.meta.url))
export const probeNames = readdirSync(probesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()

export function probe(name: string): string {
  return readFileSync(probesDir + name, 'utf8')
}

export function gold(name: string): {document: Record<string, unknown>; obligations: unknown[]} {
  return JSON.parse(readFileSync(`${fixturesDir}gold/${name.replace(/\.txt$/, '.json')}`, 'utf8'))
}

/** Texts of the shared corpus (empty where it is absent). */
export const corpusNames = hasCorpus
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : []

export function corpus(name: string): string {
  return readFileSync(corpusDir + name, 'utf8')
}

const leafTypes = new Set(['text', 'marker', 'unknown', 'pageBreak'])

/** Leaves of a tree. */
export function leaves(tree: Node): Node[] {
  const out: Node[] = []
  const visit = (node: Node): void => {
    if (leafTypes.has(node.type)) out.push(node)
    if ('children' in node) for (const child of (node as {children: Node[]}).children) visit(child)
  }

  visit(tree)
  return out
}

const invisible = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/

/**
 * Characters of `text` that are not white space and do not lie inside exactly
 * one leaf: `{offset, count}` for each (empty when the tree is lossless).
 */
export function coverageProblems(text: string, tree: Root): Array<{offset: number; char: string; count: number}> {
  const counts = new Uint16Array(text.length)
  for (const leaf of leaves(tree)) {
    const start = leaf.position?.start.offset ?? 0
    const end = leaf.position?.end.offset ?? 0
    for (let index = start; index < end; index++) counts[index] = (counts[index] ?? 0) + 1
  }

  const problems: Array<{offset: number; char: string; count: number}> = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (invisible.test(char) || /\p{M}/u.test(char)) continue
    if (counts[index] !== 1) problems.push({offset: index, char, count: counts[index] ?? 0})
  }

  return problems
}

/** A tree without positions and text offsets, for comparing trees of differently encoded texts. */
export function withoutPositions(tree: Node): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' || key === 'data' ? undefined : value)))
}

/** Run the `chithi` command in-process (from source): exit code, standard output and standard error. */
export async function chithi(
  args: string[],
  options: {stdin?: string | Uint8Array; env?: Record<string, string | undefined>; tty?: boolean; columns?: number; cwd?: string} = {}
): Promise<{status: number; stdout: string; stderr: string; bytes: Buffer}> {
  const {run} = await import('../src/cli/main.js')
  const {memoryIo} = await import('../src/cli/io.js')
  const io = memoryIo({...options, env: options.env ?? {NO_COLOR: '1'}})
  // Tests of a file run one at a time, each test file in a process of its own: changing folder is safe.
  const before = process.cwd()
  if (options.cwd) process.chdir(options.cwd)
  try {
    const status = await run(args, io)
    return {status, stdout: io.out(), stderr: io.err(), bytes: io.outBytes()}
  } finally {
    process.chdir(before)
  }
}

/** The built command (`dist/cli.js`), for tests about the process itself: start-up, signals, pipes, worker threads. */
export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
