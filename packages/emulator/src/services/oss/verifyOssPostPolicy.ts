import type { AccessKey } from '../../emulatorCredentials.ts'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'
import { OssError } from './OssError.ts'
import { ossV1Signature } from './ossV1Signature.ts'
import { ossV4SignString } from './ossV4Signature.ts'
import type { StsCredential } from './StsCredential.ts'
import type { StsCredentialStore } from './StsCredentialStore.ts'

/** A PostObject form to check against its policy. */
export interface OssPostPolicyInput {
  readonly bucket: string
  /** Form fields before the file, names lower-cased (first value wins). */
  readonly fields: ReadonlyMap<string, string>
  readonly fileName: string
  readonly fileSize: number
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  readonly credentials: StsCredentialStore
  readonly region: string
  readonly now: number
}

/** What a verified form stores. */
export interface VerifiedOssPost {
  /** Object key (`${filename}` replaced). */
  readonly key: string
  readonly sts: StsCredential | undefined
}

const denied = (message: string): OssError => new OssError(403, 'AccessDenied', `Invalid according to Policy: ${message}`)
const invalid = (message: string): OssError => new OssError(400, 'InvalidPolicyDocument', message)

/**
 * Checks a PostObject form as OSS does: the signature over the base64 `policy` — V1
 * (`OSSAccessKeyId`, `Signature` = base64 HMAC-SHA1) or V4 (`x-oss-signature-version`,
 * `x-oss-credential`, `x-oss-date`, `x-oss-signature` = hex V4 HMAC, those three also required
 * as policy conditions) — the STS `x-oss-security-token`, the policy's `expiration`, and its
 * conditions (`{field: value}`, `["eq"|"starts-with", "$field", value]`, `["in", "$field", [..]]`,
 * `["content-length-range", min, max]`). Unlike S3, fields no condition names are allowed.
 *
 * @example
 * ```ts
 * const { key } = verifyOssPostPolicy({ bucket, fields, fileName, fileSize, accessKeys, credentials, region: 'cn-shanghai', now: Date.now() })
 * ```
 */
export function verifyOssPostPolicy(input: OssPostPolicyInput): VerifiedOssPost {
  const { fields } = input
  const rawKey = fields.get('key')
  if (!rawKey) throw new OssError(400, 'InvalidArgument', 'Bucket POST must contain a field named key.', { ArgumentName: 'key' })
  const policy = fields.get('policy')
  if (policy === undefined) throw new OssError(403, 'AccessDenied', 'Anonymous user has no right to access this bucket.')
  const v4 = fields.get('x-oss-signature-version')
  const token = fields.get('x-oss-security-token')
  const claim = v4 === undefined ? v1Claim(fields) : v4Claim(fields, v4, input.region)
  const sts = input.credentials.get(claim.accessKeyId)
  let secret: string
  if (sts !== undefined) {
    if (token === undefined) throw new OssError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', {}, '0002-00000002')
    if (!safeEqual(token, sts.securityToken)) throw new OssError(403, 'InvalidSecurityToken', 'The security token you provided is invalid.', {}, '0002-00000006')
    if (input.now >= sts.expiresAt) throw new OssError(403, 'SecurityTokenExpired', 'The security token you provided has expired.', {}, '0002-00000007')
    secret = sts.accessKeySecret
  } else {
    const key = input.accessKeys.get(claim.accessKeyId)
    if (key === undefined || token !== undefined) throw new OssError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', {}, '0002-00000902')
    secret = key.secretAccessKey
  }
  const expected = claim.day === undefined ? ossV1Signature(secret, policy) : ossV4SignString(secret, claim.day, input.region, policy)
  if (!safeEqual(expected, claim.signature)) {
    throw new OssError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', { StringToSign: policy })
  }
  const document = decode(policy)
  const expiresAt = typeof document.expiration === 'string' ? Date.parse(document.expiration) : Number.NaN
  if (Number.isNaN(expiresAt)) throw invalid('Invalid Policy: expiration is missing or not an ISO 8601 time.')
  if (!Array.isArray(document.conditions)) throw invalid('Invalid Policy: conditions is missing.')
  if (input.now > expiresAt) throw denied('Policy expired.')
  const valueOf = (name: string): string => (name === 'bucket' ? input.bucket : (fields.get(name) ?? ''))
  const named = new Set<string>()
  for (const condition of document.conditions as unknown[]) {
    const failed = (): OssError => denied(`Policy Condition failed: ${JSON.stringify(condition)}`)
    if (Array.isArray(condition) && condition[0] === 'content-length-range') {
      const [, min, max] = condition as [string, unknown, unknown]
      if (typeof min !== 'number' || typeof max !== 'number') throw invalid(`Invalid Policy: ${JSON.stringify(condition)}`)
      if (input.fileSize > max) throw new OssError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.', { ProposedSize: String(input.fileSize), MaxSizeAllowed: String(max) })
      if (input.fileSize < min) throw new OssError(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.', { ProposedSize: String(input.fileSize), MinSizeAllowed: String(min) })
      continue
    }
    const [op, field, expectedValue] = Array.isArray(condition)
      ? (condition as unknown[])
      : typeof condition === 'object' && condition !== null && Object.keys(condition).length === 1
        ? ['eq', `$${Object.keys(condition)[0]}`, Object.values(condition)[0]]
        : []
    if (typeof field !== 'string' || !field.startsWith('$')) throw invalid(`Invalid Policy: ${JSON.stringify(condition)}`)
    const name = field.slice(1).toLowerCase()
    named.add(name)
    const actual = valueOf(name)
    const ok =
      op === 'eq' ? actual === expectedValue
      : op === 'starts-with' ? typeof expectedValue === 'string' && actual.startsWith(expectedValue)
      : op === 'in' ? Array.isArray(expectedValue) && expectedValue.includes(actual)
      : op === 'not-in' ? Array.isArray(expectedValue) && !expectedValue.includes(actual)
      : undefined
    if (ok === undefined) throw invalid(`Invalid Policy: unknown condition ${JSON.stringify(condition)}`)
    if (!ok) throw failed()
  }
  if (claim.day !== undefined) {
    for (const name of ['x-oss-signature-version', 'x-oss-credential', 'x-oss-date', ...(token === undefined ? [] : ['x-oss-security-token'])]) {
      if (!named.has(name)) throw denied(`Policy must contain a condition on ${name}.`)
    }
  }
  const key = rawKey.split('${filename}').join(input.fileName)
  if (sts !== undefined && (sts.bucket !== input.bucket || sts.key !== key)) {
    throw new OssError(403, 'AccessDenied', 'You have no right to access this object: the security token is scoped to another object.')
  }
  return { key, sts }
}

interface Claim {
  readonly accessKeyId: string
  readonly signature: string
  /** V4 scope date; `undefined` for V1. */
  readonly day: string | undefined
}

function v1Claim(fields: ReadonlyMap<string, string>): Claim {
  const accessKeyId = fields.get('ossaccesskeyid')
  const signature = fields.get('signature')
  if (!accessKeyId || !signature) throw new OssError(403, 'AccessDenied', 'OSSAccessKeyId and Signature are required with a policy.')
  return { accessKeyId, signature, day: undefined }
}

function v4Claim(fields: ReadonlyMap<string, string>, version: string, region: string): Claim {
  if (version !== 'OSS4-HMAC-SHA256') throw new OssError(400, 'InvalidArgument', `Unsupported x-oss-signature-version: ${version}.`)
  const [accessKeyId, day, scopeRegion, product, terminal] = (fields.get('x-oss-credential') ?? '').split('/')
  const date = fields.get('x-oss-date') ?? ''
  const signature = fields.get('x-oss-signature') ?? ''
  if (!accessKeyId || !day || product !== 'oss' || terminal !== 'aliyun_v4_request' || !/^[0-9a-f]{64}$/.test(signature)) {
    throw new OssError(400, 'InvalidArgument', 'x-oss-credential or x-oss-signature is malformed.')
  }
  if (scopeRegion !== region) throw new OssError(400, 'InvalidArgument', `Invalid signing region in x-oss-credential: expected ${region}.`)
  if (date.slice(0, 8) !== day) throw new OssError(400, 'InvalidArgument', 'x-oss-date does not match the date of x-oss-credential.')
  return { accessKeyId, signature, day }
}

function decode(policy: string): { expiration?: unknown; conditions?: unknown } {
  try {
    const value: unknown = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'))
    if (typeof value === 'object' && value !== null) return value as { expiration?: unknown; conditions?: unknown }
  } catch {}
  throw invalid('Invalid Policy: the policy is not base64-encoded JSON.')
}
