import { defineConfig } from 'tsdown'

export default defineConfig({
  // `index` is runtime-neutral (Fetch API, WebCrypto); only `node` may import `node:*`.
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  fixedExtension: false,
  dts: true,
  deps: { neverBundle: [/^node:/] },
})
