import { writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsdown'
import { bundleStyles } from './build/bundleStyles.ts'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  fixedExtension: false,
  dts: true,
  // Every export is client code (hooks, the widget); Next.js needs the directive at the top of the entry.
  banner: { js: "'use client';" },
  // ./styles.css: the concept files under src/styles/ joined into one stylesheet.
  onSuccess: async () => writeFile(`${import.meta.dirname}/dist/styles.css`, await bundleStyles(`${import.meta.dirname}/src/styles.css`)),
})
