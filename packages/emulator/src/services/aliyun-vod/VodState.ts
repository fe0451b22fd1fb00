/** A video created by `CreateUploadVideo`. */
export interface VodVideo {
  readonly videoId: string
  readonly title: string
  /** The object key in the VOD bucket. */
  readonly fileName: string
}

/** What the emulated VOD remembers: its videos and the signature nonces seen lately. */
export interface VodState {
  readonly videos: Map<string, VodVideo>
  /** Nonce → when it may be forgotten (epoch ms). */
  readonly nonces: Map<string, number>
}
