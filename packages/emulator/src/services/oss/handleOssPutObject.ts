import { createHash } from 'node:crypto'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'
import { OSS_MAX_PUT_BYTES, readOssChunks } from './readOssChunks.ts'

/** PutObject: stored only once the whole body arrived and matched its `Content-MD5` (if sent); the MD5 (ETag) is computed as it streams in. */
export async function handleOssPutObject(call: OssCall): Promise<void> {
  const md5 = createHash('md5')
  const { chunks } = await readOssChunks(call, Math.min(OSS_MAX_PUT_BYTES, call.context.config.maxObjectBytes), [md5])
  const declared = call.request.raw.headers['content-md5']
  const digest = md5.digest()
  if (typeof declared === 'string' && declared !== digest.toString('base64')) {
    throw new OssError(400, 'InvalidDigest', 'The Content-MD5 you specified is not valid.')
  }
  call.context.store.put({
    bucket: call.bucket,
    key: call.key,
    bytes: chunks,
    contentType: call.request.raw.headers['content-type'] ?? 'application/octet-stream',
    metadata: ossUserMetadata(call.request.raw.headers),
    // The store's SHA-256 (for inspection) is computed when first read, as for multipart objects.
    digests: { md5: digest.toString('hex'), etag: `"${digest.toString('hex').toUpperCase()}"` },
  })
  call.res.writeHead(200, { ...call.responseHeaders, etag: `"${digest.toString('hex').toUpperCase()}"`, 'content-length': '0' })
  call.res.end()
}

/** `x-oss-meta-*` headers, names without the prefix. */
export function ossUserMetadata(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('x-oss-meta-') && value !== undefined) metadata[name.slice(11)] = Array.isArray(value) ? value.join(',') : value
  }
  return metadata
}
