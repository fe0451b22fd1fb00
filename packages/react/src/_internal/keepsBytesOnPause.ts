import type { UploadFile } from '@media-uploader/core'

/** aliyun-vod's part size: videos over it go up in parts. */
const PART = 16 * 1024 * 1024

/**
 * Whether pausing `file` keeps the bytes sent: the file's own `resumable` when
 * the controller says (read only when present), else multipart uploads
 * (aliyun-vod videos over one part); single-request uploads restart.
 *
 * @example
 * ```ts
 * const label = keepsBytesOnPause(file, provider) ? m.pause : m.stop
 * ```
 */
export const keepsBytesOnPause = (file: UploadFile<unknown>, provider: string): boolean =>
  (file as { resumable?: boolean }).resumable ?? (provider === 'aliyun-vod' && file.type.startsWith('video/') && file.size > PART)
