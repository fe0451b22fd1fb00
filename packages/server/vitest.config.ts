import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../sourceCondition.ts'

export default defineConfig({
  plugins: [sourceCondition()],
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    exclude: ['bench/**'],
    environment: 'node',
  },
})
