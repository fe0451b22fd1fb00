import { defineConfig } from 'vitest/config'

// No `sourceCondition()` here: the server's tests import sources by relative path only, and that plugin's
// `module`-first SSR conditions resolve `@smithy/core/*` (used by the emulator the tests start) to its
// extensionless `dist-es` build, which Node cannot load.
export default defineConfig({
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    exclude: ['bench/**'],
    environment: 'node',
  },
})
