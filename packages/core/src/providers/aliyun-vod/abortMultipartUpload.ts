import type { AliyunVodTicket } from './AliyunVodTicket.ts'
import { ossRequest } from './ossRequest.ts'

/**
 * AbortMultipartUpload for a ticket's unfinished multipart upload, so OSS
 * drops its parts (they are stored, and billed, until then). Best effort: a
 * failure is ignored, as the bucket's lifecycle rules clean up after it.
 */
export async function abortMultipartUpload(t: AliyunVodTicket): Promise<void> {
  const sub = `?uploadId=${t.uploadId}`
  t.uploadId = undefined
  const signal = new AbortController().signal
  try {
    if (t.clock.now() > t.expiresAt) await t.renew(signal)
    await ossRequest('DELETE', t.url + sub, await t.sign('DELETE', '', sub), undefined, signal)
  } catch {
    // Nothing the user can act on.
  }
}
