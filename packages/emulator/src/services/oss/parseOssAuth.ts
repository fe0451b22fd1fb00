import type { IncomingHttpHeaders } from 'node:http'
import { queryValue, type QueryList } from '../../s3/QueryList.ts'
import { OssError } from './OssError.ts'

/** A V1 claim: `Authorization: OSS ak:sig`, or `OSSAccessKeyId`/`Expires`/`Signature` in the query. */
export interface OssV1Claim {
  readonly version: 1
  readonly accessKeyId: string
  readonly signature: string
  /** The date slot of the StringToSign: `x-oss-date`/`Date`, or `Expires` for a presigned URL. */
  readonly date: string
  readonly presigned: boolean
  readonly token: string | undefined
}

/** A V4 claim: `Authorization: OSS4-HMAC-SHA256 …`, or `x-oss-signature-version=OSS4-HMAC-SHA256` in the query. */
export interface OssV4Claim {
  readonly version: 4
  readonly accessKeyId: string
  readonly signature: string
  /** `yyyymmddTHHMMSSZ` (`x-oss-date`). */
  readonly date: string
  /** Scope date and region from the credential. */
  readonly day: string
  readonly region: string
  readonly additionalHeaders: readonly string[]
  /** `x-oss-expires` of a presigned URL (seconds), else `undefined`. */
  readonly expiresSeconds: number | undefined
  readonly token: string | undefined
}

/** Who claims to sign a request, and how. */
export type OssClaim = OssV1Claim | OssV4Claim

const V4 = 'OSS4-HMAC-SHA256'
const denied = (message: string): OssError => new OssError(403, 'AccessDenied', message)

/**
 * Reads the signature a request carries (V1 or V4, header or query) without checking it.
 * Throws {@link OssError}: no signature → 403 `AccessDenied`; malformed → 400 `InvalidArgument`.
 *
 * @example
 * ```ts
 * const claim = parseOssAuth(request.raw.headers, query)
 * ```
 */
export function parseOssAuth(headers: IncomingHttpHeaders, query: QueryList): OssClaim {
  const header = single(headers.authorization)
  const headerToken = single(headers['x-oss-security-token'])
  if (header?.startsWith(`${V4} `)) {
    const fields = new Map(header.slice(V4.length + 1).split(',').map((part) => part.trim().split('=', 2) as [string, string]))
    const date = single(headers['x-oss-date']) ?? ''
    return v4Claim(fields.get('Credential'), fields.get('Signature'), fields.get('AdditionalHeaders'), date, undefined, headerToken)
  }
  if (header !== undefined) {
    const match = /^OSS ([^:\s]+):(\S+)$/.exec(header)
    if (!match) throw new OssError(400, 'InvalidArgument', 'Authorization header is invalid.', { Authorization: header.replace(/:.*/, ':…') })
    const date = single(headers['x-oss-date']) ?? single(headers.date) ?? ''
    return { version: 1, accessKeyId: match[1] as string, signature: match[2] as string, date, presigned: false, token: headerToken }
  }
  if (queryValue(query, 'x-oss-signature-version') === V4) {
    const expires = queryValue(query, 'x-oss-expires')
    if (expires === undefined || !/^\d+$/.test(expires)) throw new OssError(400, 'InvalidArgument', 'x-oss-expires is required with a V4 presigned URL.')
    const claim = v4Claim(queryValue(query, 'x-oss-credential'), queryValue(query, 'x-oss-signature'), queryValue(query, 'x-oss-additional-headers'), queryValue(query, 'x-oss-date') ?? '', Number(expires), queryValue(query, 'x-oss-security-token'))
    return claim
  }
  const accessKeyId = queryValue(query, 'OSSAccessKeyId')
  if (accessKeyId !== undefined) {
    const signature = queryValue(query, 'Signature') ?? ''
    const expires = queryValue(query, 'Expires') ?? ''
    if (!/^\d+$/.test(expires) || !signature) throw denied('Signature and Expires are required with OSSAccessKeyId.')
    return { version: 1, accessKeyId, signature, date: expires, presigned: true, token: queryValue(query, 'security-token') }
  }
  throw denied('You have no right to access this object because of bucket acl.')
}

function v4Claim(credential: string | undefined, signature: string | undefined, additional: string | undefined, date: string, expiresSeconds: number | undefined, token: string | undefined): OssV4Claim {
  const parts = credential?.split('/') ?? []
  const [accessKeyId, day, region, product, terminal] = parts
  if (parts.length !== 5 || !accessKeyId || !day || !region || product !== 'oss' || terminal !== 'aliyun_v4_request') {
    throw new OssError(400, 'InvalidArgument', 'Invalid credential in Authorization header.', { Credential: credential === undefined ? '' : `…/${parts.slice(1).join('/')}` })
  }
  if (!signature || !/^[0-9a-f]{64}$/.test(signature)) throw new OssError(400, 'InvalidArgument', 'Invalid signature in Authorization header.')
  if (!/^\d{8}T\d{6}Z$/.test(date)) throw denied('x-oss-date is missing or not in yyyymmddTHHMMSSZ form.')
  if (date.slice(0, 8) !== day) throw new OssError(400, 'InvalidArgument', 'Invalid signing date in Authorization header.')
  return { version: 4, accessKeyId, signature, date, day, region, additionalHeaders: additional ? additional.toLowerCase().split(';').filter(Boolean) : [], expiresSeconds, token }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}
