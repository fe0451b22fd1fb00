/**
 * Options of the `presign` provider (`providerOptions` of `createUploader`,
 * or the widget's).
 *
 * @example
 * ```ts
 * createUploader({ provider: 'presign', providerOptions: { thumbnails: { maxSize: 320, type: 'image/webp' } } })
 * ```
 */
export interface PresignOptions {
  /**
   * Store a thumbnail next to each image and video (signed with `type=thumb`
   * and its own width/height), made in the browser after the original is
   * stored. A failed thumbnail never fails the upload: it is reported on the
   * result's `thumbnail`. Off by default.
   */
  readonly thumbnails?: {
    /** Longest side in pixels. @default 320 */
    readonly maxSize?: number
    /** Encoding. @default 'image/webp' */
    readonly type?: 'image/webp' | 'image/jpeg'
  }
}
