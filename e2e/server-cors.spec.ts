import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { createMediaUploaderHandler, type CorsOptions } from '../packages/server/src/index.ts'
import { toNodeListener } from '../packages/server/src/node.ts'

/**
 * The sign handler's `cors` option in Chromium: a page on one origin calls a
 * handler on another. Own servers on ephemeral loopback ports (a page origin,
 * an unlisted origin, the sign handler and a fake presign API), so nothing
 * collides with the demo other specs run.
 */
interface Running {
  readonly url: string
  close(): Promise<void>
}

async function listen(listener: http.RequestListener): Promise<Running> {
  const server = http.createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const page = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>app</title><p>app</p>')
}

let upstreamCalls = 0
let app: Running
let other: Running
let upstream: Running
const signers: Running[] = []

async function signer(cors: (appOrigin: string) => CorsOptions): Promise<string> {
  const handler = createMediaUploaderHandler({
    providers: { presign: { upstream: upstream.url, logger: false }, aitoearn: { apiKey: 'sk-cors-test-0123456789', baseUrl: upstream.url, logger: false } },
    cors: cors(app.url),
    grantSecret: 'cors-spec-grant-secret-0123456789abcdef',
  })
  const running = await listen(toNodeListener(handler))
  signers.push(running)
  return running.url
}

test.beforeAll(async () => {
  app = await listen(page)
  other = await listen(page)
  upstream = await listen((req, res) => {
    upstreamCalls++
    req.resume()
    const body = req.url?.startsWith('/oss/presign')
      ? { code: 0, msg: 'success', data: { url: 'http://127.0.0.1:1/b/k?X-Amz-Signature=x', key: 'k' } }
      : { code: 0, message: 'ok', data: { id: 'a1', path: 'p', url: 'https://cdn.test/p', uploadUrl: 'https://store.test/p', uploadFields: {} } }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
})

test.afterAll(async () => {
  await Promise.all([app, other, upstream, ...signers.splice(0)].map((running) => running.close()))
})

test.beforeEach(() => {
  upstreamCalls = 0
})

/** Runs `fetch` in the page at `origin`; resolves to the status and body, or `'blocked'` when CORS refused it. */
async function fetchFrom(browserPage: import('@playwright/test').Page, origin: string, url: string, init: RequestInit): Promise<{ status: number; body: string } | 'blocked'> {
  await browserPage.goto(origin)
  return browserPage.evaluate(
    async ([target, requestInit]) => {
      try {
        const response = await fetch(target, requestInit)
        return { status: response.status, body: await response.text() }
      } catch {
        return 'blocked' as const
      }
    },
    [url, init] as const,
  )
}

test('a listed origin signs cross-origin: GET presign and a preflighted JSON POST', async ({ page: browserPage }) => {
  const sign = await signer((origin) => ({ origins: [origin] }))
  const get = await fetchFrom(browserPage, app.url, `${sign}/api/media-uploader/presign?ext=jpg`, {})
  expect(get).toMatchObject({ status: 200 })
  const post = await fetchFrom(browserPage, app.url, `${sign}/api/media-uploader/aitoearn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ filename: 'a.jpg', size: 3 }),
  })
  expect(post).not.toBe('blocked')
  expect(post).toMatchObject({ status: 200 })
  expect(JSON.parse((post as { body: string }).body)).toMatchObject({ code: 0, data: { id: 'a1', grant: expect.stringMatching(/^g1\./) } })
  expect(upstreamCalls).toBe(2)
})

test('an unlisted origin is refused: the preflight fails and nothing goes upstream', async ({ page: browserPage }) => {
  const sign = await signer((origin) => ({ origins: [origin] }))
  const post = await fetchFrom(browserPage, other.url, `${sign}/api/media-uploader/aitoearn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ filename: 'a.jpg', size: 3 }),
  })
  expect(post).toBe('blocked')
  const get = await fetchFrom(browserPage, other.url, `${sign}/api/media-uploader/presign?ext=jpg`, {})
  expect(get).toBe('blocked')
  const noCors = await fetchFrom(browserPage, other.url, `${sign}/api/media-uploader/aitoearn`, {
    method: 'POST',
    mode: 'no-cors',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ filename: 'a.jpg', size: 3 }),
  })
  expect(noCors).toMatchObject({ status: 0 })
  expect(upstreamCalls).toBe(0)
})

test('credentials only when asked: a credentialed request fails without `credentials: true` and works with it', async ({ page: browserPage }) => {
  const plain = await signer((origin) => ({ origins: [origin] }))
  const withCookies = await signer((origin) => ({ origins: [origin], credentials: true }))
  const url = (base: string) => `${base}/api/media-uploader/presign?ext=png`
  expect(await fetchFrom(browserPage, app.url, url(plain), { credentials: 'include' })).toBe('blocked')
  expect(await fetchFrom(browserPage, app.url, url(withCookies), { credentials: 'include' })).toMatchObject({ status: 200 })
})
