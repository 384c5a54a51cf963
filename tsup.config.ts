import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', store: 'src/store.ts', html: 'src/html.ts', cli: 'src/cli/bin.ts', worker: 'src/batch/worker.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts', store: 'src/store.ts', html: 'src/html.ts'}},
  sourcemap: true,
  clean: true,
  splitting: true,
  shims: false,
  // Chevrotain is hundreds of small modules (with lodash-es): bundled, it loads as one file, in a third of the time.
  noExternal: ['chevrotain', /^@chevrotain\//, 'lodash-es']
})
