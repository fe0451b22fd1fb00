import { S3Error } from '../S3Error.ts'
import { queryValue, type QueryList } from '../QueryList.ts'
import { parseAmzDate } from './parseAmzDate.ts'
import { MAX_PRESIGN_EXPIRES_SECONDS, SIGV4_ALGORITHM, type SigV4Auth } from './SigV4Auth.ts'

const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD'

function queryError(message: string, details: Record<string, string> = {}): S3Error {
  return new S3Error(400, 'AuthorizationQueryParametersError', message, details)
}

/** Reads the SigV4 parameters of a presigned URL. Throws `S3Error` (400) when malformed. */
export function parseQueryAuth(query: QueryList): SigV4Auth {
  const algorithm = queryValue(query, 'X-Amz-Algorithm')
  const credential = queryValue(query, 'X-Amz-Credential')
  const amzDate = queryValue(query, 'X-Amz-Date')
  const expires = queryValue(query, 'X-Amz-Expires')
  const signedHeaders = queryValue(query, 'X-Amz-SignedHeaders')
  const signature = queryValue(query, 'X-Amz-Signature')
  if (
    algorithm === undefined ||
    credential === undefined ||
    amzDate === undefined ||
    expires === undefined ||
    signedHeaders === undefined ||
    signature === undefined
  ) {
    throw queryError(
      'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
    )
  }
  if (algorithm !== SIGV4_ALGORITHM) throw queryError(`X-Amz-Algorithm only supports "${SIGV4_ALGORITHM}"`)
  const parts = credential.split('/')
  if (parts.length !== 5 || parts[0] === '') {
    throw queryError(
      'Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
    )
  }
  const [accessKeyId, scopeDate, region, service, terminator] = parts as [string, string, string, string, string]
  const signingDate = parseAmzDate(amzDate)
  if (signingDate === undefined) throw queryError('X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd\'T\'HHmmss\'Z\'"')
  if (!/^\d+$/.test(expires)) throw queryError('X-Amz-Expires should be a number')
  const expiresSeconds = Number(expires)
  if (expiresSeconds > MAX_PRESIGN_EXPIRES_SECONDS) {
    throw queryError(`X-Amz-Expires must be less than a week (in seconds) that is ${MAX_PRESIGN_EXPIRES_SECONDS}`)
  }
  const declaredHash = query.find(([name]) => name.toLowerCase() === 'x-amz-content-sha256')?.[1]
  return {
    kind: 'query',
    accessKeyId,
    scopeDate,
    region,
    service,
    terminator,
    amzDate,
    signingDate,
    signedHeaders: signedHeaders.split(';').map((name) => name.toLowerCase()),
    signature,
    expiresSeconds,
    payloadHash: declaredHash ?? UNSIGNED_PAYLOAD,
  }
}
