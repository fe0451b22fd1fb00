import type { UploadFile } from '@media-uploader/core'

/**
 * What `onComplete` receives once every queued file has settled.
 *
 * @example
 * ```tsx
 * <MediaUploader provider="presign" onComplete={(s: UploadSummary) => console.log(s.failed.length)} />
 * ```
 */
export interface UploadSummary<R = unknown> {
  readonly successful: readonly UploadFile<R>[]
  readonly failed: readonly UploadFile<R>[]
}
