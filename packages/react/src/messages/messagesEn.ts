import { errorMessagesEn } from '@media-uploader/core'
import type { UploaderMessages } from './UploaderMessages.ts'

/**
 * English strings of the widget.
 *
 * @example
 * ```tsx
 * <MediaUploader provider="presign" locale="en" messages={{ chooseFiles: messagesEn.chooseFiles + '…' }} />
 * ```
 */
export const messagesEn: UploaderMessages = {
  dropzoneLabel: 'Drop images or videos here, or',
  dropzoneActiveLabel: 'Release to add the files',
  chooseFiles: 'Choose files',
  inputLabel: 'Choose files to upload',
  acceptedTypes: 'Accepted: {types}',
  maxFileSize: 'up to {size} each',
  maxFiles: { one: 'at most {count} file', other: 'at most {count} files' },
  fileList: 'Files',
  status: {
    queued: 'Waiting',
    signing: 'Preparing…',
    uploading: 'Uploading… {percent}%',
    paused: 'Paused',
    done: 'Uploaded',
    error: 'Failed',
    rejected: 'Not added',
    canceled: 'Canceled',
  },
  fileProgress: '{percent}% of {file}',
  cancel: 'Cancel',
  cancelLabel: 'Cancel {file}',
  retry: 'Retry',
  retryLabel: 'Retry {file}',
  remove: 'Remove',
  removeLabel: 'Remove {file}',
  openResult: 'Open',
  openResultLabel: 'Open {file}',
  totalLabel: 'Total progress',
  totalProgress: '{percent}% · {uploaded} of {total}',
  totalCounts: '{done} of {count} uploaded',
  totalFailed: { one: '{count} failed', other: '{count} failed' },
  startUpload: { one: 'Upload {count} file', other: 'Upload {count} files' },
  clearFinished: 'Clear finished',
  announceFilesAdded: { one: '{count} file added.', other: '{count} files added.' },
  announceUploadStarted: { one: 'Uploading {count} file.', other: 'Uploading {count} files.' },
  announceComplete: {
    one: 'Upload complete: {count} file uploaded.',
    other: 'Upload complete: {count} files uploaded.',
  },
  announceCompleteWithErrors: 'Upload finished: {successful} uploaded, {failed} failed.',
  announceError: '{message}',
  errors: errorMessagesEn,
}
