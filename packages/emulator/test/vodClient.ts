import { createHash, createHmac, randomUUID } from 'node:crypto'
import type { Emulator } from '../src/index.ts'

/** Test helpers that talk to the emulated VOD and OSS the way the real clients do. */

const encode = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** A signed RPC URL for `action` (HMAC-SHA1 over the canonical query, secret + "&"). */
export function vodUrl(
  base: string,
  action: string,
  params: Record<string, string> = {},
  key: { id: string; secret: string } = { id: 'EMULATORACCESSKEY', secret: 'emulator-secret-key' },
  common: Partial<Record<string, string>> = {},
): string {
  const all: Record<string, string> = {
    Action: action,
    Format: 'JSON',
    Version: '2017-03-21',
    AccessKeyId: key.id,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...params,
    ...(common as Record<string, string>),
  }
  const query = Object.keys(all)
    .sort()
    .map((k) => `${encode(k)}=${encode(all[k] as string)}`)
    .join('&')
  const signature = createHmac('sha1', `${key.secret}&`).update(`GET&%2F&${encode(query)}`).digest('base64')
  return `${base}/?${query}&Signature=${encode(signature)}`
}

/** Decoded `UploadAddress` + `UploadAuth`. */
export interface UploadTarget {
  Endpoint: string
  Bucket: string
  FileName: string
  AccessKeyId: string
  AccessKeySecret: string
  SecurityToken: string
  Expiration: string
  ExpireUTCTime: string
  Region: string
}

/** Calls a VOD action and returns status + JSON. */
export async function callVod(emulator: Emulator, action: string, params: Record<string, string> = {}) {
  const response = await fetch(vodUrl(emulator.urls['aliyun-vod'], action, params))
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}

/** Decodes VOD's base64 `UploadAddress`/`UploadAuth`. */
export function decodeTarget(body: Record<string, string>): UploadTarget {
  const decode = (value: string | undefined): Record<string, string> => JSON.parse(Buffer.from(value ?? '', 'base64').toString('utf8')) as Record<string, string>
  return { ...decode(body.UploadAddress), ...decode(body.UploadAuth) } as unknown as UploadTarget
}

/** The virtual-hosted URL of the target's object: `{scheme}://{Bucket}.{Endpoint host}/{FileName}`. */
export function objectUrl(target: Pick<UploadTarget, 'Endpoint' | 'Bucket' | 'FileName'>): string {
  const endpoint = new URL(target.Endpoint)
  return `${endpoint.protocol}//${target.Bucket}.${endpoint.host}/${target.FileName.split('/').map(encodeURIComponent).join('/')}`
}

/** Options of {@link ossFetch}. */
export interface OssRequest {
  method: string
  /** Sub-resource query, e.g. `?uploads` or `?partNumber=1&uploadId=X` (sorted, as signed). */
  subresource?: string
  /** Unsigned query parameters appended after the sub-resources. */
  extraQuery?: string
  body?: Uint8Array<ArrayBuffer> | string
  contentType?: string
  headers?: Record<string, string>
  /** Override the date (RFC 1123) sent as `x-oss-date`. */
  date?: string
  token?: string | null
  secret?: string
  accessKeyId?: string
  key?: string
}

/** An OSS V1 header-signed request against `target` (`x-oss-date`, `x-oss-security-token`), virtual-hosted like ali-oss. */
export async function ossFetch(target: UploadTarget, options: OssRequest): Promise<Response> {
  const key = options.key ?? target.FileName
  const date = options.date ?? new Date().toUTCString()
  const token = options.token === undefined ? target.SecurityToken : options.token
  const contentType = options.contentType ?? ''
  const headers: Record<string, string> = { 'x-oss-date': date, ...options.headers }
  if (token !== null) headers['x-oss-security-token'] = token
  if (contentType) headers['content-type'] = contentType
  const ossHeaders = Object.keys(headers)
    .filter((k) => k.startsWith('x-oss-'))
    .sort()
    .map((k) => `${k}:${headers[k]}\n`)
    .join('')
  const resource = `/${target.Bucket}/${key}${options.subresource ?? ''}`
  const stringToSign = `${options.method}\n${headers['content-md5'] ?? ''}\n${contentType}\n${date}\n${ossHeaders}${resource}`
  const signature = createHmac('sha1', options.secret ?? target.AccessKeySecret).update(stringToSign).digest('base64')
  headers.authorization = `OSS ${options.accessKeyId ?? target.AccessKeyId}:${signature}`
  const query = [options.subresource?.slice(1), options.extraQuery].filter(Boolean).join('&')
  const endpoint = new URL(target.Endpoint)
  const url = `${endpoint.protocol}//${target.Bucket}.${endpoint.host}/${key.split('/').map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`
  return fetch(url, { method: options.method, headers, body: options.body })
}

/** Hex SHA-256. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
