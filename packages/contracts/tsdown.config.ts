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
  target: 'es2022',
  fixedExtension: false,
  dts: true,
})
