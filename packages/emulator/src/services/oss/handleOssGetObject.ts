import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'

/** GetObject / HeadObject (whole object; no ranges). */
export async function handleOssGetObject(call: OssCall): Promise<void> {
  call.request.raw.resume()
  const object = call.context.store.get(call.bucket, call.key)
  if (object === undefined) throw new OssError(404, 'NoSuchKey', 'The specified key does not exist.', { Key: call.key })
  call.res.writeHead(200, {
    ...call.responseHeaders,
    'content-type': object.contentType,
    'content-length': String(object.size),
    etag: object.etag.toUpperCase(),
    'last-modified': object.storedAt.toUTCString(),
  })
  call.res.end(call.request.method === 'HEAD' ? undefined : object.bytes)
}
