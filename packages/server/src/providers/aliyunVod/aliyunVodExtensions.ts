/**
 * Image extensions `CreateUploadImage` accepts as `ImageExt`.
 *
 * @example
 * ```ts
 * aliyunVodImageExtensions.includes('gif') // true
 * ```
 */
export const aliyunVodImageExtensions = ['png', 'jpg', 'jpeg', 'gif'] as const

/**
 * Media extensions the handler sends to `CreateUploadVideo` (VOD's video and
 * audio source formats; VOD itself decides from the `FileName` extension).
 *
 * @example
 * ```ts
 * aliyunVodVideoExtensions.includes('mp4') // true
 * ```
 */
export const aliyunVodVideoExtensions = [
  'mp4', 'mov', 'm4v', 'webm', 'mkv', 'flv', 'f4v', 'avi', 'wmv', 'asf', 'ts', 'mts', 'm2ts', '3gp', 'mpg', 'mpeg', 'vob',
  'rm', 'rmvb', 'mxf', 'dat', 'mp3', 'm4a', 'aac', 'wav', 'flac', 'ogg', 'wma', 'amr',
] as const
