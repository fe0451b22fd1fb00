import { crc32 } from 'hash-wasm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import { crc32OffMainThread } from '../src/internal/crc32OffMainThread.ts'
import type { JimengResult } from '../src/providers/jimeng/jimeng.ts'
import type { UploadController } from '../src/types.ts'
import { startJimengStack } from './startJimengStack.ts'
import type { Stack } from './startStack.ts'

interface Logged {
  service: string
  method: string
  status: number | null
}

let stack: Stack
beforeAll(async () => {
  stack = await startJimengStack()
}, 30_000)
afterAll(() => stack?.stop())
beforeEach(() => stack.call('POST', '/_reset'))

const log = async (service: string) => stack.call<Logged[]>('GET', `/_requests?service=${service}`)

let endpointSeq = 0
/** A fresh endpoint URL and controller each time: each starts with an empty token cache. */
const uploader = (account = 'cn'): UploadController<JimengResult> =>
  createUploader({ provider: 'jimeng', endpoint: `${stack.endpoint}?account=${account}&t=${++endpointSeq}`, restrictions: { rejectDuplicates: false } })

function run(controller: UploadController<JimengResult>, files: File[]) {
  return new Promise<{ successful: readonly { name: string; result: JimengResult | undefined }[]; failed: readonly { name: string; error: unknown }[] }>((resolve) => {
    controller.on('complete', resolve)
    void controller.add(files)
  })
}

const png = (n: number) => {
  const bytes = new Uint8Array(64)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 32, 0, 0, 0, 24])
  bytes[40] = n
  return new File([bytes], `p${n}.png`, { type: 'image/png' })
}

const messages = (failed: readonly { error: unknown }[]) => failed.map((f) => String((f.error as Error)?.message))

describe('jimeng provider against the emulator', () => {
  it('uploads a batch of 20 with one token call: apply, upload with CRC32, commit', async () => {
    const files = Array.from({ length: 20 }, (_, i) => png(i))
    const { successful, failed } = await run(uploader(), files)
    expect(messages(failed)).toEqual([])
    expect(successful).toHaveLength(20)
    expect(successful[0]?.result).toMatchObject({ uri: expect.stringMatching(/^tos-cn-i-tb4s082cfz\//), width: 32, height: 24, format: 'png', size: 64 })
    expect(await log('jimeng')).toHaveLength(1)
    expect((await log('imagex')).filter((r) => r.method === 'GET')).toHaveLength(20)
    expect((await log('imagex-upload')).filter((r) => r.method === 'POST')).toHaveLength(20)
    const stored = (await stack.call<{ bucket: string; key: string; metadata: Record<string, string> }[]>('GET', '/_objects')).filter((o) => o.bucket === 'imagex')
    expect(stored).toHaveLength(20)
    const first = stored.find((o) => o.key === successful[0]?.result?.uri)
    expect(first?.metadata.crc32).toBe(await crc32(new Uint8Array(await files[0]!.arrayBuffer())))
  }, 20_000)

  it('uploads with the international variant (region and service id from the server)', async () => {
    const { successful, failed } = await run(uploader('intl'), [png(1)])
    expect(messages(failed)).toEqual([])
    expect(successful[0]?.result?.uri).toMatch(/^tos-useast5-i-wopfjsm1ax-tx\//)
  })

  it('fetches a new token when ImageX says the cached one expired, and completes', async () => {
    await stack.call('PATCH', '/_config', { jimengTokenExpiresSeconds: 1 })
    const controller = uploader()
    expect(messages((await run(controller, [png(1)])).failed)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 1100))
    // The browser still believes the token is valid (the server said 900 s); ImageX answers ExpiredToken.
    const second = await run(controller, [png(2)])
    expect(messages(second.failed)).toEqual([])
    expect(await log('jimeng')).toHaveLength(2)
    expect((await log('imagex')).map((r) => r.status)).toContain(403)
  })

  it('redoes the file with a new token when the upload Auth expired during the upload', async () => {
    await stack.call('PATCH', '/_config', { jimengTokenExpiresSeconds: 1 })
    await stack.call('POST', '/_faults', { service: 'imagex-upload', match: { method: 'POST' }, latencyMs: 1200, times: 1 })
    const { successful, failed } = await run(uploader(), [png(3)])
    expect(messages(failed)).toEqual([])
    expect(successful).toHaveLength(1)
    expect(await log('jimeng')).toHaveLength(2)
    expect((await log('imagex-upload')).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([401, 200])
  })

  it('reports the upload host refusing the CRC32 as checksum-mismatch', async () => {
    await stack.call('POST', '/_faults', { service: 'imagex-upload', match: { method: 'POST' }, failNext: { count: 1, status: 400, body: { code: 4006, apiversion: 'v1', message: 'CRC32 mismatch', data: {} } } })
    const { failed } = await run(uploader(), [png(4)])
    const error = failed[0]?.error as { code?: string; message?: string; retryable?: boolean }
    expect(error?.code).toBe('checksum-mismatch')
    expect(error?.message).toBe('“p4.png” arrived damaged. Retry.')
  })

  it('fails the sign step with sign-unauthorized when the refresh token is not a session', async () => {
    const { failed } = await run(uploader('none'), [png(5)])
    expect((failed[0]?.error as { code?: string })?.code).toBe('sign-unauthorized')
    expect(await log('imagex')).toHaveLength(0)
  })
})

describe('crc32OffMainThread', () => {
  it('falls back to the main thread without Worker and matches the reference vectors', async () => {
    expect(typeof Worker).toBe('undefined')
    expect((await crc32OffMainThread(new Blob(['hello']))).toString(16).padStart(8, '0')).toBe('3610a686')
    expect(await crc32OffMainThread(new Blob([]))).toBe(0)
  })
})
