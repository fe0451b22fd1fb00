// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { sourceCondition } from '../../../sourceCondition.ts'

const src = fileURLToPath(new URL('../src/index.ts', import.meta.url))

/** All JS a production build of `code` emits (React and third-party libraries left out). */
async function bundle(code: string): Promise<string> {
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
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n')
}

describe('bundle', () => {
  it('leaves the image resize helper out of the widget unless it is imported', async () => {
    expect(await bundle(`export { MediaUploader } from '${src}'`)).not.toContain('OffscreenCanvas')
    expect(await bundle(`export { MediaUploader, resizeImage } from '${src}'`)).toContain('OffscreenCanvas')
  }, 30_000)
})
