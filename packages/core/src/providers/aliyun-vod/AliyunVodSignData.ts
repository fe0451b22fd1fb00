/** The `data` of a successful sign answer: VOD's fields as received (`UploadAddress`/`UploadAuth` still base64). */
export interface AliyunVodSignData {
  readonly UploadAddress: string
  readonly UploadAuth: string
  readonly VideoId?: string
  readonly ImageId?: string
  readonly ImageURL?: string
  readonly FileURL?: string
  /** The server's ownership grant for `VideoId`, sent back with each refresh. */
  readonly grant?: string
}
