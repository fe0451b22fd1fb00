import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { isMediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { readAnswer } from '../src/internal/readAnswer.ts'
import { SignClient } from '../src/internal/SignClient.ts'
import { stepContext } from './stepContext.ts'
import type * as Presign from '../src/providers/presign/signPresigned.ts'
import type * as AliyunVod from '../src/providers/aliyun-vod/aliyun-vod.ts'
import type * as Aitoearn from '../src/providers/aitoearn/aitoearn.ts'
import type * as JimengToken from '../src/providers/jimeng/jimengToken.ts'
import { createClock } from '../src/clock/Clock.ts'

const file = { id: 'f1', name: 'clip.mp4', size: 1234, type: 'video/mp4', data: new Blob(['x']), extension: 'mp4' }
const invalid = (detail: string) => new Error(`invalid: ${detail}`)
const contract = {
  safeParse: (value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string'
      ? ({ success: true, data: value as { url: string } } as const)
      : ({ success: false, error: { issues: [{ path: ['url'] }, { path: [] }] } } as const),
}

/** A sign client whose endpoint answers `reply` with `status`. */
function http(reply: unknown, status = 200): SignClient {
  return new SignClient({ fetch: async () => new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } }) })
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.catch((e: unknown) => e)
  return isMediaUploaderError(error) ? error.code : error instanceof Error ? error.message : error
}

describe('readAnswer', () => {
  it('checks against the contract when given one, naming the fields under a path', () => {
    expect(readAnswer({ url: 'u' }, contract, invalid)).toEqual({ url: 'u' })
    expect(() => readAnswer({}, contract, invalid, 'data')).toThrow('invalid: data.url, data')
    expect(() => readAnswer(null, contract, invalid)).toThrow('invalid: url, body')
  })

  it('without a contract (production) trusts an object and refuses anything else', () => {
    expect(readAnswer({ anything: 1 }, undefined, invalid)).toEqual({ anything: 1 })
    for (const value of [null, undefined, 'text', 3]) expect(() => readAnswer(value, undefined, invalid, 'data')).toThrow('invalid: data')
  })
})

// Production builds leave zod/mini out (the checks are `process.env.NODE_ENV !== 'production'`): what still holds there.
describe('sign answers in a production build', () => {
  let presign: typeof Presign
  let aliyunVod: typeof AliyunVod
  let aitoearn: typeof Aitoearn
  let jimeng: typeof JimengToken

  beforeAll(async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    presign = await import('../src/providers/presign/signPresigned.ts')
    aliyunVod = await import('../src/providers/aliyun-vod/aliyun-vod.ts')
    aitoearn = await import('../src/providers/aitoearn/aitoearn.ts')
    jimeng = await import('../src/providers/jimeng/jimengToken.ts')
  })

  afterAll(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('presign: a usable answer signs; one without an absolute url or not an object is sign-response-invalid', async () => {
    const sign = (reply: unknown) => presign.signPresigned({ ext: 'jpg', type: 'origin' }, file, stepContext('presign', 'http://app.test/presign', http(reply), {}))
    const url = 'https://store.test/b/k.jpg?X-Amz-Date=20250503T144032Z&X-Amz-Expires=300'
    await expect(sign({ code: 0, msg: 'success', data: { url, key: 'k.jpg' } })).resolves.toMatchObject({ url, key: 'k.jpg' })
    expect(await codeOf(sign({ code: 0, msg: 'success', data: { key: 'k.jpg' } }))).toBe('sign-response-invalid')
    expect(await codeOf(sign('not an envelope'))).toBe('sign-response-invalid')
    expect(await codeOf(sign({ code: 400, msg: 'Invalid query', data: null }))).toBe('sign-rejected')
  })

  it('aliyun-vod: credentials that do not decode, or name no endpoint, are sign-response-invalid', async () => {
    const b64 = (value: unknown) => btoa(JSON.stringify(value))
    const auth = b64({ AccessKeyId: 'STS.key', AccessKeySecret: 'secret', SecurityToken: 'token', Expiration: '3000' })
    const sign = (data: unknown) => aliyunVod.aliyunVod.sign(file, stepContext('aliyun-vod', 'http://app.test/aliyun-vod', http({ code: 0, msg: 'success', data }), {}))
    await expect(sign({ VideoId: 'v', UploadAddress: b64({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'b', FileName: 'sv/a.mp4' }), UploadAuth: auth })).resolves.toMatchObject({ videoId: 'v', key: 'sv/a.mp4' })
    expect(await codeOf(sign({ VideoId: 'v', UploadAddress: 'not base64!', UploadAuth: auth }))).toBe('sign-response-invalid')
    expect(await codeOf(sign({ VideoId: 'v', UploadAddress: b64({ Bucket: 'b', FileName: 'sv/a.mp4' }), UploadAuth: auth }))).toBe('sign-response-invalid')
    expect(await codeOf(sign(null))).toBe('sign-response-invalid')
  })

  it('aitoearn: a ticket without an absolute uploadUrl is sign-response-invalid; a refusal keeps its code', async () => {
    const sign = (reply: unknown) => aitoearn.aitoearn.sign(file, stepContext('aitoearn', 'http://app.test/aitoearn', http(reply), {}))
    expect(await codeOf(sign({ code: 0, message: 'ok', data: { id: 'a1', path: 'p', url: 'https://cdn.test/p' } }))).toBe('sign-response-invalid')
    expect(await codeOf(sign({ code: 0, message: 'ok', data: null }))).toBe('sign-response-invalid')
    expect(await codeOf(sign({ code: 401, message: 'Unauthorized', data: {} }))).toBe('sign-unauthorized')
  })

  it('jimeng: a token of the other kind, or none, is refused as not an upload token', async () => {
    const token = (reply: unknown) => new jimeng.JimengTokens('image', 'http://app.test/jimeng', http(reply), createClock()).get()
    const video = { kind: 'video', accessKeyId: 'AKTP', secretAccessKey: 's', sessionToken: 't', region: 'cn-north-1', expiresAt: Date.now() + 3_600_000, spaceName: 'd', vod: 'https://vod.test' }
    // The provider's error mapping (toSignError) turns this `InvalidAnswer` into sign-response-invalid.
    expect(await codeOf(token({ code: 0, msg: 'success', data: video }))).toBe('not an upload token')
    expect(await codeOf(token({ code: 0, msg: 'success' }))).toBe('not an upload token')
    await expect(token({ code: 0, msg: 'success', data: { ...video, kind: 'image', serviceId: 's', imagex: 'https://imagex.test' } })).resolves.toMatchObject({ kind: 'image' })
  })
})
