import { anySignal } from '../../internal/anySignal.ts'
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
 * replay). 5xx answers, network errors and timeouts are retried with
 * exponential backoff; anything else is returned as VOD answered it.
 *
 * @example
 * ```ts
 * const vod = createVodClient({ accessKeyId, accessKeySecret, endpoint: 'https://vod.cn-shanghai.aliyuncs.com', timeoutMs: 10_000, retries: 2, backoffMs: 200, fetch })
 * const reply = await vod('CreateUploadImage', { ImageType: 'default', ImageExt: 'png' }, signal)
 * ```
 */
export function createVodClient(options: VodClientOptions): VodClient {
  const now = options.now ?? (() => new Date())
  return async (action, params, signal) => {
    let reason = 'network error'
    for (let attempt = 1; ; attempt++) {
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
      const url = `${options.endpoint}/?${rpcCanonicalQuery(query)}&Signature=${rpcPercentEncode(signature)}`
      try {
        const response = await options.fetch(url, {
          headers: { accept: 'application/json' },
          redirect: 'error',
          signal: anySignal([signal, AbortSignal.timeout(options.timeoutMs)]),
        })
        const body = await readJsonObject(response)
        if (response.status < 500) return { kind: 'answer', status: response.status, body }
        reason = `HTTP ${response.status}${typeof body?.Code === 'string' ? ` ${body.Code}` : ''}`
      } catch (error) {
        if (signal.aborted) throw error
        reason = error instanceof DOMException && error.name === 'TimeoutError' ? `timeout after ${options.timeoutMs} ms` : networkReason(error)
      }
      if (attempt > options.retries) return { kind: 'unavailable', attempts: attempt, reason }
      await sleep(options.backoffMs * 2 ** (attempt - 1), signal)
    }
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined
  return code ? `network error (${code})` : 'network error'
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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
