/**
 * An image uploaded through `jimeng` (`CommitImageUpload`'s `Results[0]` and `PluginResult[0]`).
 *
 * @example
 * ```ts
 * const image: JimengImageResult = { kind: 'image', uri: 'tos-cn-i-tb4s082cfz/…', width: 640, height: 480, format: 'png', size: 1234, md5: '…' }
 * ```
 */
export interface JimengImageResult {
  readonly kind: 'image'
  /** The image URI, e.g. `tos-cn-i-tb4s082cfz/<32 hex>`. */
  readonly uri: string
  readonly width: number | undefined
  readonly height: number | undefined
  /** `png`, `jpeg`, … as ImageX detected it. */
  readonly format: string | undefined
  readonly size: number | undefined
  readonly md5: string | undefined
}

/**
 * A video uploaded through `jimeng` (ByteDance VOD, `CommitUploadInner`'s `Results[0]`).
 *
 * @example
 * ```ts
 * const video: JimengVideoResult = { kind: 'video', vid: 'v02…', uri: 'tos-cn-v-148450/…', duration: 3.2, width: 1280, height: 720, format: 'MP4', codec: 'h264', size: 1_048_576, md5: '…' }
 * ```
 */
export interface JimengVideoResult {
  readonly kind: 'video'
  /** The VOD video id. */
  readonly vid: string
  /** The stored object's URI (`VideoMeta.Uri`). */
  readonly uri: string
  /** Seconds, as VOD measured it (`undefined` when it did not say). */
  readonly duration: number | undefined
  readonly width: number | undefined
  readonly height: number | undefined
  /** `MP4`, `MOV`, `WEBM`, … as VOD detected it. */
  readonly format: string | undefined
  readonly codec: string | undefined
  readonly size: number | undefined
  readonly md5: string | undefined
}

/**
 * What an upload through `jimeng` resolves to: tell images and videos apart by `kind`.
 *
 * @example
 * ```ts
 * uploader.on('upload-success', (_file, result) => save(result.kind === 'video' ? { vid: result.vid, seconds: result.duration } : { uri: result.uri }))
 * ```
 */
export type JimengResult = JimengImageResult | JimengVideoResult
