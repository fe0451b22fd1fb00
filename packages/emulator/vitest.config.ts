import { defineConfig } from 'vitest/config'

// No `sourceCondition()` here: the emulator imports no `@media-uploader/*` package, and that plugin's
// `module`-first SSR conditions resolve `@smithy/core/*` to its extensionless `dist-es` build, which Node cannot load.
export default defineConfig({
  test: {
    name: 'emulator',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
})
