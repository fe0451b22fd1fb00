import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../sourceCondition.ts'

export default defineConfig({
  plugins: [sourceCondition()],
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['test/waitOutUppyTimer.ts'],
  },
})
