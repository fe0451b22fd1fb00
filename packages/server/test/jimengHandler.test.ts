import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../../emulator/src/index.ts'
import { createMediaUploaderHandler, jimengCookie, jimengHandler, type JimengHandlerOptions } from '../src/index.ts'
import { startUpstream, type FakeUpstream } from './upstream.ts'

let emulator: Emulator
let upstream: FakeUpstream
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  upstream = await startUpstream({ status: 200, body: { ret: '0', errmsg: 'success', data: { access_key_id: 'AK', secret_access_key: 'SK', session_token: 'ST', service_id: 'svc' } } })
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

function againstEmulator(refreshToken: string, extra: Partial<JimengHandlerOptions> = {}) {
  const hosts = { api: emulator.urls.jimeng, imagex: emulator.urls.imagex }
  return jimengHandler({ refreshToken, upstreams: { cn: hosts, intl: { ...hosts, region: 'ap-southeast-1' } }, logger, backoffMs: 1, ...extra })
}

const post = (init: RequestInit = {}) =>
  new Request('http://app.test/api/media-uploader/jimeng', { method: 'POST', body: '{}', ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } })

describe('jimengCookie', () => {
  it('builds the seed cookie: plain token → China, us- → international with the prefix stripped', () => {
    const ids = { webId: '7000000000000000001', userId: 'ab'.repeat(16) }
    expect(jimengCookie('tok123', ids, 1_700_000_000)).toBe(
      '_tea_web_id=7000000000000000001; is_staff_user=false; store-region=cn-gd; store-region-src=uid; ' +
        'sid_guard=tok123%7C1700000000%7C5184000%7CMon%2C+03-Feb-2025+08%3A17%3A09+GMT; ' +
        `uid_tt=${ids.userId}; uid_tt_ss=${ids.userId}; sid_tt=tok123; sessionid=tok123; sessionid_ss=tok123; sid_tt=tok123`,
    )
    const us = jimengCookie('US-tok456', ids, 1)
    expect(us).toContain('store-region=us;')
    expect(us).toContain('sessionid=tok456;')
    expect(us).not.toContain('US-')
  })
})

describe('jimengHandler against the emulator', () => {
  it('obtains China credentials (cookie, headers and body accepted by the token API)', async () => {
    const response = await againstEmulator(emulatorCredentials.jimeng.cn)(post())
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { code, data } = (await response.json()) as { code: number; data: Record<string, unknown> }
    expect(code).toBe(0)
    expect(data).toEqual({
      kind: 'image',
      accessKeyId: expect.stringMatching(/^AKTP/),
      secretAccessKey: expect.any(String),
      sessionToken: expect.stringMatching(/^STS2/),
      serviceId: 'tb4s082cfz',
      imagex: emulator.urls.imagex,
      region: 'cn-north-1',
      expiresAt: expect.any(Number),
    })
    expect(data.expiresAt as number).toBeGreaterThan(Date.now() + 800_000)
    const [call] = emulator.requests.list('jimeng')
    expect(call).toMatchObject({ method: 'POST', path: '/mweb/v1/get_upload_token', query: {} })
  })

  it('obtains international credentials for a us- token, with the international query', async () => {
    const response = await againstEmulator(emulatorCredentials.jimeng.intl)(post())
    const { data } = (await response.json()) as { data: Record<string, unknown> }
    expect(data).toMatchObject({ serviceId: 'wopfjsm1ax', region: 'ap-southeast-1' })
    expect(emulator.requests.list('jimeng')[0]?.query).toEqual({ aid: '513641', web_version: '7.5.0', da_version: '3.3.2', aigc_features: 'app_lip_sync' })
  })

  it('maps the login error to 401 and never echoes the refresh token', async () => {
    warnings.length = 0
    const response = await againstEmulator('not-a-session-of-ours')(post())
    expect(response.status).toBe(401)
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({ code: 401, msg: expect.stringContaining('34010105'), data: null })
    expect(text).not.toContain('not-a-session-of-ours')
    expect(warnings.join('\n')).not.toContain('not-a-session-of-ours')
  })

  it('picks the account per request with a function', async () => {
    const handler = againstEmulator('', { refreshToken: (request) => (request.headers.get('x-region') === 'intl' ? emulatorCredentials.jimeng.intl : emulatorCredentials.jimeng.cn) })
    expect(((await (await handler(post({ headers: { 'x-region': 'intl' } }))).json()) as { data: { serviceId: string } }).data.serviceId).toBe('wopfjsm1ax')
    expect(((await (await handler(post())).json()) as { data: { serviceId: string } }).data.serviceId).toBe('tb4s082cfz')
  })

  it('is mounted at {basePath}/jimeng', async () => {
    const handler = createMediaUploaderHandler({ providers: { jimeng: { refreshToken: emulatorCredentials.jimeng.cn, upstreams: { cn: { api: emulator.urls.jimeng, imagex: emulator.urls.imagex } } } } })
    const response = await handler(post())
    expect(response?.status).toBe(200)
  })
})

describe('jimengHandler upstream call', () => {
  const handler = (extra: Partial<JimengHandlerOptions> = {}) =>
    jimengHandler({ refreshToken: 'us-secret-session', upstreams: { intl: { api: `${upstream.url}/dreamina/us/` } }, logger, backoffMs: 1, ...extra })

  it('sends the seed headers and cookie, and nothing from the browser', async () => {
    await handler()(post({ headers: { cookie: 'app-session=user', authorization: 'Bearer user', origin: 'http://app.test' }, body: '{"scene":1}' }))
    const [seen] = upstream.seen
    expect(seen?.url.pathname).toBe('/dreamina/us/mweb/v1/get_upload_token')
    expect(seen?.headers).toMatchObject({
      origin: 'https://api-proxy-1.deno.dev',
      referer: 'https://api-proxy-1.deno.dev/',
      appid: '513641',
      'user-agent': expect.stringContaining('Chrome/131'),
      'sec-ch-ua-platform': '"Windows"',
      'content-type': 'application/json',
    })
    expect(seen?.headers.cookie).toMatch(/^_tea_web_id=7\d{18}; is_staff_user=false; store-region=us; store-region-src=uid; sid_guard=secret-session%7C\d+%7C5184000%7C/)
    expect(seen?.headers.cookie).toContain('sessionid=secret-session; sessionid_ss=secret-session; sid_tt=secret-session')
    expect(seen?.headers.cookie).not.toContain('app-session')
    expect(seen?.headers.authorization).toBeUndefined()
  })

  it('reads a bare credentials object (as the seed prints it) and defaults the service id', async () => {
    upstream.script({ status: 200, body: { access_key_id: 'AK', secret_access_key: 'SK', session_token: 'ST' } })
    const { data } = (await (await handler()(post())).json()) as { data: { serviceId: string; region: string } }
    expect(data).toMatchObject({ serviceId: 'wopfjsm1ax', region: 'us-east-1' })
  })

  it('maps other ret codes to 502 with ret and errmsg, and answers without credentials to 502', async () => {
    upstream.script({ status: 200, body: { ret: '1014', errmsg: 'system busy', data: null } })
    const busy = await handler()(post())
    expect(busy.status).toBe(502)
    expect(((await busy.json()) as { msg: string }).msg).toBe('Jimeng refused the upload token (ret 1014: system busy)')
    upstream.script({ status: 200, body: { ret: '0', data: { access_key_id: 'AK' } } })
    expect((await handler()(post())).status).toBe(502)
  })

  it('retries network errors and 5xx with backoff, then gives up with 502', async () => {
    upstream.script({ status: 503, body: {} }, { status: 500, body: {} })
    const response = await handler()(post())
    expect(response.status).toBe(200)
    expect(upstream.seen).toHaveLength(3)
    warnings.length = 0
    const down = await jimengHandler({ refreshToken: 'secret-cn', upstreams: { cn: { api: 'http://127.0.0.1:1' } }, logger, backoffMs: 1 })(post())
    expect(down.status).toBe(502)
    expect(warnings).toEqual([expect.stringMatching(/get_upload_token failed: network error/)])
    expect(warnings.join('')).not.toContain('secret-cn')
  })

  it('answers 405 to other methods and refuses a missing refresh token', async () => {
    expect((await handler()(new Request('http://app.test/api/media-uploader/jimeng'))).status).toBe(405)
    expect(() => jimengHandler({ refreshToken: ' ' })).toThrow(/refreshToken/)
    expect(upstream.seen).toHaveLength(0)
  })
})
