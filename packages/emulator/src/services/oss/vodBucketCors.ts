import { BUCKET_CORS_METHODS, type BucketCors } from '../../store/BucketCors.ts'

/**
 * The CORS rule of a VOD-managed bucket (`outin-*`, not yours to configure):
 * every origin, `PUT POST GET HEAD DELETE`, any header, `ETag` exposed — what
 * the official browser upload SDK needs (reference §3.6, inferred).
 */
export const vodBucketCors: BucketCors = {
  allowedOrigins: '*',
  allowedMethods: BUCKET_CORS_METHODS,
  exposeETag: true,
  maxAgeSeconds: 3000,
}
