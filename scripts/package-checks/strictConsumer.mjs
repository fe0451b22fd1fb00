/**
 * Typechecks the packed packages' declarations as the strictest consumer would: in a project outside the
 * workspace with the tarballs installed (`installConsumer.mjs`: no source condition, no `.ts`-extension settings),
 * `strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`, `skipLibCheck: false`, and
 * a DOM lib without `DOM.Iterable` for the browser packages; `module: nodenext` for the Node ones.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  noEmit: true,
  verbatimModuleSyntax: true,
}

/** Each project: its tsconfig options, and the file that imports every public entry. */
const projects = {
  browser: {
    compilerOptions: { ...strict, target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', types: [] },
    file: 'browser.tsx',
    code: `import * as core from '@media-uploader/core'
import * as presign from '@media-uploader/core/presign'
import * as aitoearn from '@media-uploader/core/aitoearn'
import * as aliyunVod from '@media-uploader/core/aliyun-vod'
import * as jimeng from '@media-uploader/core/jimeng'
import { MediaUploader, type MediaUploaderProps } from '@media-uploader/react'

export const entries = [core, presign, aitoearn, aliyunVod, jimeng]
export const uploader = core.createUploader({ provider: 'presign' })
const props: MediaUploaderProps<'presign'> = { provider: 'presign' }
export const widget = <MediaUploader {...props} />
`,
  },
  // The Uppy plugin entry exposes Uppy's own types, which need `Symbol.dispose` (lib ESNext.Disposable).
  uppy: {
    compilerOptions: { ...strict, target: 'ES2022', lib: ['ES2022', 'DOM', 'ESNext.Disposable'], module: 'ESNext', moduleResolution: 'bundler', types: [] },
    file: 'uppy.ts',
    code: `import Uppy from '@uppy/core'
import { MediaUploaderPlugin } from '@media-uploader/core/uppy'

export const uppy = new Uppy().use(MediaUploaderPlugin, { provider: 'presign' })
`,
  },
  node: {
    compilerOptions: { ...strict, target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'] },
    file: 'server.ts',
    code: `import * as server from '@media-uploader/server'
import * as serverNode from '@media-uploader/server/node'
import * as emulator from '@media-uploader/emulator'

export const entries = [server, serverNode, emulator]
export const handler = server.createMediaUploaderHandler({ providers: { presign: { upstream: 'https://api.example.com' } } })
`,
  },
}

/**
 * Runs `tsc` for each project in `dir`, a consumer project with the tarballs installed
 * (`installConsumer.mjs`), the projects side by side. Resolves to the failures as `{ project, output }`;
 * empty when every project typechecks.
 */
export async function checkStrictConsumer(dir) {
  const results = await Promise.all(
    Object.entries(projects).map(([name, project]) => {
      writeFileSync(join(dir, project.file), project.code)
      writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: project.compilerOptions, files: [project.file] }, null, 2))
      return new Promise((resolve) => {
        execFile(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) =>
          resolve(error ? { project: name, output: `${stdout}${stderr}` } : undefined),
        )
      })
    }),
  )
  return results.filter((result) => result !== undefined)
}
