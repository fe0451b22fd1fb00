import type { AccessKey } from '../../emulatorCredentials.ts'
import { verifyRpcSignature } from './verifyRpcSignature.ts'
import { VodError } from './VodError.ts'

/** VOD's API version. */
export const VOD_VERSION = '2017-03-21'

const MAX_SKEW_MS = 15 * 60 * 1000
const REQUIRED = ['Action', 'Version', 'AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp']

/** What {@link authenticateRpc} checks. */
export interface RpcAuthInput {
  readonly method: string
  readonly params: ReadonlyMap<string, string>
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  /** Nonce → forget-after (epoch ms); updated in place. */
  readonly nonces: Map<string, number>
  readonly now: number
}

/**
 * Checks an Alibaba Cloud RPC request the way the API gateway does and
 * throws the documented error: `MissingParameter`, `IncompleteSignature`,
 * `InvalidTimeStamp.Format` / `.Expired` (±15 min), `InvalidAccessKeyId.NotFound`
 * (404), `SignatureDoesNotMatch`, `SignatureNonceUsed`, `InvalidVersion`.
 */
export function authenticateRpc(input: RpcAuthInput): void {
  const { params, now } = input
  for (const name of REQUIRED) {
    if (!params.get(name)) {
      throw new VodError(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`)
    }
  }
  if (params.get('SignatureMethod') !== 'HMAC-SHA1' || params.get('SignatureVersion') !== '1.0') {
    throw new VodError(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.')
  }
  const timestamp = params.get('Timestamp') as string
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    throw new VodError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.')
  }
  if (Math.abs(Date.parse(timestamp) - now) > MAX_SKEW_MS) {
    throw new VodError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
  }
  const key = input.accessKeys.get(params.get('AccessKeyId') as string)
  if (key === undefined) throw new VodError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
  if (!verifyRpcSignature(input.method, params, key.secretAccessKey, params.get('Signature') as string)) {
    throw new VodError(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.')
  }
  for (const [nonce, until] of input.nonces) if (until < now) input.nonces.delete(nonce)
  const nonce = params.get('SignatureNonce') as string
  if (input.nonces.has(nonce)) throw new VodError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
  input.nonces.set(nonce, now + 2 * MAX_SKEW_MS)
  if (params.get('Version') !== VOD_VERSION) throw new VodError(400, 'InvalidVersion', 'Specified parameter Version is not valid.')
}
