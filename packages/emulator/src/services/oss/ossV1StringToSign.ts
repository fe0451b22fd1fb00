import type { QueryList } from '../../s3/QueryList.ts'

/**
 * Query parameters that are OSS "sub-resources": V1 signs them (sorted, raw
 * values) in the canonical resource; every other parameter is unsigned.
 */
export const OSS_V1_SUBRESOURCES: ReadonlySet<string> = new Set([
  'acl', 'append', 'bucketInfo', 'callback', 'callback-var', 'cname', 'comp', 'continuation-token', 'cors', 'delete',
  'encryption', 'endTime', 'img', 'lifecycle', 'live', 'location', 'logging', 'objectMeta', 'partNumber', 'policy',
  'position', 'qos', 'qosInfo', 'referer', 'regionList', 'replication', 'replicationLocation', 'replicationProgress',
  'response-cache-control', 'response-content-disposition', 'response-content-encoding', 'response-content-language',
  'response-content-type', 'response-expires', 'restore', 'security-token', 'sequential', 'startTime', 'stat', 'status',
  'style', 'styleName', 'symlink', 'tagging', 'uploadId', 'uploads', 'versionId', 'versioning', 'versions', 'vod',
  'website', 'x-oss-process', 'x-oss-traffic-limit',
])

/** What goes into a V1 StringToSign. */
export interface OssV1Input {
  readonly method: string
  readonly contentMd5: string
  readonly contentType: string
  /** The `x-oss-date` (or `Date`) header value; for a presigned URL, `Expires`. */
  readonly date: string
  /** Request headers with lower-case names; only `x-oss-*` are used. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly bucket: string
  /** Decoded object key. */
  readonly key: string
  readonly query: QueryList
}

/**
 * OSS V1 StringToSign, server side (node): `VERB\nContent-MD5\nContent-Type\nDate\n`
 * + each `x-oss-*` header as `name:value\n` (sorted) + `/bucket/key[?sub-resources]`.
 */
export function ossV1StringToSign(input: OssV1Input): string {
  const ossHeaders = Object.keys(input.headers)
    .map((name) => name.toLowerCase())
    .filter((name) => name.startsWith('x-oss-'))
    .sort()
    .map((name) => {
      const value = input.headers[name]
      return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim()}\n`
    })
    .join('')
  const subresources = input.query
    .filter(([name]) => OSS_V1_SUBRESOURCES.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join('&')
  const resource = `/${input.bucket}/${input.key}${subresources ? `?${subresources}` : ''}`
  return `${input.method}\n${input.contentMd5}\n${input.contentType}\n${input.date}\n${ossHeaders}${resource}`
}
