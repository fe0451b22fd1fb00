import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Hono } from 'hono'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMediaUploaderHandler } from '../src/index.ts'
import { toNodeListener } from '../src/node.ts'
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

const mediaUploader = () =>
  createMediaUploaderHandler({
    providers: { aitoearn: { apiKey: TEST_KEY, baseUrl: upstream.url, logger: false } },
    authorize: ({ request }) => (request.headers.get('cookie') === 'session=ok' ? { userId: 'alice' } : { status: 403, message: 'Sign in first' }),
    grantSecret: 'test-grant-secret-0123456789abcdef0123',
  })

const sign = { filename: 'clip.mp4', size: 1234, type: 'userMedia' }
const init = (body: unknown, cookie = 'session=ok'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie },
  body: JSON.stringify(body),
})

/** Checks one mounting end to end: sign, confirm, refusal, validation. */
async function roundTrip(call: (path: string, init: RequestInit) => Promise<Response>): Promise<void> {
  const signed = await call('/api/media-uploader/aitoearn', init(sign))
  expect(signed.status).toBe(200)
  const { data } = (await signed.json()) as { data: { id: string; uploadUrl: string; grant: string } }
  expect(data).toMatchObject({ id: signOk.data.id, uploadUrl: signOk.data.uploadUrl })

  const id = signOk.data.id
  upstream.script({ body: { code: 0, message: 'ok', data: { id, url: 'https://cdn.test/a1' } } })
  const confirmed = await call('/api/media-uploader/aitoearn/confirm', init({ id, grant: data.grant }))
  expect(await confirmed.json()).toEqual({ code: 0, message: 'ok', data: { id, url: 'https://cdn.test/a1' } })

  const refused = await call('/api/media-uploader/aitoearn', init(sign, 'session=bad'))
  expect(refused.status).toBe(403)
  expect(await refused.json()).toEqual({ code: 403, message: 'Sign in first', data: null })

  const invalid = await call('/api/media-uploader/aitoearn', init({ ...sign, size: -5 }))
  expect(invalid.status).toBe(400)
  expect(await invalid.json()).toMatchObject({ code: 400, message: expect.stringContaining('size'), data: null })

  expect(upstream.seen.map((seen) => seen.path)).toEqual(['/api/assets/uploadSign', `/api/assets/${id}/confirm`])
  expect(upstream.seen.every((seen) => seen.headers['x-api-key'] === TEST_KEY && seen.headers.cookie === undefined)).toBe(true)
}

describe('mounting the aitoearn handler', () => {
  it('node:http through toNodeListener (also the Express / Connect shape)', async () => {
    const listener = toNodeListener(mediaUploader())
    const server = http.createServer((req, res) => {
      listener(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('app')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      await roundTrip((path, requestInit) => fetch(`${origin}${path}`, requestInit))
      // Outside basePath the app's own route answers.
      expect(await (await fetch(`${origin}/about`)).text()).toBe('app')
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it("Hono: app.all('/api/media-uploader/*', (c) => handler(c.req.raw))", async () => {
    const handler = mediaUploader()
    const app = new Hono()
    app.all('/api/media-uploader/*', async (c) => (await handler(c.req.raw)) ?? c.notFound())
    app.get('/', (c) => c.text('home'))
    await roundTrip(async (path, requestInit) => app.request(path, requestInit))
    expect(await (await app.request('/')).text()).toBe('home')
  })

  it('Next.js App Router route handler (export const POST = handle)', async () => {
    // app/api/media-uploader/[...path]/route.ts
    const handler = mediaUploader()
    const handle = async (request: Request): Promise<Response> => (await handler(request)) ?? new Response('Not found', { status: 404 })
    const route = { POST: handle, GET: handle }
    await roundTrip((path, requestInit) => route.POST(new Request(`https://app.example${path}`, requestInit)))
    expect((await route.GET(new Request('https://app.example/api/media-uploader/aitoearn'))).status).toBe(405)
  })
})
