import { describe, expect, it } from 'vitest'
import { createMediaUploaderHandler, type CorsOptions } from '../src/index.ts'

const APP = 'https://app.example'

function handler(cors?: CorsOptions) {
  return createMediaUploaderHandler({ providers: { presign: async () => Response.json({ code: 0, msg: 'ok', data: null }) }, cors })
}

const preflight = (origin: string, method = 'GET', headers = 'content-type') =>
  new Request('https://sign.example/api/media-uploader/presign', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  })

describe('the cors option', () => {
  it('answers a preflight from a listed origin with that origin, the methods and the widget headers, no credentials', async () => {
    const response = await handler({ origins: [APP] })(preflight(APP, 'POST'))
    expect(response?.status).toBe(204)
    expect(Object.fromEntries(response!.headers)).toMatchObject({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type, authorization, x-media-uploader',
      vary: 'Origin',
    })
    expect(response?.headers.has('access-control-allow-credentials')).toBe(false)
  })

  it('refuses a preflight from another origin, for another method or header, or without cors, with no CORS headers', async () => {
    for (const [h, request] of [
      [handler({ origins: [APP] }), preflight('https://evil.example')],
      [handler({ origins: [APP] }), preflight(APP, 'DELETE')],
      [handler({ origins: [APP] }), preflight(APP, 'POST', 'x-evil')],
      [handler(), preflight(APP)],
    ] as const) {
      const response = await h(request)
      expect(response?.status).toBeGreaterThanOrEqual(403)
      expect(response?.headers.has('access-control-allow-origin')).toBe(false)
    }
  })

  it('sends Allow-Credentials only with credentials: true, and CORS headers on answers to listed origins only', async () => {
    const withCredentials = await handler({ origins: [APP], credentials: true })(preflight(APP))
    expect(withCredentials?.headers.get('access-control-allow-credentials')).toBe('true')
    const get = (origin: string) => new Request('https://sign.example/api/media-uploader/presign?ext=jpg', { headers: { origin, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' } })
    const listed = await handler({ origins: [APP] })(get(APP))
    expect(listed?.status).toBe(200)
    expect(listed?.headers.get('access-control-allow-origin')).toBe(APP)
    const other = await handler({ origins: [APP] })(get('https://evil.example'))
    expect(other?.status).toBe(403)
    expect(other?.headers.has('access-control-allow-origin')).toBe(false)
  })

  it('refuses an origin with a path or another scheme at start-up', () => {
    expect(() => handler({ origins: ['https://app.example/path'] })).toThrow(/origin/)
    expect(() => handler({ origins: ['ftp://app.example'] })).toThrow(/origin/)
    expect(() => handler({ origins: ['*'] })).toThrow(/origin/)
  })
})
