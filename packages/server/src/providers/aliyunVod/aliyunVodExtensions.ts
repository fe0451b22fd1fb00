/**
 * The extensions the handler signs: the contract's one list (images with
 * `CreateUploadImage`, videos and audio with `CreateUploadVideo`).
 *
 * @example
 * ```ts
 * aliyunVodImageExtensions.includes('gif') // true
 * ```
 */
export { aliyunVodAudioExtensions, aliyunVodExtensions, aliyunVodImageExtensions, aliyunVodVideoExtensions } from '@media-uploader/contracts/aliyun-vod'
