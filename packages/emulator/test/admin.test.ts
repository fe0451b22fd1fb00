import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type ObjectSummary } from '../src/index.ts'
import { corsHeaderNames, presign } from './support.ts'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: ['http://demo.test'] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const admin = (path: string, init?: RequestInit): Promise<Response> => fetch(`${emulator.urls.admin}${path}`, init)

describe('admin API', () => {
  it('lists the services and their origins', async () => {
    const body = (await (await admin('/')).json()) as { urls: Record<string, string> }
    expect(body.urls).toEqual(emulator.urls)
    // Every provider adds its service; these are the ones this suite relies on.
    expect(Object.keys(emulator.urls)).toEqual(expect.arrayContaining(['admin', 's3', 'presign', 'aitoearn']))
    for (const [name, url] of Object.entries(emulator.urls)) expect(url).toMatch(name === 'oss' ? /^http:\/\/localhost:\d+$/ : /^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('inspects and clears stored objects (CORS for the configured origins)', async () => {
    const { data } = await presign(emulator, 'ext=gif&width=3&height=4&type=thumb')
    await fetch(data.url, { method: 'PUT', body: 'GIF89a', headers: { 'content-type': 'image/gif' } })

    const list = await admin('/_objects', { headers: { origin: 'http://demo.test' } })
    expect(list.headers.get('access-control-allow-origin')).toBe('http://demo.test')
    const objects = (await list.json()) as ObjectSummary[]
    expect(objects).toHaveLength(1)
    expect(objects[0]).toMatchObject({
      bucket: 'media',
      key: data.key,
      size: 6,
      contentType: 'image/gif',
      metadata: { width: '3', height: '4', type: 'thumb' },
    })
    expect(objects[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)

    const one = (await (await admin(`/_objects/media/${data.key}`)).json()) as ObjectSummary
    expect(one.key).toBe(data.key)
    const raw = await admin(`/_objects/media/${data.key}?raw`)
    expect(raw.headers.get('content-type')).toBe('image/gif')
    expect(await raw.text()).toBe('GIF89a')
    expect((await admin('/_objects/media/missing')).status).toBe(404)

    expect((await admin('/_objects', { method: 'DELETE' })).status).toBe(204)
    expect(await (await admin('/_objects')).json()).toEqual([])
  })

  it('changes config at runtime and validates it', async () => {
    const patched = await admin('/_config', {
      method: 'PATCH',
      body: JSON.stringify({ flavour: 'r2', pinChecksum: true, allowedOrigins: ['http://a.test'], exposeETag: false }),
    })
    expect(patched.status).toBe(200)
    expect(emulator.config.s3).toEqual({ flavour: 'r2', pinChecksum: true, allowedOrigins: ['http://a.test'], exposeETag: false })
    const bad = await admin('/_config', { method: 'PATCH', body: JSON.stringify({ flavour: 'gcs', pinChecksum: false }) })
    expect(bad.status).toBe(400)
    expect(emulator.config.s3.pinChecksum).toBe(true)
    expect((await admin('/_config', { method: 'PATCH', body: JSON.stringify({ presignExpiresSeconds: 0 }) })).status).toBe(400)
    expect((await admin('/_reset', { method: 'POST' })).status).toBe(200)
    expect(emulator.config.s3.flavour).toBe('s3')
    expect(emulator.config.presignExpiresSeconds).toBe(300)
  })

  it('answers preflights and unknown routes', async () => {
    const preflight = await admin('/_faults', {
      method: 'OPTIONS',
      headers: { origin: 'http://demo.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type')
    const foreign = await admin('/_faults', { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } })
    expect(foreign.status).toBe(403)
    expect(corsHeaderNames(foreign)).toEqual([])
    expect((await admin('/_config', { method: 'PATCH', body: JSON.stringify({ corsOrigins: 'http://evil.test' }) })).status).toBe(400)
    expect((await admin('/_config', { method: 'PATCH', body: JSON.stringify({ corsOrigins: ['http://evil.test'] }) })).status).toBe(200)
    const now = await admin('/_faults', { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } })
    expect([now.status, now.headers.get('access-control-allow-origin')]).toEqual([204, 'http://evil.test'])
    emulator.reset()
    expect(emulator.config.corsOrigins).toEqual(['http://demo.test'])
    expect((await admin('/nope')).status).toBe(404)
    expect((await admin('/_objects', { method: 'PUT' })).status).toBe(405)
  })

  it('starts on fixed ports base+offset and refuses another host', async () => {
    await expect(startEmulator({ host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1/)
    const base = 20_000 + Math.floor(Math.random() * 20_000)
    const fixed = await startEmulator({ port: base })
    try {
      expect(fixed.urls).toMatchObject({
        admin: `http://127.0.0.1:${base}`,
        s3: `http://127.0.0.1:${base + 1}`,
        presign: `http://127.0.0.1:${base + 2}`,
        aitoearn: `http://127.0.0.1:${base + 3}`,
      })
      await expect(startEmulator({ port: base })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await fixed.close()
    }
  })
})
