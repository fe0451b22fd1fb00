import { createHash } from 'node:crypto'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import { parseQueryList, type QueryList } from '../../s3/QueryList.ts'
import { computeSignature } from '../../s3/sigv4/computeSignature.ts'
import { parseAmzDate } from '../../s3/sigv4/parseAmzDate.ts'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'
import type { IssuedToken, JimengState, TokenService } from '../jimeng/JimengState.ts'
import { jimengVariants } from '../jimeng/jimengVariants.ts'
import { ImagexError } from './ImagexError.ts'

/** A verified ImageX call: the token it was signed with and the region it signed for. */
export interface ImagexCaller {
  readonly token: IssuedToken
  readonly region: string
}

const MAX_SKEW_MS = 15 * 60 * 1000

/**
 * Verifies an ImageX (or, with `service` `vod`, a ByteDance VOD) OpenAPI request: SigV4
 * (`Authorization` header, service `imagex` / `vod`, a token issued for that service, the
 * region of the token's account) recomputed over exactly the headers it lists in
 * `SignedHeaders` — the Jimeng web clients sign only `x-amz-date;x-amz-security-token` (Apply)
 * and `x-amz-content-sha256;x-amz-date;x-amz-security-token` (Commit), not `host` — the STS
 * `x-amz-security-token` signed and matching, the token not expired, and — when sent —
 * `x-amz-content-sha256` equal to the body's hash. Throws {@link ImagexError}.
 *
 * @example
 * ```ts
 * const { token, region } = await verifyImagexRequest(request, body, state, request.method === 'POST')
 * const vod = await verifyImagexRequest(request, body, state, true, 'vod')
 * ```
 */
export async function verifyImagexRequest(request: ServiceRequest, body: Buffer, state: JimengState, requireBodyHash: boolean, service: TokenService = 'imagex'): Promise<ImagexCaller> {
  const headers = request.raw.headers
  const authorization = headers.authorization
  if (typeof authorization !== 'string' || authorization === '') throw ImagexError.common('MissingAuthenticationToken', 'Request is missing Authentication Token.')
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ')) throw new ImagexError(401, 'InvalidAuthorization', 'Invalid Authorization header, Pls check authorization header.')
  const fields = new Map(
    authorization
      .slice(17)
      .split(',')
      .map((part) => part.trim().split('=') as [string, string]),
  )
  const [accessKeyId = '', scopeDate = '', region = '', scopeService = '', terminator = ''] = (fields.get('Credential') ?? '').split('/')
  const signedHeaders = (fields.get('SignedHeaders') ?? '').split(';').filter(Boolean)
  const signature = fields.get('Signature') ?? ''
  const token = state.tokens.get(accessKeyId)
  if (!token) throw ImagexError.common('InvalidAccessKey', `The accesskey [${accessKeyId}] included in the request is invalid.`)
  const amzDate = typeof headers['x-amz-date'] === 'string' ? headers['x-amz-date'] : ''
  const signingDate = parseAmzDate(amzDate)
  if (!signingDate) throw ImagexError.common('MissingRequestInfo', 'The request is missing X-Amz-Date information.')
  if (!signedHeaders.includes('x-amz-security-token') || headers['x-amz-security-token'] !== token.sessionToken) {
    throw new ImagexError(401, 'InvalidSecurityToken', 'The x-amz-security-token header is missing, unsigned or does not belong to the access key.')
  }
  if (Date.now() > token.expiresAt) throw new ImagexError(403, 'ExpiredToken', 'The security token has expired.')
  if (scopeService !== service || terminator !== 'aws4_request' || scopeDate !== amzDate.slice(0, 8)) {
    throw ImagexError.common('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided: the credential scope must be ${amzDate.slice(0, 8)}/{region}/${service}/aws4_request.`)
  }
  if (token.service !== service) {
    throw ImagexError.common('AccessDenied', `User is not authorized to perform this ${service} action: the access key was issued for ${token.service}.`)
  }
  const regions = Object.keys(jimengVariants[token.variant].signingRegions)
  if (!regions.includes(region)) {
    throw ImagexError.common('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided: this account's host signs for ${regions.map((r) => `'${r}'`).join(' or ')}, not '${region}'.`)
  }
  if (Math.abs(Date.now() - signingDate.getTime()) > MAX_SKEW_MS) {
    throw ImagexError.common('InvalidTimestamp', 'The signature of the request is expired.')
  }
  const payloadHash = createHash('sha256').update(body).digest('hex')
  const declared = headers['x-amz-content-sha256']
  if (requireBodyHash && !signedHeaders.includes('x-amz-content-sha256')) {
    throw new ImagexError(401, 'InvalidAuthorization', 'x-amz-content-sha256 must be sent and signed.')
  }
  if (declared !== undefined && declared !== payloadHash) {
    throw new ImagexError(400, 'XAmzContentSHA256Mismatch', "The x-amz-content-sha256 header does not match the body's SHA-256.")
  }
  let query: QueryList
  try {
    query = parseQueryList(request.rawQuery)
  } catch {
    throw new ImagexError(400, 'InvalidParameter', 'The query string is not correctly percent-encoded.')
  }
  const expected = await computeSignature({
    auth: { kind: 'header', accessKeyId, scopeDate, region, service: scopeService, terminator, amzDate, signingDate, signedHeaders, signature, payloadHash },
    secretAccessKey: token.secretAccessKey,
    method: request.method,
    canonicalPath: request.rawPath,
    query,
    headers,
  })
  if (!safeEqual(expected, signature)) {
    throw ImagexError.common('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.')
  }
  return { token, region }
}
