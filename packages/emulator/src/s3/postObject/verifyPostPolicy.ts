import type { S3Flavour } from '../../config/EmulatorConfig.ts'
import type { AccessKey } from '../../emulatorCredentials.ts'
import { S3Error } from '../S3Error.ts'
import { parseAmzDate } from '../sigv4/parseAmzDate.ts'
import { safeEqual } from '../sigv4/safeEqual.ts'
import { SIGV4_ALGORITHM } from '../sigv4/SigV4Auth.ts'
import { signPolicy } from '../sigv4/signPolicy.ts'

/** A POST form to check against its policy. */
export interface PostPolicyInput {
  /** Bucket from the URL path. */
  readonly bucket: string
  /** Form fields before the file (names as sent). */
  readonly fields: readonly (readonly [name: string, value: string])[]
  /** The uploaded file's name and size. */
  readonly file: { readonly filename: string; readonly size: number }
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  /** The store's region (`auto`). */
  readonly region: string
  readonly flavour: S3Flavour
  /** Defaults to the current time. */
  readonly now?: Date
}

/** What a verified POST stores. */
export interface VerifiedPost {
  /** Object key (`${filename}` replaced by the file's name). */
  readonly key: string
  /** The `Content-Type` field, if any. */
  readonly contentType: string | undefined
  /** `x-amz-meta-*` fields, names lower-case without the prefix. */
  readonly metadata: Readonly<Record<string, string>>
  /** `success_action_status` (200, 201 or 204; default 204). */
  readonly successStatus: 200 | 201 | 204
}

/** Fields that never need a policy condition. */
const EXEMPT = new Set(['policy', 'x-amz-signature', 'file'])

const denied = (message: string): S3Error => new S3Error(403, 'AccessDenied', `Invalid according to Policy: ${message}`)
const invalidPolicy = (message: string): S3Error => new S3Error(400, 'InvalidPolicyDocument', `Invalid Policy: ${message}`)
const missingField = (name: string): S3Error =>
  new S3Error(400, 'InvalidArgument', `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`, {
    ArgumentName: name,
    ArgumentValue: '',
  })

/**
 * Checks a browser-based POST upload the way S3 does (SigV4 POST policy): the
 * `x-amz-*` fields and the signature over the base64 policy, the policy's
 * expiration, every condition (`{field: value}`, `["eq"|"starts-with", "$field", value]`,
 * `["content-length-range", min, max]`), and that every field is covered by a condition.
 * Field names match case-insensitively. Throws the `S3Error` S3 would answer.
 */
export async function verifyPostPolicy(input: PostPolicyInput): Promise<VerifiedPost> {
  const now = input.now ?? new Date()
  const fields = new Map<string, string>()
  for (const [name, value] of input.fields) {
    const lower = name.toLowerCase()
    if (!fields.has(lower)) fields.set(lower, value)
  }
  const rawKey = fields.get('key')
  if (rawKey === undefined || rawKey === '') throw missingField('key')

  const policy = fields.get('policy')
  if (policy === undefined) throw new S3Error(403, 'AccessDenied', 'Access Denied')
  const algorithm = fields.get('x-amz-algorithm')
  if (algorithm === undefined) throw missingField('x-amz-algorithm')
  if (algorithm !== SIGV4_ALGORITHM) {
    throw new S3Error(400, 'InvalidArgument', `X-Amz-Algorithm only supports "${SIGV4_ALGORITHM}"`, { ArgumentName: 'x-amz-algorithm', ArgumentValue: algorithm })
  }
  const credential = fields.get('x-amz-credential')
  if (credential === undefined) throw missingField('x-amz-credential')
  const amzDate = fields.get('x-amz-date')
  if (amzDate === undefined) throw missingField('x-amz-date')
  const signature = fields.get('x-amz-signature')
  if (signature === undefined) throw missingField('x-amz-signature')
  if (fields.has('x-amz-security-token')) throw new S3Error(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.')

  const parts = credential.split('/')
  if (parts.length !== 5 || parts[0] === '') {
    throw new S3Error(400, 'InvalidArgument', 'Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".', {
      ArgumentName: 'x-amz-credential',
      ArgumentValue: credential,
    })
  }
  const [accessKeyId, shortDate, region, service, terminator] = parts as [string, string, string, string, string]
  const key = input.accessKeys.get(accessKeyId)
  if (key === undefined) {
    throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: accessKeyId })
  }
  const scopeError = (detail: string): S3Error =>
    new S3Error(400, 'InvalidArgument', `Error parsing the X-Amz-Credential parameter; ${detail}`, { ArgumentName: 'x-amz-credential', ArgumentValue: credential })
  if (!acceptsRegion(input.flavour, input.region, region)) throw scopeError(`the region '${region}' is wrong; expecting '${input.region}'`)
  if (service !== 's3') throw scopeError(`incorrect service "${service}". This endpoint belongs to "s3".`)
  if (terminator !== 'aws4_request') throw scopeError(`incorrect terminal "${terminator}". This endpoint uses "aws4_request".`)
  if (parseAmzDate(amzDate) === undefined) {
    throw new S3Error(400, 'InvalidArgument', "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"", { ArgumentName: 'x-amz-date', ArgumentValue: amzDate })
  }
  if (amzDate.slice(0, 8) !== shortDate) throw scopeError(`Invalid credential date "${shortDate}". This date is not the same as X-Amz-Date: "${amzDate.slice(0, 8)}".`)

  const expected = await signPolicy({ accessKeyId, secretAccessKey: key.secretAccessKey, shortDate, region, service, policy })
  if (!safeEqual(expected, signature)) {
    throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      AWSAccessKeyId: accessKeyId,
      StringToSign: policy,
    })
  }

  const document = decodePolicy(policy)
  const expiration = document.expiration
  if (expiration === undefined) throw invalidPolicy('Policy missing expiration.')
  const expiresAt = typeof expiration === 'string' ? Date.parse(expiration) : Number.NaN
  if (Number.isNaN(expiresAt)) throw invalidPolicy(`Invalid 'expiration' value: '${String(expiration)}'`)
  if (!Array.isArray(document.conditions)) throw invalidPolicy('Policy missing conditions.')
  if (now.getTime() > expiresAt) throw denied('Policy expired.')

  const valueOf = (name: string): string => (name === 'bucket' ? input.bucket : (fields.get(name) ?? ''))
  const covered = new Set<string>()
  let range: { min: number; max: number } | undefined
  for (const condition of document.conditions as unknown[]) {
    const check = parseCondition(condition)
    if (check.kind === 'range') {
      range = { min: Math.max(range?.min ?? 0, check.min), max: Math.min(range?.max ?? Number.POSITIVE_INFINITY, check.max) }
      continue
    }
    covered.add(check.field)
    const actual = valueOf(check.field)
    const ok = check.kind === 'eq' ? actual === check.value : actual.startsWith(check.value)
    if (!ok) throw denied(`Policy Condition failed: ${JSON.stringify(condition)}`)
  }
  for (const name of fields.keys()) {
    if (EXEMPT.has(name) || name.startsWith('x-ignore-') || covered.has(name)) continue
    throw denied(`Extra input fields: ${name}`)
  }
  if (range !== undefined) {
    if (input.file.size > range.max) {
      throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
        ProposedSize: String(input.file.size),
        MaxSizeAllowed: String(range.max),
      })
    }
    if (input.file.size < range.min) {
      throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', {
        ProposedSize: String(input.file.size),
        MinSizeAllowed: String(range.min),
      })
    }
  }

  const metadata: Record<string, string> = {}
  for (const [name, value] of fields) {
    if (name.startsWith('x-amz-meta-') && name.length > 'x-amz-meta-'.length) metadata[name.slice('x-amz-meta-'.length)] = value
  }
  const status = fields.get('success_action_status')
  return {
    key: rawKey.split('${filename}').join(input.file.filename),
    contentType: fields.get('content-type'),
    metadata,
    successStatus: status === '200' ? 200 : status === '201' ? 201 : 204,
  }
}

type Condition =
  | { readonly kind: 'eq' | 'starts-with'; readonly field: string; readonly value: string }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }

function parseCondition(condition: unknown): Condition {
  const bad = (): S3Error => invalidPolicy(`Invalid Condition: ${JSON.stringify(condition)}`)
  if (Array.isArray(condition)) {
    const [operator, first, second] = condition as unknown[]
    if (typeof operator !== 'string' || condition.length !== 3) throw bad()
    const op = operator.toLowerCase()
    if (op === 'content-length-range') {
      const min = integer(first)
      const max = integer(second)
      if (min === undefined || max === undefined) throw bad()
      return { kind: 'range', min, max }
    }
    if ((op === 'eq' || op === 'starts-with') && typeof first === 'string' && first.startsWith('$') && typeof second === 'string') {
      return { kind: op, field: first.slice(1).toLowerCase(), value: second }
    }
    throw bad()
  }
  if (typeof condition === 'object' && condition !== null) {
    const entries = Object.entries(condition)
    const [entry] = entries
    if (entries.length !== 1 || entry === undefined || typeof entry[1] !== 'string') throw bad()
    return { kind: 'eq', field: entry[0].toLowerCase(), value: entry[1] }
  }
  throw bad()
}

function integer(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined
}

function decodePolicy(policy: string): { expiration?: unknown; conditions?: unknown } {
  try {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(policy)) throw new Error('not base64')
    const value: unknown = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object')
    return value as { expiration?: unknown; conditions?: unknown }
  } catch {
    throw invalidPolicy('Invalid JSON.')
  }
}

function acceptsRegion(flavour: S3Flavour, expected: string, given: string): boolean {
  if (given === expected) return true
  // R2 treats `us-east-1` and an empty region as aliases of `auto`.
  return flavour === 'r2' && expected === 'auto' && (given === 'us-east-1' || given === '')
}
