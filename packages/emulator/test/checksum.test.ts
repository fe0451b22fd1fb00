import { PutObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { corsHeaderNames, presign, xmlCode } from './support.ts'
import { sdkClient } from './sdkClient.ts'

const ORIGIN = 'http://app.test'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: [ORIGIN], s3: { pinChecksum: true, flavour: 'r2' } })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

describe('pinChecksum (AWS SDK ≥ 3.729 default CRC32 pinned at presign time)', () => {
  it('pins x-amz-checksum-crc32=AAAAAA== and the CRC32 algorithm as signed query parameters', async () => {
    const { data } = await presign(emulator, 'ext=jpg')
    expect(data.url).toContain('x-amz-checksum-crc32=AAAAAA%3D%3D')
    expect(data.url).toContain('x-amz-sdk-checksum-algorithm=CRC32')
    const stripped = data.url.replace('&x-amz-checksum-crc32=AAAAAA%3D%3D', '')
    const response = await fetch(stripped, { method: 'PUT', body: 'x' })
    expect(response.status).toBe(403)
    expect(xmlCode(await response.text())).toBe('SignatureDoesNotMatch')
  })

  it('r2: a non-empty body → 400 BadDigest without any CORS header, nothing stored', async () => {
    const { data } = await presign(emulator, 'ext=jpg')
    const response = await fetch(data.url, { method: 'PUT', body: 'not empty', headers: { origin: ORIGIN } })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amz-error-code')).toBe('BadDigest')
    expect(xmlCode(await response.text())).toBe('BadDigest')
    expect(corsHeaderNames(response)).toEqual([])
    expect(emulator.store.size).toBe(0)
  })

  it('r2: a 0-byte body matches AAAAAA== and is stored', async () => {
    const { data } = await presign(emulator, 'ext=jpg')
    const response = await fetch(data.url, { method: 'PUT', body: new Uint8Array(0), headers: { origin: ORIGIN } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(emulator.store.get('media', data.key)?.size).toBe(0)
  })

  it('s3: the pinned query checksum is ignored and the upload succeeds', async () => {
    emulator.config.s3.flavour = 's3'
    const { data } = await presign(emulator, 'ext=jpg')
    const response = await fetch(data.url, { method: 'PUT', body: 'not empty', headers: { origin: ORIGIN } })
    expect(response.status).toBe(200)
    expect(emulator.store.get('media', data.key)?.bytes.toString()).toBe('not empty')
  })

  it('r2: a correct header checksum from the SDK (WHEN_SUPPORTED) is accepted', async () => {
    const client = sdkClient(emulator, { requestChecksumCalculation: 'WHEN_SUPPORTED' })
    await client.send(new PutObjectCommand({ Bucket: 'media', Key: 'ok.txt', Body: 'hello' }))
    client.destroy()
    expect(emulator.store.get('media', 'ok.txt')?.size).toBe(5)
  })

  it('s3: a wrong checksum header is BadDigest (with CORS)', async () => {
    emulator.config.s3.flavour = 's3'
    const client = sdkClient(emulator, { maxAttempts: 1 })
    await expect(
      client.send(new PutObjectCommand({ Bucket: 'media', Key: 'bad.txt', Body: 'hello', ChecksumCRC32: 'AAAAAA==' })),
    ).rejects.toMatchObject({ name: 'BadDigest', $metadata: { httpStatusCode: 400 } })
    client.destroy()
    expect(emulator.store.size).toBe(0)
  })
})
