import type { S3Call } from './S3Call.ts'
import { S3Error } from './S3Error.ts'

/** GetObject / HeadObject (whole object; no ranges). */
export async function handleGetObject(call: S3Call): Promise<void> {
  const { request, res, target, context } = call
  const object = context.store.get(target.bucket, target.key)
  if (object === undefined) {
    throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: target.key })
  }
  const metadata = Object.fromEntries(Object.entries(object.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]))
  res.writeHead(200, {
    ...call.responseHeaders,
    ...metadata,
    'content-type': object.contentType,
    'content-length': String(object.size),
    etag: object.etag,
    'last-modified': object.storedAt.toUTCString(),
    'accept-ranges': 'bytes',
  })
  res.end(request.method === 'HEAD' ? undefined : object.bytes)
}
