import { createHash } from 'node:crypto'
import OSS from 'ali-oss'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { VOD_BUCKET } from '../src/services/oss/vodBucket.ts'
import { corsHeaderNames, xmlCode } from './support.ts'
import { callVod, decodeTarget, type UploadTarget } from './vodClient.ts'

// PostObject on the emulated OSS, with policies signed by ali-oss's own helpers:
// V1 `calculatePostSignature` and V4 `signPostObjectPolicyV4` (reference §3.4).
const PAGE = 'http://app.test'
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: [PAGE] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const bucketUrl = (t: UploadTarget): string => `http://${t.Bucket}.${new URL(t.Endpoint).host}/`
/** ali-oss's client; `signPostObjectPolicyV4` is missing from @types/ali-oss. */
type PostSigner = OSS & { signPostObjectPolicyV4(policy: object, date: Date): string }
const client = (t: UploadTarget): PostSigner => new OSS({ endpoint: t.Endpoint, bucket: t.Bucket, region: 'oss-cn-shanghai', accessKeyId: t.AccessKeyId, accessKeySecret: t.AccessKeySecret, stsToken: t.SecurityToken }) as PostSigner
const expiresIn = (ms: number): string => new Date(Date.now() + ms).toISOString()
const amzDate = (date: Date): string => date.toISOString().replace(/[:-]|\.\d{3}/g, '')

async function image(): Promise<UploadTarget> {
  const { body } = await callVod(emulator, 'CreateUploadImage', { ImageType: 'default', ImageExt: 'png' })
  return decodeTarget(body)
}

function post(t: UploadTarget, fields: Record<string, string>, file: Buffer): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'photo.png')
  return fetch(bucketUrl(t), { method: 'POST', body: form, headers: { origin: PAGE } })
}

function v1Fields(t: UploadTarget, policy: object): Record<string, string> {
  const { OSSAccessKeyId, Signature, policy: encoded } = client(t).calculatePostSignature(policy)
  return { key: t.FileName, policy: encoded, OSSAccessKeyId, Signature, 'x-oss-security-token': t.SecurityToken, success_action_status: '201' }
}

function v4Fields(t: UploadTarget, extraConditions: unknown[] = [], now = new Date()): Record<string, string> {
  const credential = `${t.AccessKeyId}/${amzDate(now).slice(0, 8)}/cn-shanghai/oss/aliyun_v4_request`
  const date = amzDate(now)
  const policy = {
    expiration: expiresIn(60_000),
    conditions: [{ bucket: t.Bucket }, { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' }, { 'x-oss-credential': credential }, { 'x-oss-date': date }, { 'x-oss-security-token': t.SecurityToken }, ['content-length-range', 1, 1024], ...extraConditions],
  }
  const encoded = Buffer.from(JSON.stringify(policy)).toString('base64')
  const signature = client(t).signPostObjectPolicyV4(policy, now)
  return { key: t.FileName, policy: encoded, 'x-oss-signature-version': 'OSS4-HMAC-SHA256', 'x-oss-credential': credential, 'x-oss-date': date, 'x-oss-security-token': t.SecurityToken, 'x-oss-signature': signature }
}

describe('OSS PostObject', () => {
  it('V1 policy (calculatePostSignature): 201 PostResponse, bytes stored, CORS for the page', async () => {
    const t = await image()
    const file = Buffer.from('\x89PNG post v1', 'latin1')
    const response = await post(t, v1Fields(t, { expiration: expiresIn(60_000), conditions: [['content-length-range', 1, 1024], ['eq', '$key', t.FileName]] }), file)
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE)
    expect(await response.text()).toContain(`<Key>${t.FileName}</Key>`)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)?.sha256).toBe(createHash('sha256').update(file).digest('hex'))
  })

  it('V4 policy (signPostObjectPolicyV4): 204, bytes stored', async () => {
    const t = await image()
    const file = Buffer.from('\x89PNG post v4', 'latin1')
    const response = await post(t, v4Fields(t), file)
    expect(response.status).toBe(204)
    expect(emulator.store.get(VOD_BUCKET, t.FileName)?.size).toBe(file.length)
  })

  it('refuses an expired policy, a failed condition, a size out of range, a forged signature and a policy without the V4 fields', async () => {
    const t = await image()
    const file = Buffer.from('\x89PNG refused', 'latin1')
    const codeOf = async (response: Response) => ({ status: response.status, code: xmlCode(await response.text()), cors: corsHeaderNames(response).length > 0 })
    expect(await codeOf(await post(t, v1Fields(t, { expiration: expiresIn(-1000), conditions: [] }), file))).toEqual({ status: 403, code: 'AccessDenied', cors: true })
    expect((await codeOf(await post(t, v1Fields(t, { expiration: expiresIn(60_000), conditions: [['starts-with', '$key', 'video/']] }), file))).code).toBe('AccessDenied')
    expect((await codeOf(await post(t, v1Fields(t, { expiration: expiresIn(60_000), conditions: [['content-length-range', 1, 4]] }), file))).code).toBe('EntityTooLarge')
    expect((await codeOf(await post(t, { ...v4Fields(t), 'x-oss-signature': '0'.repeat(64) }, file))).code).toBe('SignatureDoesNotMatch')
    const bare = v4Fields(t)
    const policy = JSON.parse(Buffer.from(bare.policy ?? '', 'base64').toString()) as { conditions: unknown[] }
    policy.conditions = policy.conditions.filter((c) => !(typeof c === 'object' && c !== null && 'x-oss-date' in c))
    const signed = { ...bare, policy: Buffer.from(JSON.stringify(policy)).toString('base64'), 'x-oss-signature': client(t).signPostObjectPolicyV4(policy, new Date()) }
    expect((await codeOf(await post(t, signed, file))).code).toBe('AccessDenied')
    expect((await codeOf(await post(t, { ...v1Fields(t, { expiration: expiresIn(60_000), conditions: [] }), key: 'image/default/other.png' }, file))).code).toBe('AccessDenied')
    expect(emulator.store.size).toBe(0)
  })
})
