import type { IncomingHttpHeaders } from 'node:http'
import { S3Error } from '../S3Error.ts'
import { parseAmzDate } from './parseAmzDate.ts'
import { SIGV4_ALGORITHM, type SigV4Auth } from './SigV4Auth.ts'

const PAYLOAD_HASH = /^([0-9a-f]{64}|UNSIGNED-PAYLOAD|STREAMING-[A-Z0-9-]+)$/

function malformed(detail: string): S3Error {
  return new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; ${detail}`)
}

/**
 * Reads an `Authorization: AWS4-HMAC-SHA256 …` header. The request time is `x-amz-date`, or the
 * `Date` header when there is none (as S3 accepts; the StringToSign then carries it in ISO 8601
 * basic form). Throws `S3Error` when malformed.
 */
export function parseHeaderAuth(authorization: string, headers: IncomingHttpHeaders): SigV4Auth {
  const space = authorization.indexOf(' ')
  const algorithm = space === -1 ? authorization : authorization.slice(0, space)
  if (algorithm !== SIGV4_ALGORITHM) {
    throw new S3Error(
      400,
      'InvalidArgument',
      `Unsupported Authorization Type. The authorization mechanism you have provided is not supported. Please use ${SIGV4_ALGORITHM}.`,
    )
  }
  const fields = new Map<string, string>()
  for (const part of authorization.slice(space + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq !== -1) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const credential = fields.get('Credential')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (credential === undefined) throw malformed('missing Credential.')
  if (signedHeaders === undefined) throw malformed('missing SignedHeaders.')
  if (signature === undefined) throw malformed('missing Signature.')
  const parts = credential.split('/')
  if (parts.length !== 5 || parts[0] === '') {
    throw malformed('the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".')
  }
  const [accessKeyId, scopeDate, region, service, terminator] = parts as [string, string, string, string, string]
  const amzDate = typeof headers['x-amz-date'] === 'string' ? headers['x-amz-date'] : basicIsoOf(headers.date)
  const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate)
  if (amzDate === undefined || signingDate === undefined) {
    throw new S3Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header')
  }
  const payloadHash = headers['x-amz-content-sha256']
  if (typeof payloadHash !== 'string') {
    throw new S3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256')
  }
  if (!PAYLOAD_HASH.test(payloadHash)) {
    throw new S3Error(
      400,
      'InvalidArgument',
      'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value.',
    )
  }
  return {
    kind: 'header',
    accessKeyId,
    scopeDate,
    region,
    service,
    terminator,
    amzDate,
    signingDate,
    signedHeaders: signedHeaders.split(';').map((name) => name.toLowerCase()),
    signature,
    payloadHash,
  }
}

/** `Date: Wed, 28 Dec 2022 10:27:41 GMT` → `20221228T102741Z`, or `undefined`. */
function basicIsoOf(date: string | undefined): string | undefined {
  const time = date === undefined ? Number.NaN : Date.parse(date)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/[:-]|\.\d{3}/g, '')
}
