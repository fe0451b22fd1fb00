import { originAllowed } from '../http/originAllowed.ts'

/**
 * A bucket's CORS configuration (one rule, like the usual R2/S3 setup):
 * `AllowedHeaders: ["*"]`, the listed methods and origins, optional `ExposeHeaders: ["ETag"]`.
 */
export interface BucketCors {
  /** Allowed origins, or `'*'` for any. An entry may contain one `*` wildcard. */
  readonly allowedOrigins: readonly string[] | '*'
  readonly allowedMethods: readonly string[]
  /** Expose `ETag` to the browser (needed for multipart uploads). */
  readonly exposeETag: boolean
  /** `Access-Control-Max-Age` for preflights; omitted when undefined. */
  readonly maxAgeSeconds?: number
}

/** Methods R2/S3 CORS rules can allow. */
export const BUCKET_CORS_METHODS: readonly string[] = ['PUT', 'POST', 'GET', 'HEAD', 'DELETE']

/** The `Access-Control-Allow-Origin` value for `origin`, or `undefined` when not allowed. */
export function allowOriginFor(cors: BucketCors, origin: string): string | undefined {
  if (cors.allowedOrigins === '*') return '*'
  return originAllowed(cors.allowedOrigins, origin) ? origin : undefined
}
