import {defineConfig} from 'tsdown'

export default defineConfig({
  // The library's entries (core, store, html), the command and the conversion worker.
  entry: {index: 'src/index.ts', store: 'src/store.ts', html: 'src/html.ts', cli: 'src/cli/bin.ts', worker: 'src/batch/worker.ts'},
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // `.js` and `.d.ts`, as package.json's exports name them.
  fixedExtension: false,
  dts: true,
  sourcemap: true,
  clean: true,
  // Chevrotain is hundreds of small modules (with lodash-es): bundled, it loads as one file, in half the time.
  deps: {alwaysBundle: ['chevrotain', /^@chevrotain\//, 'lodash-es']},
  // The declaration build's share of the time is known; no warning about it on every build.
  inputOptions: {checks: {pluginTimings: false}}
})
