import { createPresignedPost } from '@aws-sdk/s3-presigned-post'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPostPolicy } from '../src/services/aitoearn/createPostPolicy.ts'
import { signPolicy } from '../src/s3/sigv4/signPolicy.ts'
import { emulatorCredentials, startEmulator, type Emulator } from '../src/index.ts'
import { sdkClient } from './sdkClient.ts'
import { xmlCode, xmlMessage } from './support.ts'

const ORIGIN = 'http://app.test'
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, s3: { allowedOrigins: [ORIGIN] } })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256))

/** A multipart form: the fields in order, then the file (unless `file: false`), then `after`. */
function form(fields: Record<string, string>, options: { file?: Buffer | false; after?: Record<string, string> } = {}): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  if (options.file !== false) body.append('file', new Blob([new Uint8Array(options.file ?? bytes)], { type: 'image/png' }), 'photo.png')
  for (const [name, value] of Object.entries(options.after ?? {})) body.append(name, value)
  return body
}

function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { origin: ORIGIN, ...headers } })
}

async function sdkPost(key: string, options: { max?: number; min?: number; expires?: number; fields?: Record<string, string> } = {}) {
  return createPresignedPost(sdkClient(emulator), {
    Bucket: emulatorCredentials.bucket,
    Key: key,
    Conditions: [['content-length-range', options.min ?? 0, options.max ?? 10_000], ['starts-with', '$Content-Type', 'image/']],
    Fields: { 'Content-Type': 'image/png', ...options.fields },
    Expires: options.expires ?? 300,
  })
}

async function emulatorPolicy(overrides: { key?: string; maxSize?: number; now?: Date; expiresSeconds?: number; secret?: string } = {}) {
  return createPostPolicy({
    storeOrigin: emulator.urls.s3,
    bucket: emulatorCredentials.bucket,
    key: overrides.key ?? 'uploads/a.png',
    contentType: 'image/png',
    maxSize: overrides.maxSize ?? 10_000,
    accessKeyId: emulatorCredentials.accessKeyId,
    secretAccessKey: overrides.secret ?? emulatorCredentials.secretAccessKey,
    region: emulatorCredentials.region,
    expiresSeconds: overrides.expiresSeconds ?? 300,
    ...(overrides.now ? { now: overrides.now } : {}),
  })
}

async function expectS3Error(response: Response, status: number, code: string): Promise<string> {
  const text = await response.text()
  expect({ status: response.status, code: xmlCode(text) }).toEqual({ status, code })
  expect(response.headers.get('content-type')).toBe('application/xml')
  expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  expect(emulator.store.size).toBe(0)
  return (xmlMessage(text) ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
}

describe('POST /{bucket} (browser-based upload with a POST policy)', () => {
  it("accepts @aws-sdk/s3-presigned-post's createPresignedPost output (204, ETag, Location, CORS)", async () => {
    const { url, fields } = await sdkPost('sdk/photo.png')
    expect(url).toBe(`${emulator.urls.s3}/media`)
    const response = await post(url, form(fields))
    expect(response.status).toBe(204)
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect(response.headers.get('location')).toBe(`${emulator.urls.s3}/media/sdk/photo.png`)
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const stored = emulator.store.get('media', 'sdk/photo.png')
    expect(stored?.bytes.equals(bytes)).toBe(true)
    expect(stored?.contentType).toBe('image/png')
  })

  it('derives the same policy signature as the SDK (smithy getSigningKey + HMAC over the base64 policy)', async () => {
    const { fields } = await sdkPost('sdk/sig.png')
    const [, shortDate, region] = (fields['X-Amz-Credential'] ?? '').split('/')
    const signature = await signPolicy({
      accessKeyId: emulatorCredentials.accessKeyId,
      secretAccessKey: emulatorCredentials.secretAccessKey,
      shortDate: shortDate ?? '',
      region: region ?? '',
      policy: fields.Policy ?? '',
    })
    expect(signature).toBe(fields['X-Amz-Signature'])
  })

  it('supports ${filename} keys, success_action_status 201 and x-amz-meta-* fields', async () => {
    const { url, fields } = await createPresignedPost(sdkClient(emulator), {
      Bucket: 'media',
      Key: 'user/${filename}',
      Fields: { success_action_status: '201', 'x-amz-meta-owner': 'u1' },
      Expires: 60,
    })
    const response = await post(url, form(fields))
    expect(response.status).toBe(201)
    const xml = await response.text()
    expect(xml).toContain('<Key>user/photo.png</Key>')
    expect(xml).toContain('<Bucket>media</Bucket>')
    expect(emulator.store.get('media', 'user/photo.png')?.metadata).toEqual({ owner: 'u1' })
    expect(emulator.store.get('media', 'user/photo.png')?.contentType).toBe('binary/octet-stream')
  })

  it("accepts the emulator's own lower-case policy (the aitoearn POST mode)", async () => {
    const { url, fields } = await emulatorPolicy()
    expect(Object.keys(fields)).toEqual(['key', 'Content-Type', 'policy', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature'])
    const policy = JSON.parse(Buffer.from(fields.policy ?? '', 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] }
    expect(Date.parse(policy.expiration) - Date.now()).toBeGreaterThan(290_000)
    expect(policy.conditions).toEqual(
      expect.arrayContaining([['content-length-range', 0, 10_000], { key: 'uploads/a.png' }, { bucket: 'media' }, { 'Content-Type': 'image/png' }]),
    )
    expect((await post(url, form(fields))).status).toBe(204)
    expect(emulator.store.get('media', 'uploads/a.png')?.sha256).toBeDefined()
  })

  it('refuses a file over content-length-range with 400 EntityTooLarge, and one under it with EntityTooSmall', async () => {
    const big = await sdkPost('sdk/big.png', { max: bytes.length - 1 })
    const message = await expectS3Error(await post(big.url, form(big.fields)), 400, 'EntityTooLarge')
    expect(message).toBe('Your proposed upload exceeds the maximum allowed size')
    const small = await sdkPost('sdk/small.png', { min: bytes.length + 1, max: bytes.length + 10 })
    await expectS3Error(await post(small.url, form(small.fields)), 400, 'EntityTooSmall')
    const exact = await sdkPost('sdk/exact.png', { max: bytes.length })
    expect((await post(exact.url, form(exact.fields))).status).toBe(204)
  })

  it('refuses a tampered signature or policy (403 SignatureDoesNotMatch) and an unknown key (403 InvalidAccessKeyId)', async () => {
    const { url, fields } = await emulatorPolicy()
    await expectS3Error(await post(url, form({ ...fields, 'x-amz-signature': '0'.repeat(64) })), 403, 'SignatureDoesNotMatch')
    const widened = Buffer.from(Buffer.from(fields.policy ?? '', 'base64').toString('utf8').replace('10000', '99999999')).toString('base64')
    await expectS3Error(await post(url, form({ ...fields, policy: widened })), 403, 'SignatureDoesNotMatch')
    const forged = await emulatorPolicy({ secret: 'not-the-secret' })
    await expectS3Error(await post(url, form(forged.fields)), 403, 'SignatureDoesNotMatch')
    const credential = (fields['x-amz-credential'] ?? '').replace(emulatorCredentials.accessKeyId, 'UNKNOWNKEY')
    await expectS3Error(await post(url, form({ ...fields, 'x-amz-credential': credential })), 403, 'InvalidAccessKeyId')
  })

  it('refuses an expired policy (403 AccessDenied "Policy expired")', async () => {
    const { url, fields } = await emulatorPolicy({ now: new Date(Date.now() - 120_000), expiresSeconds: 60 })
    expect(await expectS3Error(await post(url, form(fields)), 403, 'AccessDenied')).toBe('Invalid according to Policy: Policy expired.')
  })

  it('enforces the key condition and refuses fields the policy does not cover', async () => {
    const { url, fields } = await emulatorPolicy({ key: 'uploads/a.png' })
    const message = await expectS3Error(await post(url, form({ ...fields, key: 'uploads/other.png' })), 403, 'AccessDenied')
    expect(message).toBe('Invalid according to Policy: Policy Condition failed: {"key":"uploads/a.png"}')
    const sdk = await sdkPost('sdk/ct.png')
    const ct = await expectS3Error(await post(sdk.url, form({ ...sdk.fields, 'Content-Type': 'text/html' })), 403, 'AccessDenied')
    expect(ct).toContain('starts-with')
    const extra = await expectS3Error(await post(url, form({ ...fields, acl: 'public-read' })), 403, 'AccessDenied')
    expect(extra).toBe('Invalid according to Policy: Extra input fields: acl')
    // x-ignore-* fields need no condition.
    expect((await post(url, form({ ...fields, 'x-ignore-note': 'hi' }))).status).toBe(204)
  })

  it('ignores fields after the file, so the file must come last', async () => {
    const { url, fields } = await emulatorPolicy()
    const { key, ...rest } = fields
    const message = await expectS3Error(await post(url, form(rest, { after: { key: key ?? '' } })), 400, 'InvalidArgument')
    expect(message).toContain("field named 'key'")
    // A field after the file is not checked either (S3 never reads it).
    expect((await post(url, form(fields, { after: { acl: 'public-read' } }))).status).toBe(204)
  })

  it('refuses a form without file, without policy, not multipart, or malformed', async () => {
    const { url, fields } = await emulatorPolicy()
    await expectS3Error(await post(url, form(fields, { file: false })), 400, 'InvalidArgument')
    const { policy: _policy, 'x-amz-signature': _signature, ...anonymous } = fields
    await expectS3Error(await post(url, form(anonymous)), 403, 'AccessDenied')
    await expectS3Error(await post(url, JSON.stringify(fields), { 'content-type': 'application/json' }), 412, 'PreconditionFailed')
    await expectS3Error(await post(url, '--x\r\nnot a part', { 'content-type': 'multipart/form-data; boundary=x' }), 400, 'MalformedPOSTRequest')
  })

  it('answers 404 NoSuchBucket for another bucket, and POST to a key stays 405', async () => {
    const { fields } = await emulatorPolicy()
    const missing = await post(`${emulator.urls.s3}/other`, form(fields))
    expect(missing.status).toBe(404)
    expect(xmlCode(await missing.text())).toBe('NoSuchBucket')
    const onKey = await post(`${emulator.urls.s3}/media/uploads/a.png`, form(fields))
    expect(onKey.status).toBe(405)
  })

  it('honours maxObjectBytes as well', async () => {
    emulator.config.maxObjectBytes = 100
    const { url, fields } = await emulatorPolicy()
    await expectS3Error(await post(url, form(fields)), 400, 'EntityTooLarge')
  })
})
