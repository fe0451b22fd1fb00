import { BUCKET_CORS_METHODS, type BucketCors } from '../../store/BucketCors.ts'

/**
 * The CORS rule of the emulated VOD bucket: the configured origins (`corsOrigins`),
 * `PUT POST GET HEAD DELETE`, any header, `ETag` exposed — what the official browser upload
 * SDK needs (reference §3.6). A real `outin-*` bucket is VOD's, not yours to configure, and
 * its rule is not published; the emulator admits only the origins it is told, so a page on
 * an unexpected origin fails here first.
 *
 * @example
 * ```ts
 * bucketCorsHeaders(vodBucketCors(config.corsOrigins), request.origin, request.method)
 * ```
 */
export function vodBucketCors(origins: readonly string[]): BucketCors {
  return { allowedOrigins: origins, allowedMethods: BUCKET_CORS_METHODS, exposeETag: true, maxAgeSeconds: 3000 }
}
