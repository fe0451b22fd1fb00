import { createHash } from 'node:crypto'
import aws4 from 'aws4'
import { crc32 } from 'hash-wasm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { sts, type Sts } from './jimengClient.ts'

// ImageX signed by `aws4` (an independent SigV4 implementation, not the emulator's @smithy one)
// exactly as the Jimeng web clients sign (reference §2.3, §2.5): no `host`, no `content-type`.
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
})
afterAll(() => emulator.close())

const amzDate = (): string => new Date().toISOString().replace(/[:-]|\.\d{3}/g, '')

async function jimengCall(token: Sts, region: string, query: Record<string, string>, body?: string, tamper: (headers: Record<string, string>) => void = () => {}) {
  const url = new URL(emulator.urls.imagex)
  const headers: Record<string, string> = { 'X-Amz-Date': amzDate(), 'X-Amz-Security-Token': token.session_token }
  if (body !== undefined) headers['X-Amz-Content-Sha256'] = createHash('sha256').update(body).digest('hex')
  const path = `/?${new URLSearchParams(query)}`
  // `extraHeadersToIgnore` (aws4 ≥ 1.12) is missing from @types/aws4.
  const request: aws4.Request & { extraHeadersToIgnore: Record<string, boolean> } = { host: url.host, path, method: body === undefined ? 'GET' : 'POST', service: 'imagex', region, headers, ...(body === undefined ? {} : { body }), doNotModifyHeaders: true, extraHeadersToIgnore: { host: true, 'content-type': true } }
  const signed = aws4.sign(
    request,
    { accessKeyId: token.access_key_id, secretAccessKey: token.secret_access_key },
  )
  const sent: Record<string, string> = {}
  for (const [name, value] of Object.entries(signed.headers ?? {})) if (name.toLowerCase() !== 'host') sent[name] = String(value)
  if (body !== undefined) sent['content-type'] = 'application/json'
  tamper(sent)
  const response = await fetch(`${url.origin}${path}`, { method: signed.method, headers: sent, ...(body === undefined ? {} : { body }) })
  return { status: response.status, signedHeaders: /SignedHeaders=([^,]+)/.exec(sent.Authorization ?? '')?.[1], json: (await response.json()) as { ResponseMetadata: { Error?: { Code: string; CodeN?: number } }; Result?: any } }
}

describe('ImageX with the Jimeng web clients’ signing (aws4)', () => {
  it.each([
    ['cn', 'cn-north-1'],
    ['intl', 'us-east-1'],
  ] as const)('%s: Apply signs x-amz-date;x-amz-security-token, Commit adds x-amz-content-sha256; the bytes land', async (variant, region) => {
    const token = await sts(emulator, variant)
    const serviceId = token.service_id ?? token.space_name ?? ''
    const bytes = Buffer.from('GIF89a\x02\x00\x03\x00rest', 'latin1')
    const applied = await jimengCall(token, region, { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: serviceId, FileSize: String(bytes.length), s: 'x1y2z3' })
    expect(applied.signedHeaders).toBe('x-amz-date;x-amz-security-token')
    expect(applied.status).toBe(200)
    const address = applied.json.Result.UploadAddress
    const [store] = address.StoreInfos
    const uploaded = await fetch(`http://${address.UploadHosts[0]}/upload/v1/${store.StoreUri}`, {
      method: 'POST',
      headers: { authorization: store.Auth, 'content-crc32': await crc32(bytes), 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    })
    expect(((await uploaded.json()) as { code: number }).code).toBe(2000)
    const committed = await jimengCall(token, region, { Action: 'CommitImageUpload', Version: '2018-08-01', ServiceId: serviceId }, JSON.stringify({ SessionKey: address.SessionKey }))
    expect(committed.signedHeaders).toBe('x-amz-content-sha256;x-amz-date;x-amz-security-token')
    expect(committed.status).toBe(200)
    expect(committed.json.Result.Results).toEqual([{ Uri: store.StoreUri, UriStatus: 2000 }])
    expect(emulator.store.get('imagex', store.StoreUri)?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('still verifies what is signed: a changed signed header or query fails, an unsigned header does not matter', async () => {
    const token = await sts(emulator, 'cn')
    const query = { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz', FileSize: '10' }
    const later = new Date(Date.now() + 60_000).toISOString().replace(/[:-]|\.\d{3}/g, '')
    const changedDate = await jimengCall(token, 'cn-north-1', query, undefined, (h) => {
      h['X-Amz-Date'] = later
    })
    expect(changedDate).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch', CodeN: 100010 } } } })
    const unsigned = await jimengCall(token, 'cn-north-1', query, undefined, (h) => {
      h['x-unsigned-extra'] = 'anything'
    })
    expect(unsigned.status).toBe(200)
    const body = JSON.stringify({ SessionKey: 'nope' })
    const otherBody = await jimengCall(token, 'cn-north-1', { Action: 'CommitImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz' }, body, (h) => {
      h['X-Amz-Content-Sha256'] = createHash('sha256').update('{"SessionKey":"other"}').digest('hex')
    })
    expect(otherBody.json.ResponseMetadata.Error?.Code).toBe('XAmzContentSHA256Mismatch')
  })

  it('answers an intl token signed for Singapore with SignatureDoesNotMatch: the region is tied to the account’s host', async () => {
    const token = await sts(emulator, 'intl')
    const applied = await jimengCall(token, 'ap-southeast-1', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'wopfjsm1ax', FileSize: '10' })
    expect(applied).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch', CodeN: 100010 } } } })
  })
})
