// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { sourceCondition } from '../../../sourceCondition.ts'

const src = fileURLToPath(new URL('../src/index.ts', import.meta.url))

/**
 * The JS a production build of `code` emits (React and third-party libraries left out): the entry chunk and
 * its static imports, or with `lazy` every chunk, those loaded on demand too.
 */
async function bundle(code: string, lazy = false): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [sourceCondition(), { name: 'entry', resolveId: (id) => (id === 'entry' ? '\0entry' : undefined), load: (id) => (id === '\0entry' ? code : undefined) }],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: 'entry', preserveEntrySignatures: 'strict', external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('@media-uploader/') },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const loaded = new Set(chunks.filter((c) => c.isEntry || lazy))
  for (const chunk of loaded) for (const dep of chunk.imports.map((name) => byName.get(name))) if (dep) loaded.add(dep)
  return [...loaded].map((c) => c.code).join('\n')
}

describe('bundle', () => {
  it('leaves the image resize helper out of the widget unless it is imported; video posters load on demand', async () => {
    expect(await bundle(`export { MediaUploader } from '${src}'`)).not.toContain('OffscreenCanvas')
    expect(await bundle(`export { MediaUploader } from '${src}'`, true)).toContain('createThumbnail')
    expect(await bundle(`export { MediaUploader, resizeImage } from '${src}'`)).toContain('OffscreenCanvas')
  }, 30_000)
})
