import { createHash } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../src/index.ts'

const KEY = emulatorCredentials.aitoearnApiKey

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: ['http://anything.test'] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

interface Envelope {
  code: number
  message: string
  data: Record<string, unknown>
  requestId?: string
  timestamp?: number
}

interface Ticket {
  id: string
  path: string
  url: string
  uploadUrl: string
  uploadFields: Record<string, string>
}

async function call(path: string, body: unknown, headers: Record<string, string> = { 'x-api-key': KEY }): Promise<{ status: number; body: Envelope }> {
  const response = await fetch(`${emulator.urls.aitoearn}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Envelope }
}

const uploadSign = (body: unknown, headers?: Record<string, string>) => call('/api/assets/uploadSign', body, headers)
const confirm = (id: string, headers?: Record<string, string>) => call(`/api/assets/${id}/confirm`, { id }, headers)

async function sign(body: unknown = { filename: 'clip.mp4', size: 3, type: 'userMedia' }): Promise<Ticket> {
  const { status, body: envelope } = await uploadSign(body)
  expect(status).toBe(200)
  expect(envelope.code).toBe(0)
  return envelope.data as unknown as Ticket
}

async function put(ticket: Ticket, bytes: Buffer, contentType = 'video/mp4'): Promise<Response> {
  return fetch(ticket.uploadUrl, { method: 'PUT', body: new Uint8Array(bytes), headers: { 'content-type': contentType } })
}

async function postForm(ticket: Ticket, bytes: Buffer): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of Object.entries(ticket.uploadFields)) form.append(name, value)
  form.append('file', new Blob([new Uint8Array(bytes)]), 'clip.mp4')
  return fetch(ticket.uploadUrl, { method: 'POST', body: form })
}

describe('POST /api/assets/uploadSign', () => {
  it('answers the seed success envelope with a presigned PUT into the store (mode put)', async () => {
    const { status, body } = await uploadSign({ filename: 'Clip.MP4', size: 3, type: 'userMedia' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ code: 0, message: '请求成功', requestId: expect.any(String), timestamp: expect.any(Number) })
    const ticket = body.data as unknown as Ticket
    expect(ticket.id).toMatch(/^[0-9a-f]{24}$/)
    expect(ticket.path).toMatch(new RegExp(`^userMedia/emu-user/\\d{8}/${ticket.id}\\.mp4$`))
    expect(ticket.url).toBe(`${emulator.urls.s3}/media/${ticket.path}`)
    expect(ticket.uploadFields).toEqual({})
    const url = new URL(ticket.uploadUrl)
    expect(url.origin + url.pathname).toBe(ticket.url)
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300')
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256')

    const bytes = Buffer.from('abc')
    expect((await put(ticket, bytes)).status).toBe(200)
    const stored = emulator.store.get('media', ticket.path)
    expect(stored?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(stored?.contentType).toBe('video/mp4')
  })

  it("defaults type to 'temp' and accepts a missing size", async () => {
    const ticket = await sign({ filename: 'notes' })
    expect(ticket.path).toMatch(/^temp\/emu-user\/\d{8}\/[0-9a-f]{24}$/)
  })

  it.each([
    ['no key', {}],
    ['a wrong key', { 'x-api-key': 'wrong' }],
    ['the key as a bearer token', { authorization: `Bearer ${KEY}` }],
  ])('answers HTTP 200 {code:401} for %s', async (_name, headers) => {
    const { status, body } = await uploadSign({ filename: 'a.jpg' }, headers)
    expect(status).toBe(200)
    expect(body).toEqual({ code: 401, message: 'Unauthorized', data: {}, timestamp: expect.any(Number) })
    expect(emulator.store.size).toBe(0)
  })

  it.each([
    ['no filename', { size: 1 }],
    ['an empty filename', { filename: '' }],
    ['a numeric filename', { filename: 5 }],
    ['an unknown type', { filename: 'a.jpg', type: 'other' }],
    ['a string size', { filename: 'a.jpg', size: '5' }],
    ['a negative size', { filename: 'a.jpg', size: -1 }],
    ['an array body', [{ filename: 'a.jpg' }]],
    ['invalid JSON', '{"filename":'],
  ])('answers {code:10002} for %s', async (_name, body) => {
    const { status, body: envelope } = await uploadSign(body)
    expect(status).toBe(200)
    expect(envelope).toEqual({ code: 10002, message: '参数验证失败', data: {}, timestamp: expect.any(Number) })
  })

  it('accepts every one of the 19 asset types', async () => {
    const types = ['aiImage', 'aiVideo', 'aiCard', 'aiChatImage', 'aideoOutput', 'videoEdit', 'dramaRecap', 'styleTransfer', 'imageEdit', 'subtitle', 'userMedia', 'userFile', 'publishMedia', 'avatar', 'agentSession', 'videoThumbnail', 'googlePlace', 'brandLibrary', 'temp']
    for (const type of types) expect((await sign({ filename: 'a.png', type })).path.startsWith(`${type}/`)).toBe(true)
  })

  it('answers {code:12752} when size >= maxSize (PATCH /_config aitoearn.maxSize)', async () => {
    const patch = await fetch(`${emulator.urls.admin}/_config`, { method: 'PATCH', body: JSON.stringify({ aitoearn: { maxSize: 100 } }) })
    expect(patch.status).toBe(200)
    expect(((await patch.json()) as { aitoearn: { maxSize: number } }).aitoearn.maxSize).toBe(100)
    expect((await uploadSign({ filename: 'a.jpg', size: 100 })).body).toEqual({ code: 12752, message: '资源过大', data: {}, timestamp: expect.any(Number) })
    expect((await uploadSign({ filename: 'a.jpg', size: 99 })).body.code).toBe(0)
  })

  it('issues an S3 POST policy in mode post, which the store accepts', async () => {
    emulator.config.aitoearn.mode = 'post'
    emulator.config.aitoearn.maxSize = 1000
    const ticket = await sign({ filename: 'photo.png', size: 5, type: 'avatar' })
    expect(ticket.uploadUrl).toBe(`${emulator.urls.s3}/media`)
    expect(Object.keys(ticket.uploadFields).sort()).toEqual(['Content-Type', 'key', 'policy', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature'])
    expect(ticket.uploadFields).toMatchObject({ key: ticket.path, 'Content-Type': 'image/png', 'x-amz-algorithm': 'AWS4-HMAC-SHA256' })
    const policy = JSON.parse(Buffer.from(ticket.uploadFields.policy ?? '', 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] }
    expect(Math.round((Date.parse(policy.expiration) - Date.now()) / 1000)).toBeGreaterThan(295)
    expect(policy.conditions).toEqual(expect.arrayContaining([['content-length-range', 0, 1000], { key: ticket.path }]))

    const bytes = Buffer.from('hello')
    expect((await postForm(ticket, bytes)).status).toBe(204)
    expect(emulator.store.get('media', ticket.path)).toMatchObject({ size: 5, contentType: 'image/png' })
  })

  it('caps the policy with aitoearn.policyMaxSize, so the store refuses a larger file', async () => {
    emulator.config.aitoearn.mode = 'post'
    emulator.config.aitoearn.policyMaxSize = 4
    const ticket = await sign({ filename: 'photo.png', size: 5 })
    const response = await postForm(ticket, Buffer.from('hello'))
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('<Code>EntityTooLarge</Code>')
    expect(emulator.store.size).toBe(0)
  })

  it('answers an unknown route with code 404, and a preflight from a configured origin only', async () => {
    expect((await call('/api/assets/list', {})).body).toMatchObject({ code: 404, message: 'Cannot POST /api/assets/list' })
    const preflight = await fetch(`${emulator.urls.aitoearn}/api/assets/uploadSign`, {
      method: 'OPTIONS',
      headers: { origin: 'http://anything.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://anything.test')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-api-key')
    const foreign = await fetch(`${emulator.urls.aitoearn}/api/assets/uploadSign`, { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } })
    expect([foreign.status, foreign.headers.get('access-control-allow-origin')]).toEqual([403, null])
  })

  it('is subject to fault rules (HTTP 5xx with an envelope) and logs no key', async () => {
    emulator.faults.add({ service: 'aitoearn', failNext: { count: 1, status: 503 } })
    const failed = await uploadSign({ filename: 'a.jpg' })
    expect(failed.status).toBe(503)
    expect(failed.body).toMatchObject({ code: 503, message: 'Service Unavailable' })
    expect((await uploadSign({ filename: 'a.jpg' })).body.code).toBe(0)
    const log = emulator.requests.list('aitoearn')
    expect(log.map((entry) => entry.status)).toEqual([503, 200])
    expect(JSON.stringify(log)).not.toContain(KEY)
  })

  it('accepts only the configured key; reset restores the default', async () => {
    emulator.config.aitoearn.apiKey = 'rotated-key'
    expect((await uploadSign({ filename: 'a.jpg' })).body.code).toBe(401)
    expect((await uploadSign({ filename: 'a.jpg' }, { 'x-api-key': 'rotated-key' })).body.code).toBe(0)
    emulator.reset()
    expect(emulator.config.aitoearn).toEqual({ mode: 'put', maxSize: 5 * 1024 ** 3, policyMaxSize: null, signExpiresSeconds: 300, apiKey: KEY })
    expect((await uploadSign({ filename: 'a.jpg' })).body.code).toBe(0)
  })

  it('validates PATCH /_config aitoearn (all or nothing)', async () => {
    for (const aitoearn of [{ mode: 'form' }, { maxSize: 0 }, { policyMaxSize: -1 }, { signExpiresSeconds: 0 }, { apiKey: '' }, { other: 1 }, 'x']) {
      const response = await fetch(`${emulator.urls.admin}/_config`, { method: 'PATCH', body: JSON.stringify({ aitoearn, presignExpiresSeconds: 7 }) })
      expect(response.status).toBe(400)
    }
    expect(emulator.config.presignExpiresSeconds).toBe(300)
    const ok = await fetch(`${emulator.urls.admin}/_config`, {
      method: 'PATCH',
      body: JSON.stringify({ aitoearn: { mode: 'post', policyMaxSize: 10, signExpiresSeconds: 60 } }),
    })
    expect(ok.status).toBe(200)
    expect(emulator.config.aitoearn).toMatchObject({ mode: 'post', policyMaxSize: 10, signExpiresSeconds: 60 })
  })

  it('can be configured at start-up', async () => {
    const other = await startEmulator({ port: 0, aitoearn: { mode: 'post', maxSize: 10 } })
    try {
      expect(other.config.aitoearn).toMatchObject({ mode: 'post', maxSize: 10 })
      other.reset()
      expect(other.config.aitoearn).toMatchObject({ mode: 'post', maxSize: 10 })
    } finally {
      await other.close()
    }
  })
})

describe('POST /api/assets/{id}/confirm', () => {
  it('confirms an uploaded asset: code 0 with its id and url', async () => {
    const ticket = await sign()
    await put(ticket, Buffer.from('abc'))
    const { status, body } = await confirm(ticket.id)
    expect(status).toBe(200)
    expect(body).toMatchObject({ code: 0, message: '请求成功', data: { id: ticket.id, url: ticket.url, size: 3, status: 'confirmed' } })
  })

  it('fixes a stored Content-Type that differs from the file name', async () => {
    const ticket = await sign()
    await put(ticket, Buffer.from('abc'), 'application/octet-stream')
    expect(emulator.store.get('media', ticket.path)?.contentType).toBe('application/octet-stream')
    expect((await confirm(ticket.id)).body.code).toBe(0)
    expect(emulator.store.get('media', ticket.path)?.contentType).toBe('video/mp4')
  })

  it('answers 12750 for an unknown asset, 10002 for a malformed id, 12751 when nothing was uploaded', async () => {
    expect((await confirm('0123456789abcdef01234567')).body).toMatchObject({ code: 12750, data: {} })
    expect((await confirm('not-an-id')).body).toMatchObject({ code: 10002 })
    const ticket = await sign()
    expect((await confirm(ticket.id)).body).toMatchObject({ code: 12751, data: {} })
  })

  it('answers 12752 when the stored object is >= maxSize, and 401 without the key', async () => {
    const ticket = await sign()
    await put(ticket, Buffer.from('abcdef'))
    emulator.config.aitoearn.maxSize = 6
    expect((await confirm(ticket.id)).body).toMatchObject({ code: 12752, message: '资源过大' })
    emulator.config.aitoearn.maxSize = 7
    expect((await confirm(ticket.id, { 'x-api-key': 'nope' })).body).toMatchObject({ code: 401 })
    expect((await confirm(ticket.id)).body.code).toBe(0)
  })
})
