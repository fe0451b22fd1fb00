import type { UploadFile } from '@media-uploader/core'

/**
 * Whether every byte is sent and the provider is confirming (commit,
 * complete-multipart): the core's `phase === 'committing'`, read when present,
 * or an upload at 100 %. Such a file can no longer be paused.
 */
export const isFinishing = (file: UploadFile<unknown>): boolean =>
  (file as { phase?: string }).phase === 'committing' || (file.status === 'uploading' && file.progress >= 1)
