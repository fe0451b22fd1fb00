import type { IncomingHttpHeaders } from 'node:http'
import { HttpRequest } from '@smithy/protocol-http'
import { signerFor } from './signerFor.ts'
import type { QueryList } from '../QueryList.ts'
import { PRESIGN_PARAMS, type SigV4Auth } from './SigV4Auth.ts'
import { signWithDateHeader } from './signWithDateHeader.ts'

/** What {@link computeSignature} re-signs. */
export interface SignatureInput {
  readonly auth: SigV4Auth
  readonly secretAccessKey: string
  readonly method: string
  /** Canonical URI (already encoded once). */
  readonly canonicalPath: string
  readonly query: QueryList
  readonly headers: IncomingHttpHeaders
}

const PAYLOAD_HASH_HEADER = 'x-amz-content-sha256'

/**
 * Re-signs the request the way the client must have, with `@smithy/signature-v4` (the
 * AWS SDK's own signer), and returns the hex signature it produces.
 */
export async function computeSignature(input: SignatureInput): Promise<string> {
  const { auth } = input
  const signer = signerFor(auth.accessKeyId, input.secretAccessKey, auth.region, auth.service)
  const signed = new Set(auth.signedHeaders)
  const headers: Record<string, string> = {}
  for (const name of signed) {
    const value = headerValue(input.headers, name)
    if (value !== undefined) headers[name] = value
  }
  // The payload hash travels in this header for the signer; it is signed only if the client signed it.
  if (headers[PAYLOAD_HASH_HEADER] === undefined) headers[PAYLOAD_HASH_HEADER] = auth.payloadHash
  // The signer adds x-amz-date itself; a client that signed `Date` instead did not sign it.
  const unsignable = new Set([PAYLOAD_HASH_HEADER, 'x-amz-date'].filter((name) => !signed.has(name)))
  const request = new HttpRequest({
    method: input.method,
    protocol: 'http:',
    hostname: 'emulator',
    path: input.canonicalPath,
    query: queryBag(input.query, auth.kind === 'query' ? PRESIGN_PARAMS : []),
    headers,
  })
  if (auth.kind === 'query') {
    const presigned = await signer.presign(request, {
      signingDate: auth.signingDate,
      expiresIn: auth.expiresSeconds ?? 0,
      signingRegion: auth.region,
      signingService: auth.service,
      signableHeaders: signed,
      unsignableHeaders: unsignable,
      // Every header stays a header: the client already chose what went into the query.
      unhoistableHeaders: new Set(Object.keys(headers)),
    })
    const signature = presigned.query?.['X-Amz-Signature']
    return typeof signature === 'string' ? signature : ''
  }
  if (signed.has('date') && !signed.has('x-amz-date')) {
    return signWithDateHeader(request, { accessKeyId: auth.accessKeyId, secretAccessKey: input.secretAccessKey }, auth.amzDate, auth.region, auth.service, signed, auth.payloadHash)
  }
  const signedRequest = await signer.sign(request, {
    signingDate: auth.signingDate,
    signingRegion: auth.region,
    signingService: auth.service,
    signableHeaders: signed,
    unsignableHeaders: unsignable,
  })
  const authorization = signedRequest.headers.authorization ?? ''
  return /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? ''
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  if (value === undefined) return undefined
  return Array.isArray(value) ? value.join(',') : value
}

function queryBag(query: QueryList, skip: readonly string[]): Record<string, string | string[]> {
  const bag: Record<string, string | string[]> = {}
  for (const [name, value] of query) {
    if (skip.includes(name)) continue
    const seen = bag[name]
    if (seen === undefined) bag[name] = value
    else bag[name] = Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return bag
}
