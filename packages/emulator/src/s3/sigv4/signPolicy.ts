import { createHmac } from 'node:crypto'
import { Hash } from '@smithy/hash-node'
import { getSigningKey } from '@smithy/signature-v4'

/** What {@link signPolicy} signs. */
export interface PolicySigningInput {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  /** Credential-scope date, `yyyyMMdd`. */
  readonly shortDate: string
  readonly region: string
  /** Default `s3`. */
  readonly service?: string
  /** The base64 policy document, exactly as sent in the form. */
  readonly policy: string
}

/**
 * The SigV4 signature of a browser-based POST policy:
 * `hex(HMAC-SHA256(signingKey, base64Policy))`, where the signing key is derived by
 * `@smithy/signature-v4`'s `getSigningKey` (the derivation the AWS SDK and its
 * `createPresignedPost` use: `AWS4<secret>` → date → region → service → `aws4_request`).
 */
export async function signPolicy(input: PolicySigningInput): Promise<string> {
  const signingKey = await getSigningKey(
    Hash.bind(null, 'sha256'),
    { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    input.shortDate,
    input.region,
    input.service ?? 's3',
  )
  return createHmac('sha256', signingKey).update(input.policy, 'utf8').digest('hex')
}
