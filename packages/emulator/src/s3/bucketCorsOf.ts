import type { S3Config } from '../config/EmulatorConfig.ts'
import { BUCKET_CORS_METHODS, type BucketCors } from '../store/BucketCors.ts'

/** The bucket CORS rule described by the S3 configuration. */
export function bucketCorsOf(config: S3Config): BucketCors {
  return {
    allowedOrigins: config.allowedOrigins,
    allowedMethods: BUCKET_CORS_METHODS,
    exposeETag: config.exposeETag,
    maxAgeSeconds: 3000,
  }
}
