import type { IncomingHttpHeaders } from 'node:http'
import type { S3Flavour } from '../../config/EmulatorConfig.ts'
import type { AccessKey } from '../../emulatorCredentials.ts'
import type { QueryList } from '../QueryList.ts'
import { S3Error } from '../S3Error.ts'
import { computeSignature } from './computeSignature.ts'
import { parseHeaderAuth } from './parseHeaderAuth.ts'
import { parseQueryAuth } from './parseQueryAuth.ts'
import { safeEqual } from './safeEqual.ts'
import type { SigV4Auth } from './SigV4Auth.ts'

/** A request to authenticate against the store's access keys. */
export interface AuthenticateInput {
  readonly method: string
  readonly canonicalPath: string
  readonly query: QueryList
  readonly headers: IncomingHttpHeaders
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  /** The store's region (`auto`). */
  readonly region: string
  readonly flavour: S3Flavour
  /** Defaults to the current time. */
  readonly now?: Date
}

/** Allowed clock skew for header-signed requests (S3: 15 minutes). */
const MAX_SKEW_MS = 15 * 60 * 1000

/**
 * Verifies SigV4 (presigned query or `Authorization` header) the way S3 does, in S3's
 * order of checks. Returns the verified auth or throws the `S3Error` S3 would answer.
 */
export async function authenticate(input: AuthenticateInput): Promise<SigV4Auth> {
  const { query, headers } = input
  const now = input.now ?? new Date()
  const hasQueryAuth = query.some(([name]) => name === 'X-Amz-Algorithm' || name === 'X-Amz-Signature')
  const authorization = headers.authorization
  if (hasQueryAuth && authorization !== undefined) {
    throw new S3Error(
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
    )
  }
  if (!hasQueryAuth && authorization === undefined) throw new S3Error(403, 'AccessDenied', 'Access Denied')
  const auth = hasQueryAuth ? parseQueryAuth(query) : parseHeaderAuth(authorization ?? '', headers)
  const scopeError = (detail: string, extra: Record<string, string> = {}): S3Error =>
    auth.kind === 'query'
      ? new S3Error(400, 'AuthorizationQueryParametersError', `Error parsing the X-Amz-Credential parameter; ${detail}`, extra)
      : new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; ${detail}`, extra)

  const key = input.accessKeys.get(auth.accessKeyId)
  if (key === undefined) {
    throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', {
      AWSAccessKeyId: auth.accessKeyId,
    })
  }
  const token = query.find(([name]) => name === 'X-Amz-Security-Token')?.[1] ?? headers['x-amz-security-token']
  if (token !== undefined) throw new S3Error(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.')
  if (!acceptsRegion(input.flavour, input.region, auth.region)) {
    throw scopeError(`the region '${auth.region}' is wrong; expecting '${input.region}'`, { Region: input.region })
  }
  if (auth.service !== 's3') throw scopeError(`incorrect service "${auth.service}". This endpoint belongs to "s3".`)
  if (auth.terminator !== 'aws4_request') {
    throw scopeError(`incorrect terminal "${auth.terminator}". This endpoint uses "aws4_request".`)
  }
  if (auth.scopeDate !== auth.amzDate.slice(0, 8)) {
    throw scopeError(`Invalid credential date "${auth.scopeDate}". This date is not the same as X-Amz-Date: "${auth.amzDate.slice(0, 8)}".`)
  }
  if (!auth.signedHeaders.includes('host')) {
    throw auth.kind === 'query'
      ? new S3Error(400, 'AuthorizationQueryParametersError', 'Query-string authentication requires the host header to be signed.')
      : new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; the host header must be signed.')
  }
  checkTime(auth, now)

  const expected = await computeSignature({
    auth,
    secretAccessKey: key.secretAccessKey,
    method: input.method,
    canonicalPath: input.canonicalPath,
    query,
    headers,
  })
  if (!safeEqual(expected, auth.signature)) {
    throw new S3Error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { AWSAccessKeyId: auth.accessKeyId },
    )
  }
  return auth
}

function acceptsRegion(flavour: S3Flavour, expected: string, given: string): boolean {
  if (given === expected) return true
  // R2 treats `us-east-1` and an empty region as aliases of `auto`.
  return flavour === 'r2' && expected === 'auto' && (given === 'us-east-1' || given === '')
}

function checkTime(auth: SigV4Auth, now: Date): void {
  const signedAt = auth.signingDate.getTime()
  if (auth.kind === 'query') {
    const expiresAt = signedAt + (auth.expiresSeconds ?? 0) * 1000
    if (now.getTime() > expiresAt) {
      throw new S3Error(403, 'AccessDenied', 'Request has expired', {
        'X-Amz-Expires': String(auth.expiresSeconds ?? 0),
        Expires: new Date(expiresAt).toISOString(),
        ServerTime: now.toISOString(),
      })
    }
    if (signedAt - now.getTime() > MAX_SKEW_MS) {
      throw new S3Error(403, 'AccessDenied', 'Request is not valid yet', {
        'X-Amz-Date': auth.amzDate,
        ServerTime: now.toISOString(),
      })
    }
    return
  }
  if (Math.abs(now.getTime() - signedAt) > MAX_SKEW_MS) {
    throw new S3Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', {
      RequestTime: auth.amzDate,
      ServerTime: now.toISOString(),
      MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
    })
  }
}
