import { createHash, createHmac } from 'node:crypto'
import { Hash } from '@smithy/hash-node'
import type { HttpRequest } from '@smithy/protocol-http'
import { createScope, getCanonicalHeaders, getCanonicalQuery, getSigningKey } from '@smithy/signature-v4'

/**
 * The SigV4 header signature of a request that signed the `Date` header instead of
 * `x-amz-date` (S3 accepts either). `SignatureV4.sign` cannot re-sign it — it drops `Date` as a
 * header it generates itself — so the canonical request is assembled here from smithy's own
 * canonicalization parts (headers, query, scope, signing key).
 *
 * @example
 * ```ts
 * const hex = await signWithDateHeader(request, { accessKeyId, secretAccessKey }, '20250101T000000Z', 'auto', 's3', signed, payloadHash)
 * ```
 */
export async function signWithDateHeader(
  request: HttpRequest,
  credentials: { readonly accessKeyId: string; readonly secretAccessKey: string },
  amzDate: string,
  region: string,
  service: string,
  signedHeaders: ReadonlySet<string>,
  payloadHash: string,
): Promise<string> {
  const headers = getCanonicalHeaders(request, new Set(Object.keys(request.headers).filter((name) => !signedHeaders.has(name.toLowerCase()))), signedHeaders as Set<string>)
  const names = Object.keys(headers).sort()
  const canonicalRequest = [
    request.method,
    request.path,
    getCanonicalQuery(request),
    `${names.map((name) => `${name}:${headers[name]}`).join('\n')}\n`,
    names.join(';'),
    payloadHash,
  ].join('\n')
  const shortDate = amzDate.slice(0, 8)
  const scope = createScope(shortDate, region, service)
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')}`
  const key = await getSigningKey(Hash.bind(null, 'sha256'), { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }, shortDate, region, service)
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex')
}
