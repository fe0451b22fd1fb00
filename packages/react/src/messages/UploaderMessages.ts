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
  /** Text before the button in the drop region. */
  readonly dropzone: string
  /** Replaces `dropzone` while files are dragged over the region. */
  readonly dropzoneActive: string
  /** The button that opens the file picker. */
  readonly chooseFiles: string
  /** Hint part. `{types}`: accepted extensions. */
  readonly acceptedTypes: string
  /** Hint part. `{size}`: the per-file size limit. */
  readonly maxFileSize: string
  /** Hint part. `{count}`: the file count limit. */
  readonly maxFiles: PluralMessage
  /** Accessible name of the file list. */
  readonly fileList: string
  /** Status text per file status. `{percent}` is available. */
  readonly status: Readonly<Record<FileStatus, string>>
  /** `aria-valuetext` of a file's progress bar. `{percent}`, `{file}`. */
  readonly fileProgress: string
  readonly pause: string
  readonly resume: string
  readonly cancel: string
  readonly retry: string
  readonly remove: string
  /** Accessible name of the total progress bar. */
  readonly totalLabel: string
  /** Text and `aria-valuetext` of the total. `{percent}`, `{uploaded}`, `{total}` (formatted sizes). */
  readonly totalProgress: string
  /** Appended to the total while uploading. `{time}`: the estimated time left, formatted for the locale. */
  readonly timeLeft: string
  /** `{done}` of `{count}` files uploaded. */
  readonly totalCounts: string
  /** `{count}` files failed. */
  readonly totalFailed: PluralMessage
  /** Button shown when `autoStart` is off. `{count}` queued files. */
  readonly startUpload: PluralMessage
  readonly pauseAll: string
  readonly resumeAll: string
  /** Retries every failed file that can be retried. */
  readonly retryAll: string
  readonly cancelAll: string
  /** Removes finished files from the list. */
  readonly clearFinished: string
  /** Shows the next rows of a long list. `{count}`. */
  readonly showMore: PluralMessage
  /** Live region: files were listed. */
  readonly announceAdded: PluralMessage
  /** Live region: an upload batch started. */
  readonly announceStarted: PluralMessage
  /** Live region: every file succeeded. `{count}`. */
  readonly announceComplete: PluralMessage
  /** Live region: the batch settled with failures. `{successful}`, `{failed}`. */
  readonly announceCompleteWithErrors: string
  /** Error messages by code, with the core's `{file}`, `{max}`, … placeholders. Also announced. */
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
