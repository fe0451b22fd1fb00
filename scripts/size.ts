/**
 * `pnpm size`: min+gzip of what a page downloads, checked against the budgets
 * in DEVELOPERS.md. Each provider is measured as a page would load it from an
 * app build once a file is added: the entry's static chunks, the engine the
 * controller loads on first add (Uppy and the provider runner), that
 * provider's code-split chunk, and their imports, each chunk gzipped on its own.
 * Chunks only some uploads fetch (thumbnails, the checksum check) are left out.
 */
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'
import { sourceCondition } from '../sourceCondition.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const PRELOAD_HELPER = '\0vite/preload-helper.js'
const KB = 1024
const providers = ['presign', 'aitoearn', 'aliyun-vod', 'jimeng']
/** What the controller imports when the first file is added, whatever the provider. */
const onFirstAdd = ['/controller/onFirstAdd.ts', '/controller/UppyEngine.ts', '/controller/ProviderRunner.ts']

async function bundle(code: string, external: (id: string) => boolean): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      sourceCondition(),
      {
        name: 'size-entry',
        enforce: 'pre',
        resolveId: (id) => (id === 'size:entry' ? '\0size:entry' : undefined),
        // Vite's dynamic-import preload helper is the app bundler's runtime (one per app), not ours: a stub stands in.
        load: (id) => (id === '\0size:entry' ? code : id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load()' : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      // With the helper stubbed, its chunk-name map (`__vite__mapDeps`) is not emitted either.
      modulePreload: false,
      // As an app bundles it: the entry (the app) exports nothing, so modules it shares with a provider's chunk join it.
      rollupOptions: { input: 'size:entry', external, preserveEntrySignatures: false },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  return outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
}

function closure(chunks: Rollup.OutputChunk[], start: Rollup.OutputChunk[]): Set<Rollup.OutputChunk> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set<Rollup.OutputChunk>()
  const visit = (c: Rollup.OutputChunk | undefined) => {
    if (!c || seen.has(c)) return
    seen.add(c)
    for (const name of c.imports) visit(byName.get(name))
  }
  for (const c of start) visit(c)
  return seen
}

function gz(chunks: Iterable<Rollup.OutputChunk>): number {
  let total = 0
  for (const c of chunks) total += gzipSync(c.code, { level: 9 }).length
  return total
}

async function measure(code: string, external: (id: string) => boolean, provider: string) {
  const chunks = await bundle(code, external)
  const entry = chunks.filter((c) => c.isEntry)
  const loaded = [`/providers/${provider}/${provider}.ts`, ...onFirstAdd]
  const lazy = chunks.filter((c) => loaded.some((path) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(path)))
  const picked = closure(chunks, [...entry, ...lazy])
  if (process.env.SIZE_DEBUG) for (const c of picked) console.log(provider, c.fileName, gzipSync(c.code, { level: 9 }).length)
  if (process.env.SIZE_DEBUG === 'modules') for (const c of picked) for (const [id, m] of Object.entries(c.modules)) console.log('  ', c.fileName, m.renderedLength, id.replace(root, ''))
  // Sign answers are checked with zod/mini in development builds only (core's readAnswer): none may reach production.
  const zod = [...picked].flatMap((c) => Object.keys(c.modules)).find((id) => /[\\/]zod[\\/]/.test(id))
  if (zod) throw new Error(`zod in the production bundle with ${provider}: ${zod.replace(root, '')}`)
  return gz(picked)
}

const isReact = (id: string) => /^(react|react-dom)(\/|$)/.test(id)
const isThirdParty = (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('@media-uploader/')
const core = `${root}packages/core/src`
const WIDGET_BUDGET = 40 * KB
/** `budget` undefined: a figure to watch, not a gate (core's own code: see the README's size section). */
const rows: { what: string; bytes: number; budget: number | undefined }[] = []

for (const id of providers) {
  const providerFile = `${core}/providers/${id}/${id}.ts`
  try {
    await import('node:fs').then((fs) => fs.promises.access(providerFile))
  } catch {
    continue
  }
  const widget = await measure(`import { MediaUploader } from '${root}packages/react/src/index.ts'; globalThis.__size = MediaUploader`, isReact, id)
  rows.push({ what: `widget + ${id} (over React)`, bytes: widget, budget: WIDGET_BUDGET })
  const own = await measure(`import { createUploader } from '${core}/index.ts'; globalThis.__size = createUploader`, isThirdParty, id)
  rows.push({ what: `core own code + ${id} (no Uppy/zod/hash-wasm)`, bytes: own, budget: undefined })
}

let failed = false
for (const row of rows) {
  const over = row.budget !== undefined && row.bytes > row.budget
  failed ||= over
  const budget = row.budget === undefined ? '      ' : `/ ${(row.budget / KB).toFixed(0)} kB`
  console.log(`${over ? 'OVER' : row.budget === undefined ? '    ' : 'ok  '}  ${(row.bytes / KB).toFixed(1).padStart(6)} kB ${budget}  ${row.what}  (${row.bytes} B)`)
}
if (failed) {
  console.error('size budget exceeded')
  process.exit(1)
}
