import { jimengErrorResponseSchema, jimengSignResponseSchema, type JimengSignRequest } from '@media-uploader/contracts/jimeng'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../../emulator/src/index.ts'
import { jimengHandler, type JimengHandlerOptions } from '../src/index.ts'
import { startUpstream, type FakeUpstream } from './upstream.ts'

let emulator: Emulator
let upstream: FakeUpstream
const creds = { access_key_id: 'AK', secret_access_key: 'SK', session_token: 'ST' }
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  upstream = await startUpstream({ status: 200, body: { ret: '0', errmsg: 'success', data: { ...creds, service_id: 'svc' } } })
})
afterAll(async () => {
  await emulator.close()
  await upstream.close()
})
beforeEach(() => {
  emulator.reset()
  upstream.seen.length = 0
  upstream.script()
})

const warnings: string[] = []
const logger = { warn: (message: string) => void warnings.push(message) }
const post = (body: JimengSignRequest | Record<string, unknown> = {}) =>
  new Request('http://app.test/api/media-uploader/jimeng', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

function againstEmulator(refreshToken: string, extra: Partial<JimengHandlerOptions> = {}) {
  const hosts = { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'] }
  return jimengHandler({ refreshToken, upstreams: { cn: hosts, intl: hosts }, logger, backoffMs: 1, ...extra })
}
const fake = (extra: Partial<JimengHandlerOptions> = {}) => jimengHandler({ refreshToken: 'secret-cn', upstreams: { cn: { api: upstream.url } }, logger, backoffMs: 1, ...extra })

describe('jimengHandler: video credentials (scene 1)', () => {
  it.each([
    ['cn', emulatorCredentials.jimeng.cn, 'cn-north-1'],
    ['intl', emulatorCredentials.jimeng.intl, 'us-east-1'],
  ] as const)('obtains VOD credentials for %s with {kind:"video"}, in the contract’s shape', async (_variant, refreshToken, region) => {
    const response = await againstEmulator(refreshToken, { upstreams: { cn: { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'] }, intl: { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'], region } } })(post({ kind: 'video' }))
    expect(response.status).toBe(200)
    const { data } = jimengSignResponseSchema.parse(await response.json())
    expect(data).toEqual({
      kind: 'video',
      accessKeyId: expect.stringMatching(/^AKTP/),
      secretAccessKey: expect.any(String),
      sessionToken: expect.stringMatching(/^STS2/),
      spaceName: 'dreamina',
      vod: emulator.urls['bytedance-vod'],
      region,
      expiresAt: expect.any(Number),
    })
  })

  it('sends scene 2 for {} and {kind:"image"}, scene 1 for {kind:"video"}, and nothing else from the body', async () => {
    const handler = fake()
    for (const body of [{}, { kind: 'image' }, { kind: 'video', scene: 2, cookie: 'x' }]) expect((await handler(post(body))).status).toBe(200)
    expect(upstream.seen.map((seen) => seen.body)).toEqual([{ scene: 2 }, { scene: 2 }, { scene: 1 }])
  })

  it('uses the upload_domain Jimeng names for VOD unless the app pinned upstreams.vod, and defaults the space', async () => {
    upstream.script({ body: { ret: '0', data: { ...creds, upload_domain: 'vod.example-cdn.com' } } }, { body: { ret: '0', data: { ...creds, upload_domain: 'evil.test/path?x' } } }, { body: { ret: '0', data: { ...creds, upload_domain: 'vod.example-cdn.com' } } })
    const named = jimengSignResponseSchema.parse(await (await fake()(post({ kind: 'video' }))).json()).data
    expect(named).toMatchObject({ vod: 'https://vod.example-cdn.com', spaceName: 'dreamina', region: 'cn-north-1' })
    const malformed = jimengSignResponseSchema.parse(await (await fake()(post({ kind: 'video' }))).json()).data
    expect(malformed).toMatchObject({ vod: 'https://vod.bytedanceapi.com' })
    const pinned = jimengSignResponseSchema.parse(await (await fake({ upstreams: { cn: { api: upstream.url, vod: 'http://127.0.0.1:9/' } } })(post({ kind: 'video' }))).json()).data
    expect(pinned).toMatchObject({ vod: 'http://127.0.0.1:9' })
  })

  it('refuses an unknown kind with 400 naming the field, without calling Jimeng', async () => {
    const response = await fake()(post({ kind: 'audio' }))
    expect(response.status).toBe(400)
    expect(jimengErrorResponseSchema.parse(await response.json())).toEqual({ code: 400, msg: 'Invalid body: kind must be one of image, video', data: null })
    expect((await fake()(post([] as unknown as Record<string, unknown>))).status).toBe(400)
    expect(upstream.seen).toHaveLength(0)
  })
})

describe('jimengHandler: the server’s one retry policy (fetchUpstream)', () => {
  it('retries 5xx, a dropped connection and a timeout, within `retries`', async () => {
    upstream.script({ status: 503, body: {} }, { drop: true })
    expect((await fake()(post({ kind: 'video' }))).status).toBe(200)
    expect(upstream.seen).toHaveLength(3)
    upstream.seen.length = 0
    upstream.script({ delayMs: 300, body: {} })
    expect((await fake({ timeoutMs: 100 })(post())).status).toBe(200)
    expect(upstream.seen).toHaveLength(2)
  })

  it('does not retry a 4xx (a 429 too: the browser’s policy waits it out) and answers 502', async () => {
    for (const status of [400, 429]) {
      upstream.seen.length = 0
      warnings.length = 0
      upstream.script({ status, body: {} })
      const response = await fake()(post())
      expect(response.status).toBe(502)
      expect(jimengErrorResponseSchema.parse(await response.json()).msg).toBe('upstream unavailable')
      expect(upstream.seen).toHaveLength(1)
      expect(warnings).toEqual([`[media-uploader] jimeng get_upload_token failed: HTTP ${status} (scene 2)`])
    }
  })

  it('gives up after `retries` + 1 attempts with 502, logging no secret', async () => {
    warnings.length = 0
    upstream.script({ status: 500, body: {} }, { status: 502, body: {} }, { status: 503, body: {} }, { status: 504, body: {} })
    const response = await fake({ retries: 2 })(post({ kind: 'video' }))
    expect(response.status).toBe(502)
    expect(upstream.seen).toHaveLength(3)
    expect(warnings).toEqual(['[media-uploader] jimeng get_upload_token failed: HTTP 503 (scene 1)'])
    expect(warnings.join('')).not.toContain('secret-cn')
  })

  it('answers every outcome in the contract’s shape', async () => {
    upstream.script({ body: { ret: '34010105', errmsg: 'login error secret-cn' } }, { body: { ret: '1014', errmsg: 'busy' } }, { body: { ret: '0', data: {} } }, { text: 'not json' })
    for (const status of [401, 502, 502, 502]) {
      const response = await fake({ retries: 0 })(post({ kind: 'video' }))
      const text = await response.text()
      expect(response.status).toBe(status)
      expect(jimengErrorResponseSchema.parse(JSON.parse(text)).code).toBe(status)
      expect(text).not.toContain('secret-cn')
    }
  })
})
