import type { Clock } from '../../clock/Clock.ts'
import type { AliyunVodResume } from './AliyunVodResume.ts'

/**
 * The upload state of one file: where it goes, a signer holding the STS
 * credential in a closure (never a property, never stored), and the
 * multipart progress that pause, retry and refresh resume from. Mutable:
 * refreshes and uploaded parts update it in place.
 */
export interface AliyunVodTicket {
  /** The controller's clock: requests are dated, and `expiresAt` kept, in the server's time. */
  readonly clock: Clock
  videoId?: string
  /** The server's ownership grant for `videoId` (opaque), required by `/refresh`. */
  grant?: string
  imageId?: string
  imageUrl?: string
  fileUrl?: string
  /** Object URL, no query. */
  url: string
  /** Object key (`FileName`). */
  key: string
  /** Epoch ms after which the credential is refreshed before the next request (90% of its lifetime). */
  expiresAt: number
  /** `Content-Type`, `x-oss-date`, `x-oss-security-token` and `Authorization` for one request. */
  sign(verb: string, type: string, subresource: string): Promise<Record<string, string>>
  /** Gets a new credential (RefreshUploadVideo, or a new CreateUploadImage) into this ticket; concurrent calls share one. */
  renew(signal: AbortSignal): Promise<void>
  uploadId?: string
  partSize?: number
  /** ETag of part `i + 1`, once uploaded. */
  etags: string[]
  /** Where this upload's checkpoint is saved as parts finish (absent: resume after reload is off). */
  resume?: AliyunVodResume | undefined
  /** Continues an upload of an earlier page load: the bytes already stored are reported once (`io.resumeFrom`). */
  resumed?: boolean
}
