/** An STS credential VOD issued for one object (`UploadAuth`). */
export interface StsCredential {
  /** `STS.` + random. */
  readonly accessKeyId: string
  readonly accessKeySecret: string
  readonly securityToken: string
  /** Epoch ms after which OSS answers `SecurityTokenExpired`. */
  readonly expiresAt: number
  /** The only object it may write (VOD's STS policy is scoped to the upload address). */
  readonly bucket: string
  readonly key: string
}
