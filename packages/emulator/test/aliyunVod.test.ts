import { createHash, createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.ts'
import { ossV1Signature } from '../src/services/oss/ossV1Signature.ts'
import { ossV1StringToSign } from '../src/services/oss/ossV1StringToSign.ts'
import { VOD_BUCKET } from '../src/services/oss/vodBucket.ts'
import { rpcServerStringToSign, verifyRpcSignature } from '../src/services/aliyun-vod/verifyRpcSignature.ts'
import { corsHeaderNames, xmlCode } from './support.ts'
import { callVod, decodeTarget, objectUrl, ossFetch, sha256, vodUrl, type UploadTarget } from './vodClient.ts'

const APP = 'http://app.test'
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, corsOrigins: [APP] })
})
afterAll(async () => {
  await emulator.close()
})
afterEach(() => emulator.reset())

const bytes = (size: number, seed = 1): Uint8Array<ArrayBuffer> => new Uint8Array(size).map((_, i) => (i * 31 + seed) & 255)

async function imageTarget(params: Record<string, string> = {}): Promise<UploadTarget> {
  const { status, body } = await callVod(emulator, 'CreateUploadImage', { ImageType: 'default', ImageExt: 'png', ...params })
  expect(status).toBe(200)
  return decodeTarget(body)
}

async function videoTarget(): Promise<{ videoId: string; target: UploadTarget }> {
  const { status, body } = await callVod(emulator, 'CreateUploadVideo', { Title: 'clip', FileName: 'clip.mp4', FileSize: '1234' })
  expect(status).toBe(200)
  return { videoId: body.VideoId as string, target: decodeTarget(body) }
}

describe('signature algorithms (independent node:crypto implementations)', () => {
  it('verifies the documented RPC example (DescribeRegions, secret "testsecret")', () => {
    const params = new Map(Object.entries({
      AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0', Timestamp: '2016-02-23T12:46:24Z', Version: '2014-05-26',
    }))
    expect(rpcServerStringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    )
    expect(verifyRpcSignature('GET', params, 'testsecret', 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=')).toBe(true)
    expect(verifyRpcSignature('GET', params, 'testsecret', 'OLeaidS1JvxuMvnyHOwuJ+uX5qZ=')).toBe(false)
    // The older edition of the same page spells the parameter "TimeStamp".
    const older = new Map([...params].map(([k, v]) => [k === 'Timestamp' ? 'TimeStamp' : k, v]))
    expect(verifyRpcSignature('GET', older, 'testsecret', 'CT9X0VtwR86fNWSnsc6v8YGOjuE=')).toBe(true)
  })

  it('encodes UTF-8 and reserved characters as the RPC rules say', () => {
    const params = new Map([['Title', "雪 a*b'~"]])
    expect(rpcServerStringToSign('POST', params)).toBe('POST&%2F&Title%3D%25E9%259B%25AA%2520a%252Ab%2527~')
  })

  it('computes the go-sdk-v2 OSS V1 header vectors', () => {
    const headers = { 'content-md5': 'eB5eJF1ptWaXm4bijSPyxw==', 'content-type': 'text/html', 'x-oss-meta-magic': 'abracadabra', 'x-oss-meta-author': 'alice', 'x-oss-date': 'Wed, 28 Dec 2022 10:27:41 GMT' }
    const input = { method: 'PUT', contentMd5: 'eB5eJF1ptWaXm4bijSPyxw==', contentType: 'text/html', date: 'Wed, 28 Dec 2022 10:27:41 GMT', headers, bucket: 'examplebucket', key: 'nelson', query: [] }
    const stringToSign = ossV1StringToSign(input)
    expect(stringToSign).toBe('PUT\neB5eJF1ptWaXm4bijSPyxw==\ntext/html\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\nx-oss-meta-author:alice\nx-oss-meta-magic:abracadabra\n/examplebucket/nelson')
    expect(ossV1Signature('sk', stringToSign)).toBe('kSHKmLxlyEAKtZPkJhG9bZb5k7M=')
    expect(ossV1Signature('sk', ossV1StringToSign({ ...input, query: [['acl', '']] }))).toBe('/afkugFbmWDQ967j1vr6zygBLQk=')
  })

  it('computes the go-sdk-v2 OSS V1 query vectors, with and without a security token', () => {
    const base = { method: 'GET', contentMd5: '', contentType: '', headers: {}, bucket: 'bucket' }
    const plain = ossV1StringToSign({ ...base, date: '1699807420', key: 'key', query: [['versionId', 'versionId'], ['OSSAccessKeyId', 'ak'], ['Expires', '1699807420']] })
    expect(plain).toBe('GET\n\n\n1699807420\n/bucket/key?versionId=versionId')
    expect(ossV1Signature('sk', plain)).toBe('dcLTea+Yh9ApirQ8o8dOPqtvJXQ=')
    const withToken = ossV1StringToSign({ ...base, date: '1699808204', key: 'key+123', query: [['versionId', 'versionId'], ['security-token', 'token']] })
    expect(withToken).toBe('GET\n\n\n1699808204\n/bucket/key+123?security-token=token&versionId=versionId')
    expect(ossV1Signature('sk', withToken)).toBe('jzKYRrM5y6Br0dRFPaTGOsbrDhY=')
  })
})

describe('VOD OpenAPI', () => {
  it('CreateUploadImage answers an address in the VOD bucket and a 3000 s STS credential', async () => {
    const { status, body } = await callVod(emulator, 'CreateUploadImage', { ImageType: 'cover', ImageExt: 'jpg', Title: 'sunset' })
    expect(status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(['FileURL', 'ImageId', 'ImageURL', 'RequestId', 'UploadAddress', 'UploadAuth'])
    const target = decodeTarget(body)
    expect(target).toMatchObject({ Endpoint: emulator.urls.oss, Bucket: VOD_BUCKET, Expiration: '3000', Region: 'cn-shanghai' })
    expect(target.FileName).toMatch(/^image\/cover\/[0-9A-F]{32}\.jpg$/)
    expect(target.AccessKeyId).toMatch(/^STS\./)
    expect(Date.parse(target.ExpireUTCTime) - Date.now()).toBeGreaterThan(2990_000)
    expect(emulator.urls.oss).toMatch(/^http:\/\/localhost:\d+$/)
    expect(body.FileURL).toBe(objectUrl(target))
  })

  it('CreateUploadVideo needs Title and FileName; RefreshUploadVideo renews the credential for the same address', async () => {
    expect(await callVod(emulator, 'CreateUploadVideo', { FileName: 'a.mp4' })).toMatchObject({ status: 400, body: { Code: 'MissingTitle', Message: 'Title is mandatory for this action.' } })
    expect(await callVod(emulator, 'CreateUploadVideo', { Title: 'a' })).toMatchObject({ status: 400, body: { Code: 'MissingFileName' } })
    const { videoId, target } = await videoTarget()
    expect(target.FileName).toMatch(/^sv\/.+\.mp4$/)
    const refreshed = await callVod(emulator, 'RefreshUploadVideo', { VideoId: videoId })
    expect(refreshed.status).toBe(200)
    const next = decodeTarget(refreshed.body)
    expect(next.FileName).toBe(target.FileName)
    expect(next.AccessKeyId).not.toBe(target.AccessKeyId)
    expect(await callVod(emulator, 'RefreshUploadVideo', { VideoId: '0'.repeat(32) })).toMatchObject({ status: 404, body: { Code: 'InvalidVideo.NotFound' } })
  })

  it('refuses parameters beyond the documented limits, naming them', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ Title: 'x'.repeat(129) }, 'Title'],
      [{ Title: '雪'.repeat(43) }, 'Title'], // 129 bytes
      [{ Tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') }, 'Tags'],
      [{ Tags: 'a'.repeat(33) }, 'Tags'],
      [{ Description: 'd'.repeat(1025) }, 'Description'],
      [{ ImageType: 'banner' }, 'ImageType'],
      [{ ImageExt: 'webp' }, 'ImageExt'],
      [{ UserData: '[1]' }, 'UserData'],
      [{ CateId: 'abc' }, 'CateId'],
    ]
    for (const [params, field] of cases) {
      const { status, body } = await callVod(emulator, 'CreateUploadImage', { ImageType: 'default', ...params })
      expect(status, field).toBe(400)
      expect(body.Code).toBe('InvalidParameter')
      expect(body.Message).toContain(`"${field}"`)
    }
    expect(await callVod(emulator, 'CreateUploadImage', { Title: 'x'.repeat(128), Tags: Array.from({ length: 16 }, () => 'a'.repeat(32)).join(','), ImageType: 'default' })).toMatchObject({ status: 200 })
    expect(await callVod(emulator, 'CreateUploadImage')).toMatchObject({ status: 400, body: { Code: 'MissingImageType' } })
  })

  it('checks the RPC signature, key, timestamp, nonce and action with the documented errors', async () => {
    const base = emulator.urls['aliyun-vod']
    const get = async (url: string) => {
      const response = await fetch(url)
      return { status: response.status, body: (await response.json()) as Record<string, string> }
    }
    const wrongSecret = await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }, { id: 'EMULATORACCESSKEY', secret: 'nope' }))
    expect(wrongSecret).toMatchObject({ status: 400, body: { Code: 'SignatureDoesNotMatch' } })
    expect(Object.keys(wrongSecret.body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId'])
    expect(await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }, { id: 'LTAInope', secret: 'x' }))).toMatchObject({ status: 404, body: { Code: 'InvalidAccessKeyId.NotFound' } })
    expect(await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }, undefined, { Timestamp: '2016-02-23T12:46:24Z' }))).toMatchObject({ status: 400, body: { Code: 'InvalidTimeStamp.Expired' } })
    expect(await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }, undefined, { Timestamp: 'yesterday' }))).toMatchObject({ status: 400, body: { Code: 'InvalidTimeStamp.Format' } })
    expect(await get(vodUrl(base, 'DeleteVideo'))).toMatchObject({ status: 404, body: { Code: 'InvalidAction.NotFound' } })
    expect(await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }, undefined, { Version: '2014-05-26' }))).toMatchObject({ status: 400, body: { Code: 'InvalidVersion' } })
    expect(await get(`${base}/?Action=CreateUploadImage`)).toMatchObject({ status: 400, body: { Code: 'MissingParameter' } })
    const once = vodUrl(base, 'CreateUploadImage', { ImageType: 'default' })
    expect((await get(once)).status).toBe(200)
    expect(await get(once)).toMatchObject({ status: 400, body: { Code: 'SignatureNonceUsed' } })
    // A tampered parameter breaks the signature.
    expect(await get(vodUrl(base, 'CreateUploadImage', { ImageType: 'default' }).replace('ImageType=default', 'ImageType=cover'))).toMatchObject({ body: { Code: 'SignatureDoesNotMatch' } })
  })

  it('accepts POST with a form body, signed with POST', async () => {
    const url = new URL(vodUrl(emulator.urls['aliyun-vod'], 'CreateUploadImage', { ImageType: 'default' }))
    const response = await fetch(`${emulator.urls['aliyun-vod']}/`, { method: 'POST', body: url.searchParams })
    expect(response.status).toBe(400) // signed for GET
    const params = Object.fromEntries(url.searchParams)
    delete params.Signature
    params.SignatureNonce = crypto.randomUUID()
    const enc = (t: string) => encodeURIComponent(t).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    const canonical = Object.keys(params).sort().map((k) => `${enc(k)}=${enc(params[k] as string)}`).join('&')
    params.Signature = createHmac('sha1', 'emulator-secret-key&').update(`POST&%2F&${enc(canonical)}`).digest('base64')
    const ok = await fetch(`${emulator.urls['aliyun-vod']}/`, { method: 'POST', body: new URLSearchParams(params) })
    expect(ok.status).toBe(200)
  })

  it('never logs signatures, keys or nonces', async () => {
    await callVod(emulator, 'CreateUploadImage', { ImageType: 'default' })
    const [entry] = emulator.requests.list('aliyun-vod')
    expect(entry?.query).toMatchObject({ Action: 'CreateUploadImage', Signature: '[redacted]', AccessKeyId: '[redacted]', SignatureNonce: '[redacted]' })
  })
})

describe('OSS store', () => {
  it('stores a PUT signed with the STS credential (x-oss-date + x-oss-security-token); CORS like a VOD bucket', async () => {
    const target = await imageTarget()
    const body = bytes(5000)
    const response = await ossFetch(target, { method: 'PUT', body, contentType: 'image/png', headers: { origin: 'http://app.test' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^"[0-9A-F]{32}"$/)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(response.headers.get('x-oss-request-id')).toMatch(/^[0-9A-F]{24}$/)
    const stored = emulator.store.get(VOD_BUCKET, target.FileName)
    expect(stored?.sha256).toBe(sha256(body))
    expect(stored?.contentType).toBe('image/png')
    const listed = (await (await fetch(`${emulator.urls.admin}/_objects`)).json()) as { bucket: string }[]
    expect(listed.map((o) => o.bucket)).toEqual([VOD_BUCKET])
  })

  it('answers a preflight from a configured origin with the requested headers allowed, and refuses a foreign one', async () => {
    const target = await imageTarget()
    const preflight = (origin: string) =>
      fetch(objectUrl(target), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type,x-oss-date,x-oss-security-token' },
      })
    const response = await preflight(APP)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-oss-date,x-oss-security-token')
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT')
    const foreign = await preflight('https://somewhere.example')
    expect(foreign.status).toBe(403)
    expect(corsHeaderNames(foreign)).toEqual([])
  })

  it('is virtual-hosted: the bucket comes from the Host; path-style is refused as OSS refuses it', async () => {
    const target = await imageTarget()
    const pathStyle = await fetch(`http://127.0.0.1:${new URL(target.Endpoint).port}/${target.Bucket}/${target.FileName}`, { method: 'PUT', body: bytes(3) })
    expect(pathStyle.status).toBe(403)
    expect(xmlCode(await pathStyle.text())).toBe('SecondLevelDomainForbidden')
    const bare = await fetch(`${target.Endpoint}/${target.Bucket}/${target.FileName}`, { method: 'GET' })
    expect(xmlCode(await bare.text())).toBe('SecondLevelDomainForbidden')
    const other = await fetch(objectUrl({ ...target, Bucket: 'outin-other' }), { method: 'GET' })
    expect([other.status, xmlCode(await other.text())]).toEqual([404, 'NoSuchBucket'])
    // A Node client may also connect to 127.0.0.1 and name the bucket host in an explicit Host header.
    const port = new URL(target.Endpoint).port
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/${target.FileName}`, method: 'GET', headers: { host: `${target.Bucket}.localhost:${port}` } }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve(text))
      })
      req.on('error', reject).end()
    })
    expect(xmlCode(body)).toBe('AccessDenied') // reached the bucket (unsigned), not SecondLevelDomainForbidden
  })

  it('refuses bad signatures, tokens, keys, dates and other objects with OSS XML (CORS included)', async () => {
    const target = await imageTarget()
    const body = bytes(10)
    const code = async (response: Response) => ({ status: response.status, code: xmlCode(await response.text()), cors: corsHeaderNames(response).length > 0 })
    const origin = { origin: 'http://app.test' }
    expect(await code(await ossFetch(target, { method: 'PUT', body, secret: 'wrong', headers: origin }))).toEqual({ status: 403, code: 'SignatureDoesNotMatch', cors: true })
    expect(await code(await ossFetch(target, { method: 'PUT', body, token: null }))).toMatchObject({ status: 403, code: 'InvalidAccessKeyId' })
    expect(await code(await ossFetch(target, { method: 'PUT', body, token: 'CAISforged' }))).toMatchObject({ status: 403, code: 'InvalidSecurityToken' })
    expect(await code(await ossFetch(target, { method: 'PUT', body, accessKeyId: 'STS.unknown' }))).toMatchObject({ status: 403, code: 'InvalidAccessKeyId' })
    expect(await code(await ossFetch(target, { method: 'PUT', body, date: new Date(Date.now() - 20 * 60_000).toUTCString() }))).toMatchObject({ status: 403, code: 'RequestTimeTooSkewed' })
    expect(await code(await ossFetch(target, { method: 'PUT', body, key: 'image/default/other.png' }))).toMatchObject({ status: 403, code: 'AccessDenied' })
    expect(await code(await fetch(objectUrl(target), { method: 'PUT', body }))).toMatchObject({ status: 403, code: 'AccessDenied' })
    const skewed = await (await ossFetch(target, { method: 'PUT', body, date: new Date(Date.now() - 20 * 60_000).toUTCString() })).text()
    expect(skewed).toMatch(/<RequestTime>.+<\/RequestTime>\s*<ServerTime>\d{4}-\d\d-\d\dT.+Z<\/ServerTime>\s*<MaxAllowedSkewMilliseconds>900000<\/MaxAllowedSkewMilliseconds>\s*<EC>0002-00000504<\/EC>/)
    const error = await (await ossFetch(target, { method: 'PUT', body, secret: 'wrong' })).text()
    expect(error).not.toContain(target.SecurityToken)
    expect(emulator.store.size).toBe(0)
  })

  it('answers SecurityTokenExpired once the credential outlived vodUploadAuthExpiresSeconds', async () => {
    const patched = await fetch(`${emulator.urls.admin}/_config`, { method: 'PATCH', body: JSON.stringify({ vodUploadAuthExpiresSeconds: 1 }) })
    expect(((await patched.json()) as { vodUploadAuthExpiresSeconds: number }).vodUploadAuthExpiresSeconds).toBe(1)
    const target = await imageTarget()
    expect(target.Expiration).toBe('1')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const response = await ossFetch(target, { method: 'PUT', body: bytes(10) })
    expect(response.status).toBe(403)
    const xml = await response.text()
    expect(xmlCode(xml)).toBe('SecurityTokenExpired')
    expect(xml).toContain('<Message>The security token you provided has expired.</Message>')
    expect(xml).toContain('<EC>0002-00000007</EC>')
    expect((await fetch(`${emulator.urls.admin}/_config`, { method: 'PATCH', body: JSON.stringify({ vodUploadAuthExpiresSeconds: 0 }) })).status).toBe(400)
  })

  it('accepts a query-signed (presigned) request with security-token, until Expires', async () => {
    const target = await imageTarget()
    const presign = (expires: number) => {
      const stringToSign = `PUT\n\n\n${expires}\n/${target.Bucket}/${target.FileName}?security-token=${target.SecurityToken}`
      const signature = createHmac('sha1', target.AccessKeySecret).update(stringToSign).digest('base64')
      return `${objectUrl(target)}?OSSAccessKeyId=${encodeURIComponent(target.AccessKeyId)}&Expires=${expires}&Signature=${encodeURIComponent(signature)}&security-token=${encodeURIComponent(target.SecurityToken)}`
    }
    expect((await fetch(presign(Math.floor(Date.now() / 1000) + 60), { method: 'PUT', body: bytes(7) })).status).toBe(200)
    const expired = await fetch(presign(Math.floor(Date.now() / 1000) - 1), { method: 'PUT', body: bytes(7) })
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Request has expired.')
    const [entry] = emulator.requests.list('oss')
    expect(entry?.query).toMatchObject({ Signature: '[redacted]', 'security-token': '[redacted]', OSSAccessKeyId: '[redacted]' })
  })

  it('runs a multipart upload: initiate, parts with ETags, ListParts, complete', async () => {
    const { target } = await videoTarget()
    const init = await ossFetch(target, { method: 'POST', subresource: '?uploads', contentType: 'video/mp4' })
    expect(init.status).toBe(200)
    const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(await init.text())?.[1] as string
    expect(uploadId).toMatch(/^[0-9A-F]{32}$/)
    const parts = [bytes(100 * 1024, 1), bytes(100 * 1024, 2), bytes(1000, 3)]
    const etags: string[] = []
    // Out of order and in parallel, as a browser does.
    await Promise.all(
      [2, 0, 1].map(async (i) => {
        const response = await ossFetch(target, { method: 'PUT', subresource: `?partNumber=${i + 1}&uploadId=${uploadId}`, body: parts[i] })
        expect(response.status).toBe(200)
        etags[i] = response.headers.get('etag') as string
      }),
    )
    const list = await ossFetch(target, { method: 'GET', subresource: `?uploadId=${uploadId}`, extraQuery: 'max-parts=2' })
    const listXml = await list.text()
    expect([...listXml.matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => m[1])).toEqual(['1', '2'])
    expect(listXml).toContain('<IsTruncated>true</IsTruncated>')
    expect(listXml).toContain(`<ETag>${etags[0]}</ETag>`)
    expect(listXml).toContain('<Size>102400</Size>')
    const rest = await (await ossFetch(target, { method: 'GET', subresource: `?uploadId=${uploadId}`, extraQuery: 'part-number-marker=2' })).text()
    expect([...rest.matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => m[1])).toEqual(['3'])

    const xml = (list: [number, string][]) =>
      `<CompleteMultipartUpload>${list.map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`
    const complete = (list: [number, string][]) => ossFetch(target, { method: 'POST', subresource: `?uploadId=${uploadId}`, body: xml(list), contentType: 'application/xml' })
    expect(xmlCode(await (await complete([[2, etags[1] as string], [1, etags[0] as string]])).text())).toBe('InvalidPartOrder')
    expect(xmlCode(await (await complete([[1, '"00"'], [2, etags[1] as string]])).text())).toBe('InvalidPart')
    expect(xmlCode(await (await complete([[1, etags[0] as string], [4, etags[2] as string]])).text())).toBe('InvalidPart')
    const done = await complete(etags.map((etag, i) => [i + 1, etag]))
    expect(done.status).toBe(200)
    const result = await done.text()
    expect(result).toMatch(/<ETag>"[0-9A-F]{32}-3"<\/ETag>/)
    const stored = emulator.store.get(VOD_BUCKET, target.FileName)
    expect(stored?.sha256).toBe(sha256(Buffer.concat(parts)))
    expect(stored?.contentType).toBe('video/mp4')
    expect(xmlCode(await (await ossFetch(target, { method: 'GET', subresource: `?uploadId=${uploadId}` })).text())).toBe('NoSuchUpload')
  })

  it('stores the right digests when a part is sent again or left out of the list', async () => {
    const { target } = await videoTarget()
    const start = async () => /<UploadId>([^<]+)</.exec(await (await ossFetch(target, { method: 'POST', subresource: '?uploads' })).text())?.[1] as string
    const put = async (uploadId: string, n: number, body: Uint8Array<ArrayBuffer>) =>
      (await ossFetch(target, { method: 'PUT', subresource: `?partNumber=${n}&uploadId=${uploadId}`, body })).headers.get('etag') as string
    const complete = (uploadId: string, etags: string[]) =>
      ossFetch(target, {
        method: 'POST',
        subresource: `?uploadId=${uploadId}`,
        contentType: 'application/xml',
        body: `<CompleteMultipartUpload>${etags.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`,
      })
    const [a, b, c] = [bytes(100 * 1024, 21), bytes(100 * 1024, 22), bytes(5000, 23)]
    // Part 1 replaced after it was hashed.
    const first = await start()
    await put(first, 1, bytes(100 * 1024, 99))
    const etags = [await put(first, 1, a), await put(first, 2, b), await put(first, 3, c)]
    expect((await complete(first, etags)).status).toBe(200)
    expect(emulator.store.get(VOD_BUCKET, target.FileName)?.sha256).toBe(sha256(Buffer.concat([a, b, c])))
    // Three parts sent, two listed.
    const second = await start()
    const two = [await put(second, 1, a), await put(second, 2, c)]
    await put(second, 3, b)
    expect((await complete(second, two)).status).toBe(200)
    const stored = emulator.store.get(VOD_BUCKET, target.FileName)
    expect(stored?.sha256).toBe(sha256(Buffer.concat([a, c])))
    expect(stored?.md5).toBe(createHash('md5').update(Buffer.concat([a, c])).digest('hex'))
  })

  it('refuses parts under 100 KB except the last, and forgets aborted uploads', async () => {
    const { target } = await videoTarget()
    const uploadIdOf = async () => /<UploadId>([^<]+)</.exec(await (await ossFetch(target, { method: 'POST', subresource: '?uploads' })).text())?.[1] as string
    const uploadId = await uploadIdOf()
    const small = await ossFetch(target, { method: 'PUT', subresource: `?partNumber=1&uploadId=${uploadId}`, body: bytes(1000) })
    const last = await ossFetch(target, { method: 'PUT', subresource: `?partNumber=2&uploadId=${uploadId}`, body: bytes(1000) })
    const body = `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${small.headers.get('etag')}</ETag></Part><Part><PartNumber>2</PartNumber><ETag>${last.headers.get('etag')}</ETag></Part></CompleteMultipartUpload>`
    const response = await ossFetch(target, { method: 'POST', subresource: `?uploadId=${uploadId}`, body, contentType: 'application/xml' })
    expect(response.status).toBe(400)
    expect(xmlCode(await response.text())).toBe('EntityTooSmall')
    expect((await ossFetch(target, { method: 'DELETE', subresource: `?uploadId=${uploadId}` })).status).toBe(204)
    expect(xmlCode(await (await ossFetch(target, { method: 'PUT', subresource: `?partNumber=3&uploadId=${uploadId}`, body: bytes(10) })).text())).toBe('NoSuchUpload')
    expect(xmlCode(await (await ossFetch(target, { method: 'PUT', subresource: `?partNumber=0&uploadId=${uploadId}`, body: bytes(10) })).text())).toBe('InvalidArgument')
  })

  it('lets a refreshed credential continue a multipart upload the old one started', async () => {
    const { videoId, target } = await videoTarget()
    const uploadId = /<UploadId>([^<]+)</.exec(await (await ossFetch(target, { method: 'POST', subresource: '?uploads' })).text())?.[1] as string
    const first = await ossFetch(target, { method: 'PUT', subresource: `?partNumber=1&uploadId=${uploadId}`, body: bytes(100 * 1024) })
    const next = decodeTarget((await callVod(emulator, 'RefreshUploadVideo', { VideoId: videoId })).body)
    const second = await ossFetch(next, { method: 'PUT', subresource: `?partNumber=2&uploadId=${uploadId}`, body: bytes(10) })
    expect([first.status, second.status]).toEqual([200, 200])
    const body = `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${first.headers.get('etag')}</ETag></Part><Part><PartNumber>2</PartNumber><ETag>${second.headers.get('etag')}</ETag></Part></CompleteMultipartUpload>`
    expect((await ossFetch(next, { method: 'POST', subresource: `?uploadId=${uploadId}`, body, contentType: 'application/xml' })).status).toBe(200)
  })

  it('formats injected failures as OSS XML', async () => {
    const target = await imageTarget()
    emulator.faults.add({ service: 'oss', match: { method: 'PUT' }, failNext: { count: 1, status: 503 } })
    const response = await ossFetch(target, { method: 'PUT', body: bytes(10), headers: { origin: 'http://app.test' } })
    expect(response.status).toBe(503)
    expect(xmlCode(await response.text())).toBe('ServiceUnavailable')
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
  })
})
