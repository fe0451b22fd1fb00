import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presignHandler } from '../src/index.ts'
import { nodeFetch } from '../src/node.ts'
import { okEnvelope, startUpstream } from './upstream.ts'

let base = ''
const sockets = new Set<unknown>()
const server = http.createServer((req, res) => {
  sockets.add(req.socket)
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (chunk: string) => (body += chunk))
  req.on('end', () => {
    if (req.url === '/redirect') return void res.writeHead(302, { location: '/json' }).end()
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 500)
    res.setHeader('set-cookie', ['a=1', 'b=2'])
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ method: req.method, body, header: req.headers['x-test'] ?? null, length: req.headers['content-length'] ?? null }))
  })
})
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('nodeFetch', () => {
  const fetch = nodeFetch()

  it('GETs and POSTs like fetch: status, headers (repeated ones too), body', async () => {
    const get = await fetch(`${base}/json`, { headers: { 'x-test': 'yes' } })
    expect(get.status).toBe(200)
    expect(get.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(await get.json()).toEqual({ method: 'GET', body: '', header: 'yes', length: null })
    const post = await fetch(new URL(`${base}/json`), { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } })
    expect(await post.json()).toMatchObject({ method: 'POST', body: '{"x":1}', length: '7' })
    const missing = await fetch(`${base}/missing`)
    expect([missing.status, missing.ok]).toEqual([404, false])
  })

  it('takes a Request, body included (as ky passes it)', async () => {
    const response = await fetch(new Request(`${base}/json`, { method: 'POST', body: 'from a request', headers: { 'x-test': 'r' } }))
    expect(await response.json()).toMatchObject({ method: 'POST', body: 'from a request', header: 'r' })
  })

  it('keeps connections alive between calls', async () => {
    sockets.clear()
    for (let i = 0; i < 5; i++) await (await fetch(`${base}/json`)).text()
    expect(sockets.size).toBe(1)
  })

  it('rejects a redirect instead of following it, and returns it when asked to', async () => {
    await expect(fetch(`${base}/redirect`, { redirect: 'error' })).rejects.toThrow(TypeError)
    expect((await fetch(`${base}/redirect`, { redirect: 'manual' })).status).toBe(302)
  })

  it('fails like fetch: TypeError with the cause, the abort reason on abort', async () => {
    const refused = await fetch('http://127.0.0.1:1/').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(TypeError)
    expect(((refused as Error).cause as { code?: string }).code).toBe('ECONNREFUSED')
    await expect(fetch(`${base}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('serves the presign handler: batch signs through it', async () => {
    const upstream = await startUpstream()
    try {
      const handle = presignHandler({ upstream: upstream.url, fetch, logger: false })
      const response = await handle(new Request('http://app.test/api/media-uploader/presign', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ ext: 'jpg' }, { ext: 'mp4', type: 'video' }] }) }))
      expect(await response.json()).toEqual({ code: 0, msg: 'success', data: [okEnvelope, okEnvelope] })
      expect(upstream.seen.map((r) => r.url.searchParams.get('ext'))).toEqual(['jpg', 'mp4'])
    } finally {
      await upstream.close()
    }
  })
})
