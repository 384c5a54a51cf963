/**
 * The real texts the bench measures besides the generated corpus: the
 * corpus and seeds shared beside the repository (`../shared/corpus`,
 * `../shared/seeds`; `BENCH_TEXTS` names other folders, separated by the
 * path delimiter), read in place, never copied. Absent folders are skipped,
 * and said so.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const shared = ['corpus', 'seeds'].map((name) => fileURLToPath(new URL(`../../shared/${name}/`, import.meta.url)))

/** The `.txt` files of the shared folders, as bytes, and the folders that were not there. */
export function realTexts(folders = process.env.BENCH_TEXTS ? process.env.BENCH_TEXTS.split(delimiter) : shared) {
  const texts = []
  const missing = []
  for (const folder of folders) {
    let names
    try {
      if (!statSync(folder).isDirectory()) throw new Error('not a folder')
      names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
    } catch {
      missing.push(folder)
      continue
    }

    for (const name of names) texts.push({path: join(folder, name), bytes: new Uint8Array(readFileSync(join(folder, name)))})
  }

  return {texts, missing, folders}
}
