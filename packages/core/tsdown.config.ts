import { defineConfig, type Rolldown } from 'tsdown'

/**
 * Source files say `new Worker(new URL('./x.ts', import.meta.url))`; the built chunk must name the
 * built worker file (`./x.js`, emitted beside it as its own entry) so app bundlers (Vite, webpack,
 * Turbopack) still recognise the pattern and bundle the worker.
 */
const workerUrlsToJs: Rolldown.Plugin = {
  name: 'media-uploader:worker-urls',
  transform(code) {
    if (!code.includes('new Worker(')) return null
    // No `import.meta.url` literal here: the config loader rewrites it, even inside strings.
    return code.replace(/new URL\((['"])\.\/[\w.-]+\.ts\1, import\.meta\.url\)/g, (match) => match.replace(/\.ts(['"])/, '.js$1'))
  },
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    presign: 'src/providers/presign/presign.ts',
    aitoearn: 'src/providers/aitoearn/aitoearn.ts',
    'aliyun-vod': 'src/providers/aliyun-vod/aliyun-vod.ts',
    jimeng: 'src/providers/jimeng/jimeng.ts',
    uppy: 'src/uppy/index.ts',
    'crc32.worker': 'src/internal/crc32.worker.ts',
    'thumbnail.worker': 'src/thumbnails/thumbnail.worker.ts',
  },
  format: 'esm',
  platform: 'browser',
  // Left for the app's bundler (as React and TanStack Query do): development builds check sign answers
  // against the contracts, production builds drop the check and zod/mini. The browser platform would fold it here.
  define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
  target: 'es2022',
  fixedExtension: false,
  dts: true,
  plugins: [workerUrlsToJs],
})
