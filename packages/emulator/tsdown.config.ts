import { defineConfig, type Rolldown } from 'tsdown'

/** The bin runs on plain Node: whatever the source's hashbang says (it runs under tsx), the built one says `node`. */
const nodeHashbang: Rolldown.Plugin = {
  name: 'media-uploader:node-hashbang',
  renderChunk(code, chunk) {
    if (chunk.fileName !== 'cli.js') return null
    return `#!/usr/bin/env node\n${code.replace(/^#![^\n]*\n/, '')}`
  },
}

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: true,
  plugins: [nodeHashbang],
})
