/**
 * Generate `schema/tree.json` (and, once the semantic layer exists, the
 * record's schema) from the zod schemas. `npm run schema`; a test fails when
 * the files are stale.
 */
import {writeFileSync} from 'node:fs'
import {jsonSchemas} from '../src/schema-files.js'

for (const [path, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), JSON.stringify(schema, null, 2) + '\n')
  console.log(`wrote ${path}`)
}
