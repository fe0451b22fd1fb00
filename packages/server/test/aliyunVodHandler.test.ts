import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
// The emulator verifies RPC signatures with its own implementation: signing against it checks both.
import { emulatorCredentials, startEmulator, type Emulator } from '../../emulator/src/index.ts'
import { aliyunVodHandler, createMediaUploaderHandler, rpcPercentEncode, rpcStringToSign, signRpcRequest, type AliyunVodHandlerOptions } from '../src/index.ts'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
})
afterAll(async () => {
  await emulator.close()
})
afterEach(() => emulator.reset())

const key = { accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: emulatorCredentials.secretAccessKey }
const handler = (options: Partial<AliyunVodHandlerOptions> = {}) => aliyunVodHandler({ ...key, endpoint: emulator.urls['aliyun-vod'], logger: false, ...options })
const post = (body: unknown, path = '/api/media-uploader/aliyun-vod') =>
  new Request(`http://app.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const json = async (response: Response | undefined) => ({ status: response?.status, body: (await response?.json()) as { code: number; msg: string; data: Record<string, unknown> | null } })
const decode = (value: unknown) => JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as Record<string, string>
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
const address = { Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-x', FileName: 'sv/v1/v1.mp4' }
const auth = { AccessKeyId: 'STS.NTest', AccessKeySecret: 'sts-secret-4f9a1c7e', SecurityToken: 'sts-token-CAIS8b2d6e0f', Expiration: '3000' }
/** A VOD answer whose UploadAddress/UploadAuth are the contract's base64 JSON. */
const ticket = { UploadAddress: encode(address), UploadAuth: encode(auth) }

describe('RPC signature', () => {
  it('reproduces the documented example (ECS DescribeRegions, secret "testsecret")', async () => {
    const params = {
      AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0', Timestamp: '2016-02-23T12:46:24Z', Version: '2014-05-26',
    }
    expect(rpcStringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    )
    expect(await signRpcRequest('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=')
    const { Timestamp, ...rest } = params
    expect(await signRpcRequest('GET', { ...rest, TimeStamp: Timestamp }, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=')
  })

  it('encodes as RFC 3986 over UTF-8 (space %20, * %2A, ~ kept)', () => {
    expect(rpcPercentEncode("a b*c~d!e'f(g)")).toBe('a%20b%2Ac~d%21e%27f%28g%29')
    expect(rpcPercentEncode('雪')).toBe('%E9%9B%AA')
  })
})

describe('aliyunVodHandler against the emulated VOD', () => {
  it('signs an image with CreateUploadImage and returns UploadAddress/UploadAuth as received', async () => {
    const { status, body } = await json(await handler()(post({ fileName: 'photo.JPG', fileSize: 1234, title: '日落', tags: ['sea', 'sky'], imageType: 'cover' })))
    expect(status).toBe(200)
    expect(body.code).toBe(0)
    expect(Object.keys(body.data ?? {}).sort()).toEqual(['FileURL', 'ImageId', 'ImageURL', 'UploadAddress', 'UploadAuth'])
    expect(decode(body.data?.UploadAddress).FileName).toMatch(/^image\/cover\/\w+\.jpg$/)
    expect(decode(body.data?.UploadAuth)).toMatchObject({ Expiration: '3000', AccessKeyId: expect.stringMatching(/^STS\./) })
    const [call] = emulator.requests.list('aliyun-vod')
    expect(call?.query).toMatchObject({ Action: 'CreateUploadImage', ImageExt: 'jpg', ImageType: 'cover', Title: '日落', Tags: 'sea,sky', Format: 'JSON', Version: '2017-03-21' })
  })

  it('signs a video with CreateUploadVideo (Title defaults to the file name) and refreshes it', async () => {
    const vod = handler()
    const { status, body } = await json(await vod(post({ fileName: 'holiday clip.mp4', fileSize: 200 * 1024 ** 2 })))
    expect(status).toBe(200)
    expect(Object.keys(body.data ?? {}).sort()).toEqual(['UploadAddress', 'UploadAuth', 'VideoId', 'grant'])
    expect(emulator.requests.list('aliyun-vod')[0]?.query).toMatchObject({ Action: 'CreateUploadVideo', Title: 'holiday clip', FileName: 'holiday clip.mp4', FileSize: String(200 * 1024 ** 2) })
    const refreshed = await json(await vod(post({ videoId: body.data?.VideoId, grant: body.data?.grant }, '/api/media-uploader/aliyun-vod/refresh')))
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.data?.VideoId).toBe(body.data?.VideoId)
    expect(decode(refreshed.body.data?.UploadAddress).FileName).toBe(decode(body.data?.UploadAddress).FileName)
    expect(decode(refreshed.body.data?.UploadAuth).AccessKeyId).not.toBe(decode(body.data?.UploadAuth).AccessKeyId)
    const calls = emulator.requests.list('aliyun-vod').length
    const foreign = await json(await vod(post({ videoId: 'f'.repeat(32), grant: body.data?.grant }, '/api/media-uploader/aliyun-vod/refresh')))
    expect(foreign).toMatchObject({ status: 403, body: { code: 403, data: null } })
    expect(emulator.requests.list('aliyun-vod')).toHaveLength(calls)
  })

  it('refuses bad parameters naming the VOD field, before any call to VOD', async () => {
    const vod = handler()
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ title: 'x'.repeat(129) }, { field: 'Title', issue: 'too-long', limit: 128 }],
      [{ title: '雪'.repeat(43) }, { field: 'Title', issue: 'too-long', limit: 128 }],
      [{ tags: Array.from({ length: 17 }, (_, i) => `t${i}`) }, { field: 'Tags', issue: 'too-many', limit: 16 }],
      [{ tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') }, { field: 'Tags', issue: 'too-many', limit: 16 }],
      [{ tags: ['a'.repeat(33)] }, { field: 'Tags', issue: 'too-long', limit: 32 }],
      [{ tags: ['a,b'] }, { field: 'Tags', issue: 'invalid' }],
      [{ description: 'd'.repeat(1025) }, { field: 'Description', issue: 'too-long', limit: 1024 }],
      [{ imageType: 'banner' }, { field: 'ImageType', issue: 'invalid' }],
      [{ cateId: -1 }, { field: 'CateId', issue: 'invalid' }],
      [{ cateId: 'x1' }, { field: 'CateId', issue: 'invalid' }],
      [{ userData: '[1,2]' }, { field: 'UserData', issue: 'invalid' }],
      [{ userData: '{oops' }, { field: 'UserData', issue: 'invalid' }],
      [{ appId: 'application' }, { field: 'AppId', issue: 'invalid' }],
      [{ storageLocation: 'https://evil/' }, { field: 'StorageLocation', issue: 'invalid' }],
      [{ fileName: 'notes.txt' }, { field: 'FileName', issue: 'invalid' }],
      [{ fileName: '../x.mp4' }, { field: 'FileName', issue: 'invalid' }],
      [{ fileName: undefined }, { field: 'FileName', issue: 'invalid' }],
      [{ fileSize: 1.5 }, { field: 'FileSize', issue: 'invalid' }],
    ]
    for (const [extra, data] of cases) {
      const { status, body } = await json(await vod(post({ fileName: 'a.png', ...extra })))
      expect(status, JSON.stringify(extra).slice(0, 60)).toBe(400)
      expect(body.data).toEqual(data)
      expect(body.msg).toMatch(new RegExp(`^Invalid ${data.field}: `))
    }
    expect((await json(await vod(post({ fileName: 'a.png', title: 'x'.repeat(129) })))).body.msg).toBe('Invalid Title: must be at most 128 bytes (UTF-8), got 129')
    expect(await json(await vod(post({ videoId: '../x' }, '/api/media-uploader/aliyun-vod/refresh')))).toMatchObject({ status: 400, body: { data: { field: 'VideoId' } } })
    expect(emulator.requests.list('aliyun-vod')).toHaveLength(0)
    // The limits themselves pass.
    const edge = await vod(post({ fileName: 'a.gif', title: '雪'.repeat(42) + 'ab', tags: Array.from({ length: 16 }, () => 'b'.repeat(32)), description: 'd'.repeat(1024), userData: { AccelerateConfig: { Type: 'oss' } } }))
    expect(edge.status).toBe(200)
  })

  it('answers 403 (and logs, without the secret) when VOD refuses the AccessKey', async () => {
    const warn = vi.fn()
    const wrong = handler({ accessKeySecret: 'not-the-secret-0123', logger: { warn } })
    const { status, body } = await json(await wrong(post({ fileName: 'a.mp4' })))
    expect(status).toBe(403)
    expect(body).toEqual({ code: 403, msg: "VOD refused the server's AccessKey (SignatureDoesNotMatch)", data: { serviceCode: 'SignatureDoesNotMatch', requestId: expect.any(String) } })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('not-the-secret-0123')
    const unknown = await json(await handler({ accessKeyId: 'LTAInobody' })(post({ fileName: 'a.mp4' })))
    expect(unknown).toMatchObject({ status: 403, body: { data: { serviceCode: 'InvalidAccessKeyId.NotFound' } } })
  })

  it('is mounted under aliyun-vod by createMediaUploaderHandler', async () => {
    const router = createMediaUploaderHandler({ providers: { 'aliyun-vod': { ...key, endpoint: emulator.urls['aliyun-vod'], logger: false } } })
    expect((await router(post({ fileName: 'a.png' })))?.status).toBe(200)
    expect((await router(new Request('http://app.test/api/media-uploader/aliyun-vod')))?.status).toBe(405)
    const denied = createMediaUploaderHandler({ providers: { 'aliyun-vod': { ...key, endpoint: emulator.urls['aliyun-vod'] } }, authorize: () => ({ status: 403 }) })
    expect(await json(await denied(post({ fileName: 'a.png' })))).toMatchObject({ status: 403, body: { code: 403, msg: 'Forbidden', data: null } })
  })
})

describe('aliyunVodHandler retries and failures', () => {
  it('retries 5xx and network errors with a fresh nonce each time, then answers 502', async () => {
    const nonces: string[] = []
    const statuses = [503, 500]
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      nonces.push(new URL(String(input)).searchParams.get('SignatureNonce') ?? '')
      const status = statuses.shift()
      if (status === undefined) return Response.json({ RequestId: 'r', VideoId: 'v1', ...ticket })
      return Response.json({ Code: 'ServiceUnavailable' }, { status })
    })
    const vod = aliyunVodHandler({ ...key, endpoint: 'http://vod.test', fetch, backoffMs: 1, logger: false })
    expect(await json(await vod(post({ fileName: 'a.mp4' })))).toMatchObject({ status: 200, body: { data: { VideoId: 'v1' } } })
    expect(new Set(nonces).size).toBe(3)

    const warn = vi.fn()
    const down = aliyunVodHandler({ ...key, endpoint: 'http://127.0.0.1:9', backoffMs: 1, retries: 1, logger: { warn } })
    expect(await json(await down(post({ fileName: 'a.mp4' })))).toEqual({ status: 502, body: { code: 502, msg: 'upstream unavailable', data: null } })
    expect(warn.mock.calls[0]?.[0]).toMatch(/CreateUploadVideo unavailable after 2 attempt\(s\): network error/)
  })

  it('accepts the wrapped JSON the API reference shows, and refuses a body without credentials', async () => {
    const wrapped = aliyunVodHandler({ ...key, endpoint: 'http://vod.test', logger: false, fetch: async () => Response.json({ CreateUploadImageResponse: { ImageId: 'i', ImageURL: 'u', FileURL: 'f', ...ticket } }) })
    expect(await json(await wrapped(post({ fileName: 'a.png' })))).toMatchObject({ status: 200, body: { data: { ImageId: 'i', FileURL: 'f' } } })
    const empty = aliyunVodHandler({ ...key, endpoint: 'http://vod.test', logger: false, fetch: async () => Response.json({ RequestId: 'r' }) })
    expect((await empty(post({ fileName: 'a.png' }))).status).toBe(502)
  })

  it('sends the fixed account parameters, refuses other browser values, and never echoes the secret', async () => {
    const urls: URL[] = []
    const secret = 'sk-0123456789'
    const vod = aliyunVodHandler({
      accessKeyId: 'LTAIx',
      accessKeySecret: secret,
      endpoint: 'http://vod.test',
      logger: false,
      fixed: { appId: 'app-42', templateGroupId: 'tg1', userData: { MessageCallback: { CallbackURL: 'https://app.example/cb' } } },
      fetch: async (input) => {
        urls.push(new URL(String(input)))
        return Response.json({ Code: 'InvalidParameter', Message: `echo ${secret}` }, { status: 400 })
      },
    })
    const refused = await json(await vod(post({ fileName: 'a.mp4', appId: 'app-1' })))
    expect(refused).toMatchObject({ status: 400, body: { data: { field: 'AppId', issue: 'not-allowed' } } })
    expect(urls).toHaveLength(0)
    const { body } = await json(await vod(post({ fileName: 'a.mp4', appId: 'app-42', userData: { x: 1 } })))
    expect(urls[0]?.searchParams.get('AppId')).toBe('app-42')
    expect(urls[0]?.searchParams.get('TemplateGroupId')).toBe('tg1')
    expect(urls[0]?.searchParams.get('UserData')).toBe('{"x":1,"MessageCallback":{"CallbackURL":"https://app.example/cb"}}')
    expect(urls[0]?.href).not.toContain(secret)
    expect(JSON.stringify(body)).not.toContain(secret)
    expect(body.msg).toBe('InvalidParameter: echo [redacted]')
  })

  it('checks its options', () => {
    expect(() => aliyunVodHandler({ accessKeyId: '', accessKeySecret: 'x' })).toThrow(/accessKeyId/)
    expect(() => aliyunVodHandler({ ...key, endpoint: 'ftp://x' })).toThrow(/http/)
    expect(() => aliyunVodHandler({ ...key, region: 'cn shanghai' })).toThrow(/region/)
  })
})

describe('aliyunVodHandler: a VOD success outside the contract', () => {
  /** A handler whose VOD answers `answer` (HTTP 200) to every call, and the lines it logged. */
  const against = (answer: (action: string) => Record<string, unknown>) => {
    const logs: string[] = []
    const vod = aliyunVodHandler({
      ...key,
      endpoint: 'http://vod.test',
      retries: 0,
      logger: { warn: (line) => void logs.push(line) },
      fetch: async (input) => Response.json({ RequestId: 'r', ...answer(new URL(String(input)).searchParams.get('Action') ?? '') }),
    })
    return { vod, logs }
  }
  /** 502 with the handler's usual body, one log line naming `field`, and no secret (VOD's STS values, the AccessKey) anywhere. */
  const expectRefused = async (response: Response | undefined, logs: string[], field: string, secrets: string[]) => {
    const text = await response?.text()
    expect({ status: response?.status, body: JSON.parse(text ?? 'null') }).toEqual({
      status: 502,
      body: { code: 502, msg: 'upstream answered HTTP 200 with an unexpected body', data: null },
    })
    expect(logs).toHaveLength(1)
    expect(logs[0]).toContain(` ${field} `)
    for (const secret of [...secrets, key.accessKeySecret]) {
      expect(text).not.toContain(secret)
      expect(logs.join('\n')).not.toContain(secret)
    }
  }

  it('answers 502 for a video whose UploadAuth lacks AccessKeyId, without echoing the STS secret or token', async () => {
    const UploadAuth = encode({ AccessKeySecret: auth.AccessKeySecret, SecurityToken: auth.SecurityToken, Expiration: '3000' })
    const { vod, logs } = against(() => ({ VideoId: 'v1', UploadAddress: ticket.UploadAddress, UploadAuth }))
    await expectRefused(await vod(post({ fileName: 'a.mp4' })), logs, 'UploadAuth.AccessKeyId', [auth.AccessKeySecret, auth.SecurityToken, UploadAuth])
  })

  it('answers 502 for an UploadAddress that is not base64 JSON, lacks Bucket or has a non-URL Endpoint', async () => {
    for (const [UploadAddress, field] of [
      ['not base64 at all!', 'UploadAddress'],
      [btoa('{"Endpoint":'), 'UploadAddress'],
      [encode({ Endpoint: address.Endpoint, FileName: address.FileName }), 'UploadAddress.Bucket'],
      [encode({ ...address, Endpoint: 'not a url' }), 'UploadAddress.Endpoint'],
    ]) {
      const { vod, logs } = against(() => ({ VideoId: 'v1', UploadAddress, UploadAuth: ticket.UploadAuth }))
      await expectRefused(await vod(post({ fileName: 'a.mp4' })), logs, field!, [auth.AccessKeySecret, auth.SecurityToken, ticket.UploadAuth])
    }
  })

  it('answers 502 for an image whose UploadAuth lacks SecurityToken', async () => {
    const UploadAuth = encode({ AccessKeyId: auth.AccessKeyId, AccessKeySecret: auth.AccessKeySecret })
    const { vod, logs } = against(() => ({ ImageId: 'i1', ImageURL: 'https://img.test/i1.png', FileURL: 'https://oss.test/i1.png', UploadAddress: ticket.UploadAddress, UploadAuth }))
    await expectRefused(await vod(post({ fileName: 'a.png' })), logs, 'UploadAuth.SecurityToken', [auth.AccessKeySecret, UploadAuth])
  })

  it('answers 502 for a refresh whose UploadAuth is not the contract’s', async () => {
    const UploadAuth = encode({ AccessKeyId: auth.AccessKeyId, AccessKeySecret: auth.AccessKeySecret, SecurityToken: '' })
    const { vod, logs } = against((action) => ({ VideoId: 'v1', UploadAddress: ticket.UploadAddress, UploadAuth: action === 'RefreshUploadVideo' ? UploadAuth : ticket.UploadAuth }))
    const signed = await json(await vod(post({ fileName: 'a.mp4' })))
    expect(signed).toMatchObject({ status: 200, body: { code: 0, data: { VideoId: 'v1', ...ticket } } })
    const refreshed = await vod(post({ videoId: 'v1', grant: signed.body.data?.grant }, '/api/media-uploader/aliyun-vod/refresh'))
    await expectRefused(refreshed, logs, 'UploadAuth.SecurityToken', [auth.AccessKeySecret, UploadAuth])
  })
})
