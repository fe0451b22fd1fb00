/** `CommitUploadInner`'s `Result` (reference §2.6). */
export interface VodCommitResult {
  readonly Results?: readonly {
    readonly Vid?: string
    readonly VideoMeta?: {
      readonly Uri?: string
      /** Seconds. */
      readonly Duration?: number
      readonly Format?: string
      readonly Codec?: string
      readonly Size?: number
      readonly Md5?: string
      readonly Width?: number
      readonly Height?: number
    }
  }[]
}
