import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { toNodeListener } from '../../src/node.ts'
import { browserRequest, captureConsole, dump, harness, SECRET_FORMS, SECRETS, type Harness } from './harness.ts'

/**
 * One regression test per defect of issue 12 ("Sign handlers that hold up
 * against an attacker"), numbered as there.
 */

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))))
})

/** The harness behind toNodeListener (and an app route after it), on a loopback port. */
async function overNode(h: Harness, options: Parameters<typeof toNodeListener>[1] = {}): Promise<{ port: number; appHits: string[] }> {
  const listener = toNodeListener(h.handler, options)
  const appHits: string[] = []
  const server = http.createServer((req, res) => listener(req, res, () => (appHits.push(req.url ?? ''), res.writeHead(200).end('app'))))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, appHits }
}

/** A raw HTTP/1.1 exchange (Host and path exactly as given). */
function raw(port: number, lines: string[], body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = new (require('node:net') as typeof import('node:net')).Socket()
    let text = ''
    socket.connect(port, '127.0.0.1', () => socket.end(`${lines.join('\r\n')}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`))
    socket.on('data', (chunk) => (text += chunk.toString('utf8')))
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }))
    socket.on('error', reject)
  })
}

const post = (path: string, body: unknown, user = 'alice', headers: Record<string, string> = {}) => browserRequest(path, { body: JSON.stringify(body), user, headers })

describe('1. routing from the request line only (toNodeListener)', () => {
  it('a Host header carrying a sign path does not route POST /totally/else to the handler', async () => {
    const h = harness()
    const { port, appHits } = await overNode(h)
    const answer = await raw(port, ['POST /totally/else HTTP/1.1', 'host: 127.0.0.1:5299/api/media-uploader/jimeng#', 'content-type: application/json', 'x-user: alice'], '{}')
    expect(answer.status).toBe(400)
    expect(answer.text).not.toContain('accessKeyId')
    expect(appHits).toEqual([])
    expect(h.calls).toHaveLength(0)
  })

  it('Host: x# on a real sign path is 400, never handed to the app', async () => {
    const h = harness()
    const { port, appHits } = await overNode(h)
    const answer = await raw(port, ['POST /api/media-uploader/jimeng HTTP/1.1', 'host: x#', 'content-type: application/json', 'x-user: alice'], '{}')
    expect(answer.status).toBe(400)
    expect(appHits).toEqual([])
    expect(h.calls).toHaveLength(0)
  })

  it.each(['a b', '[', 'a/b', 'a@b', 'a?b'])('a malformed Host (%s) is 400, not 500', async (host) => {
    const h = harness()
    const { port } = await overNode(h)
    const answer = await raw(port, ['GET /api/media-uploader/presign?ext=jpg HTTP/1.1', `host: ${host}`, 'x-media-uploader: 1', 'x-user: alice'])
    expect(answer.status).toBe(400)
    expect(h.calls).toHaveLength(0)
  })

  it('a path with dot segments that resolves under basePath is 400 before any middleware could read it differently', async () => {
    const h = harness()
    const { port, appHits } = await overNode(h)
    const answer = await raw(port, ['POST /public/../api/media-uploader/jimeng HTTP/1.1', 'host: app.test', 'content-type: application/json', 'x-user: alice'], '{}')
    expect(answer.status).toBe(400)
    expect(appHits).toEqual([])
    expect(h.calls).toHaveLength(0)
  })
})

describe('2. ownership without server state', () => {
  it("Bob's refresh of Alice's video → 403, VOD not called", async () => {
    const h = harness()
    const signed = (await (await h.handler(post('/api/media-uploader/aliyun-vod', { fileName: 'a.mp4' }, 'alice')))!.json()) as { data: { VideoId: string; grant: string } }
    h.calls.length = 0
    const bob = await h.handler(post('/api/media-uploader/aliyun-vod/refresh', { videoId: signed.data.VideoId, grant: signed.data.grant }, 'bob'))
    expect(bob?.status).toBe(403)
    expect(h.calls).toHaveLength(0)
    const alice = await h.handler(post('/api/media-uploader/aliyun-vod/refresh', { videoId: signed.data.VideoId, grant: signed.data.grant }, 'alice'))
    expect(alice?.status).toBe(200)
    expect(h.calls).toHaveLength(1)
  })

  it("Bob's confirm of Alice's asset → 403, AiToEarn not called", async () => {
    const h = harness()
    const signed = (await (await h.handler(post('/api/media-uploader/aitoearn', { filename: 'a.jpg', size: 3 }, 'alice')))!.json()) as { data: { id: string; grant: string } }
    h.calls.length = 0
    const bob = await h.handler(post('/api/media-uploader/aitoearn/confirm', { id: signed.data.id, grant: signed.data.grant }, 'bob'))
    expect(bob?.status).toBe(403)
    expect(await bob?.json()).toMatchObject({ code: 403, data: null })
    const bobWithoutGrant = await h.handler(post('/api/media-uploader/aitoearn/confirm', { id: signed.data.id }, 'bob'))
    expect(bobWithoutGrant?.status).toBe(403)
    expect(h.calls).toHaveLength(0)
  })

  it('a tampered grant is refused; the same key on another instance accepts it (stateless)', async () => {
    const h = harness()
    const other = harness()
    const signed = (await (await h.handler(post('/api/media-uploader/aliyun-vod', { fileName: 'a.mp4' })))!.json()) as { data: { VideoId: string; grant: string } }
    // The MAC's first character: its last one carries 2 padding bits, and flipping only those decodes to the same MAC.
    const [version, payload, mac = ''] = signed.data.grant.split('.')
    const tampered = [version, payload, (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1)].join('.')
    expect((await h.handler(post('/api/media-uploader/aliyun-vod/refresh', { videoId: signed.data.VideoId, grant: tampered })))?.status).toBe(403)
    // Same key on another instance: accepted (stateless, load-balanced).
    expect((await other.handler(post('/api/media-uploader/aliyun-vod/refresh', { videoId: signed.data.VideoId, grant: signed.data.grant })))?.status).toBe(200)
  })

  it.each(['/api/media-uploader/aliyun-vod/refresh/', '/api/media-uploader/aliyun-vod/refresh//', '/api/media-uploader/aliyun-vod//refresh', '/api/media-uploader/aliyun-vod/refresh/x'])(
    '%s is a 404 for authorize and handler alike, never another route',
    async (path) => {
      const seen: string[] = []
      const h = harness({ authorize: ({ action }) => (seen.push(action), { userId: 'alice' }) })
      const response = await h.handler(post(path, { videoId: 'v1' }))
      expect(response?.status).toBe(404)
      expect(seen).toEqual([])
      expect(h.calls).toHaveLength(0)
    },
  )

  it('authorize sees the parsed route, and may read the body', async () => {
    const seen: unknown[] = []
    const h = harness({
      authorize: async ({ provider, action, request }) => {
        seen.push([provider, action, await request.json()])
        return { userId: 'alice' }
      },
    })
    const response = await h.handler(post('/api/media-uploader/aitoearn', { filename: 'a.jpg', size: 3 }))
    expect(response?.status).toBe(200)
    expect(seen).toEqual([['aitoearn', 'sign', { filename: 'a.jpg', size: 3 }]])
  })
})

describe('3. secrets never leave', () => {
  it('jimeng: an errmsg quoting the session cookie reaches neither the 502 body nor the log; the login-error log has no token', async () => {
    const h = harness()
    h.script((call) => Response.json({ ret: '1014', errmsg: `bad cookie ${call.headers.get('cookie')}`, data: null }))
    const { value, output } = await captureConsole(async () => dump(await h.handler(post('/api/media-uploader/jimeng', {}))))
    expect(value).toMatch(/^502/)
    h.script(() => Response.json({ ret: '34010105', errmsg: `login error for ${SECRETS.jimengToken}`, data: null }))
    const login = await dump(await h.handler(post('/api/media-uploader/jimeng', {})))
    expect(login).toMatch(/^401/)
    for (const text of [value, login, output, h.logs.join('\n')]) for (const form of SECRET_FORMS) expect(text).not.toContain(form)
    expect(h.logs.join('\n')).toContain('[redacted]')
  })

  it('presign: an upstream 403 quoting the configured x-api-key is redacted', async () => {
    const h = harness()
    h.script((call) => Response.json({ code: 403, msg: `key ${call.headers.get('x-api-key')} is revoked`, data: { key: encodeURIComponent(SECRETS.presignKey) } }, { status: 403 }))
    const text = await dump(await h.handler(browserRequest('/api/media-uploader/presign?ext=jpg')))
    expect(text).toMatch(/^403/)
    expect(text).toContain('[redacted]')
    for (const form of SECRET_FORMS) expect(text).not.toContain(form)
  })

  it('aliyun-vod: Code and RequestId are redacted as well as Message', async () => {
    const h = harness()
    h.script(() => Response.json({ Code: `Bad.${SECRETS.vodSecret}`, RequestId: btoa(SECRETS.vodSecret), Message: `secret ${SECRETS.vodSecret}` }, { status: 400 }))
    const text = await dump(await h.handler(post('/api/media-uploader/aliyun-vod', { fileName: 'a.mp4' })))
    expect(text).toMatch(/^400/)
    for (const form of SECRET_FORMS) expect(text).not.toContain(form)
    for (const form of SECRET_FORMS) expect(h.logs.join('\n')).not.toContain(form)
  })
})

describe('4. account-level VOD parameters are the server’s', () => {
  it.each([
    [{ appId: 'app-attacker' }, 'AppId'],
    [{ storageLocation: 'attacker-bucket.oss-cn-hangzhou.aliyuncs.com' }, 'StorageLocation'],
    [{ cateId: 999 }, 'CateId'],
    [{ templateGroupId: 'tg-attacker' }, 'TemplateGroupId'],
    [{ workflowId: 'wf-attacker' }, 'WorkflowId'],
    [{ userData: { MessageCallback: { CallbackURL: 'https://attacker.test/cb' } } }, 'UserData.MessageCallback'],
    [{ userData: JSON.stringify({ Extend: { owner: 'x' } }) }, 'UserData.Extend'],
  ])('%j → 400 naming %s, VOD not called', async (extra, field) => {
    const h = harness()
    const response = await h.handler(post('/api/media-uploader/aliyun-vod', { fileName: 'a.mp4', ...extra }))
    expect(response?.status).toBe(400)
    expect(await response?.json()).toMatchObject({ code: 400, msg: expect.stringContaining(field), data: { field, issue: 'not-allowed' } })
    expect(h.calls).toHaveLength(0)
  })
})

describe('5. cross-site requests never reach upstream', () => {
  const evil = { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }
  it.each([
    ['presign batch, no Content-Type', '/api/media-uploader/presign', JSON.stringify({ files: [{ ext: 'jpg' }] }), { ...evil, 'content-type': '' }],
    ['aitoearn, text/plain', '/api/media-uploader/aitoearn', JSON.stringify({ filename: 'a.jpg', size: 3 }), { ...evil, 'content-type': 'text/plain' }],
    ['aliyun-vod, no Content-Type', '/api/media-uploader/aliyun-vod', JSON.stringify({ fileName: 'a.mp4' }), { ...evil, 'content-type': '' }],
    ['jimeng, form post', '/api/media-uploader/jimeng', 'a=1', { ...evil, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-mode': 'navigate' }],
    ['aitoearn, Origin only (older browser)', '/api/media-uploader/aitoearn', JSON.stringify({ filename: 'a.jpg', size: 3 }), { origin: 'https://evil.test', 'sec-fetch-site': '', 'sec-fetch-mode': '', 'content-type': 'text/plain' }],
    ['presign GET from an <img>', '/api/media-uploader/presign?ext=jpg', undefined, { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }],
    ['presign GET without any browser header or x-media-uploader', '/api/media-uploader/presign?ext=jpg', undefined, { 'sec-fetch-site': '', 'sec-fetch-mode': '' }],
  ])('%s → 403', async (_name, path, body, headers) => {
    const h = harness()
    const response = await h.handler(browserRequest(path, { body, headers: headers as Record<string, string> }))
    expect(response?.status).toBe(403)
    expect(h.calls).toHaveLength(0)
  })

  it('same-origin requests without application/json → 415, upstream not called', async () => {
    const h = harness()
    for (const path of ['/api/media-uploader/presign', '/api/media-uploader/aitoearn', '/api/media-uploader/jimeng', '/api/media-uploader/aliyun-vod']) {
      const response = await h.handler(browserRequest(path, { body: '{}', headers: { 'content-type': 'text/plain' } }))
      expect(response?.status).toBe(415)
    }
    expect(h.calls).toHaveLength(0)
  })
})

describe('6. limits', () => {
  it('5,000-level nested userData → 400, not 500', async () => {
    const h = harness()
    const deep = `{"fileName":"a.mp4","userData":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`
    const response = await h.handler(browserRequest('/api/media-uploader/aliyun-vod', { body: deep }))
    expect(response?.status).toBe(400)
    expect(h.calls).toHaveLength(0)
  })

  it('a slow request body is cut off by the Node adapter (408), not held for minutes', async () => {
    const h = harness()
    const { port } = await overNode(h, { bodyTimeoutMs: 300 })
    const started = Date.now()
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/api/media-uploader/jimeng', headers: { 'content-type': 'application/json', 'content-length': '100', 'x-user': 'alice' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write('{')
    })
    expect(status).toBe(408)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(h.calls).toHaveLength(0)
  })

  it.each(['1e308', 'Infinity', '604801', '1e3', '-1'])('duration=%s → 400, not forwarded', async (duration) => {
    const h = harness()
    const response = await h.handler(browserRequest(`/api/media-uploader/presign?ext=mp4&duration=${duration}`))
    expect(response?.status).toBe(400)
    expect(h.calls).toHaveLength(0)
  })

  it('a batch duration of 1e308 → 400', async () => {
    const h = harness()
    const response = await h.handler(browserRequest('/api/media-uploader/presign', { body: '{"files":[{"ext":"mp4","duration":1e308}]}' }))
    expect(response?.status).toBe(400)
    expect(h.calls).toHaveLength(0)
  })

  it.each([
    ['aliyun-vod', { fileName: 'a.mp4', description: 'line\r\nInjected: 1' }, 'Description'],
    ['aliyun-vod', { fileName: 'a.mp4', description: 'nul\u0000' }, 'Description'],
    ['aliyun-vod', { fileName: 'a.mp4', title: 'x\u202Etxt.exe' }, 'Title'],
    ['aliyun-vod', { fileName: 'invoice\u202Efdp.mp4' }, 'FileName'],
    ['aliyun-vod', { fileName: 'a.mp4', tags: ['ok', 'bad\u2066'] }, 'Tags'],
    ['aitoearn', { filename: 'invoice\u202Egpj.exe', size: 1 }, 'filename'],
    ['aitoearn', { filename: 'a\r\n.jpg', size: 1 }, 'filename'],
  ])('%s %j → 400 naming %s', async (provider, body, field) => {
    const h = harness()
    const response = await h.handler(post(`/api/media-uploader/${provider}`, body))
    expect(response?.status).toBe(400)
    expect(JSON.stringify(await response?.json())).toContain(field)
    expect(h.calls).toHaveLength(0)
  })

  it.each(['/api/media-uploader/aitoearn/x/y/confirm/', '/api/media-uploader/aitoearn/x/confirm', '/api/media-uploader/aitoearn/confirm/', '/api/media-uploader/aitoearn/Confirm', '/api/media-uploader/aitoearn/confirm%2F'])(
    '%s is not confirm: 404',
    async (path) => {
      const h = harness()
      const response = await h.handler(post(path, { id: 'a1' }))
      expect(response?.status).toBe(404)
      expect(h.calls).toHaveLength(0)
    },
  )
})
