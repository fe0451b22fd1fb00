import type { ErrorCode, FileStatus } from '@media-uploader/core'

/**
 * A message that depends on a count: one string for every count (enough for
 * Chinese), or `one`/`other` forms picked with `Intl.PluralRules`. `{count}`
 * is filled in.
 *
 * @example
 * ```ts
 * const added: PluralMessage = { one: '{count} file added.', other: '{count} files added.' }
 * const addedZh: PluralMessage = '已添加 {count} 个文件。'
 * ```
 */
export type PluralMessage = string | { readonly one: string; readonly other: string }

/**
 * Every string the widget renders or announces. `{name}` placeholders are
 * filled in at render time (`{file}`, `{count}`, `{percent}`, …). Per-file
 * buttons are named "{action} {file name}" (e.g. "Retry photo.jpg").
 *
 * @example
 * ```ts
 * import { messagesEn, type UploaderMessages } from '@media-uploader/react'
 * const mine: UploaderMessages = { ...messagesEn, chooseFiles: 'Browse…' }
 * ```
 */
export interface UploaderMessages {
  /** Text before the button in the drop region (mouse and keyboard devices). `{media}`: one of `media`. */
  readonly dropzone: string
  /** Replaces `dropzone` while files are dragged over the region. */
  readonly dropzoneActive: string
  /** The button that opens the file picker. */
  readonly chooseFiles: string
  /** The picker button on touch devices (coarse pointer), where nothing is dropped or pasted. `{media}`. */
  readonly chooseTouch: string
  /** Touch devices, providers taking images or videos: opens the camera. */
  readonly camera: string
  /** What the provider and restrictions accept, for `{media}`. */
  readonly media: Readonly<Record<'image' | 'video' | 'both', string>>
  /** Hint part: accepted image formats. `{types}`. */
  readonly acceptedImages: string
  /** Hint part: accepted video formats. `{types}`. */
  readonly acceptedVideos: string
  /** Hint part: accepted audio formats. `{types}`. */
  readonly acceptedAudio: string
  /** A long format list, cut. `{types}`: the first ones, `{count}`: how many more. */
  readonly moreTypes: string
  /** Between the items of a list of formats. */
  readonly separator: string
  /** Hint part. `{size}`: the per-file size limit. */
  readonly maxFileSize: string
  /** Hint part. `{count}`: the file count limit. */
  readonly maxFiles: PluralMessage
  /** Accessible name of the file list. */
  readonly fileList: string
  /** Status text per file status. `{percent}` is available. */
  readonly status: Readonly<Record<FileStatus, string>>
  /** Status of a file whose bytes are all sent while the provider confirms it (commit, complete-multipart). */
  readonly finishing: string
  /** Status of a paused file whose upload starts over when resumed (single-request uploads). */
  readonly pausedRestart: string
  /** Next to an uploading file's status when an earlier page had stored part of it (resume after a reload). `{percent}`. */
  readonly resumedFrom: string
  /** `aria-valuetext` of a file's progress bar. `{percent}`, `{file}`. */
  readonly fileProgress: string
  /** A transfer rate. `{size}`: bytes per second, formatted. */
  readonly speed: string
  /** Per file and in the total: the estimated time left. `{time}`, formatted for the locale. */
  readonly timeLeft: string
  readonly pause: string
  /** Replaces `pause` where pausing loses the bytes sent (the upload restarts). */
  readonly stop: string
  readonly resume: string
  /** Replaces `resume` on a stopped file whose upload starts over. */
  readonly restart: string
  readonly cancel: string
  readonly retry: string
  readonly remove: string
  /** Opens an image's preview dialog. */
  readonly preview: string
  /** Closes the preview dialog. */
  readonly close: string
  /** Copies the uploaded file's URL. */
  readonly copyLink: string
  /** Copies the uploaded file's id or URI (providers without a public URL). */
  readonly copyId: string
  /** Replaces the copy button's text for a moment after copying. */
  readonly copied: string
  /** Opens the uploaded file's URL. */
  readonly openLink: string
  /** The error details disclosure (for developers and support). */
  readonly details: string
  /** Accessible name of the view switch. */
  readonly viewLabel: string
  /** The list's views. */
  readonly views: Readonly<Record<'list' | 'compact' | 'grid', string>>
  /** Accessible name of the total progress bar. */
  readonly totalLabel: string
  /** Text and `aria-valuetext` of the total. `{percent}`, `{uploaded}`, `{total}` (formatted sizes). */
  readonly totalProgress: string
  /** `{done}` of `{count}` files uploaded. */
  readonly totalCounts: string
  /** `{count}` files failed. */
  readonly totalFailed: PluralMessage
  /** Completion summary when every file succeeded. `{count}`. */
  readonly summary: PluralMessage
  /** Completion summary with failures. `{done}`, `{failed}`. */
  readonly summaryWithErrors: string
  /** Button shown when `autoStart` is off. `{count}` queued files. */
  readonly startUpload: PluralMessage
  readonly pauseAll: string
  /** Replaces `pauseAll` when no file in progress would keep its bytes (single-request uploads restart). */
  readonly stopAll: string
  readonly resumeAll: string
  /** Replaces `resumeAll` when no paused file kept its bytes. */
  readonly restartAll: string
  /** Retries the `{count}` failed or canceled files that can be retried. */
  readonly retryAll: PluralMessage
  readonly cancelAll: string
  /** Removes the `{count}` uploaded files from the list. */
  readonly clearFinished: PluralMessage
  /** Heading of the notices about files that were not added. `{count}`. */
  readonly notAdded: PluralMessage
  /** Dismisses one notice (named with the file). */
  readonly dismiss: string
  /** Dismisses every notice. */
  readonly dismissAll: string
  /** Under the first notices: `{count}` more were not added. */
  readonly moreNotices: string
  /** Live region: files were listed. */
  readonly announceAdded: PluralMessage
  /** Live region: an upload batch started. */
  readonly announceStarted: PluralMessage
  /** Live region: every file succeeded. `{count}`. */
  readonly announceComplete: PluralMessage
  /** Live region: the batch settled with failures. `{successful}`, `{failed}`. */
  readonly announceCompleteWithErrors: string
  /** End-user error messages by code, with the core's `{file}`, `{max}`, … placeholders. Also announced, and used by `error.localized()` in the widget's callbacks. */
  readonly errors: Readonly<Record<ErrorCode, string>>
}

/**
 * Partial overrides of {@link UploaderMessages}: any top-level string, and
 * any single entry of the nested `status`, `errors` and plural messages.
 *
 * @example
 * ```tsx
 * <MediaUploader
 *   provider="presign"
 *   messages={{ chooseFiles: 'Browse', errors: { 'file-too-large': '{file} is too big' } }}
 * />
 * ```
 */
export type MessageOverrides = {
  readonly [K in keyof UploaderMessages]?: UploaderMessages[K] extends string
    ? string
    : UploaderMessages[K] extends PluralMessage
      ? string | Partial<Exclude<PluralMessage, string>>
      : Partial<UploaderMessages[K]>
}
