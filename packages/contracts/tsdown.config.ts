import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: {
    presign: 'src/presign/presignContract.ts',
    aitoearn: 'src/aitoearn/aitoearnContract.ts',
    'aliyun-vod': 'src/aliyun-vod/aliyunVodContract.ts',
    jimeng: 'src/jimeng/jimengContract.ts',
  },
  format: 'esm',
  platform: 'neutral',
  // One module per source file: an app bundler drops the schema modules a page never parses with (sideEffects: false),
  // so production pages, which read only the extension lists and asset types, carry no zod.
  unbundle: true,
  target: 'es2022',
  fixedExtension: false,
  dts: true,
})
