import { fetchUpstream, UpstreamFailure } from '../../internal/fetchUpstream.ts'
import { rpcCanonicalQuery, rpcPercentEncode, signRpcRequest } from './signRpcRequest.ts'

/** What one VOD call came back with. */
export type VodReply =
  | { readonly kind: 'answer'; readonly status: number; readonly body: Readonly<Record<string, unknown>> | undefined }
  | { readonly kind: 'unavailable'; readonly attempts: number; readonly reason: string }

/** Calls one VOD action; the AccessKey is applied inside. */
export type VodClient = (action: string, params: Readonly<Record<string, string>>, signal: AbortSignal) => Promise<VodReply>

/** What {@link createVodClient} needs. */
export interface VodClientOptions {
  readonly accessKeyId: string
  readonly accessKeySecret: string
  readonly securityToken?: string | undefined
  /** API origin (and optional path), no trailing slash. */
  readonly endpoint: string
  readonly timeoutMs: number
  readonly retries: number
  readonly backoffMs: number
  readonly fetch: typeof globalThis.fetch
  /** Clock, for tests. */
  readonly now?: () => Date
}

/** VOD's API version. */
export const VOD_API_VERSION = '2017-03-21'

/**
 * An RPC client for VOD: each attempt is a `GET {endpoint}/?…` signed anew
 * (fresh `SignatureNonce` and `Timestamp`, so a retry is never refused as a
 * replay), under the server's one retry policy ({@link fetchUpstream}: 5xx,
 * 429, network errors and timeouts retried with capped, jittered backoff);
 * anything else is returned as VOD answered it.
 *
 * @example
 * ```ts
 * const vod = createVodClient({ accessKeyId, accessKeySecret, endpoint: 'https://vod.cn-shanghai.aliyuncs.com', timeoutMs: 10_000, retries: 2, backoffMs: 200, fetch })
 * const reply = await vod('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' }, signal)
 * ```
 */
export function createVodClient(options: VodClientOptions): VodClient {
  const now = options.now ?? (() => new Date())
  const signedUrl = async (action: string, params: Readonly<Record<string, string>>): Promise<string> => {
    const query: Record<string, string> = {
      ...params,
      Action: action,
      Format: 'JSON',
      Version: VOD_API_VERSION,
      AccessKeyId: options.accessKeyId,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: crypto.randomUUID(),
      Timestamp: now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
    if (options.securityToken) query.SecurityToken = options.securityToken
    const signature = await signRpcRequest('GET', query, options.accessKeySecret)
    return `${options.endpoint}/?${rpcCanonicalQuery(query)}&Signature=${rpcPercentEncode(signature)}`
  }
  return async (action, params, signal) => {
    let attempts = 1
    try {
      const response = await fetchUpstream(() => signedUrl(action, params), { headers: { accept: 'application/json' } }, {
        fetch: options.fetch,
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        backoffMs: options.backoffMs,
        signal,
        onRetry: (n) => (attempts = n),
      })
      return { kind: 'answer', status: response.status, body: await readJsonObject(response) }
    } catch (error) {
      if (!(error instanceof UpstreamFailure) || error.reason === 'aborted') throw signal.aborted ? signal.reason : error
      return { kind: 'unavailable', attempts, reason: describeFailure(error, options.timeoutMs) }
    }
  }
}

function describeFailure(failure: UpstreamFailure, timeoutMs: number): string {
  if (failure.reason === 'http') return `HTTP ${failure.status}`
  if (failure.reason === 'timeout') return `timeout after ${timeoutMs} ms`
  return failure.code ? `network error (${failure.code})` : 'network error'
}

async function readJsonObject(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await response.text())
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    // The API reference shows JSON wrapped as {"<Action>Response": {...}}; the live API answers unwrapped.
    const keys = Object.keys(value)
    const only = keys.length === 1 ? (value as Record<string, unknown>)[keys[0] as string] : undefined
    return keys.length === 1 && keys[0]?.endsWith('Response') && typeof only === 'object' && only !== null
      ? (only as Record<string, unknown>)
      : (value as Record<string, unknown>)
  } catch {
    return undefined
  }
}
