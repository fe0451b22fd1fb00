import type { ServerResponse } from 'node:http'
import { s3ErrorXml } from './s3ErrorXml.ts'
import type { S3Error } from './S3Error.ts'

/**
 * Writes an S3 error: XML body, `application/xml`, `x-amz-error-code`, plus `headers`
 * (request id, CORS when allowed). HEAD responses carry no body.
 */
export function sendS3Error(
  res: ServerResponse,
  error: S3Error,
  requestId: string,
  headers: Readonly<Record<string, string>>,
  head: boolean,
): void {
  const xml = s3ErrorXml(error, requestId)
  res.writeHead(error.status, {
    ...headers,
    'content-type': 'application/xml',
    'x-amz-error-code': error.code,
    'content-length': Buffer.byteLength(xml),
  })
  res.end(head ? undefined : xml)
}
