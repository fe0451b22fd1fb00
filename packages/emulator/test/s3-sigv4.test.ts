import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import aws4 from 'aws4'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { xmlCode, xmlMessage } from './support.ts'
import { sdkClient } from './sdkClient.ts'

let emulator: Emulator
let client: S3Client
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  client = sdkClient(emulator)
})
afterAll(async () => {
  client.destroy()
  await emulator.close()
})
beforeEach(() => emulator.reset())

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

async function expectS3Error(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/xml')
  expect(response.headers.get('x-amz-error-code')).toBe(code)
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><Error><Code>/)
  expect(xml).toMatch(/<RequestId>[0-9A-F]{16}<\/RequestId><\/Error>$/)
  expect(xmlCode(xml)).toBe(code)
  return xml
}

describe('presigned PUT URLs from the official @aws-sdk/s3-request-presigner', () => {
  it('are accepted and the stored sha256 matches', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'dir/photo 1+2.jpg' }), { expiresIn: 60 })
    const body = Buffer.from('the quick brown fox')
    const response = await fetch(url, { method: 'PUT', body, headers: { 'content-type': 'image/jpeg' } })
    expect(response.status).toBe(200)
    const stored = emulator.store.get('media', 'dir/photo 1+2.jpg')
    expect(stored?.sha256).toBe(sha256(body))
    expect(response.headers.get('etag')).toBe(`"${createHash('md5').update(body).digest('hex')}"`)
  })

  it('records signed x-amz-meta-* and a signed Content-Type', async () => {
    const url = await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: 'media', Key: 'meta.txt', ContentType: 'text/plain', Metadata: { width: '7' } }),
      { expiresIn: 60 },
    )
    const response = await fetch(url, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain' } })
    expect(response.status).toBe(200)
    expect(emulator.store.get('media', 'meta.txt')?.metadata).toEqual({ width: '7' })
  })

  it('reject a changed signature byte with 403 SignatureDoesNotMatch', async () => {
    const url = new URL(await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 }))
    const signature = url.searchParams.get('X-Amz-Signature') ?? ''
    const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1)
    url.searchParams.set('X-Amz-Signature', flipped)
    await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 403, 'SignatureDoesNotMatch')
    expect(emulator.store.size).toBe(0)
  })

  it('reject a changed key path with 403 SignatureDoesNotMatch', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 })
    const response = await fetch(url.replace('/media/a.jpg', '/media/b.jpg'), { method: 'PUT', body: 'x' })
    await expectS3Error(response, 403, 'SignatureDoesNotMatch')
    expect(emulator.store.size).toBe(0)
  })

  it('reject another method with 403 SignatureDoesNotMatch', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 })
    await expectS3Error(await fetch(url, { method: 'DELETE' }), 403, 'SignatureDoesNotMatch')
  })

  it('reject an expired URL with 403 AccessDenied "Request has expired"', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'old.jpg' }), {
      expiresIn: 1,
      signingDate: new Date(Date.now() - 10_000),
    })
    const xml = await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 403, 'AccessDenied')
    expect(xmlMessage(xml)).toBe('Request has expired')
    expect(emulator.store.size).toBe(0)
  })

  it('reject an unknown access key with 403 InvalidAccessKeyId', async () => {
    const stranger = sdkClient(emulator, { credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'whatever' } })
    const url = await getSignedUrl(stranger, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 })
    stranger.destroy()
    const xml = await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 403, 'InvalidAccessKeyId')
    expect(xml).toContain('<AWSAccessKeyId>AKIAUNKNOWN</AWSAccessKeyId>')
  })

  it('reject a wrong secret with 403 SignatureDoesNotMatch', async () => {
    const impostor = sdkClient(emulator, { credentials: { accessKeyId: 'EMULATORACCESSKEY', secretAccessKey: 'wrong' } })
    const url = await getSignedUrl(impostor, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 })
    impostor.destroy()
    await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 403, 'SignatureDoesNotMatch')
  })

  it('reject a credential scope for another region', async () => {
    const elsewhere = sdkClient(emulator, { region: 'eu-west-1' })
    const url = await getSignedUrl(elsewhere, new PutObjectCommand({ Bucket: 'media', Key: 'a.jpg' }), { expiresIn: 60 })
    elsewhere.destroy()
    await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 400, 'AuthorizationQueryParametersError')
  })
})

describe('header-signed requests (S3Client.send)', () => {
  it('PutObject is accepted (default checksum header included) and GetObject returns the bytes', async () => {
    const defaults = sdkClient(emulator, { requestChecksumCalculation: 'WHEN_SUPPORTED' })
    const put = await defaults.send(
      new PutObjectCommand({ Bucket: 'media', Key: 'hdr/x.txt', Body: 'hello world', ContentType: 'text/plain', Metadata: { foo: 'bar' } }),
    )
    expect(put.ETag).toBe(`"${createHash('md5').update('hello world').digest('hex')}"`)
    const stored = emulator.store.get('media', 'hdr/x.txt')
    expect(stored?.sha256).toBe(sha256('hello world'))
    expect(stored?.metadata).toEqual({ foo: 'bar' })
    const got = await defaults.send(new GetObjectCommand({ Bucket: 'media', Key: 'hdr/x.txt' }))
    expect(await got.Body?.transformToString()).toBe('hello world')
    expect(got.Metadata).toEqual({ foo: 'bar' })
    defaults.destroy()
  })

  it('a wrong secret fails with SignatureDoesNotMatch', async () => {
    const impostor = sdkClient(emulator, { credentials: { accessKeyId: 'EMULATORACCESSKEY', secretAccessKey: 'wrong' }, maxAttempts: 1 })
    await expect(impostor.send(new PutObjectCommand({ Bucket: 'media', Key: 'x', Body: 'x' }))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    })
    impostor.destroy()
    expect(emulator.store.size).toBe(0)
  })

  it('GetObject of a missing key is NoSuchKey', async () => {
    await expect(client.send(new GetObjectCommand({ Bucket: 'media', Key: 'missing' }))).rejects.toMatchObject({ name: 'NoSuchKey' })
  })
})

describe('header-signed with the Date header instead of x-amz-date (aws4, an independent signer)', () => {
  const put = (body: string, date: string, tamper: (headers: Record<string, string>) => void = () => {}) => {
    const url = new URL(emulator.urls.s3)
    const headers: Record<string, string> = { Date: date, 'X-Amz-Content-Sha256': createHash('sha256').update(body).digest('hex'), 'Content-Type': 'text/plain' }
    const signed = aws4.sign({ host: url.host, path: '/media/dated.txt', method: 'PUT', service: 's3', region: 'auto', headers, body, doNotModifyHeaders: true }, { accessKeyId: 'EMULATORACCESSKEY', secretAccessKey: 'emulator-secret-key' })
    const sent: Record<string, string> = {}
    for (const [name, value] of Object.entries(signed.headers ?? {})) if (name.toLowerCase() !== 'host') sent[name] = String(value)
    tamper(sent)
    return fetch(`${url.origin}/media/dated.txt`, { method: 'PUT', headers: sent, body })
  }

  it('is accepted, and the signature covers the Date value', async () => {
    const response = await put('dated body', new Date().toUTCString())
    expect(response.status).toBe(200)
    expect(emulator.store.get('media', 'dated.txt')?.sha256).toBe(createHash('sha256').update('dated body').digest('hex'))
    const changed = await put('dated body', new Date().toUTCString(), (h) => {
      h.Date = new Date(Date.now() + 2000).toUTCString()
    })
    expect([changed.status, xmlCode(await changed.text())]).toEqual([403, 'SignatureDoesNotMatch'])
    const skewed = await put('dated body', new Date(Date.now() - 20 * 60_000).toUTCString())
    expect([skewed.status, xmlCode(await skewed.text())]).toEqual([403, 'RequestTimeTooSkewed'])
  })
})

describe('requests S3 rejects', () => {
  it('unsigned PUT → 403 AccessDenied', async () => {
    await expectS3Error(await fetch(`${emulator.urls.s3}/media/a.jpg`, { method: 'PUT', body: 'x' }), 403, 'AccessDenied')
  })

  it('unknown bucket → 404 NoSuchBucket', async () => {
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'nope', Key: 'a.jpg' }), { expiresIn: 60 })
    const xml = await expectS3Error(await fetch(url, { method: 'PUT', body: 'x' }), 404, 'NoSuchBucket')
    expect(xml).toContain('<BucketName>nope</BucketName>')
  })

  it('a multipart part upload → 404 NoSuchUpload', async () => {
    const response = await fetch(`${emulator.urls.s3}/media/a.jpg?partNumber=1&uploadId=abc`, { method: 'PUT', body: 'x' })
    await expectS3Error(response, 404, 'NoSuchUpload')
  })

  it('a body cut off by the client stores nothing', async () => {
    const url = new URL(await getSignedUrl(client, new PutObjectCommand({ Bucket: 'media', Key: 'cut.bin' }), { expiresIn: 60 }))
    await new Promise<void>((resolve) => {
      const req = httpRequest(url, { method: 'PUT', headers: { 'content-length': '100000' } })
      req.on('error', () => resolve())
      req.write(Buffer.alloc(1000))
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 50)
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(emulator.store.get('media', 'cut.bin')).toBeUndefined()
    const [entry] = emulator.requests.list('s3')
    expect(entry?.aborted).toBe(true)
    expect(entry?.status).toBeNull()
  })
})
