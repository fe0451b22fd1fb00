import { createHash } from 'node:crypto'
import RPCClient from '@alicloud/pop-core'
import OSS from 'ali-oss'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../src/index.ts'
import { VOD_BUCKET } from '../src/services/oss/vodBucket.ts'
import { decodeTarget, type UploadTarget } from './vodClient.ts'

// The most-used clients, with their default options, against the emulated VOD and OSS:
// `@alicloud/pop-core` for the VOD RPC, `ali-oss` for the upload (virtual-hosted `{bucket}.localhost`,
// which test/setup.ts resolves to loopback for Node as Chromium does).
let emulator: Emulator
let vod: RPCClient
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  vod = new RPCClient({ accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: emulatorCredentials.secretAccessKey, endpoint: emulator.urls['aliyun-vod'], apiVersion: '2017-03-21' })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const bytes = (size: number): Buffer => Buffer.from(new Uint8Array(size).map((_, i) => (i * 7 + 3) & 255))

async function target(action: 'CreateUploadImage' | 'CreateUploadVideo', params: Record<string, string>, method: 'GET' | 'POST' = 'POST'): Promise<UploadTarget & { id: string }> {
  const body = (await vod.request(action, params, { method })) as Record<string, string>
  return { ...decodeTarget(body), id: body.ImageId ?? body.VideoId ?? '' }
}

const clientFor = (t: UploadTarget, extra: Partial<OSS.Options> = {}): OSS =>
  new OSS({ endpoint: t.Endpoint, bucket: t.Bucket, accessKeyId: t.AccessKeyId, accessKeySecret: t.AccessKeySecret, stsToken: t.SecurityToken, ...extra })

describe('@alicloud/pop-core (VOD RPC)', () => {
  it('CreateUploadVideo (POST form) and CreateUploadImage (GET) succeed; RefreshUploadVideo renews', async () => {
    const video = await target('CreateUploadVideo', { Title: '雪景 clip', FileName: 'clip.mp4', FileSize: '1234' })
    expect(video).toMatchObject({ Bucket: VOD_BUCKET, Endpoint: emulator.urls.oss, FileName: expect.stringMatching(/^sv\/.+\.mp4$/), AccessKeyId: expect.stringMatching(/^STS\./) })
    const image = await target('CreateUploadImage', { ImageType: 'cover', ImageExt: 'png' }, 'GET')
    expect(image.FileName).toMatch(/^image\/cover\/[0-9A-F]{32}\.png$/)
    const refreshed = (await vod.request('RefreshUploadVideo', { VideoId: video.id }, { method: 'POST' })) as Record<string, string>
    expect(decodeTarget(refreshed).FileName).toBe(video.FileName)
  })

  it('surfaces the gateway error codes pop-core reads', async () => {
    await expect(vod.request('CreateUploadVideo', { FileName: 'a.mp4' }, { method: 'POST' })).rejects.toMatchObject({ code: 'MissingTitle' })
    const wrong = new RPCClient({ accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: 'wrong', endpoint: emulator.urls['aliyun-vod'], apiVersion: '2017-03-21' })
    await expect(wrong.request('CreateUploadImage', { ImageType: 'default' }, {})).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' })
  })
})

describe('ali-oss with default options (V1, virtual-hosted, STS)', () => {
  it('header-signed put lands the bytes', async () => {
    const t = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
    const body = bytes(4096)
    const result = await clientFor(t).put(t.FileName, body, { mime: 'image/png' })
    expect(result.res.status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)).toMatchObject({ sha256: sha256(body), contentType: 'image/png' })
    const [entry] = emulator.requests.list('oss')
    expect(entry).toMatchObject({ method: 'PUT', path: `/${t.FileName}` })
  })

  it('a query-signed URL (signatureUrl) uploads until it expires', async () => {
    const t = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'jpg' })
    const client = clientFor(t)
    const url = client.signatureUrl(t.FileName, { method: 'PUT', expires: 60, 'Content-Type': 'image/jpeg' })
    expect(new URL(url).host).toBe(`${VOD_BUCKET}.${new URL(t.Endpoint).host}`)
    const body = bytes(1000)
    expect((await fetch(url, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)?.sha256).toBe(sha256(body))
    const expired = client.signatureUrl(t.FileName, { method: 'PUT', expires: -1, 'Content-Type': 'image/jpeg' })
    expect((await fetch(expired, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'image/jpeg' } })).status).toBe(403)
  })

  it('multipartUpload (100 KB parts) completes with the right bytes; a token for another object is refused', async () => {
    const t = await target('CreateUploadVideo', { Title: 'clip', FileName: 'clip.mp4' })
    const body = bytes(350 * 1024)
    const result = await clientFor(t).multipartUpload(t.FileName, body, { partSize: 100 * 1024, parallel: 2 })
    expect(result.res.status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)?.sha256).toBe(sha256(body))
    const parts = emulator.requests.list('oss').filter((e) => e.method === 'PUT')
    expect(parts).toHaveLength(4)
    await expect(clientFor(t).put('sv/other/other.mp4', bytes(10))).rejects.toMatchObject({ code: 'AccessDenied', status: 403 })
  })

  it('an expired STS token answers SecurityTokenExpired with its EC, as ali-oss reports it', async () => {
    emulator.config.vodUploadAuthExpiresSeconds = 1
    const t = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await expect(clientFor(t).put(t.FileName, bytes(10))).rejects.toMatchObject({ code: 'SecurityTokenExpired', status: 403, ecCode: '0002-00000007' })
  })
})

describe('ali-oss with OSS V4 signatures (authorizationV4: true)', () => {
  const v4 = (t: UploadTarget): OSS => clientFor(t, { region: 'oss-cn-shanghai', authorizationV4: true })

  it('header-signed put and multipart are verified and stored', async () => {
    const image = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
    const body = bytes(2048)
    expect((await v4(image).put(image.FileName, body, { mime: 'image/png' })).res.status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, image.FileName)?.sha256).toBe(sha256(body))
    const video = await target('CreateUploadVideo', { Title: 'clip', FileName: 'clip.mp4' })
    const big = bytes(250 * 1024)
    expect((await v4(video).multipartUpload(video.FileName, big, { partSize: 100 * 1024 })).res.status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, video.FileName)?.sha256).toBe(sha256(big))
  })

  it('refuses a V4 signature made with another secret or for another region', async () => {
    const t = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
    await expect(clientFor(t, { region: 'oss-cn-shanghai', authorizationV4: true, accessKeySecret: 'wrong' }).put(t.FileName, bytes(10))).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 })
    await expect(clientFor(t, { region: 'oss-cn-hangzhou', authorizationV4: true }).put(t.FileName, bytes(10))).rejects.toMatchObject({ status: 400 })
    expect(emulator.store.size).toBe(0)
  })

  it('a V4 presigned URL (signatureUrlV4) uploads until x-oss-expires', async () => {
    const t = await target('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
    const url = await v4(t).signatureUrlV4('PUT', 60, { headers: { 'content-type': 'image/png' } }, t.FileName)
    const body = bytes(300)
    expect((await fetch(url, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'image/png' } })).status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)?.sha256).toBe(sha256(body))
    const tampered = url.replace(/x-oss-expires=\d+/, 'x-oss-expires=3600')
    expect((await fetch(tampered, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'image/png' } })).status).toBe(403)
  })
})
