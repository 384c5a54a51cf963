import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // The browser tests and the few that start a process: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Types pinned to their schemas (test/types.test-d.ts): checked by tsc as a test.
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.types.json'}
  }
})
