import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // CLI and browser tests start processes: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
