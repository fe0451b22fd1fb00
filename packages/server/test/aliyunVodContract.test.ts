import {
  aliyunVodExtensions,
  aliyunVodSignResponseSchema,
  aliyunVodUploadAddressSchema,
  aliyunVodUploadAuthSchema,
} from '@media-uploader/contracts/aliyun-vod'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../../emulator/src/index.ts'
import { aliyunVodHandler, aliyunVodImageExtensions, aliyunVodVideoExtensions } from '../src/index.ts'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
})
afterAll(async () => {
  await emulator.close()
})
afterEach(() => emulator.reset())

const vod = () =>
  aliyunVodHandler({ accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: emulatorCredentials.secretAccessKey, endpoint: emulator.urls['aliyun-vod'], logger: false })
const post = (body: unknown, path = '') =>
  new Request(`http://app.test/api/media-uploader/aliyun-vod${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
/** An answer of the handler, parsed with the contract (throws on any drift). */
const answer = async (response: Response | undefined) => ({ status: response?.status, ...aliyunVodSignResponseSchema.parse(await response?.json()) })
const decode = (text: string): unknown => JSON.parse(Buffer.from(text, 'base64').toString('utf8'))

describe('aliyunVodHandler speaks the contract', () => {
  it('signs exactly the contract’s extensions: images with CreateUploadImage, the rest with CreateUploadVideo', async () => {
    expect([...aliyunVodImageExtensions, ...aliyunVodVideoExtensions].every((ext) => aliyunVodExtensions.includes(ext))).toBe(true)
    const handler = vod()
    for (const ext of aliyunVodExtensions) {
      const { status, code, data } = await answer(await handler(post({ fileName: `a.${ext}`, fileSize: 1 })))
      expect({ ext, status, code }).toEqual({ ext, status: 200, code: 0 })
      expect(data && ('ImageId' in data ? 'image' : 'VideoId' in data ? 'video' : 'other')).toBe((aliyunVodImageExtensions as readonly string[]).includes(ext) ? 'image' : 'video')
    }
    expect((await answer(await handler(post({ fileName: 'a.mxf' })))).data).toEqual({ field: 'FileName', issue: 'invalid' })
  })

  it('answers sign, refresh, field errors and VOD errors in the contract’s shapes', async () => {
    const handler = vod()
    const video = await answer(await handler(post({ fileName: 'clip.mp4', fileSize: 1 })))
    if (!video.data || !('VideoId' in video.data)) throw new Error('no video')
    expect(aliyunVodUploadAddressSchema.parse(decode(video.data.UploadAddress)).FileName).toMatch(/\.mp4$/)
    expect(aliyunVodUploadAuthSchema.parse(decode(video.data.UploadAuth)).Expiration).toBe('3000')
    const refreshed = await answer(await handler(post({ videoId: video.data.VideoId, grant: video.data.grant }, '/refresh')))
    expect(refreshed.data).toMatchObject({ VideoId: video.data.VideoId, grant: expect.any(String) })
    expect((await answer(await handler(post({ fileName: 'a.png', title: 'x'.repeat(129) })))).data).toEqual({ field: 'Title', issue: 'too-long', limit: 128 })
    expect((await answer(await handler(post({ fileName: 'a.mp4', title: 'a\u202Eb' })))).data).toEqual({ field: 'Title', issue: 'invalid' })
    expect((await answer(await handler(post({ fileName: 'a.mp4', tags: ['a\u0000'] })))).data).toEqual({ field: 'Tags', issue: 'invalid' })
    expect((await answer(await handler(post({ fileName: 'a.mp4', appId: 'app-2' })))).data).toEqual({ field: 'AppId', issue: 'not-allowed' })
    expect((await answer(await handler(post({ videoId: 'x' }, '/refresh')))).code).toBe(403)
  })
})
