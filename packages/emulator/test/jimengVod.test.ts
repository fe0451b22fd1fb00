import { createHash } from 'node:crypto'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { crc32 } from 'hash-wasm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { videoInfo } from '../src/services/bytedance-vod/videoInfo.ts'
import { tokenCall, type Sts, type Variant } from './jimengClient.ts'
import { makeMp4 } from './jimengMp4.ts'

const PAGE = 'http://127.0.0.1:5173'
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: [PAGE] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

interface VodSts extends Sts {
  upload_domain?: string
}

/** `get_upload_token {scene:1}`: VOD credentials. */
async function vodSts(variant: Variant): Promise<VodSts> {
  const answer = await tokenCall(emulator, variant, { body: { scene: 1 } })
  expect(answer.ret).toBe('0')
  return answer.data as VodSts
}

/** A VOD OpenAPI call signed with @smithy/signature-v4 (independent of the browser's aws4fetch). */
async function vod(token: Sts, region: string, method: 'GET' | 'POST', query: Record<string, string>, body?: string, options: { service?: string; origin?: string; tweak?: (h: Record<string, string>) => void } = {}) {
  const url = new URL(options.origin ?? emulator.urls['bytedance-vod'])
  const signer = new SignatureV4({ credentials: { accessKeyId: token.access_key_id, secretAccessKey: token.secret_access_key }, region, service: options.service ?? 'vod', sha256: Hash.bind(null, 'sha256') })
  const headers: Record<string, string> = { host: url.host, 'x-amz-security-token': token.session_token }
  if (body !== undefined) {
    headers['content-type'] = 'application/json'
    headers['x-amz-content-sha256'] = createHash('sha256').update(body).digest('hex')
  }
  const signed = await signer.sign(new HttpRequest({ method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: '/', query, headers, ...(body === undefined ? {} : { body }) }), { unsignableHeaders: new Set(['content-type']) })
  const sent = { ...(signed.headers as Record<string, string>) }
  delete sent.host
  options.tweak?.(sent)
  const response = await fetch(`${url.origin}/?${new URLSearchParams(query)}`, { method, headers: sent, ...(body === undefined ? {} : { body }) })
  return { status: response.status, json: (await response.json()) as { ResponseMetadata: { Service?: string; Error?: { Code: string; Message: string } }; Result?: any } }
}

const applyInner = (token: Sts, region: string, size: number, space = token.space_name ?? '') =>
  vod(token, region, 'GET', { Action: 'ApplyUploadInner', Version: '2020-11-19', SpaceName: space, FileType: 'video', IsInner: '1', FileSize: String(size), s: 'x1' })
const commitInner = (token: Sts, region: string, sessionKey: string) =>
  vod(token, region, 'POST', { Action: 'CommitUploadInner', Version: '2020-11-19', SpaceName: token.space_name ?? '' }, JSON.stringify({ SessionKey: sessionKey, Functions: [] }))

async function upload(host: string, storeUri: string, auth: string, bytes: Buffer, crc?: string) {
  const response = await fetch(`http://${host}/upload/v1/${storeUri}`, {
    method: 'POST',
    headers: { origin: PAGE, authorization: auth, 'content-crc32': crc ?? (await crc32(bytes)), 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

describe('jimeng token API, scene 1', () => {
  it('issues VOD credentials with the space name and the VOD host', async () => {
    expect(await vodSts('cn')).toEqual({
      access_key_id: expect.stringMatching(/^AKTP/),
      secret_access_key: expect.any(String),
      session_token: expect.stringMatching(/^STS2/),
      space_name: 'dreamina',
      upload_domain: new URL(emulator.urls['bytedance-vod']).host,
    })
  })
})

describe('ByteDance VOD inner upload: apply → upload host → commit', () => {
  it.each([
    ['cn', 'cn-north-1', /^tos-cn-v-148450\/[0-9a-f]{32}$/],
    ['intl', 'us-east-1', /^tos-useast5-v-2774c002-tx\/[0-9a-f]{32}$/],
  ] as const)('lands a video for %s signed for %s (service vod) and reports its VideoMeta', async (variant, region, uriPattern) => {
    const token = await vodSts(variant)
    const bytes = makeMp4({ seconds: 3.2, width: 320, height: 240, payloadBytes: 70_000 })
    const applied = await applyInner(token, region, bytes.length)
    expect(applied.status).toBe(200)
    expect(applied.json.ResponseMetadata.Service).toBe('vod')
    const [node] = applied.json.Result.InnerUploadAddress.UploadNodes
    expect(node.UploadHost).toBe(new URL(emulator.urls['imagex-upload']).host)
    expect(node.Vid).toMatch(/^v02[0-9a-f]{28}$/)
    const [store] = node.StoreInfos
    expect(store.StoreUri).toMatch(uriPattern)
    expect(await upload(node.UploadHost, store.StoreUri, store.Auth, bytes)).toMatchObject({ status: 200, json: { code: 2000, data: { crc32: await crc32(bytes) } } })
    const committed = await commitInner(token, region, node.SessionKey)
    expect(committed.status).toBe(200)
    const sha = createHash('sha256').update(bytes).digest('hex')
    const object = emulator.store.get('bytedance-vod', store.StoreUri)
    expect(object?.sha256).toBe(sha)
    expect(emulator.store.get('imagex', store.StoreUri)).toBeUndefined()
    expect(committed.json.Result.Results).toEqual([
      {
        Vid: node.Vid,
        VideoMeta: expect.objectContaining({ Uri: store.StoreUri, Duration: 3.2, Width: 320, Height: 240, Format: 'MP4', Codec: 'h264', Size: bytes.length, Md5: object?.md5, FileType: 'video' }),
      },
    ])
  })

  it('rejects a CRC32 mismatch on a video, stores nothing and refuses the commit', async () => {
    const token = await vodSts('cn')
    const bytes = makeMp4()
    const [node] = (await applyInner(token, 'cn-north-1', bytes.length)).json.Result.InnerUploadAddress.UploadNodes
    const [store] = node.StoreInfos
    expect(await upload(node.UploadHost, store.StoreUri, store.Auth, bytes, '00000000')).toMatchObject({ status: 400, json: { code: 4006, message: expect.stringContaining('CRC32 mismatch') } })
    expect((await upload(node.UploadHost, store.StoreUri, 'SpaceKey/forged', bytes)).status).toBe(401)
    expect(emulator.store.get('bytedance-vod', store.StoreUri)).toBeUndefined()
    expect(await commitInner(token, 'cn-north-1', node.SessionKey)).toMatchObject({ status: 400, json: { ResponseMetadata: { Error: { Code: 'InvalidParameter', Message: expect.stringContaining('did not complete') } } } })
  })

  it('verifies SigV4 for service vod and keeps the two scenes apart', async () => {
    const video = await vodSts('cn')
    const image = (await tokenCall(emulator, 'cn')).data as Sts
    expect((await vod(video, 'cn-north-1', 'GET', { Action: 'ApplyUploadInner', Version: '2020-11-19', SpaceName: 'dreamina', FileType: 'video', IsInner: '1', FileSize: '9' }, undefined, { service: 'imagex' })).json.ResponseMetadata.Error).toMatchObject({
      Code: 'SignatureDoesNotMatch',
      Message: expect.stringContaining('/vod/aws4_request'),
    })
    expect((await applyInner(video, 'us-east-1', 9)).json.ResponseMetadata.Error?.Code).toBe('SignatureDoesNotMatch')
    const forged = await vod(video, 'cn-north-1', 'GET', { Action: 'ApplyUploadInner', Version: '2020-11-19', SpaceName: 'dreamina', FileType: 'video', IsInner: '1', FileSize: '9' }, undefined, {
      tweak: (h) => void (h.authorization = h.authorization!.replace(/Signature=\w+/, `Signature=${'0'.repeat(64)}`)),
    })
    expect(forged).toMatchObject({ status: 401, json: { ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch' } } } })
    // An ImageX token on VOD, a VOD token on ImageX: refused.
    expect(await applyInner({ ...image, space_name: 'dreamina' }, 'cn-north-1', 9)).toMatchObject({ status: 403, json: { ResponseMetadata: { Error: { Code: 'AccessDenied' } } } })
    const onImagex = await vod(video, 'cn-north-1', 'GET', { Action: 'ApplyImageUpload', Version: '2018-08-01', ServiceId: 'dreamina', FileSize: '9' }, undefined, { service: 'imagex', origin: emulator.urls.imagex })
    expect(onImagex).toMatchObject({ status: 403, json: { ResponseMetadata: { Error: { Code: 'AccessDenied' } } } })
    expect((await applyInner(video, 'cn-north-1', 9, 'other-space')).json.ResponseMetadata.Error?.Code).toBe('AccessDenied')
    expect((await vod(video, 'cn-north-1', 'GET', { Action: 'ApplyUploadInner', Version: '2020-11-19', SpaceName: 'dreamina', IsInner: '1', FileSize: '9' })).json.ResponseMetadata.Error?.Code).toBe('InvalidParameter')
    expect((await vod(video, 'cn-north-1', 'GET', { Action: 'ApplyUploadInner', Version: '2018-08-01', SpaceName: 'dreamina' })).json.ResponseMetadata.Error?.Code).toBe('InvalidActionOrVersion')
    const wrongHash = await vod(video, 'cn-north-1', 'POST', { Action: 'CommitUploadInner', Version: '2020-11-19', SpaceName: 'dreamina' }, '{"SessionKey":"x","Functions":[]}', {
      tweak: (h) => void (h['x-amz-content-sha256'] = createHash('sha256').update('other').digest('hex')),
    })
    expect(wrongHash.json.ResponseMetadata.Error?.Code).toBe('XAmzContentSHA256Mismatch')
  })

  it('answers CORS preflights for the configured origin only and logs no credential', async () => {
    const preflight = (origin: string) =>
      fetch(`${emulator.urls['bytedance-vod']}/?Action=ApplyUploadInner`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,x-amz-date,x-amz-security-token' } })
    expect((await preflight(PAGE)).headers.get('access-control-allow-origin')).toBe(PAGE)
    expect((await preflight('http://evil.test')).headers.get('access-control-allow-origin')).toBeNull()
    const token = await vodSts('cn')
    await applyInner(token, 'cn-north-1', 5)
    const log = JSON.stringify(emulator.requests.list())
    expect(log).not.toContain(token.session_token)
    expect(log).not.toContain(token.access_key_id)
  })
})

describe('videoInfo', () => {
  it('reads MP4/MOV duration, size and codec, and tells WebM apart', () => {
    expect(videoInfo(makeMp4({ seconds: 1.5, width: 1920, height: 1080 }))).toEqual({ format: 'MP4', codec: 'h264', duration: 1.5, width: 1920, height: 1080 })
    const mov = makeMp4()
    mov.write('qt  ', 8, 'latin1')
    expect(videoInfo(mov).format).toBe('MOV')
    expect(videoInfo(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x86, 0x81, 0x01])).format).toBe('WEBM')
    expect(videoInfo(Buffer.from('not a video'))).toEqual({ format: 'unknown', codec: 'unknown', duration: 0, width: 0, height: 0 })
  })
})
