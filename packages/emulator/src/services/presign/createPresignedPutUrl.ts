import { HttpRequest } from '@smithy/protocol-http'
import { signerFor } from '../../s3/sigv4/signerFor.ts'
import { escapeUri } from '../../s3/escapeUri.ts'

/** What to presign. */
export interface PresignedPutInput {
  /** Store origin, `http://127.0.0.1:port`. */
  readonly storeOrigin: string
  readonly bucket: string
  readonly key: string
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly region: string
  readonly expiresSeconds: number
  /** Becomes signed `x-amz-meta-<name>` query parameters. */
  readonly metadata: Readonly<Record<string, string>>
  /** Pin `x-amz-checksum-crc32=AAAAAA==` + `x-amz-sdk-checksum-algorithm=CRC32` (SDK ≥ 3.729 defect). */
  readonly pinChecksum: boolean
  readonly signingDate?: Date
}

/** CRC32 of the empty body, which the AWS SDK pins at presign time. */
export const EMPTY_CRC32 = 'AAAAAA=='

/**
 * A query-presigned PutObject URL, signed with `@smithy/signature-v4` the way
 * `@aws-sdk/s3-request-presigner` does it (`X-Amz-Content-Sha256=UNSIGNED-PAYLOAD`,
 * `x-amz-*` headers hoisted into signed query parameters, `SignedHeaders=host`).
 */
export async function createPresignedPutUrl(input: PresignedPutInput): Promise<string> {
  const origin = new URL(input.storeOrigin)
  const path = `/${escapeUri(input.bucket)}/${input.key.split('/').map(escapeUri).join('/')}`
  const headers: Record<string, string> = {
    host: origin.host,
    'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD',
  }
  for (const [name, value] of Object.entries(input.metadata)) headers[`x-amz-meta-${name}`] = value
  if (input.pinChecksum) {
    headers['x-amz-checksum-crc32'] = EMPTY_CRC32
    headers['x-amz-sdk-checksum-algorithm'] = 'CRC32'
  }
  const signer = signerFor(input.accessKeyId, input.secretAccessKey, input.region, 's3')
  const presigned = await signer.presign(
    new HttpRequest({
      method: 'PUT',
      protocol: origin.protocol,
      hostname: origin.hostname,
      port: Number(origin.port),
      path,
      query: { 'x-id': 'PutObject' },
      headers,
    }),
    {
      expiresIn: input.expiresSeconds,
      unsignableHeaders: new Set(['content-type']),
      ...(input.signingDate === undefined ? {} : { signingDate: input.signingDate }),
    },
  )
  const query = Object.entries(presigned.query ?? {})
    .flatMap(([name, value]) =>
      value === null ? [] : (Array.isArray(value) ? value : [value]).map((item) => `${escapeUri(name)}=${escapeUri(item)}`),
    )
    .sort()
    .join('&')
  return `${origin.origin}${path}?${query}`
}
