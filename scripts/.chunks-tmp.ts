import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
const root = '/work/main/'
const core = `${root}packages/core/src`
const isThirdParty = (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('@media-uploader/')
const result = (await build({
  configFile: false, logLevel: 'silent', root,
  plugins: [{ name: 'e', resolveId: (id) => (id === 'size:entry' ? '\0size:entry' : undefined), load: (id) => (id === '\0size:entry' ? `export { createUploader } from '${core}/index.ts'` : undefined) }],
  build: { write: false, minify: true, target: 'es2022', rollupOptions: { input: 'size:entry', external: isThirdParty, preserveEntrySignatures: 'strict' } },
})) as Rollup.RollupOutput
for (const c of result.output) if (c.type === 'chunk') console.log(String(gzipSync(c.code, { level: 9 }).length).padStart(6), c.fileName, c.isEntry ? 'ENTRY' : '', c.facadeModuleId?.split('/src/')[1] ?? '', c.imports.join(','))
if (process.argv[2]) { const c = result.output.find((o) => o.type === 'chunk' && o.facadeModuleId?.includes(process.argv[2]!)) as Rollup.OutputChunk; console.log(c.code) }
