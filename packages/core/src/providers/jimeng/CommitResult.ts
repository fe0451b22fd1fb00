/** `CommitImageUpload`'s `Result` (reference §2.5). */
export interface CommitResult {
  readonly Results?: readonly { readonly Uri?: string; readonly UriStatus?: number }[]
  readonly PluginResult?: readonly {
    readonly ImageUri?: string
    readonly ImageWidth?: number
    readonly ImageHeight?: number
    readonly ImageFormat?: string
    readonly ImageSize?: number
    readonly ImageMd5?: string
  }[]
}
