import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { sourceCondition } from '../../sourceCondition.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const repo = fileURLToPath(new URL('../..', import.meta.url))

/** The demo app. Served by `server/main.ts` (dev: Vite middleware; `--prod`: this build). */
export default defineConfig({
  root,
  plugins: [sourceCondition(), react()],
  server: {
    // Dev mode serves the app and the widget's sources only: never the demo's server modules,
    // the sign handlers or the emulator (test credentials), nor anything else on disk.
    fs: {
      strict: true,
      allow: [`${root}src`, `${root}public`, `${root}index.html`, `${root}uppy.html`, `${repo}packages/core/src`, `${repo}packages/react/src`, `${repo}node_modules`],
      deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.git/**', `${root}server/**`, `${repo}packages/server/**`, `${repo}packages/emulator/**`, `${root}vite.config.ts`],
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The widget demo, and the Uppy Dashboard interop page (e2e/uppy-interop.spec.ts).
    rollupOptions: { input: { index: `${root}index.html`, uppy: `${root}uppy.html` } },
  },
})
