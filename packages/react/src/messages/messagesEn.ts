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
  dropzone: 'Drop or paste images and videos here, or',
  dropzoneActive: 'Release to add the files',
  chooseFiles: 'Choose files',
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
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retry: 'Retry',
  remove: 'Remove',
  totalLabel: 'Total progress',
  totalProgress: '{percent}% · {uploaded} of {total}',
  timeLeft: 'about {time} left',
  totalCounts: '{done} of {count} uploaded',
  totalFailed: '{count} failed',
  startUpload: { one: 'Upload {count} file', other: 'Upload {count} files' },
  pauseAll: 'Pause all',
  resumeAll: 'Resume all',
  retryAll: 'Retry failed',
  cancelAll: 'Cancel all',
  clearFinished: 'Clear finished',
  showMore: 'Show {count} more',
  announceAdded: { one: '{count} file added.', other: '{count} files added.' },
  announceStarted: { one: 'Uploading {count} file.', other: 'Uploading {count} files.' },
  announceComplete: { one: 'Upload complete: {count} file uploaded.', other: 'Upload complete: {count} files uploaded.' },
  announceCompleteWithErrors: 'Upload finished: {successful} uploaded, {failed} failed.',
  errors: errorMessagesEn,
}
