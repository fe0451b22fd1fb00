import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../http/ServiceRequest.ts'
import type { BucketCors } from '../store/BucketCors.ts'
import { bucketPreflightHeaders } from './bucketCorsHeaders.ts'
import { S3Error } from './S3Error.ts'

/**
 * Answers a CORS preflight like an S3 bucket: 200 with the CORS headers when the rule allows
 * the origin and method; otherwise throws the `S3Error` to answer (403 `AccessForbidden`,
 * marked to be sent with no CORS headers at all).
 */
export function bucketPreflight(
  request: ServiceRequest,
  res: ServerResponse,
  cors: BucketCors | undefined,
  baseHeaders: Readonly<Record<string, string>>,
): void {
  const origin = request.origin
  const method = request.raw.headers['access-control-request-method']
  if (cors === undefined) throw new S3Error(403, 'AccessForbidden', 'CORSResponse: Bucket not found', {}, false)
  if (origin === undefined) {
    throw new S3Error(400, 'BadRequest', 'Insufficient information. Origin request header needed.', {}, false)
  }
  if (method === undefined) {
    throw new S3Error(400, 'BadRequest', 'Invalid Access-Control-Request-Method: null', {}, false)
  }
  const requested = request.raw.headers['access-control-request-headers']
  const headers = bucketPreflightHeaders(cors, origin, method.toUpperCase(), requested)
  if (headers === undefined) {
    throw new S3Error(
      403,
      'AccessForbidden',
      "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
      { Method: method, ResourceType: 'OBJECT' },
      false,
    )
  }
  res.writeHead(200, { ...baseHeaders, ...headers, 'content-length': '0' })
  res.end()
}
