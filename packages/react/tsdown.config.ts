import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  fixedExtension: false,
  dts: true,
  // Every export is client code (hooks, the widget); Next.js needs the directive at the top of the entry.
  banner: { js: "'use client';" },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
})
