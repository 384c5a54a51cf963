/**
 * Generated files stay true to their sources, and trees match their schema.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diagramHtml} from '../grammar/diagram.js'
import {parse, schemas} from '../src/index.js'
import {jsonSchemas} from '../src/schema-files.js'
import {corpus, corpusNames, fixture, fixtureNames} from './helpers.js'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('generated files', () => {
  it('grammar/diagram.html is the diagram of the current grammar (npm run diagram)', () => {
    expect(read('grammar/diagram.html')).toBe(diagramHtml())
  })

  it('the diagram loads nothing from the network', () => {
    expect(read('grammar/diagram.html')).not.toMatch(/<(?:script|link)[^>]+(?:src|href)=/i)
  })

  it.each(Object.keys(jsonSchemas()))('%s is up to date (npm run schema)', (path) => {
    expect(JSON.parse(read(path))).toEqual(JSON.parse(JSON.stringify(jsonSchemas()[path])))
  })
})

describe('trees match the zod schema', () => {
  it.each([...fixtureNames.map((name) => [name, fixture(name)]), ...corpusNames.map((name) => [name, corpus(name)])])('%s', (_name, text) => {
    const result = schemas.root.safeParse(parse(text as string))
    expect(result.error?.issues.slice(0, 3)).toBeUndefined()
  })
})
