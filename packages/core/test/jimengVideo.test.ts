import { jimengExtensions } from '@media-uploader/contracts/jimeng'
import { createHash } from 'node:crypto'
import { crc32 } from 'hash-wasm'
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest'
import { makeMp4 } from '../../emulator/test/jimengMp4.ts'
import { createUploader } from '../src/createUploader.ts'
import type { JimengImageResult, JimengResult, JimengVideoResult } from '../src/providers/jimeng/jimeng.ts'
import { jimengRules } from '../src/providers/jimeng/rules.ts'
import type { UploadController } from '../src/types.ts'
import { startJimengStack } from './startJimengStack.ts'
import type { Stack } from './startStack.ts'

interface Logged {
  service: string
  method: string
  status: number | null
}
interface Stored {
  bucket: string
  key: string
  sha256: string
  metadata: Record<string, string>
}

let stack: Stack
beforeAll(async () => {
  stack = await startJimengStack()
}, 30_000)
afterAll(() => stack?.stop())
beforeEach(() => stack.call('POST', '/_reset'))

const log = async (service: string) => stack.call<Logged[]>('GET', `/_requests?service=${service}`)
const objects = async (bucket: string) => (await stack.call<Stored[]>('GET', '/_objects')).filter((o) => o.bucket === bucket)

const uploader = (account = 'cn'): UploadController<JimengResult> =>
  createUploader({ provider: 'jimeng', endpoint: `${stack.endpoint}?account=${account}`, restrictions: { rejectDuplicates: false } })

function run(controller: UploadController<JimengResult>, files: File[]) {
  return new Promise<{ successful: readonly { name: string; result: JimengResult | undefined }[]; failed: readonly { name: string; error: unknown }[] }>((resolve) => {
    controller.on('complete', resolve)
    void controller.add(files)
  })
}

const mp4 = (name: string, options: Parameters<typeof makeMp4>[0] = {}) => {
  const bytes = new Uint8Array(makeMp4(options))
  return { file: new File([bytes], name, { type: 'video/mp4' }), sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}
const png = () => {
  const bytes = new Uint8Array(64)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 32, 0, 0, 0, 24])
  return new File([bytes], 'still.png', { type: 'image/png' })
}
const messages = (failed: readonly { error: unknown }[]) => failed.map((f) => String((f.error as Error)?.message))

describe('jimeng video through ByteDance VOD', () => {
  it.each([
    ['cn', /^tos-cn-v-148450\/[0-9a-f]{32}$/],
    ['intl', /^tos-useast5-v-2774c002-tx\//],
  ] as const)('uploads an mp4 (%s): ApplyUploadInner, upload with CRC32, CommitUploadInner → vid, uri, duration', async (account, uriPattern) => {
    const clip = mp4('clip.mp4', { seconds: 2.5, width: 640, height: 360, payloadBytes: 300_000 })
    const { successful, failed } = await run(uploader(account), [clip.file])
    expect(messages(failed)).toEqual([])
    const result = successful[0]?.result
    expect(result).toEqual({
      kind: 'video',
      vid: expect.stringMatching(/^v02/),
      uri: expect.stringMatching(uriPattern),
      duration: 2.5,
      width: 640,
      height: 360,
      format: 'MP4',
      codec: 'h264',
      size: clip.bytes.length,
      md5: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    const [stored] = await objects('bytedance-vod')
    expect(stored).toMatchObject({ key: result?.uri, sha256: clip.sha256, metadata: { crc32: await crc32(clip.bytes) } })
    expect((await log('bytedance-vod')).map((r) => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['POST', 200],
    ])
    expect(await log('imagex')).toEqual([])
  })

  it('takes mov and webm as video too, and keeps the image and video tokens apart (one call per kind)', async () => {
    const controller = uploader()
    const mov = new File([new Uint8Array(makeMp4({ seed: 2 }))], 'take.MOV', { type: 'video/quicktime' })
    const webm = new File([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4])], 'loop.webm', { type: 'video/webm' })
    const { successful, failed } = await run(controller, [png(), mov, webm])
    expect(messages(failed)).toEqual([])
    const byName = new Map(successful.map((s) => [s.name, s.result]))
    expect(byName.get('still.png')).toMatchObject({ kind: 'image', uri: expect.stringMatching(/^tos-cn-i-/) })
    expect(byName.get('take.MOV')).toMatchObject({ kind: 'video', vid: expect.any(String) })
    expect(byName.get('loop.webm')).toMatchObject({ kind: 'video', format: 'WEBM' })
    expect(await log('jimeng')).toHaveLength(2)
    expect((await log('bytedance-vod')).filter((r) => r.method === 'GET')).toHaveLength(2)
    expect((await log('imagex')).filter((r) => r.method === 'GET')).toHaveLength(1)
    expect(await objects('bytedance-vod')).toHaveLength(2)
    expect(await objects('imagex')).toHaveLength(1)
  })

  it('reports the upload host refusing a video CRC32 as checksum-mismatch, with no commit', async () => {
    await stack.call('POST', '/_faults', { service: 'imagex-upload', match: { method: 'POST' }, failNext: { count: 1, status: 400, body: { code: 4006, apiversion: 'v1', message: 'CRC32 mismatch', data: {} } } })
    const { failed } = await run(uploader(), [mp4('bad.mp4').file])
    const error = failed[0]?.error as { code?: string; message?: string }
    expect(error?.code).toBe('checksum-mismatch')
    expect(error?.message).toBe('“bad.mp4” arrived damaged. Retry.')
    expect((await log('bytedance-vod')).filter((r) => r.method === 'POST')).toEqual([])
  })

  it('fetches a new VOD token when VOD says the cached one expired, and completes', async () => {
    await stack.call('PATCH', '/_config', { jimengTokenExpiresSeconds: 1 })
    const controller = uploader()
    expect(messages((await run(controller, [mp4('one.mp4').file])).failed)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(messages((await run(controller, [mp4('two.mp4', { seed: 3 }).file])).failed)).toEqual([])
    expect(await log('jimeng')).toHaveLength(2)
    expect((await log('bytedance-vod')).map((r) => r.status)).toContain(403)
  })
})

describe('jimeng rules and result types', () => {
  it('accept the contract extensions: images plus mp4, mov, webm', () => {
    expect(jimengRules.extensions).toEqual(jimengExtensions)
    expect(jimengRules.extensions).toEqual(expect.arrayContaining(['png', 'jpg', 'mp4', 'mov', 'webm']))
  })

  it('infer the image | video union in callbacks, narrowed by kind', () => {
    const controller = createUploader({ provider: 'jimeng', autoStart: false })
    controller.on('upload-success', (_file, result) => {
      expectTypeOf(result).toEqualTypeOf<JimengResult>()
      if (result.kind === 'video') {
        expectTypeOf(result).toEqualTypeOf<JimengVideoResult>()
        expectTypeOf(result.vid).toEqualTypeOf<string>()
        expectTypeOf(result.duration).toEqualTypeOf<number | undefined>()
      } else {
        expectTypeOf(result).toEqualTypeOf<JimengImageResult>()
        // @ts-expect-error images have no vid
        void result.vid
      }
    })
    expectTypeOf<JimengResult['kind']>().toEqualTypeOf<'image' | 'video'>()
    controller.destroy()
  })
})
