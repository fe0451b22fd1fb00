import type { IncomingHttpHeaders } from 'node:http'
import type { AccessKey } from '../../emulatorCredentials.ts'
import { queryValue, type QueryList } from '../../s3/QueryList.ts'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'
import { OssError } from './OssError.ts'
import { ossV1Signature } from './ossV1Signature.ts'
import { ossV1StringToSign } from './ossV1StringToSign.ts'
import type { StsCredential } from './StsCredential.ts'
import type { StsCredentialStore } from './StsCredentialStore.ts'

/** Largest clock difference OSS accepts for header-signed requests. */
const MAX_SKEW_MS = 15 * 60 * 1000

/** What {@link authenticateOss} checks. */
export interface OssAuthInput {
  readonly method: string
  readonly bucket: string
  readonly key: string
  readonly query: QueryList
  readonly headers: IncomingHttpHeaders
  /** Permanent keys (the emulator's test identity). */
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  /** STS credentials VOD issued. */
  readonly credentials: StsCredentialStore
  readonly now: number
}

/** Who signed a request. */
export interface OssAuth {
  readonly accessKeyId: string
  /** Set for an STS credential (scoped to one object). */
  readonly sts: StsCredential | undefined
}

/**
 * Verifies an OSS V1 request, header (`Authorization: OSS ak:sig` with
 * `x-oss-date`/`Date`) or presigned query (`OSSAccessKeyId`, `Expires`,
 * `Signature`), with an STS `x-oss-security-token` / `security-token` when
 * the key is a temporary one. Throws {@link OssError} as OSS answers:
 * `AccessDenied`, `InvalidAccessKeyId`, `InvalidSecurityToken`,
 * `SecurityTokenExpired`, `RequestTimeTooSkewed`, `SignatureDoesNotMatch` (all 403).
 */
export function authenticateOss(input: OssAuthInput): OssAuth {
  const header = single(input.headers.authorization)
  const queryKey = queryValue(input.query, 'OSSAccessKeyId')
  let accessKeyId: string
  let signature: string
  let date: string
  if (header !== undefined) {
    const match = /^OSS ([^:\s]+):(\S+)$/.exec(header)
    if (!match) throw new OssError(400, 'InvalidArgument', 'Authorization header is invalid.', { Authorization: header.replace(/:.*/, ':…') })
    accessKeyId = match[1] as string
    signature = match[2] as string
    date = single(input.headers['x-oss-date']) ?? single(input.headers.date) ?? ''
    const time = Date.parse(date)
    if (!date || Number.isNaN(time)) throw new OssError(403, 'AccessDenied', 'Date header is missing or invalid; send x-oss-date.')
    if (Math.abs(time - input.now) > MAX_SKEW_MS) {
      throw new OssError(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', {
        RequestTime: date,
        ServerTime: new Date(input.now).toUTCString(),
      })
    }
  } else if (queryKey !== undefined) {
    accessKeyId = queryKey
    signature = queryValue(input.query, 'Signature') ?? ''
    date = queryValue(input.query, 'Expires') ?? ''
    if (!/^\d+$/.test(date) || !signature) throw new OssError(403, 'AccessDenied', 'Signature and Expires are required with OSSAccessKeyId.')
    if (Number(date) * 1000 < input.now) {
      throw new OssError(403, 'AccessDenied', 'Request has expired.', { Expires: new Date(Number(date) * 1000).toISOString(), ServerTime: new Date(input.now).toISOString() })
    }
  } else {
    throw new OssError(403, 'AccessDenied', 'You have no right to access this object because of bucket acl.')
  }

  const token = single(input.headers['x-oss-security-token']) ?? queryValue(input.query, 'security-token')
  const sts = input.credentials.get(accessKeyId)
  let secret: string
  if (sts !== undefined) {
    if (token === undefined) throw new OssError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', { OSSAccessKeyId: accessKeyId })
    if (!safeEqual(token, sts.securityToken)) throw new OssError(403, 'InvalidSecurityToken', 'The security token you provided is invalid.')
    if (input.now >= sts.expiresAt) throw new OssError(403, 'SecurityTokenExpired', 'The security token you provided has expired.')
    secret = sts.accessKeySecret
  } else {
    const key = input.accessKeys.get(accessKeyId)
    if (key === undefined || token !== undefined) {
      throw new OssError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', { OSSAccessKeyId: accessKeyId })
    }
    secret = key.secretAccessKey
  }

  const stringToSign = ossV1StringToSign({
    method: input.method,
    contentMd5: single(input.headers['content-md5']) ?? '',
    contentType: single(input.headers['content-type']) ?? '',
    date,
    headers: input.headers,
    bucket: input.bucket,
    key: input.key,
    query: input.query,
  })
  if (!safeEqual(ossV1Signature(secret, stringToSign), signature)) {
    throw new OssError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      OSSAccessKeyId: accessKeyId,
      // The token is a credential: never echoed.
      StringToSign: token ? stringToSign.split(token).join('[security-token]') : stringToSign,
    })
  }
  if (sts !== undefined && (sts.bucket !== input.bucket || sts.key !== input.key)) {
    throw new OssError(403, 'AccessDenied', 'You have no right to access this object: the security token is scoped to another object.')
  }
  return { accessKeyId, sts }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}
