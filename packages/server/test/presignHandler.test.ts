import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { presignHandler, type PresignHandlerOptions } from '../src/index.ts'
import { okEnvelope, startUpstream, type FakeUpstream } from './upstream.ts'

let upstream: FakeUpstream
beforeAll(async () => {
  upstream = await startUpstream()
})
afterAll(async () => {
  await upstream.close()
})
afterEach(() => {
  upstream.seen.length = 0
  upstream.script()
})

const unavailable = { code: 502, msg: 'upstream unavailable', data: null }

function handler(options: Partial<PresignHandlerOptions> = {}) {
  return presignHandler({ upstream: upstream.url, backoffMs: 1, logger: false, ...options })
}

function get(query: string, init?: RequestInit): Request {
  const headers = new Headers(init?.headers)
  headers.set('sec-fetch-site', 'same-origin')
  return new Request(`http://app.test/api/media-uploader/presign${query}`, { ...init, headers })
}

describe('presignHandler', () => {
  it('forwards a valid query to {upstream}/oss/presign and returns the envelope with 200', async () => {
    const response = await handler()(get('?ext=jpg&width=2048&height=1346&type=origin'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual(okEnvelope)
    expect(upstream.seen).toHaveLength(1)
    expect(upstream.seen[0]?.method).toBe('GET')
    expect(upstream.seen[0]?.url.pathname).toBe('/oss/presign')
    expect(Object.fromEntries(upstream.seen[0]?.url.searchParams ?? [])).toEqual({
      ext: 'jpg',
      width: '2048',
      height: '1346',
      type: 'origin',
    })
  })

  it('passes a fractional duration for videos', async () => {
    await handler()(get('?ext=mp4&duration=12.5&type=video&width=1920&height=1080'))
    expect(upstream.seen[0]?.url.searchParams.get('duration')).toBe('12.5')
  })

  it('keeps an upstream path prefix and ignores a trailing slash', async () => {
    await presignHandler({ upstream: `${upstream.url}/v1/`, logger: false })(get('?ext=png'))
    expect(upstream.seen[0]?.url.pathname).toBe('/v1/oss/presign')
  })

  it('forwards only ext, width, height, duration and type', async () => {
    await handler()(
      get('?ext=png&width=10&upstream=http://evil.test&key=../../etc&url=x&X-Amz-Expires=999999&ext=gif&callback=y'),
    )
    expect(upstream.seen).toHaveLength(1)
    const forwarded = upstream.seen[0]?.url
    expect([...(forwarded?.searchParams.keys() ?? [])].sort()).toEqual(['ext', 'width'])
    expect(forwarded?.searchParams.get('ext')).toBe('png')
    expect(upstream.seen[0]?.headers.host).toBe(new URL(upstream.url).host)
  })

  it('never forwards browser headers (cookies, authorization)', async () => {
    await handler({ headers: { 'x-api-key': 'server-secret' } })(
      get('?ext=jpg', { headers: { cookie: 'session=abc', authorization: 'Bearer user', 'x-forwarded-host': 'evil.test' } }),
    )
    const headers = upstream.seen[0]?.headers ?? {}
    expect(headers.cookie).toBeUndefined()
    expect(headers.authorization).toBeUndefined()
    expect(headers['x-forwarded-host']).toBeUndefined()
    expect(headers['x-api-key']).toBe('server-secret')
  })

  it('calls a headers function per request', async () => {
    const headers = vi.fn(() => ({ authorization: 'Bearer server-token' }))
    const presign = handler({ headers })
    await presign(get('?ext=jpg'))
    await presign(get('?ext=jpg'))
    expect(headers).toHaveBeenCalledTimes(2)
    expect(upstream.seen[1]?.headers.authorization).toBe('Bearer server-token')
  })

  it('normalizes the extension to lowercase', async () => {
    await handler()(get('?ext=JPG'))
    expect(upstream.seen[0]?.url.searchParams.get('ext')).toBe('jpg')
  })

  it.each([
    ['missing ext', '', /ext is required/],
    ['disallowed ext', '?ext=exe', /ext must be one of jpg, jpeg, png, webp, gif, mp4, webm/],
    ['txt', '?ext=txt', /ext must be one of/],
    ['width zero', '?ext=jpg&width=0', /width must be a positive integer/],
    ['width fractional', '?ext=jpg&width=1.5', /width must be a positive integer/],
    ['width negative', '?ext=jpg&width=-3', /width must be a positive integer/],
    ['height not a number', '?ext=jpg&height=abc', /height must be a positive integer/],
    ['height empty', '?ext=jpg&height=', /height must be a positive integer/],
    ['duration zero', '?ext=mp4&duration=0', /duration must be a positive number/],
    ['duration negative', '?ext=mp4&duration=-1', /duration must be a positive number/],
    ['duration NaN', '?ext=mp4&duration=NaN', /duration must be a positive number/],
    ['duration Infinity', '?ext=mp4&duration=Infinity', /duration must be a positive number/],
    ['bad type', '?ext=jpg&type=avatar', /type must be one of thumb, origin, video/],
  ])('rejects %s with 400 before calling the upstream', async (_name, query, message) => {
    const response = await handler()(get(query))
    expect(response.status).toBe(400)
    const body = (await response.json()) as { code: number; msg: string; data: unknown }
    expect(body.code).toBe(400)
    expect(body.data).toBeNull()
    expect(body.msg).toMatch(message)
    expect(upstream.seen).toHaveLength(0)
  })

  it('retries on 5xx and succeeds', async () => {
    upstream.script({ status: 500, body: { code: 500, msg: 'boom', data: null } }, { status: 503, text: 'busy' })
    const response = await handler()(get('?ext=jpg'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(okEnvelope)
    expect(upstream.seen).toHaveLength(3)
  })

  it('answers 502 after retries are exhausted', async () => {
    upstream.script({ status: 500 }, { status: 502 }, { status: 503 }, { status: 200, body: okEnvelope })
    const response = await handler({ retries: 2 })(get('?ext=jpg'))
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual(unavailable)
    expect(upstream.seen).toHaveLength(3)
  })

  it('honours retries: 0', async () => {
    upstream.script({ status: 500 })
    const response = await handler({ retries: 0 })(get('?ext=jpg'))
    expect(response.status).toBe(502)
    expect(upstream.seen).toHaveLength(1)
  })

  it('backs off between retries (jittered: at least half of 60 + 120 ms)', async () => {
    upstream.script({ status: 500 }, { status: 500 })
    const started = Date.now()
    await handler({ backoffMs: 60 })(get('?ext=jpg'))
    expect(Date.now() - started).toBeGreaterThanOrEqual((60 + 120) / 2 - 10)
  })

  it('passes an upstream 400 through with its body and does not retry', async () => {
    const rejected = { code: 400, msg: '仅支持图片（jpg、jpeg、png、webp、gif）和视频（mp4、webm）格式', data: null }
    upstream.script({ status: 400, body: rejected })
    const response = await handler()(get('?ext=webp'))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(rejected)
    expect(upstream.seen).toHaveLength(1)
  })

  it('wraps a non-JSON upstream 4xx in an envelope', async () => {
    upstream.script({ status: 403, text: 'Forbidden' })
    const response = await handler()(get('?ext=jpg'))
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ code: 403, msg: 'Upstream answered HTTP 403', data: null })
    expect(upstream.seen).toHaveLength(1)
  })

  it('passes a business error (code ≠ 0 in a 200) through unchanged', async () => {
    const business = { code: 12752, msg: 'quota exceeded', data: null }
    upstream.script({ status: 200, body: business })
    const response = await handler()(get('?ext=jpg'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(business)
  })

  it('answers 502 when a 200 is not an envelope', async () => {
    upstream.script({ status: 200, text: '<html>captive portal</html>' })
    const response = await handler()(get('?ext=jpg'))
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual(unavailable)
    expect(upstream.seen).toHaveLength(1)
  })

  it('retries a timed-out attempt', async () => {
    upstream.script({ status: 200, body: okEnvelope, delayMs: 500 })
    const response = await handler({ timeoutMs: 100 })(get('?ext=jpg'))
    expect(response.status).toBe(200)
    expect(upstream.seen).toHaveLength(2)
  })

  it('answers 502 when the upstream cannot be reached, retrying network errors', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('fetch failed')))
    const response = await handler({ fetch: fetchSpy })(get('?ext=jpg'))
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual(unavailable)
    expect(fetchSpy).toHaveBeenCalledTimes(3)
  })

  it('logs failures without query, headers or bodies', async () => {
    upstream.script({ status: 500, text: 'secret-body' }, { status: 500 }, { status: 500 })
    const warn = vi.fn()
    await handler({ logger: { warn }, headers: { 'x-api-key': 'top-secret' } })(get('?ext=jpg&width=99'))
    expect(warn).toHaveBeenCalledTimes(1)
    const message = String(warn.mock.calls[0]?.[0])
    expect(message).toMatch(/after 3 attempt\(s\): HTTP 500/)
    expect(message).not.toMatch(/top-secret|secret-body|width|\?/)
  })

  it('stops when the browser goes away', async () => {
    upstream.script({ status: 200, body: okEnvelope, delayMs: 300 })
    const aborter = new AbortController()
    const pending = handler()(get('?ext=jpg', { signal: aborter.signal }))
    setTimeout(() => aborter.abort(), 50)
    const response = await pending
    expect(response.status).toBe(502)
    expect(upstream.seen).toHaveLength(1)
  })

  it('answers 405 to anything but GET and POST', async () => {
    const response = await handler()(get('?ext=jpg', { method: 'PUT', body: '{}' }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, POST')
    expect(upstream.seen).toHaveLength(0)
  })

  describe('batch (POST {files})', () => {
    const post = (body: unknown) => get('', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })

    it('signs every file with one upstream call each, in order, forwarding only known fields', async () => {
      const files = [
        { ext: 'JPG', width: 640, height: 480, type: 'origin' },
        { ext: 'mp4', duration: 12.5, type: 'video', evil: 'x' },
      ]
      const response = await handler()(post({ files }))
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ code: 0, msg: 'success', data: [okEnvelope, okEnvelope] })
      const queries = upstream.seen.map((r) => Object.fromEntries(r.url.searchParams)).sort((a, b) => a.ext!.localeCompare(b.ext!))
      expect(queries).toEqual([
        { ext: 'jpg', width: '640', height: '480', type: 'origin' },
        { ext: 'mp4', duration: '12.5', type: 'video' },
      ])
    })

    it('reports a per-file upstream refusal or outage in place, after retrying only the outage', async () => {
      upstream.script({ status: 400, body: { code: 400, msg: 'bad ext', data: null } }, { status: 500, body: {} }, { status: 500, body: {} }, { status: 500, body: {} })
      const response = await handler({ batchConcurrency: 1, retries: 2 })(post({ files: [{ ext: 'jpg' }, { ext: 'png' }, { ext: 'gif' }] }))
      const body = (await response.json()) as { data: unknown[] }
      expect(body.data).toEqual([{ code: 400, msg: 'bad ext', data: null }, unavailable, okEnvelope])
      expect(upstream.seen).toHaveLength(5)
    })

    it('rejects a malformed or oversized batch before calling upstream', async () => {
      for (const bad of [{}, { files: [] }, { files: [{ ext: 'exe' }] }, { files: [{ ext: 'jpg', width: -1 }] }, { files: Array.from({ length: 51 }, () => ({ ext: 'jpg' })) }]) {
        const response = await handler()(post(bad))
        expect(response.status).toBe(400)
      }
      const notJson = await handler()(get('', { method: 'POST', body: 'nope', headers: { 'content-type': 'application/json' } }))
      expect(notJson.status).toBe(400)
      const textPlain = await handler()(get('', { method: 'POST', body: JSON.stringify({ files: [{ ext: 'jpg' }] }), headers: { 'content-type': 'text/plain' } }))
      expect(textPlain.status).toBe(415)
      expect(upstream.seen).toHaveLength(0)
    })
  })

  it('refuses a non-http upstream at construction', () => {
    expect(() => presignHandler({ upstream: 'file:///etc/passwd' })).toThrow(TypeError)
    expect(() => presignHandler({ upstream: 'not a url' })).toThrow(TypeError)
    expect(() => presignHandler({ upstream: 'http://x.test/?a=1' })).toThrow(TypeError)
  })
})
