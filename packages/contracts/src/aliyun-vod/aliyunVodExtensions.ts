/**
 * Extensions `CreateUploadImage` accepts as `ImageExt` (seed 002): the files
 * signed as VOD images.
 *
 * @example
 * ```ts
 * aliyunVodImageExtensions.includes('gif') // true
 * ```
 */
export const aliyunVodImageExtensions = ['png', 'jpg', 'jpeg', 'gif'] as const

/**
 * VOD's video source formats (媒体上传概述, "支持的媒体格式"), signed with
 * `CreateUploadVideo`. `m3u8` is left out: a playlist is not one file.
 *
 * @example
 * ```ts
 * aliyunVodVideoExtensions.includes('mov') // true
 * ```
 */
export const aliyunVodVideoExtensions = [
  'mp4', 'ts', '3gp', 'mpg', 'mpeg', 'mpe', 'dat', 'vob', 'asf', 'avi', 'wmv', 'flv', 'f4v', 'rm', 'rmvb', 'mov', 'mkv',
  'dv', 'm2t', 'm4v', 'mj2', 'mjpeg', 'mts', 'ogg', 'qt', 'swf', 'webm',
] as const

/**
 * VOD's audio source formats, also signed with `CreateUploadVideo` (VOD
 * stores audio as a video record).
 *
 * @example
 * ```ts
 * aliyunVodAudioExtensions.includes('mp3') // true
 * ```
 */
export const aliyunVodAudioExtensions = ['mp3', 'wma', 'wav', 'aac', 'ra', 'm4a', 'flac', 'ape', 'ac3', 'amr', 'caf', 'acm'] as const

/**
 * The one list both sides use: what the widget lets through and what the
 * server signs (images, then videos, then audio), lower case.
 *
 * @example
 * ```ts
 * aliyunVodExtensions.includes('webm') // true
 * ```
 */
export const aliyunVodExtensions = [...aliyunVodImageExtensions, ...aliyunVodVideoExtensions, ...aliyunVodAudioExtensions] as const

/**
 * One of {@link aliyunVodExtensions}.
 *
 * @example
 * ```ts
 * const ext: AliyunVodExtension = 'mp4'
 * ```
 */
export type AliyunVodExtension = (typeof aliyunVodExtensions)[number]

/**
 * The lower-case extension of a file name, `''` when it has none.
 *
 * @example
 * ```ts
 * aliyunVodExtensionOf('Clip.MP4') // 'mp4'
 * ```
 */
export function aliyunVodExtensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : ''
}

/**
 * Whether a file name is signed as a VOD image (`CreateUploadImage`) rather
 * than a video.
 *
 * @example
 * ```ts
 * isAliyunVodImageName('a.JPG') // true
 * ```
 */
export function isAliyunVodImageName(fileName: string): boolean {
  return (aliyunVodImageExtensions as readonly string[]).includes(aliyunVodExtensionOf(fileName))
}

/**
 * Whether VOD accepts a file name's extension at all.
 *
 * @example
 * ```ts
 * isAliyunVodExtension('notes.txt') // false
 * ```
 */
export function isAliyunVodFileName(fileName: string): boolean {
  return (aliyunVodExtensions as readonly string[]).includes(aliyunVodExtensionOf(fileName))
}
