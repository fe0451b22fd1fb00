import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { presign, xmlCode, xmlMessage } from './support.ts'

const EXT_ERROR = JSON.stringify({
  code: 400,
  msg: '仅支持图片（jpg、jpeg、png、webp、gif）和视频（mp4、webm）格式',
  data: null,
})

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: ['http://anywhere.test'] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

describe('GET /oss/presign', () => {
  it.each(['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'])('accepts ext=%s', async (ext) => {
    const body = await presign(emulator, `ext=${ext}`)
    expect(body.code).toBe(0)
    expect(body.msg).toBe('success')
    expect(body.data.key).toMatch(new RegExp(`^\\d{4}/\\d{2}/\\d{2}/[0-9a-f-]{36}\\.${ext}$`))
    const url = new URL(body.data.url)
    expect(url.origin).toBe(emulator.urls.s3)
    expect(url.pathname).toBe(`/media/${body.data.key}`)
  })

  it.each(['', 'ext=', 'ext=bmp', 'ext=JPG', 'ext=jpg&ext=png', 'width=10'])(
    'rejects a missing or unsupported ext (%j) with the exact 400 body',
    async (query) => {
      const response = await fetch(`${emulator.urls.presign}/oss/presign?${query}`)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/json')
      expect(await response.text()).toBe(EXT_ERROR)
    },
  )

  it.each([
    ['ext=jpg&width=abc', 'width 必须是整数'],
    ['ext=jpg&width=1.5', 'width 必须是整数'],
    ['ext=jpg&height=-3', 'height 必须是整数'],
    ['ext=mp4&duration=x', 'duration 必须是数字'],
    ['ext=jpg&type=banner', 'type 仅支持 thumb、origin、video'],
  ])('rejects invalid parameters (%s)', async (query, msg) => {
    const response = await fetch(`${emulator.urls.presign}/oss/presign?${query}`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ code: 400, msg, data: null })
  })

  it('issues a SigV4 query-presigned PUT URL like the seed example', async () => {
    const { data } = await presign(emulator, 'ext=jpg&width=2048&height=1346&type=origin')
    const params = new URL(data.url).searchParams
    expect(params.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256')
    expect(params.get('X-Amz-Content-Sha256')).toBe('UNSIGNED-PAYLOAD')
    expect(params.get('X-Amz-Credential')).toMatch(/^EMULATORACCESSKEY\/\d{8}\/auto\/s3\/aws4_request$/)
    expect(params.get('X-Amz-SignedHeaders')).toBe('host')
    expect(params.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/)
    expect(params.get('X-Amz-Expires')).toBe('300')
    expect(params.get('x-amz-meta-width')).toBe('2048')
    expect(params.get('x-amz-meta-height')).toBe('1346')
    expect(params.get('x-amz-meta-type')).toBe('origin')
    expect(params.get('x-id')).toBe('PutObject')
    expect(params.has('x-amz-checksum-crc32')).toBe(false)
  })

  it('records width/height/type as metadata when the URL is used', async () => {
    const { data } = await presign(emulator, 'ext=png&width=640&height=480&type=thumb')
    const put = await fetch(data.url, { method: 'PUT', body: Buffer.from('png bytes'), headers: { 'content-type': 'image/png' } })
    expect(put.status).toBe(200)
    expect(put.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    const stored = emulator.store.get('media', data.key)
    expect(stored?.metadata).toEqual({ width: '640', height: '480', type: 'thumb' })
    expect(stored?.contentType).toBe('image/png')
    expect(stored?.bytes.toString()).toBe('png bytes')
  })

  it('issues URLs that expire after presignExpiresSeconds (300 s by default, changeable at runtime)', async () => {
    const { data } = await presign(emulator, 'ext=jpg')
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 299_000 - 1_000)
      expect((await fetch(data.url, { method: 'PUT', body: 'a' })).status).toBe(200)
      vi.setSystemTime(Date.now() + 2_000)
      const expired = await fetch(data.url, { method: 'PUT', body: 'a' })
      expect(expired.status).toBe(403)
      const xml = await expired.text()
      expect(xmlCode(xml)).toBe('AccessDenied')
      expect(xmlMessage(xml)).toBe('Request has expired')
    } finally {
      vi.useRealTimers()
    }

    const patch = await fetch(`${emulator.urls.admin}/_config`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ presignExpiresSeconds: 1 }),
    })
    expect(patch.status).toBe(200)
    const short = await presign(emulator, 'ext=jpg')
    expect(new URL(short.data.url).searchParams.get('X-Amz-Expires')).toBe('1')
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 2_100)
      expect((await fetch(short.data.url, { method: 'PUT', body: 'a' })).status).toBe(403)
    } finally {
      vi.useRealTimers()
    }
  })

  it('rejects a URL whose signed metadata was edited', async () => {
    const { data } = await presign(emulator, 'ext=jpg&width=100')
    const response = await fetch(data.url.replace('x-amz-meta-width=100', 'x-amz-meta-width=999'), { method: 'PUT', body: 'a' })
    expect(response.status).toBe(403)
    expect(xmlCode(await response.text())).toBe('SignatureDoesNotMatch')
  })

  it('answers CORS for the configured origins only (closed by default)', async () => {
    const preflight = await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`, {
      method: 'OPTIONS',
      headers: { origin: 'http://anywhere.test', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-trace' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://anywhere.test')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-trace')
    const response = await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`, { headers: { origin: 'http://anywhere.test' } })
    expect(response.headers.get('access-control-allow-origin')).toBe('http://anywhere.test')
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
    const bad = await fetch(`${emulator.urls.presign}/oss/presign`, { headers: { origin: 'http://anywhere.test' } })
    expect(bad.headers.get('access-control-allow-origin')).toBe('http://anywhere.test')
    const foreign = await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`, { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'GET' } })
    expect([foreign.status, foreign.headers.get('access-control-allow-origin')]).toEqual([403, null])
    const closed = await startEmulator({ port: 0 })
    try {
      for (const name of ['admin', 's3', 'presign', 'aitoearn', 'imagex', 'imagex-upload'] as const) {
        const url = name === 's3' ? `${closed.urls.s3}/media/k` : `${closed.urls[name]}/`
        const refused = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://anywhere.test', 'access-control-request-method': 'PUT' } })
        expect([name, refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([name, 403, null])
      }
      const oss = new URL(closed.urls.oss)
      const refused = await fetch(`http://outin-emulator.${oss.host}/k`, { method: 'OPTIONS', headers: { origin: 'http://anywhere.test', 'access-control-request-method': 'PUT' } })
      expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([403, null])
    } finally {
      await closed.close()
    }
  })
})
