#!/usr/bin/env node
/**
 * `pnpm size:dist`: what each published package ships, from its built `dist/` (run `pnpm build` first):
 * JavaScript raw, minified (Vite's oxc minifier) and minified + gzip (level 9), each file on its own, summed;
 * plus the entry files' own min+gz. Declarations are not counted. (`pnpm size` measures what a page downloads.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { minifySync } from 'vite'
import { publishedPackages } from './pack.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const gz = (text) => gzipSync(text, { level: 9 }).length

for (const name of publishedPackages) {
  const dir = `${root}packages/${name}/dist/`
  const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'))
  const entries = new Set(Object.values(pkg.exports).flatMap((e) => (typeof e === 'object' ? [e.import ?? e.default] : [])).map((p) => p?.replace('./dist/', '')))
  let raw = 0
  let min = 0
  let minGz = 0
  const perEntry = []
  for (const file of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).sort()) {
    const code = readFileSync(dir + file, 'utf8')
    const minified = file.endsWith('.js') ? minifySync(file, code, { compress: true, mangle: true }).code : code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
    raw += code.length
    min += minified.length
    minGz += gz(minified)
    if (entries.has(file)) perEntry.push(`${file} ${kB(gz(minified))}`)
  }
  console.log(`@media-uploader/${name}: ${kB(raw)} raw, ${kB(min)} min, ${kB(minGz)} min+gz (each file gzipped alone; entries: ${perEntry.join(', ')})`)
}
