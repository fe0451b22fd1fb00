import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMediaUploaderHandler } from '../src/index.ts'
import { toNodeListener, type NodeListener } from '../src/node.ts'
import { okEnvelope, startUpstream, type FakeUpstream } from './upstream.ts'

let upstream: FakeUpstream
const servers: http.Server[] = []

beforeAll(async () => {
  upstream = await startUpstream()
})
afterAll(async () => {
  await upstream.close()
})
afterEach(async () => {
  upstream.seen.length = 0
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    ),
  )
})

async function serve(listener: http.RequestListener): Promise<string> {
  const server = http.createServer(listener)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function listener(): NodeListener {
  return toNodeListener(
    createMediaUploaderHandler({
      providers: {
        presign: { upstream: upstream.url, logger: false },
      },
    }),
  )
}

describe('toNodeListener', () => {
  it('serves the sign endpoint over node:http', async () => {
    const base = await serve(listener())
    const response = await fetch(`${base}/api/media-uploader/presign?ext=gif`, { headers: { 'x-media-uploader': '1' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual(okEnvelope)
  })

  it('answers 404 JSON outside basePath when there is no next()', async () => {
    const base = await serve(listener())
    const response = await fetch(`${base}/elsewhere`)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ code: 404, msg: 'Not found', data: null })
  })

  it('calls next() outside basePath (Express/Connect)', async () => {
    const inner = listener()
    const next = vi.fn()
    const base = await serve((req, res) => {
      inner(req, res, () => {
        next()
        res.end('fell through')
      })
    })
    const response = await fetch(`${base}/elsewhere`)
    expect(await response.text()).toBe('fell through')
    expect(next).toHaveBeenCalledTimes(1)
  })

  it('leaves the body of requests outside basePath unread for next()', async () => {
    const inner = listener()
    const base = await serve((req, res) => {
      inner(req, res, () => {
        const chunks: Buffer[] = []
        req.on('data', (chunk: Buffer) => chunks.push(chunk))
        req.on('end', () => res.end(String(Buffer.concat(chunks).length)))
      })
    })
    const response = await fetch(`${base}/upload`, { method: 'POST', body: 'x'.repeat(200 * 1024) })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(String(200 * 1024))
  })

  it('uses originalUrl when a framework stripped the mount path', async () => {
    const inner = listener()
    const base = await serve((req, res) => {
      const original = req.url
      Object.assign(req, { originalUrl: original, url: original?.replace('/api/media-uploader', '') })
      inner(req, res)
    })
    const response = await fetch(`${base}/api/media-uploader/presign?ext=png`, { headers: { 'x-media-uploader': '1' } })
    expect(response.status).toBe(200)
  })

  it('answers 413 for a body over 64 KiB (declared length)', async () => {
    const base = await serve(listener())
    const response = await fetch(`${base}/api/media-uploader/presign`, { method: 'POST', body: 'x'.repeat(64 * 1024 + 1) })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ code: 413, data: null })
  })

  it('answers 413 for a chunked body that grows over the limit', async () => {
    const base = await serve(listener())
    const url = new URL(`${base}/api/media-uploader/presign`)
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(8 * 1024, 1))
      req.end()
    })
    expect(status).toBe(413)
  })

  it('passes a small body and the method to the handler', async () => {
    const base = await serve(
      toNodeListener(
        createMediaUploaderHandler({
          providers: {
            presign: async (request) =>
              Response.json({ code: 0, msg: request.method, data: await request.text() }, { headers: { 'set-cookie': 'a=1' } }),
          },
        }),
      ),
    )
    const response = await fetch(`${base}/api/media-uploader/presign`, { method: 'POST', body: '{"hello":1}', headers: { 'content-type': 'application/json' } })
    expect(await response.json()).toEqual({ code: 0, msg: 'POST', data: '{"hello":1}' })
    expect(response.headers.get('set-cookie')).toBe('a=1')
  })

  it('builds the request URL from the configured origin and the raw path, whatever Host says', async () => {
    const echo = createMediaUploaderHandler({ providers: { jimeng: async (request) => Response.json({ code: 0, msg: 'ok', data: request.url }) } })
    const fixed = await serve(toNodeListener(echo, { origin: 'https://app.example' }))
    const viaHost = await serve(toNodeListener(echo))
    const init = { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-forwarded-host': 'evil.test' } }
    expect(await (await fetch(`${fixed}/api/media-uploader/jimeng?x=1`, init)).json()).toMatchObject({ data: 'https://app.example/api/media-uploader/jimeng?x=1' })
    expect(await (await fetch(`${viaHost}/api/media-uploader/jimeng`, init)).json()).toMatchObject({ data: `${viaHost}/api/media-uploader/jimeng` })
  })

  it('answers 500 JSON when the handler throws and there is no next()', async () => {
    const failing = Object.assign(
      async (): Promise<Response> => {
        throw new Error('boom')
      },
      { basePath: '/api/media-uploader' },
    )
    const base = await serve(toNodeListener(failing))
    const response = await fetch(`${base}/api/media-uploader/presign`)
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ code: 500, msg: 'Internal server error', data: null })
  })
})
