import type { AitoearnConfig } from '../services/aitoearn/AitoearnConfig.ts'

/** Which provider the S3-style store imitates where they differ. */
export type S3Flavour = 's3' | 'r2'

/** Behaviour of the S3-style store (and of URLs the presign API issues into it). */
export interface S3Config {
  /** `r2` enforces `x-amz-checksum-*` on presigned PUTs and omits CORS on `BadDigest`; `s3` ignores query checksums. */
  flavour: S3Flavour
  /** Presign API pins `x-amz-checksum-crc32=AAAAAA==` (the AWS SDK ≥ 3.729 default-checksum defect). */
  pinChecksum: boolean
  /** The S3 bucket's CORS allowed origins, or `'*'` (default: `corsOrigins`). */
  allowedOrigins: string[] | '*'
  /** Bucket CORS exposes `ETag`. */
  exposeETag: boolean
}

/** The emulator's runtime configuration. Mutable: changes apply to the next request. */
export interface EmulatorConfig {
  /**
   * Origins (exact, `*`, or one `*` wildcard like `http://localhost:*`) every store and API
   * answers CORS for; empty (the default) refuses every cross-origin browser request, like a
   * bucket with no CORS rule.
   */
  corsOrigins: string[]
  s3: S3Config
  /** `X-Amz-Expires` of URLs from the presign API (1..604800). */
  presignExpiresSeconds: number
  /** Largest body a single PUT may store (S3 answers `EntityTooLarge` above it). */
  maxObjectBytes: number
  /** The AiToEarn asset API (upload mode, size limits, accepted API key). */
  aitoearn: AitoearnConfig
  /** Lifetime of the STS credentials the jimeng token API issues (1..86400 s; default 3600). */
  jimengTokenExpiresSeconds: number
  /** `Expiration` of the STS credentials in VOD's `UploadAuth` (1..86400 s; default 3000, as VOD). */
  vodUploadAuthExpiresSeconds: number
}
