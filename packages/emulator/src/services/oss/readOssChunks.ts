import type { Hash } from 'node:crypto'
import { BodyAbortedError } from '../../http/BodyAbortedError.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'

/** OSS's largest single PUT and part (5 GiB). */
export const OSS_MAX_PUT_BYTES = 5 * 1024 ** 3

/**
 * Reads a PUT body as the chunks it arrived in (no copy): `Content-Length` or
 * `Transfer-Encoding: chunked` (ali-oss's `putStream`) required (411), at most
 * `maxBytes` (400 `EntityTooLarge`). `hashes` are updated chunk by chunk as
 * the bytes arrive, so hashing overlaps the transfer instead of following it.
 * An aborted body rejects with `BodyAbortedError` (nothing is stored).
 */
export async function readOssChunks(call: OssCall, maxBytes: number, hashes: readonly Hash[] = []): Promise<{ chunks: Buffer[]; size: number }> {
  const { 'content-length': length, 'transfer-encoding': encoding } = call.request.raw.headers
  if (length === undefined && !/chunked/i.test(encoding ?? '')) throw new OssError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')
  if (Number(length) > maxBytes) throw entityTooLarge(maxBytes)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of call.request.body) {
      size += chunk.length
      if (size > maxBytes) break
      chunks.push(chunk)
      for (const hash of hashes) hash.update(chunk)
    }
  } catch (error) {
    throw new BodyAbortedError('request body aborted', { cause: error })
  }
  if (size > maxBytes) throw entityTooLarge(maxBytes)
  return { chunks, size }
}


function entityTooLarge(max: number): OssError {
  return new OssError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.', { MaxSizeAllowed: String(max) })
}
