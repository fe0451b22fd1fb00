import type { ErrorCode, FileStatus } from '@media-uploader/core'

/**
 * A message that depends on a count. `one` is used when `Intl.PluralRules`
 * says "one" for the locale, `other` otherwise. `{count}` is filled in.
 *
 * @example
 * ```ts
 * const filesAdded: PluralMessage = { one: '{count} file added.', other: '{count} files added.' }
 * ```
 */
export interface PluralMessage {
  readonly one: string
  readonly other: string
}

/**
 * Every string the widget renders or announces. `{name}` placeholders are
 * filled in at render time (`{file}`, `{count}`, `{percent}`, …).
 *
 * @example
 * ```ts
 * import { messagesEn, type UploaderMessages } from '@media-uploader/react'
 * const mine: UploaderMessages = { ...messagesEn, chooseFiles: 'Browse…' }
 * ```
 */
export interface UploaderMessages {
  /** Text before the button in the drop region. */
  readonly dropzoneLabel: string
  /** Replaces `dropzoneLabel` while files are dragged over the region. */
  readonly dropzoneActiveLabel: string
  /** The button that opens the file picker. */
  readonly chooseFiles: string
  /** Accessible name of the hidden `<input type="file">`. */
  readonly inputLabel: string
  /** Hint under the button. `{types}`: accepted extensions. */
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
  readonly cancel: string
  /** Accessible name of the cancel button. `{file}`. */
  readonly cancelLabel: string
  readonly retry: string
  /** Accessible name of the retry button. `{file}`. */
  readonly retryLabel: string
  readonly remove: string
  /** Accessible name of the remove button. `{file}`. */
  readonly removeLabel: string
  /** Link to an uploaded file's URL. */
  readonly openResult: string
  /** Accessible name of that link. `{file}`. */
  readonly openResultLabel: string
  /** Accessible name of the total progress bar. */
  readonly totalLabel: string
  /** `aria-valuetext` and visible text of the total. `{percent}`, `{uploaded}`, `{total}` (formatted sizes). */
  readonly totalProgress: string
  /** `{done}` of `{count}` files finished uploading. */
  readonly totalCounts: string
  /** `{count}` files failed. */
  readonly totalFailed: PluralMessage
  /** Button shown when `autoStart` is off. `{count}` queued files. */
  readonly startUpload: PluralMessage
  /** Removes finished files from the list. */
  readonly clearFinished: string
  /** Live region: files were listed. */
  readonly announceFilesAdded: PluralMessage
  /** Live region: an upload batch started. */
  readonly announceUploadStarted: PluralMessage
  /** Live region: every file succeeded. `{count}`. */
  readonly announceComplete: PluralMessage
  /** Live region: the batch settled with failures. `{successful}`, `{failed}`. */
  readonly announceCompleteWithErrors: string
  /** Live region: a file failed or was rejected. `{message}`, `{file}`. */
  readonly announceError: string
  /** Error messages by code, with the core's `{file}`, `{max}`, … placeholders. */
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
  readonly [K in keyof UploaderMessages]?: UploaderMessages[K] extends string ? string : Partial<UploaderMessages[K]>
}
