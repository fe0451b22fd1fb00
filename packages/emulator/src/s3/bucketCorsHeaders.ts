import { allowOriginFor, type BucketCors } from '../store/BucketCors.ts'

const VARY = 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method'

/**
 * CORS headers S3 adds to an actual (non-preflight) response: only when the `Origin` and
 * the method are allowed by the bucket's rule; otherwise none.
 */
export function bucketCorsHeaders(
  cors: BucketCors,
  origin: string | undefined,
  method: string,
): Record<string, string> {
  if (origin === undefined) return {}
  const allowOrigin = allowOriginFor(cors, origin)
  if (allowOrigin === undefined || !cors.allowedMethods.includes(method)) return {}
  const headers: Record<string, string> = {
    'access-control-allow-origin': allowOrigin,
    'access-control-allow-methods': cors.allowedMethods.join(', '),
    vary: VARY,
  }
  if (allowOrigin !== '*') headers['access-control-allow-credentials'] = 'true'
  if (cors.exposeETag) headers['access-control-expose-headers'] = 'ETag'
  return headers
}

/**
 * CORS headers answering a preflight, or `undefined` when the rule does not allow it.
 * Requested headers are echoed (the rule allows `*`).
 */
export function bucketPreflightHeaders(
  cors: BucketCors,
  origin: string,
  requestMethod: string,
  requestHeaders: string | undefined,
): Record<string, string> | undefined {
  const allowOrigin = allowOriginFor(cors, origin)
  if (allowOrigin === undefined || !cors.allowedMethods.includes(requestMethod)) return undefined
  const headers: Record<string, string> = {
    'access-control-allow-origin': allowOrigin,
    'access-control-allow-methods': cors.allowedMethods.join(', '),
    vary: VARY,
  }
  if (allowOrigin !== '*') headers['access-control-allow-credentials'] = 'true'
  if (requestHeaders !== undefined && requestHeaders.trim() !== '') {
    headers['access-control-allow-headers'] = requestHeaders
  }
  if (cors.exposeETag) headers['access-control-expose-headers'] = 'ETag'
  if (cors.maxAgeSeconds !== undefined) headers['access-control-max-age'] = String(cors.maxAgeSeconds)
  return headers
}
