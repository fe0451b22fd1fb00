import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../sourceCondition.ts'

export default defineConfig({
  plugins: [sourceCondition(), react()],
  test: {
    name: 'react',
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Uppy 6's uncleared 3 s timer must not fire after happy-dom is gone (see the file).
    setupFiles: ['../core/test/waitOutUppyTimer.ts'],
  },
})
