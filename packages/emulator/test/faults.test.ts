import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FaultSpecError, startEmulator, type Emulator, type FaultRule, type RequestLogEntry } from '../src/index.ts'
import { presign, xmlCode } from './support.ts'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: ['http://app.test'] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

async function addFault(spec: unknown): Promise<string> {
  const response = await fetch(`${emulator.urls.admin}/_faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

describe('fault injection', () => {
  it('failNext: two S3-style 500s, then success', async () => {
    await addFault({ service: 's3', match: { method: 'PUT' }, failNext: { count: 2, status: 500 } })
    const { data } = await presign(emulator, 'ext=jpg')
    const first = await fetch(data.url, { method: 'PUT', body: 'x', headers: { origin: 'http://app.test' } })
    expect(first.status).toBe(500)
    expect(first.headers.get('access-control-allow-origin')).toBe('http://app.test')
    expect(xmlCode(await first.text())).toBe('InternalError')
    expect((await fetch(data.url, { method: 'PUT', body: 'x' })).status).toBe(500)
    expect(emulator.store.size).toBe(0)
    expect((await fetch(data.url, { method: 'PUT', body: 'x' })).status).toBe(200)
    expect(emulator.store.size).toBe(1)
    const rules = (await (await fetch(`${emulator.urls.admin}/_faults`)).json()) as FaultRule[]
    expect(rules).toMatchObject([{ service: 's3', hits: 2, exhausted: true }])
  })

  it('failNext on the presign API answers its JSON envelope (or a given body)', async () => {
    emulator.faults.add({ service: 'presign', failNext: { count: 1, status: 503 } })
    emulator.faults.add({ service: 'presign', failNext: { count: 1, status: 502, body: { custom: true } } })
    const first = await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`)
    expect(first.status).toBe(503)
    expect(await first.json()).toEqual({ code: 503, msg: 'Service Unavailable', data: null })
    const second = await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`)
    expect(second.status).toBe(502)
    expect(await second.json()).toEqual({ custom: true })
    expect((await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`)).status).toBe(200)
  })

  it('does not fail CORS preflights unless OPTIONS is matched explicitly', async () => {
    emulator.faults.add({ service: 's3', failNext: { count: 1, status: 500 } })
    const response = await fetch(`${emulator.urls.s3}/media/k`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.test', 'access-control-request-method': 'PUT' },
    })
    expect(response.status).toBe(200)
    expect(emulator.faults.list()[0]?.hits).toBe(0)
  })

  it('latencyMs delays matching requests only', async () => {
    emulator.faults.add({ service: 'presign', match: { pathPrefix: '/oss/' }, latencyMs: 250, times: 1 })
    let started = Date.now()
    await presign(emulator, 'ext=jpg')
    expect(Date.now() - started).toBeGreaterThanOrEqual(240)
    started = Date.now()
    await presign(emulator, 'ext=jpg')
    expect(Date.now() - started).toBeLessThan(200)
  })

  it('resetAfterBytes cuts the connection mid-body and stores nothing', async () => {
    await addFault({ service: 's3', match: { method: 'PUT' }, resetAfterBytes: 1000, times: 1 })
    const { data } = await presign(emulator, 'ext=mp4')
    await expect(fetch(data.url, { method: 'PUT', body: Buffer.alloc(256 * 1024, 7) })).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(emulator.store.size).toBe(0)
    const [entry] = emulator.requests.list('s3')
    expect(entry).toMatchObject({ method: 'PUT', status: null, aborted: true })
    expect(entry?.bytesReceived).toBeLessThanOrEqual(1000)
    // the rule is used up: the retry goes through
    expect((await fetch(data.url, { method: 'PUT', body: Buffer.alloc(256 * 1024, 7) })).status).toBe(200)
    expect(emulator.store.get('media', data.key)?.size).toBe(256 * 1024)
  })

  it('bandwidthBytesPerSec throttles the request body', async () => {
    emulator.faults.add({ service: 's3', bandwidthBytesPerSec: 40_000 })
    const { data } = await presign(emulator, 'ext=jpg')
    const started = Date.now()
    expect((await fetch(data.url, { method: 'PUT', body: Buffer.alloc(12_000) })).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  })

  it('rejects invalid rules', async () => {
    const response = await fetch(`${emulator.urls.admin}/_faults`, {
      method: 'POST',
      body: JSON.stringify({ service: 'nope', latencyMs: 1 }),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/service must be one of/)
    expect(() => emulator.faults.add({ service: 's3' })).toThrow(FaultSpecError)
    expect(() => emulator.faults.add({ service: 'admin', latencyMs: 1 })).toThrow(FaultSpecError)
  })

  it('lists and clears rules over HTTP', async () => {
    const id = await addFault({ service: 'presign', latencyMs: 1 })
    let rules = (await (await fetch(`${emulator.urls.admin}/_faults`)).json()) as FaultRule[]
    expect(rules.map((rule) => rule.id)).toEqual([id])
    expect((await fetch(`${emulator.urls.admin}/_faults`, { method: 'DELETE' })).status).toBe(204)
    rules = (await (await fetch(`${emulator.urls.admin}/_faults`)).json()) as FaultRule[]
    expect(rules).toEqual([])
  })
})

describe('request log', () => {
  it('counts sign calls per service and never logs signatures or credentials', async () => {
    const { data } = await presign(emulator, 'ext=jpg&width=1')
    await presign(emulator, 'ext=png')
    await fetch(`${emulator.urls.presign}/oss/presign?ext=bmp`)
    await fetch(data.url, { method: 'PUT', body: 'x' })

    const presignLog = (await (await fetch(`${emulator.urls.admin}/_requests?service=presign`)).json()) as RequestLogEntry[]
    expect(presignLog.map((entry) => entry.status)).toEqual([200, 200, 400])
    expect(presignLog[0]).toMatchObject({ method: 'GET', path: '/oss/presign', query: { ext: 'jpg', width: '1' } })

    const s3Log = emulator.requests.list('s3')
    expect(s3Log).toHaveLength(1)
    expect(s3Log[0]?.query['X-Amz-Signature']).toBe('[redacted]')
    expect(s3Log[0]?.query['X-Amz-Credential']).toBe('[redacted]')
    const signature = new URL(data.url).searchParams.get('X-Amz-Signature') ?? ''
    const everything = await (await fetch(`${emulator.urls.admin}/_requests`)).text()
    expect(everything).not.toContain(signature)
    expect(everything).not.toContain('EMULATORACCESSKEY')

    expect((await fetch(`${emulator.urls.admin}/_requests`, { method: 'DELETE' })).status).toBe(204)
    expect(emulator.requests.list()).toEqual([])
  })
})
