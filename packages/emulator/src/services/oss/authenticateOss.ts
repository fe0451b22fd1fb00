import type { IncomingHttpHeaders } from 'node:http'
import type { AccessKey } from '../../emulatorCredentials.ts'
import type { QueryList } from '../../s3/QueryList.ts'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'
import { OssError } from './OssError.ts'
import { parseOssAuth, type OssClaim } from './parseOssAuth.ts'
import { ossV1Signature } from './ossV1Signature.ts'
import { ossV1StringToSign } from './ossV1StringToSign.ts'
import { ossV4Signature } from './ossV4Signature.ts'
import type { StsCredential } from './StsCredential.ts'
import type { StsCredentialStore } from './StsCredentialStore.ts'

/** Largest clock difference OSS accepts for header-signed requests (`MaxAllowedSkewMilliseconds`). */
const MAX_SKEW_MS = 900_000

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
  /** The region V4 scopes must name (`cn-shanghai`). */
  readonly region: string
  readonly now: number
}

/** Who signed a request. */
export interface OssAuth {
  readonly accessKeyId: string
  /** Set for an STS credential (scoped to one object). */
  readonly sts: StsCredential | undefined
}

const invalidKey = (accessKeyId: string, sts: boolean): OssError =>
  new OssError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', { OSSAccessKeyId: accessKeyId }, sts ? '0002-00000002' : '0002-00000902')

/**
 * Verifies an OSS request signed with V1 (`OSS ak:sig` header with `x-oss-date`/`Date`, or a
 * presigned `OSSAccessKeyId`/`Expires`/`Signature` URL) or V4 (`OSS4-HMAC-SHA256` header, or a
 * presigned `x-oss-signature-version` URL), with the STS security token when the key is a
 * temporary one. Throws {@link OssError} as OSS answers: `AccessDenied`, `InvalidAccessKeyId`,
 * `InvalidSecurityToken`, `SecurityTokenExpired`, `RequestTimeTooSkewed`, `SignatureDoesNotMatch` (403).
 *
 * @example
 * ```ts
 * const auth = authenticateOss({ method, bucket, key, query, headers, accessKeys, credentials, region: 'cn-shanghai', now: Date.now() })
 * ```
 */
export function authenticateOss(input: OssAuthInput): OssAuth {
  const claim = parseOssAuth(input.headers, input.query)
  checkTime(claim, input.now)
  const sts = input.credentials.get(claim.accessKeyId)
  let secret: string
  if (sts !== undefined) {
    if (claim.token === undefined) throw invalidKey(claim.accessKeyId, true)
    if (!safeEqual(claim.token, sts.securityToken)) throw new OssError(403, 'InvalidSecurityToken', 'The security token you provided is invalid.', {}, '0002-00000006')
    if (input.now >= sts.expiresAt) throw new OssError(403, 'SecurityTokenExpired', 'The security token you provided has expired.', {}, '0002-00000007')
    secret = sts.accessKeySecret
  } else {
    const key = input.accessKeys.get(claim.accessKeyId)
    if (key === undefined || claim.token !== undefined) throw invalidKey(claim.accessKeyId, false)
    secret = key.secretAccessKey
  }
  const mismatch = verifySignature(claim, secret, input)
  if (mismatch !== undefined) {
    throw new OssError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      OSSAccessKeyId: claim.accessKeyId,
      // The token is a credential: never echoed.
      [claim.version === 1 ? 'StringToSign' : 'CanonicalRequest']: claim.token ? mismatch.split(claim.token).join('[security-token]') : mismatch,
    })
  }
  if (sts !== undefined && (sts.bucket !== input.bucket || sts.key !== input.key)) {
    throw new OssError(403, 'AccessDenied', 'You have no right to access this object: the security token is scoped to another object.')
  }
  return { accessKeyId: claim.accessKeyId, sts }
}

function checkTime(claim: OssClaim, now: number): void {
  if (claim.version === 1 && claim.presigned) {
    if (Number(claim.date) * 1000 < now) throw expired(Number(claim.date) * 1000, now)
    return
  }
  const time = claim.version === 1 ? Date.parse(claim.date) : Date.parse(claim.date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'))
  if (!claim.date || Number.isNaN(time)) throw new OssError(403, 'AccessDenied', 'Date header is missing or invalid; send x-oss-date.')
  if (claim.version === 4 && claim.expiresSeconds !== undefined) {
    if (time + claim.expiresSeconds * 1000 < now) throw expired(time + claim.expiresSeconds * 1000, now)
    return
  }
  if (Math.abs(time - now) > MAX_SKEW_MS) {
    throw new OssError(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      { RequestTime: claim.date, ServerTime: new Date(now).toISOString().replace(/\.\d{3}Z$/, '.000Z'), MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS) },
      '0002-00000504',
    )
  }
}

function expired(at: number, now: number): OssError {
  return new OssError(403, 'AccessDenied', 'Request has expired.', { Expires: new Date(at).toISOString(), ServerTime: new Date(now).toISOString() })
}

/** `undefined` when the signature matches; otherwise what was signed (for the error). */
function verifySignature(claim: OssClaim, secret: string, input: OssAuthInput): string | undefined {
  if (claim.version === 1) {
    const stringToSign = ossV1StringToSign({
      method: input.method,
      contentMd5: single(input.headers['content-md5']) ?? '',
      contentType: single(input.headers['content-type']) ?? '',
      date: claim.date,
      headers: input.headers,
      bucket: input.bucket,
      key: input.key,
      query: input.query,
    })
    return safeEqual(ossV1Signature(secret, stringToSign), claim.signature) ? undefined : stringToSign
  }
  if (claim.region !== input.region) throw new OssError(400, 'InvalidArgument', `Invalid signing region in Authorization header: expected ${input.region}.`)
  for (const name of claim.additionalHeaders) {
    if (input.headers[name] === undefined) throw new OssError(400, 'InvalidArgument', `Additional header ${name} is not in the request.`)
  }
  const { canonicalRequest, signature } = ossV4Signature({
    method: input.method,
    bucket: input.bucket,
    key: input.key,
    query: input.query,
    headers: input.headers,
    additionalHeaders: claim.additionalHeaders,
    date: claim.date,
    region: claim.region,
    secret,
  })
  return safeEqual(signature, claim.signature) ? undefined : canonicalRequest
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}
