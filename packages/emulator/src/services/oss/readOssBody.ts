import { BodyTooLargeError } from '../../http/BodyTooLargeError.ts'
import { readBody } from '../../http/readBody.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'

/** OSS's largest single PUT and part (5 GiB). */
export const OSS_MAX_PUT_BYTES = 5 * 1024 ** 3

/**
 * Reads a PUT body: `Content-Length` or `Transfer-Encoding: chunked` (ali-oss's
 * `putStream`) required (411), at most `maxBytes` (400 `EntityTooLarge`).
 */
export async function readOssBody(call: OssCall, maxBytes: number): Promise<Buffer> {
  const { 'content-length': length, 'transfer-encoding': encoding } = call.request.raw.headers
  if (length === undefined && !/chunked/i.test(encoding ?? '')) throw new OssError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')
  if (Number(length) > maxBytes) throw entityTooLarge(maxBytes)
  try {
    return await readBody(call.request.body, maxBytes)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw entityTooLarge(maxBytes)
    throw error
  }
}

function entityTooLarge(max: number): OssError {
  return new OssError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.', { MaxSizeAllowed: String(max) })
}
