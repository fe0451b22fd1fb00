import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { corsHeaderNames, presign } from './support.ts'

const ALLOWED = 'http://app.test'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, s3: { allowedOrigins: [ALLOWED, 'http://localhost:*'] } })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

function preflight(origin: string, method = 'PUT', headers = 'content-type'): Promise<Response> {
  return fetch(`${emulator.urls.s3}/media/some/key.jpg`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  })
}

describe('bucket CORS', () => {
  it('answers a preflight from an allowed origin', async () => {
    const response = await preflight(ALLOWED)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(response.headers.get('access-control-allow-methods')).toBe('PUT, POST, GET, HEAD, DELETE')
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type')
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag')
  })

  it('matches a wildcard origin', async () => {
    expect((await preflight('http://localhost:5173')).status).toBe(200)
  })

  it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
    const response = await preflight('http://evil.test')
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amz-error-code')).toBe('AccessForbidden')
    expect(corsHeaderNames(response)).toEqual([])
  })

  it('refuses a preflight for a method the rule does not allow', async () => {
    const response = await preflight(ALLOWED, 'PATCH')
    expect(response.status).toBe(403)
    expect(corsHeaderNames(response)).toEqual([])
  })

  it('adds CORS and exposes ETag on actual responses to allowed origins only', async () => {
    const first = await presign(emulator, 'ext=jpg')
    const allowed = await fetch(first.data.url, { method: 'PUT', body: 'x', headers: { origin: ALLOWED } })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-expose-headers')).toBe('ETag')

    const second = await presign(emulator, 'ext=jpg')
    const other = await fetch(second.data.url, { method: 'PUT', body: 'x', headers: { origin: 'http://evil.test' } })
    expect(other.status).toBe(200)
    expect(corsHeaderNames(other)).toEqual([])
  })

  it('does not expose ETag when exposeETag is off', async () => {
    emulator.config.s3.exposeETag = false
    const preflightResponse = await preflight(ALLOWED)
    expect(preflightResponse.headers.get('access-control-expose-headers')).toBeNull()
    const { data } = await presign(emulator, 'ext=jpg')
    const response = await fetch(data.url, { method: 'PUT', body: 'x', headers: { origin: ALLOWED } })
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(response.headers.get('access-control-expose-headers')).toBeNull()
  })

  it("allowedOrigins '*' admits any origin", async () => {
    emulator.config.s3.allowedOrigins = '*'
    const response = await preflight('http://whatever.test')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('keeps CORS headers on signature errors so the browser can read them', async () => {
    const { data } = await presign(emulator, 'ext=jpg')
    const response = await fetch(data.url.replace('.jpg?', '.png?'), { method: 'PUT', body: 'x', headers: { origin: ALLOWED } })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
  })
})
