import type { AitoearnConfig } from '../services/aitoearn/AitoearnConfig.ts'
import { createAitoearnConfig } from '../services/aitoearn/createAitoearnConfig.ts'
import type { EmulatorConfig, S3Config } from './EmulatorConfig.ts'

/** The configurable subset of startup options. */
export interface EmulatorConfigInput {
  readonly corsOrigins?: readonly string[]
  readonly s3?: Partial<Readonly<S3Config>>
  readonly presignExpiresSeconds?: number
  readonly maxObjectBytes?: number
  readonly aitoearn?: Partial<Readonly<AitoearnConfig>>
  readonly jimengTokenExpiresSeconds?: number
  readonly vodUploadAuthExpiresSeconds?: number
}

/** Default `X-Amz-Expires` of presign API URLs, as in seed 001. */
export const DEFAULT_PRESIGN_EXPIRES_SECONDS = 300

/** S3's single-PUT limit (5 GiB). */
export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 ** 3

/** A fresh configuration from startup options and the defaults. */
export function createEmulatorConfig(input: EmulatorConfigInput = {}): EmulatorConfig {
  const corsOrigins = [...(input.corsOrigins ?? [])]
  const origins = input.s3?.allowedOrigins ?? corsOrigins
  return {
    corsOrigins,
    s3: {
      flavour: input.s3?.flavour ?? 's3',
      pinChecksum: input.s3?.pinChecksum ?? false,
      allowedOrigins: origins === '*' ? '*' : [...origins],
      exposeETag: input.s3?.exposeETag ?? true,
    },
    presignExpiresSeconds: input.presignExpiresSeconds ?? DEFAULT_PRESIGN_EXPIRES_SECONDS,
    maxObjectBytes: input.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES,
    aitoearn: createAitoearnConfig(input.aitoearn),
    jimengTokenExpiresSeconds: input.jimengTokenExpiresSeconds ?? 3600,
    vodUploadAuthExpiresSeconds: input.vodUploadAuthExpiresSeconds ?? 3000,
  }
}
