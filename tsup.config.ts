import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts'}},
  sourcemap: true,
  clean: true,
  splitting: true,
  shims: false
})
