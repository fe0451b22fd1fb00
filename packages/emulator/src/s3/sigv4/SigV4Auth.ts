/** The SigV4 authentication a request claims (not yet verified). */
export interface SigV4Auth {
  /** `query` = presigned URL, `header` = `Authorization` header. */
  readonly kind: 'query' | 'header'
  readonly accessKeyId: string
  /** Credential-scope date (`yyyyMMdd`). */
  readonly scopeDate: string
  readonly region: string
  readonly service: string
  readonly terminator: string
  /** `X-Amz-Date` as sent (`yyyyMMdd'T'HHmmss'Z'`). */
  readonly amzDate: string
  readonly signingDate: Date
  /** Lower-case names of the signed headers. */
  readonly signedHeaders: readonly string[]
  /** Hex signature as sent. */
  readonly signature: string
  /** `X-Amz-Expires` (query auth only). */
  readonly expiresSeconds?: number
  /** The payload hash of the canonical request (`UNSIGNED-PAYLOAD`, hex SHA-256, `STREAMING-…`). */
  readonly payloadHash: string
}

/** The only signing algorithm accepted. */
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256'

/** Longest allowed `X-Amz-Expires` (one week). */
export const MAX_PRESIGN_EXPIRES_SECONDS = 604_800

/** Query parameters the presigner adds itself (re-added when re-signing). */
export const PRESIGN_PARAMS: readonly string[] = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
]
