import { createHash } from 'node:crypto'
import { BodyTooLargeError } from '../http/BodyTooLargeError.ts'
import { readBody } from '../http/readBody.ts'
import { declaredChecksums } from './checksums/DeclaredChecksum.ts'
import { verifyChecksums } from './checksums/verifyChecksums.ts'
import type { S3Call } from './S3Call.ts'
import { S3Error } from './S3Error.ts'
import { userMetadata } from './userMetadata.ts'

/**
 * PutObject. The object is stored only once the whole body arrived and passed every check
 * (payload hash, Content-MD5, flexible checksums); an aborted body stores nothing.
 */
export async function handlePutObject(call: S3Call): Promise<void> {
  const { request, res, target, query, auth, context } = call
  const { config, store } = context
  const headers = request.raw.headers
  if (auth.payloadHash.startsWith('STREAMING-')) {
    throw new S3Error(501, 'NotImplemented', `The emulator does not implement aws-chunked uploads (${auth.payloadHash}).`)
  }
  const length = headers['content-length']
  if (length === undefined) {
    throw new S3Error(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')
  }
  const maxBytes = config.maxObjectBytes
  if (Number(length) > maxBytes) throw entityTooLarge(length, maxBytes)
  let body: Buffer
  try {
    body = await readBody(request.body, maxBytes)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw entityTooLarge(length, maxBytes)
    throw error
  }
  if (/^[0-9a-f]{64}$/.test(auth.payloadHash)) {
    const actual = createHash('sha256').update(body).digest('hex')
    if (actual !== auth.payloadHash) {
      throw new S3Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", {
        ClientComputedContentSHA256: auth.payloadHash,
        S3ComputedContentSHA256: actual,
      })
    }
  }
  checkContentMd5(single(headers['content-md5']), body, config.s3.flavour === 's3')
  const verified = await verifyChecksums(config.s3.flavour, declaredChecksums(query, headers), body)
  const contentType = headers['content-type'] ?? (config.s3.flavour === 'r2' ? 'application/octet-stream' : 'binary/octet-stream')
  const stored = store.put({
    bucket: target.bucket,
    key: target.key,
    bytes: body,
    contentType,
    metadata: userMetadata(query, headers),
  })
  const echoed = Object.fromEntries(verified.map((checksum) => [`x-amz-checksum-${checksum.algorithm}`, checksum.value]))
  res.writeHead(200, { ...call.responseHeaders, ...echoed, etag: stored.etag, 'content-length': '0' })
  res.end()
}

function entityTooLarge(proposed: string, max: number): S3Error {
  return new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
    ProposedSize: proposed,
    MaxSizeAllowed: String(max),
  })
}

function checkContentMd5(header: string | undefined, body: Buffer, withCors: boolean): void {
  if (header === undefined) return
  if (!/^[A-Za-z0-9+/]{22}==$/.test(header)) {
    throw new S3Error(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.', { 'Content-MD5': header })
  }
  if (createHash('md5').update(body).digest('base64') !== header) {
    throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.', {}, withCors)
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}
