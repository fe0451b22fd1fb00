import type { MediaUploaderError, UploadFile } from '@media-uploader/core'
import type { UploadSummary } from './UploadSummary.ts'

/**
 * Callbacks for {@link useUploaderEvents} and `<MediaUploader>`; `R` is the
 * provider's result type, so `result` is typed (`PresignResult` for `presign`).
 *
 * @example
 * ```ts
 * const callbacks: UploaderCallbacks<PresignResult> = { onUploadSuccess: (file, result) => console.log(result.key) }
 * ```
 */
export interface UploaderCallbacks<R> {
  /** A file finished uploading. */
  readonly onUploadSuccess?: ((file: UploadFile<R>, result: R) => void) | undefined
  /** A file failed while signing, uploading or committing. */
  readonly onUploadError?: ((file: UploadFile<R>, error: MediaUploaderError) => void) | undefined
  /** A file was refused by a restriction or by `onBeforeUpload` before any upload. */
  readonly onFileRejected?: ((file: UploadFile<R>, error: MediaUploaderError) => void) | undefined
  /** Every queued file has settled (once per batch). */
  readonly onComplete?: ((summary: UploadSummary<R>) => void) | undefined
}
