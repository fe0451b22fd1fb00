import { createHash } from 'node:crypto'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { crc32 } from 'hash-wasm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../src/index.ts'
import { sts as stsFor, tokenCall as tokenCallFor, type Sts, type Variant } from './jimengClient.ts'

const PAGE = 'http://127.0.0.1:5173'
let emulator: Emulator
const sts = (variant: Variant): Promise<Sts> => stsFor(emulator, variant)
const tokenCall = (variant: Variant, overrides?: Parameters<typeof tokenCallFor>[2]) => tokenCallFor(emulator, variant, overrides)
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: [PAGE] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

/** An ImageX OpenAPI call signed with @smithy/signature-v4 (independent of the browser's aws4fetch). */
async function imagex(token: Sts, region: string, method: 'GET' | 'POST', query: Record<string, string>, body?: string, tweak: (h: Record<string, string>) => void = () => {}, signingDate?: Date) {
  const url = new URL(emulator.urls.imagex)
  const signer = new SignatureV4({ credentials: { accessKeyId: token.access_key_id, secretAccessKey: token.secret_access_key }, region, service: 'imagex', sha256: Hash.bind(null, 'sha256') })
  const headers: Record<string, string> = { host: url.host, 'x-amz-security-token': token.session_token }
  if (body !== undefined) {
    headers['content-type'] = 'application/json'
    headers['x-amz-content-sha256'] = createHash('sha256').update(body).digest('hex')
  }
  const signed = await signer.sign(new HttpRequest({ method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: '/', query, headers, ...(body === undefined ? {} : { body }) }), { unsignableHeaders: new Set(['content-type']), ...(signingDate ? { signingDate } : {}) })
  const sent = { ...(signed.headers as Record<string, string>) }
  delete sent.host
  tweak(sent)
  const response = await fetch(`${url.origin}/?${new URLSearchParams(query)}`, { method, headers: sent, ...(body === undefined ? {} : { body }) })
  return { status: response.status, json: (await response.json()) as { ResponseMetadata: { Error?: { Code: string; CodeN?: number; Message: string } }; Result?: any } }
}

const apply = (token: Sts, region: string, size: number, serviceId = token.service_id ?? token.space_name ?? '') =>
  imagex(token, region, 'GET', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: serviceId, FileSize: String(size), s: 'abc123' })
const commit = (token: Sts, region: string, sessionKey: string) =>
  imagex(token, region, 'POST', { Action: 'CommitImageUpload', Version: '2018-08-01', ServiceId: token.service_id ?? token.space_name ?? '' }, JSON.stringify({ SessionKey: sessionKey }))

async function upload(host: string, storeUri: string, auth: string, bytes: Buffer, crc?: string, style: 'web' | 'sdk' = 'web') {
  const response = await fetch(style === 'web' ? `http://${host}/upload/v1/${storeUri}` : `http://${host}/${storeUri}`, {
    method: style === 'web' ? 'POST' : 'PUT',
    headers: { origin: PAGE, authorization: auth, 'content-crc32': crc ?? (await crc32(bytes)), 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any>, cors: response.headers.get('access-control-allow-origin') }
}

describe('jimeng token API (seed 003)', () => {
  it('issues STS credentials with service_id in China and space_name internationally', async () => {
    const cn = await sts('cn')
    expect(cn).toEqual({ access_key_id: expect.stringMatching(/^AKTP/), secret_access_key: expect.any(String), session_token: expect.stringMatching(/^STS2/), service_id: 'tb4s082cfz' })
    const intl = await sts('intl')
    expect(intl.space_name).toBe('wopfjsm1ax')
    expect(intl.service_id).toBeUndefined()
  })

  it('answers login error for a wrong, mixed-up or incomplete session cookie', async () => {
    expect(await tokenCall('cn', { refresh: 'someone-else' })).toEqual({ ret: '34010105', errmsg: 'login error', data: null })
    // The China account's token with the international parameters: not an international session.
    expect((await tokenCall('intl', { refresh: emulatorCredentials.jimeng.cn })).ret).toBe('34010105')
    expect((await tokenCall('cn', { headers: { cookie: `sessionid=${emulatorCredentials.jimeng.cn}` } })).ret).toBe('34010105')
  })

  it('requires the international query parameters, the region headers and scene 2 or 1', async () => {
    expect(await tokenCall('intl', { query: '?aid=513641&web_version=7.5.0' })).toMatchObject({ ret: '1000', errmsg: 'invalid parameter: da_version' })
    expect((await tokenCall('cn', { headers: { appid: '513641' } })).errmsg).toContain('Appid')
    expect((await tokenCall('intl', { headers: { origin: 'https://jimeng.jianying.com' } })).errmsg).toContain('Origin')
    expect((await tokenCall('cn', { body: { scene: 3 } })).errmsg).toContain('scene')
  })

  it('sends no CORS headers: a browser cannot call it', async () => {
    const response = await fetch(`${emulator.urls.jimeng}/mweb/v1/get_upload_token`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('ImageX apply → upload host → commit', () => {
  it.each([
    ['cn', 'cn-north-1', /^tos-cn-i-tb4s082cfz\/[0-9a-f]{32}$/],
    ['intl', 'us-east-1', /^tos-useast5-i-wopfjsm1ax-tx\//],
  ] as const)('lands the bytes for %s signed for %s', async (variant, region, uriPattern) => {
    const token = await sts(variant)
    const bytes = Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x30rest', 'latin1')
    const applied = await apply(token, region, bytes.length)
    expect(applied.status).toBe(200)
    const address = applied.json.Result.UploadAddress
    expect(address.UploadHosts).toEqual([new URL(emulator.urls['imagex-upload']).host])
    const [store] = address.StoreInfos
    expect(store.StoreUri).toMatch(uriPattern)
    const uploaded = await upload(address.UploadHosts[0], store.StoreUri, store.Auth, bytes)
    expect(uploaded).toMatchObject({ status: 200, cors: PAGE, json: { code: 2000, data: { crc32: await crc32(bytes) } } })
    const committed = await commit(token, region, address.SessionKey)
    expect(committed.status).toBe(200)
    expect(committed.json.Result.Results).toEqual([{ Uri: store.StoreUri, UriStatus: 2000 }])
    expect(committed.json.Result.PluginResult[0]).toMatchObject({ ImageUri: store.StoreUri, ImageWidth: 64, ImageHeight: 48, ImageFormat: 'png', ImageSize: bytes.length })
    const object = emulator.store.get('imagex', store.StoreUri)
    expect(object?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    // Listed by the admin API like any stored object.
    const listed = (await (await fetch(`${emulator.urls.admin}/_objects`)).json()) as { bucket: string; key: string }[]
    expect(listed).toContainEqual(expect.objectContaining({ bucket: 'imagex', key: store.StoreUri }))
  })

  it('accepts the official SDK style PUT /{StoreUri} too', async () => {
    const token = await sts('cn')
    const bytes = Buffer.from('sdk style')
    const { Result } = (await apply(token, 'cn-north-1', bytes.length)).json
    const [store] = Result.UploadAddress.StoreInfos
    const uploaded = await upload(Result.UploadAddress.UploadHosts[0], store.StoreUri, store.Auth, bytes, undefined, 'sdk')
    expect(uploaded.json).toMatchObject({ success: 0, payload: { hash: await crc32(bytes) } })
  })

  it('rejects a CRC32 mismatch, an unpadded CRC and a wrong Auth, storing nothing', async () => {
    const token = await sts('cn')
    const bytes = Buffer.from('hello')
    const { Result } = (await apply(token, 'cn-north-1', bytes.length)).json
    const host = Result.UploadAddress.UploadHosts[0]
    const [store] = Result.UploadAddress.StoreInfos
    expect(await crc32(bytes)).toBe('3610a686')
    const mismatch = await upload(host, store.StoreUri, store.Auth, bytes, '3610a687')
    expect(mismatch).toMatchObject({ status: 400, cors: PAGE, json: { code: 4006, message: expect.stringContaining('CRC32 mismatch') } })
    expect((await upload(host, store.StoreUri, store.Auth, bytes, 'abc')).json.code).toBe(4000)
    expect((await upload(host, store.StoreUri, 'SpaceKey/forged', bytes)).status).toBe(401)
    expect((await upload(host, store.StoreUri, store.Auth, Buffer.from('hello!'))).json.code).toBe(4013)
    expect(emulator.store.get('imagex', store.StoreUri)).toBeUndefined()
    // Commit without bytes: no image.
    expect((await commit(token, 'cn-north-1', Result.UploadAddress.SessionKey)).json.Result.Results[0].UriStatus).toBe(2001)
  })

  it('verifies SigV4: region per variant, session token, signature, body hash', async () => {
    const cn = await sts('cn')
    const intl = await sts('intl')
    expect(await apply(cn, 'us-east-1', 10)).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch', CodeN: 100010, Message: expect.stringContaining("'cn-north-1'") } } } })
    expect((await apply(intl, 'cn-north-1', 10)).json.ResponseMetadata.Error?.Code).toBe('SignatureDoesNotMatch')
    // The international test account is a US one: its host signs for us-east-1, not Singapore's ap-southeast-1.
    expect((await apply(intl, 'ap-southeast-1', 10)).json.ResponseMetadata.Error).toMatchObject({ Code: 'SignatureDoesNotMatch', Message: expect.stringContaining("'us-east-1'") })
    const forgedToken = await imagex(cn, 'cn-north-1', 'GET', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz', FileSize: '10' }, undefined, (h) => {
      h['x-amz-security-token'] = intl.session_token
    })
    expect(forgedToken.json.ResponseMetadata.Error?.Code).toBe('InvalidSecurityToken')
    const badSignature = await imagex(cn, 'cn-north-1', 'GET', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz', FileSize: '10' }, undefined, (h) => {
      h.authorization = h.authorization!.replace(/Signature=\w+/, `Signature=${'0'.repeat(64)}`)
    })
    expect(badSignature).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch', CodeN: 100010 } } } })
    expect(await apply(cn, 'cn-north-1', 10, 'wopfjsm1ax')).toMatchObject({ status: 403, json: { ResponseMetadata: { Error: { Code: 'AccessDenied', CodeN: 100013 } } } })
    expect(await apply({ ...cn, access_key_id: 'AKTPunknown' }, 'cn-north-1', 10)).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'InvalidAccessKey', CodeN: 100009 } } } })
    const skewed = await imagex(cn, 'cn-north-1', 'GET', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz', FileSize: '10' }, undefined, () => {}, new Date(Date.now() - 20 * 60_000))
    expect(skewed).toMatchObject({ status: 400, json: { ResponseMetadata: { Error: { Code: 'InvalidTimestamp', CodeN: 100006 } } } })
    const wrongHash = await imagex(cn, 'cn-north-1', 'POST', { Action: 'CommitImageUpload', Version: '2018-08-01', ServiceId: 'tb4s082cfz' }, '{"SessionKey":"x"}', (h) => {
      h['x-amz-content-sha256'] = createHash('sha256').update('other').digest('hex')
    })
    expect(wrongHash.json.ResponseMetadata.Error?.Code).toBe('XAmzContentSHA256Mismatch')
  })

  it('rejects an expired token at ImageX and an expired Auth at the upload host', async () => {
    emulator.config.jimengTokenExpiresSeconds = 1
    const token = await sts('cn')
    const { Result } = (await apply(token, 'cn-north-1', 5)).json
    const [store] = Result.UploadAddress.StoreInfos
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await apply(token, 'cn-north-1', 5)).toMatchObject({ status: 403, json: { ResponseMetadata: { Error: { Code: 'ExpiredToken' } } } })
    expect(await upload(Result.UploadAddress.UploadHosts[0], store.StoreUri, store.Auth, Buffer.from('hello'))).toMatchObject({ status: 401, json: { code: 4003 } })
  })

  it('answers CORS preflights on ImageX and the upload host for the configured origin only', async () => {
    for (const url of [`${emulator.urls.imagex}/?Action=ApplyImageUpload`, `${emulator.urls['imagex-upload']}/upload/v1/tos-cn-i-tb4s082cfz/x`]) {
      const preflight = (origin: string) =>
        fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-crc32,x-amz-date,x-amz-security-token' } })
      const response = await preflight(PAGE)
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(PAGE)
      expect(response.headers.get('access-control-allow-headers')).toContain('content-crc32')
      const foreign = await preflight('http://evil.test')
      expect([foreign.status, foreign.headers.get('access-control-allow-origin')]).toEqual([403, null])
    }
  })

  it('never logs the STS token or the upload Auth', async () => {
    const token = await sts('cn')
    await apply(token, 'cn-north-1', 5)
    const log = JSON.stringify(emulator.requests.list())
    expect(log).not.toContain(token.session_token)
    expect(log).not.toContain(token.access_key_id)
  })
})
