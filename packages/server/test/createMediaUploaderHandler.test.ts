import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMediaUploaderHandler, type MediaUploaderHandlerOptions } from '../src/index.ts'
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
})

function create(options: Partial<MediaUploaderHandlerOptions> = {}) {
  return createMediaUploaderHandler({
    providers: { presign: { upstream: upstream.url, logger: false } },
    ...options,
  })
}

/** A same-origin browser request (as Chromium sends it). */
const at = (path: string, init?: RequestInit): Request => {
  const headers = new Headers(init?.headers)
  headers.set('sec-fetch-site', 'same-origin')
  return new Request(`http://app.test${path}`, { ...init, headers })
}

describe('createMediaUploaderHandler', () => {
  it('routes {basePath}/presign to the presign handler (default basePath)', async () => {
    const response = await create()(at('/api/media-uploader/presign?ext=jpg'))
    expect(response?.status).toBe(200)
    expect(await response?.json()).toEqual(okEnvelope)
    expect(upstream.seen).toHaveLength(1)
  })

  it('honours a custom basePath (with or without slashes)', async () => {
    for (const basePath of ['/sign', 'sign', '/sign/']) {
      const handler = create({ basePath })
      expect((await handler(at('/sign/presign?ext=png')))?.status).toBe(200)
      expect(await handler(at('/api/media-uploader/presign?ext=png'))).toBeUndefined()
    }
    expect(upstream.seen).toHaveLength(3)
  })

  it('resolves to undefined outside basePath', async () => {
    const handler = create()
    expect(await handler(at('/'))).toBeUndefined()
    expect(await handler(at('/api/media-uploader-evil/presign?ext=jpg'))).toBeUndefined()
    expect(await handler(at('/api/presign?ext=jpg'))).toBeUndefined()
    expect(upstream.seen).toHaveLength(0)
  })

  it('answers 404 JSON for an unknown or missing provider', async () => {
    const handler = create()
    for (const path of ['/api/media-uploader/aitoearn', '/api/media-uploader/__proto__', '/api/media-uploader/constructor?x=1']) {
      const response = await handler(at(path))
      expect(response?.status).toBe(404)
      const body = (await response?.json()) as { code: number; msg: string; data: unknown }
      expect(body).toMatchObject({ code: 404, data: null })
      expect(body.msg).toMatch(/^Unknown provider/)
    }
    const bare = await handler(at('/api/media-uploader'))
    expect(bare?.status).toBe(404)
    expect(await bare?.json()).toEqual({ code: 404, msg: 'No provider in path', data: null })
  })

  it('answers 404 for a provider that is not configured', async () => {
    const response = await createMediaUploaderHandler({ providers: {} })(at('/api/media-uploader/presign?ext=jpg'))
    expect(response?.status).toBe(404)
  })

  it('answers 401 JSON when authorize returns false, without calling the upstream', async () => {
    const authorize = vi.fn(() => false)
    const response = await create({ authorize })(at('/api/media-uploader/presign?ext=jpg'))
    expect(response?.status).toBe(401)
    expect(await response?.json()).toEqual({ code: 401, msg: 'Unauthorized', data: null })
    expect(authorize).toHaveBeenCalledTimes(1)
    expect(upstream.seen).toHaveLength(0)
  })

  it('lets an async authorize pass the request through', async () => {
    const authorize = vi.fn(async ({ request }: { request: Request }) => request.headers.get('cookie') === 'session=ok')
    const handler = create({ authorize })
    expect((await handler(at('/api/media-uploader/presign?ext=jpg', { headers: { cookie: 'session=ok' } })))?.status).toBe(200)
    expect((await handler(at('/api/media-uploader/presign?ext=jpg')))?.status).toBe(401)
    expect(upstream.seen).toHaveLength(1)
  })

  it('returns the Response authorize gives', async () => {
    const handler = create({ authorize: () => new Response('nope', { status: 403 }) })
    const response = await handler(at('/api/media-uploader/presign?ext=jpg'))
    expect(response?.status).toBe(403)
    expect(await response?.text()).toBe('nope')
  })

  it('does not run authorize outside basePath', async () => {
    const authorize = vi.fn(() => true)
    await create({ authorize })(at('/other'))
    expect(authorize).not.toHaveBeenCalled()
  })

  it('answers 500 JSON when authorize throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await create({
      authorize: () => {
        throw new Error('db down')
      },
    })(at('/api/media-uploader/presign?ext=jpg'))
    expect(response?.status).toBe(500)
    expect(await response?.json()).toEqual({ code: 500, msg: 'Internal server error', data: null })
    error.mockRestore()
  })

  it('accepts a custom FetchHandler in place of provider options', async () => {
    const handler = createMediaUploaderHandler({
      providers: { presign: async (request) => Response.json({ code: 0, msg: 'custom', data: new URL(request.url).pathname }) },
    })
    const response = await handler(at('/api/media-uploader/presign?ext=jpg'))
    expect(await response?.json()).toEqual({ code: 0, msg: 'custom', data: '/api/media-uploader/presign' })
    expect((await handler(at('/api/media-uploader/presign/extra?ext=jpg')))?.status).toBe(404)
  })
})
