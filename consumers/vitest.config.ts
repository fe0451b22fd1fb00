import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'consumers',
    include: ['*.test.ts'],
    environment: 'node',
  },
})
