import { signPolicy } from '../../s3/sigv4/signPolicy.ts'
import { SIGV4_ALGORITHM } from '../../s3/sigv4/SigV4Auth.ts'

/** What to sign a POST policy for. */
export interface PostPolicyRequest {
  /** Store origin, `http://127.0.0.1:port`. */
  readonly storeOrigin: string
  readonly bucket: string
  readonly key: string
  /** Pinned with an exact-match condition when given. */
  readonly contentType?: string
  /** `content-length-range` maximum in bytes (minimum 0). */
  readonly maxSize: number
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly region: string
  readonly expiresSeconds: number
  readonly now?: Date
}

/** A signed POST policy: the form's action URL and its fields (the file goes after them). */
export interface PostPolicy {
  /** The bucket URL, `http://127.0.0.1:port/{bucket}`. */
  readonly url: string
  readonly fields: Readonly<Record<string, string>>
}

/**
 * An S3 browser-based POST policy signed with SigV4 (as `@aws-sdk/s3-presigned-post`'s
 * `createPresignedPost` does, with lower-case field names): `policy` is base64 JSON with
 * `expiration` and conditions on the bucket, `content-length-range`, `key`, `Content-Type`
 * and the `x-amz-*` fields; `x-amz-signature` is `hex(HMAC(signingKey, policy))`.
 */
export async function createPostPolicy(input: PostPolicyRequest): Promise<PostPolicy> {
  const now = input.now ?? new Date()
  const amzDate = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
  const shortDate = amzDate.slice(0, 8)
  const credential = `${input.accessKeyId}/${shortDate}/${input.region}/s3/aws4_request`
  const signed: Record<string, string> = {
    'x-amz-algorithm': SIGV4_ALGORITHM,
    'x-amz-credential': credential,
    'x-amz-date': amzDate,
  }
  const conditions: unknown[] = [
    { bucket: input.bucket },
    ['content-length-range', 0, input.maxSize],
    { key: input.key },
    ...(input.contentType === undefined ? [] : [{ 'Content-Type': input.contentType }]),
    ...Object.entries(signed).map(([name, value]) => ({ [name]: value })),
  ]
  const expiration = new Date(now.getTime() + input.expiresSeconds * 1000).toISOString()
  const policy = Buffer.from(JSON.stringify({ expiration, conditions }), 'utf8').toString('base64')
  const signature = await signPolicy({
    accessKeyId: input.accessKeyId,
    secretAccessKey: input.secretAccessKey,
    shortDate,
    region: input.region,
    policy,
  })
  return {
    url: `${new URL(input.storeOrigin).origin}/${encodeURIComponent(input.bucket)}`,
    fields: {
      key: input.key,
      ...(input.contentType === undefined ? {} : { 'Content-Type': input.contentType }),
      policy,
      ...signed,
      'x-amz-signature': signature,
    },
  }
}
