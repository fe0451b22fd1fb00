import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { aitoearnHandler, createMediaUploaderHandler, type AitoearnHandlerOptions } from '../src/index.ts'
import { signOk, startAitoearn, TEST_KEY, type FakeAitoearn } from './aitoearnUpstream.ts'

let upstream: FakeAitoearn
beforeAll(async () => {
  upstream = await startAitoearn()
})
afterAll(async () => {
  await upstream.close()
})
afterEach(() => {
  upstream.seen.length = 0
  upstream.script()
})

function handler(options: Partial<AitoearnHandlerOptions> = {}) {
  return aitoearnHandler({ apiKey: TEST_KEY, baseUrl: upstream.url, backoffMs: 1, logger: false, ...options })
}

const post = (body: unknown, path = '/api/media-uploader/aitoearn', headers: Record<string, string> = {}): Request =>
  new Request(`http://app.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const sign = { filename: 'clip.mp4', size: 1234, type: 'userMedia' }

async function json(response: Response | undefined): Promise<Record<string, unknown>> {
  return (await response?.json()) as Record<string, unknown>
}

/** Signs an asset `id` through `signer` and returns the grant its answer carried (the upstream log is cleared). */
async function grantFor(signer: (request: Request) => Promise<Response | undefined>, id: string): Promise<string> {
  upstream.script({ body: { ...signOk, data: { ...signOk.data, id } } })
  const body = (await json(await signer(post(sign)))) as { data: { grant: string } }
  upstream.seen.length = 0
  return body.data.grant
}

describe('aitoearnHandler: sign', () => {
  it('calls uploadSign with X-Api-Key and only the validated fields, and answers the restricted envelope', async () => {
    const response = await handler()(post({ ...sign, extra: 'dropped', userId: 'other' }, undefined, { cookie: 'session=1' }))
    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({
      code: 0,
      message: '请求成功',
      requestId: 'req-1',
      data: {
        id: signOk.data.id,
        path: signOk.data.path,
        url: signOk.data.url,
        uploadUrl: signOk.data.uploadUrl,
        uploadFields: {},
        grant: expect.stringMatching(/^g1\./),
      },
    })
    expect(upstream.seen).toHaveLength(1)
    const [seen] = upstream.seen
    expect(seen?.method).toBe('POST')
    expect(seen?.path).toBe('/api/assets/uploadSign')
    expect(seen?.headers['x-api-key']).toBe(TEST_KEY)
    expect(seen?.headers['content-type']).toMatch(/^application\/json/)
    expect(seen?.headers.cookie).toBeUndefined()
    expect(seen?.body).toEqual({ filename: 'clip.mp4', size: 1234, type: 'userMedia' })
  })

  it("defaults type to 'temp' and keeps a path prefix of baseUrl", async () => {
    await handler({ baseUrl: `${upstream.url}/prefix/` })(post({ filename: 'a.jpg', size: 0 }))
    expect(upstream.seen[0]?.path).toBe('/prefix/api/assets/uploadSign')
    expect(upstream.seen[0]?.body).toEqual({ filename: 'a.jpg', size: 0, type: 'temp' })
  })

  it('passes POST-policy uploadFields through', async () => {
    const fields = { key: 'userMedia/u1/a.jpg', policy: 'eyJ9', 'x-amz-signature': 'abc' }
    upstream.script({ body: { ...signOk, data: { ...signOk.data, uploadUrl: 'http://store.test/media', uploadFields: fields } } })
    const body = await json(await handler()(post(sign)))
    expect(body.data).toMatchObject({ uploadUrl: 'http://store.test/media', uploadFields: fields })
  })

  it.each([
    ['filename empty', { ...sign, filename: '' }, 'filename'],
    ['filename of 256 characters', { ...sign, filename: `${'a'.repeat(252)}.jpg` }, 'filename'],
    ['filename with /', { ...sign, filename: 'dir/a.jpg' }, 'filename'],
    ['filename with \\', { ...sign, filename: 'dir\\a.jpg' }, 'filename'],
    ['filename with NUL', { ...sign, filename: 'a\u0000.jpg' }, 'filename'],
    ['filename with newline', { ...sign, filename: 'a\n.jpg' }, 'filename'],
    ['filename ..', { ...sign, filename: '..' }, 'filename'],
    ['filename missing', { size: 1 }, 'filename'],
    ['filename a number', { ...sign, filename: 7 }, 'filename'],
    ['size negative', { ...sign, size: -1 }, 'size'],
    ['size fractional', { ...sign, size: 1.5 }, 'size'],
    ['size unsafe', { ...sign, size: 2 ** 53 }, 'size'],
    ['size a string', { ...sign, size: '12' }, 'size'],
    ['size missing', { filename: 'a.jpg' }, 'size'],
    ['type unknown', { ...sign, type: 'secret' }, 'type'],
    ['body an array', [sign], 'JSON object'],
    ['body null', null, 'JSON object'],
  ])('refuses %s with 400 before calling AiToEarn', async (_name, body, field) => {
    const response = await handler()(post(body))
    expect(response.status).toBe(400)
    const answer = await json(response)
    expect(answer).toMatchObject({ code: 400, data: null })
    expect(String(answer.message)).toContain(field)
    expect(upstream.seen).toHaveLength(0)
  })

  it('accepts a 255-character file name and every seed asset type', async () => {
    expect((await handler()(post({ ...sign, filename: `${'a'.repeat(251)}.jpg` }))).status).toBe(200)
    for (const type of ['aiImage', 'aideoOutput', 'brandLibrary', 'temp']) {
      expect((await handler()(post({ ...sign, type }))).status).toBe(200)
    }
    expect(upstream.seen).toHaveLength(5)
  })

  it('refuses bad JSON, a non-JSON content type, a huge body and other methods without calling AiToEarn', async () => {
    const bad = await handler()(post('{"filename":'))
    expect(bad.status).toBe(400)
    expect(await json(bad)).toMatchObject({ code: 400, message: expect.stringContaining('JSON'), data: null })
    const form = await handler()(post('filename=a.jpg', undefined, { 'content-type': 'application/x-www-form-urlencoded' }))
    expect(form.status).toBe(415)
    const huge = await handler()(post({ ...sign, pad: 'x'.repeat(64 * 1024) }))
    expect(huge.status).toBe(413)
    const get = await handler()(new Request('http://app.test/api/media-uploader/aitoearn'))
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect(upstream.seen).toHaveLength(0)
  })

  it('refuses a size over maxFileSize with 400 before calling AiToEarn', async () => {
    const limited = handler({ maxFileSize: 1000 })
    const over = await limited(post({ ...sign, size: 1001 }))
    expect(over.status).toBe(400)
    expect(await json(over)).toMatchObject({ code: 400, message: expect.stringMatching(/size .*1000/), data: null })
    expect(upstream.seen).toHaveLength(0)
    expect((await limited(post({ ...sign, size: 1000 }))).status).toBe(200)
    expect(upstream.seen).toHaveLength(1)
  })

  it.each([
    [401, 'Unauthorized'],
    [10002, '参数验证失败'],
    [12752, '资源过大'],
    [400, 'Bad request'],
  ])('passes business code %i through with HTTP 200 and calls AiToEarn once', async (code, message) => {
    upstream.script({ body: { code, message, data: {}, timestamp: 1772099056662 } })
    const response = await handler()(post(sign))
    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({ code, message, data: null })
    expect(upstream.seen).toHaveLength(1)
  })

  it('retries 5xx answers with backoff, then succeeds', async () => {
    upstream.script({ status: 500, text: 'boom' }, { status: 503, body: { code: 503, message: 'busy' } })
    const response = await handler()(post(sign))
    expect(response.status).toBe(200)
    expect(await json(response)).toMatchObject({ code: 0 })
    expect(upstream.seen).toHaveLength(3)
  })

  it('answers 502 after retries are used up', async () => {
    upstream.script({ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 })
    const response = await handler({ retries: 2 })(post(sign))
    expect(response.status).toBe(502)
    expect(await json(response)).toEqual({ code: 502, message: 'upstream unavailable', data: null })
    expect(upstream.seen).toHaveLength(3)
  })

  it('retries network errors (dropped connection, refused port) and timeouts', async () => {
    upstream.script({ drop: true })
    expect((await handler()(post(sign))).status).toBe(200)
    expect(upstream.seen).toHaveLength(2)

    let calls = 0
    const refused: typeof fetch = async () => {
      calls++
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    }
    expect((await handler({ fetch: refused, retries: 3 })(post(sign))).status).toBe(502)
    expect(calls).toBe(4)

    upstream.seen.length = 0
    upstream.script({ delayMs: 400 })
    expect((await handler({ timeoutMs: 150 })(post(sign))).status).toBe(200)
    expect(upstream.seen).toHaveLength(2)
  })

  it('does not retry a 4xx answer, and turns a non-envelope into 502', async () => {
    upstream.script({ status: 404, text: 'Cannot POST /api/assets/uploadSign' })
    const notFound = await handler()(post(sign))
    expect(notFound.status).toBe(502)
    expect(upstream.seen).toHaveLength(1)

    upstream.seen.length = 0
    upstream.script({ status: 429, body: { code: 429, message: 'Too many requests', data: {} } })
    const limited = await handler()(post(sign))
    expect(limited.status).toBe(429)
    expect(await json(limited)).toEqual({ code: 429, message: 'Too many requests', data: null })
    expect(upstream.seen).toHaveLength(1)
  })

  it('answers 502 for a success without a usable upload URL', async () => {
    for (const data of [{ id: 'a', path: 'p', url: 'u' }, { ...signOk.data, uploadUrl: 'javascript:alert(1)' }, null]) {
      upstream.script({ body: { code: 0, message: 'ok', data } })
      const response = await handler()(post(sign))
      expect(response.status).toBe(502)
      expect(await json(response)).toMatchObject({ code: 502, data: null })
    }
  })
})

describe('aitoearnHandler: confirm', () => {
  it('calls /api/assets/{id}/confirm and answers {id, url}', async () => {
    const h = handler()
    const grant = await grantFor(h, 'abc_123-X')
    upstream.script({ body: { code: 0, message: 'ok', data: { id: 'abc_123-X', url: 'https://cdn.test/final.mp4', userId: 'u1', status: 1 } } })
    const response = await h(post({ id: 'abc_123-X', grant }, '/api/media-uploader/aitoearn/confirm'))
    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({ code: 0, message: 'ok', data: { id: 'abc_123-X', url: 'https://cdn.test/final.mp4' } })
    expect(upstream.seen).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/assets/abc_123-X/confirm', body: { id: 'abc_123-X' } }),
    ])
    expect(upstream.seen[0]?.headers['x-api-key']).toBe(TEST_KEY)
  })

  it.each([
    ['a path', '../uploadSign'],
    ['a slash', 'a/b'],
    ['a space', 'a b'],
    ['percent-encoding', '%2e%2e'],
    ['a query', 'a?x=1'],
    ['a host', '@evil.test'],
    ['empty', ''],
    ['65 characters', 'a'.repeat(65)],
    ['a number', 123],
  ])('refuses an id with %s with 400 before calling AiToEarn', async (_name, id) => {
    const response = await handler()(post({ id }, '/api/media-uploader/aitoearn/confirm'))
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({ code: 400, message: expect.stringContaining('id'), data: null })
    expect(upstream.seen).toHaveLength(0)
  })

  it('refuses a confirm without a grant, or with the grant of another asset, with 403 before calling AiToEarn', async () => {
    const h = handler()
    const grant = await grantFor(h, 'a1')
    for (const body of [{ id: 'a1' }, { id: 'a2', grant }, { id: 'a1', grant: `${grant}x` }, { id: 'a1', grant: 'g1.e30.AAAA' }]) {
      const response = await h(post(body, '/api/media-uploader/aitoearn/confirm'))
      expect(response.status).toBe(403)
      expect(await json(response)).toMatchObject({ code: 403, message: expect.stringContaining('Forbidden'), data: null })
    }
    expect(upstream.seen).toHaveLength(0)
  })

  it('passes 12750 / 12751 / 12752 through', async () => {
    const h = handler()
    const grant = await grantFor(h, 'a1')
    for (const code of [12750, 12751, 12752]) {
      upstream.script({ body: { code, message: `e${code}`, data: {} } })
      const response = await h(post({ id: 'a1', grant }, '/api/media-uploader/aitoearn/confirm'))
      expect(await json(response)).toEqual({ code, message: `e${code}`, data: null })
    }
    expect(upstream.seen.map((s) => s.path)).toEqual(Array(3).fill('/api/assets/a1/confirm'))
  })
})

describe('aitoearnHandler: hosts', () => {
  const capture = () => {
    const urls: string[] = []
    const fetch: typeof globalThis.fetch = async (input, init) => {
      urls.push(new Request(input, init).url)
      return Response.json(signOk)
    }
    return { urls, fetch }
  }

  it('uses aitoearn.cn by default, aitoearn.ai for intl, and baseUrl over both', async () => {
    const seen = capture()
    await aitoearnHandler({ apiKey: TEST_KEY, fetch: seen.fetch })(post(sign))
    await aitoearnHandler({ apiKey: TEST_KEY, site: 'intl', fetch: seen.fetch })(post(sign))
    await aitoearnHandler({ apiKey: TEST_KEY, site: 'intl', baseUrl: 'http://127.0.0.1:9', fetch: seen.fetch })(post(sign))
    expect(seen.urls).toEqual([
      'https://aitoearn.cn/api/assets/uploadSign',
      'https://aitoearn.ai/api/assets/uploadSign',
      'http://127.0.0.1:9/api/assets/uploadSign',
    ])
  })

  it('never lets the request choose the host', async () => {
    const seen = capture()
    const h = aitoearnHandler({ apiKey: TEST_KEY, fetch: seen.fetch })
    await h(post({ ...sign, baseUrl: 'http://evil.test', url: 'http://evil.test' }, '/api/media-uploader/aitoearn', { host: 'evil.test', 'x-forwarded-host': 'evil.test' }))
    await h(new Request('http://evil.test/api/media-uploader/aitoearn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sign) }))
    expect(seen.urls.every((url) => url === 'https://aitoearn.cn/api/assets/uploadSign')).toBe(true)
  })

  it('refuses a missing key or a bad baseUrl at start-up', () => {
    expect(() => aitoearnHandler({ apiKey: '' })).toThrow(/apiKey/)
    expect(() => aitoearnHandler({ apiKey: TEST_KEY, baseUrl: 'ftp://x' })).toThrow(/http/)
    expect(() => aitoearnHandler({ apiKey: TEST_KEY, baseUrl: 'http://x/?a=1' })).toThrow(/query/)
    expect(() => aitoearnHandler({ apiKey: TEST_KEY, baseUrl: 'nope' })).toThrow(/absolute/)
  })
})

describe('aitoearn in createMediaUploaderHandler', () => {
  const router = (authorize?: Parameters<typeof createMediaUploaderHandler>[0]['authorize']) =>
    createMediaUploaderHandler({
      providers: { aitoearn: { apiKey: TEST_KEY, baseUrl: upstream.url, logger: false } },
      authorize,
    })

  it('routes {basePath}/aitoearn and {basePath}/aitoearn/confirm', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const r = router()
    expect(await json(await r(post(sign)))).toMatchObject({ code: 0, data: { id: signOk.data.id } })
    const grant = await grantFor(r, 'a1')
    upstream.script({ body: { code: 0, message: 'ok', data: { id: 'a1', url: 'u' } } })
    expect(await json(await r(post({ id: 'a1', grant }, '/api/media-uploader/aitoearn/confirm')))).toMatchObject({ code: 0, data: { url: 'u' } })
    expect(upstream.seen.map((s) => s.path)).toEqual(['/api/assets/a1/confirm'])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no grantSecret'))
    warn.mockRestore()
  })

  it('answers an authorize refusal with 401 / 403 in the aitoearn envelope, without calling AiToEarn', async () => {
    const denied = await router(() => false)(post(sign))
    expect(denied?.status).toBe(401)
    expect(await json(denied)).toEqual({ code: 401, message: 'Unauthorized', data: null })

    const forbidden = await router(async () => ({ status: 403, message: 'Uploads are disabled' }))(post(sign))
    expect(forbidden?.status).toBe(403)
    expect(await json(forbidden)).toEqual({ code: 403, message: 'Uploads are disabled', data: null })

    const plain403 = await router(() => ({ status: 403 }))(post({ id: 'a1' }, '/api/media-uploader/aitoearn/confirm'))
    expect(await json(plain403)).toEqual({ code: 403, message: 'Forbidden', data: null })

    const own = await router(() => new Response('go away', { status: 418 }))(post(sign))
    expect(own?.status).toBe(418)
    expect(upstream.seen).toHaveLength(0)

    const allowed = await router(({ request }) => request.headers.get('cookie') === 'session=ok')(post(sign, undefined, { cookie: 'session=ok' }))
    expect(allowed?.status).toBe(200)
    expect(upstream.seen).toHaveLength(1)
    expect(upstream.seen[0]?.headers.cookie).toBeUndefined()
  })

  it('keeps the presign envelope (msg) for presign refusals', async () => {
    const both = createMediaUploaderHandler({
      providers: { presign: { upstream: upstream.url, logger: false }, aitoearn: { apiKey: TEST_KEY, baseUrl: upstream.url } },
      authorize: () => ({ status: 403, message: 'no' }),
    })
    expect(await json(await both(new Request('http://app.test/api/media-uploader/presign?ext=jpg', { headers: { 'x-media-uploader': '1' } })))).toEqual({ code: 403, msg: 'no', data: null })
    expect(await json(await both(post(sign)))).toEqual({ code: 403, message: 'no', data: null })
  })
})
