import type { Clock } from '../../clock/Clock.ts'
import { imagexFailure, isExpiredToken } from './imagexFailure.ts'
import type { JimengToken, JimengTokens } from './jimengToken.ts'
import { vodCall } from './vodCall.ts'

/** An `ApplyUploadInner` answer, with the token it was made with. */
export interface AppliedVideoUpload {
  readonly token: JimengToken<'video'>
  /** `UploadNodes[0].Vid`. */
  readonly vid: string
  /** `StoreInfos[0].StoreUri`. */
  readonly uri: string
  /** `StoreInfos[0].Auth`, sent as-is to the upload host. */
  readonly auth: string
  /** `https://{UploadHost}` (the scheme of the VOD origin). */
  readonly host: string
  readonly sessionKey: string
}

interface ApplyInnerResult {
  InnerUploadAddress?: {
    UploadNodes?: { Vid?: string; UploadHost?: string; SessionKey?: string; StoreInfos?: { StoreUri?: string; Auth?: string }[] }[]
  }
}

/**
 * `ApplyUploadInner` (`FileType=video&IsInner=1&FileSize=…`, reference §2.6)
 * with the cached VOD token; when VOD says the token expired, the cache is
 * dropped and it runs once more with a new one.
 *
 * @example
 * ```ts
 * const applied = await applyVideoUpload(tokens, file.size, signal, clock)
 * ```
 */
export async function applyVideoUpload(tokens: JimengTokens<'video'>, size: number, signal: AbortSignal, clock: Clock, again = true): Promise<AppliedVideoUpload> {
  const token = await tokens.get()
  signal.throwIfAborted()
  try {
    const result = await vodCall<ApplyInnerResult>(token, { Action: 'ApplyUploadInner', FileType: 'video', IsInner: '1', FileSize: String(size) }, signal, clock)
    const node = result.InnerUploadAddress?.UploadNodes?.[0]
    const store = node?.StoreInfos?.[0]
    if (!node?.Vid || !node.UploadHost || !node.SessionKey || !store?.StoreUri || !store.Auth) throw imagexFailure('no upload address', undefined, undefined, 'InvalidAnswer')
    return { token, vid: node.Vid, uri: store.StoreUri, auth: store.Auth, host: `${new URL(token.vod).protocol}//${node.UploadHost}`, sessionKey: node.SessionKey }
  } catch (error) {
    if (!again || !isExpiredToken(error)) throw error
    tokens.drop(token)
    return applyVideoUpload(tokens, size, signal, clock, false)
  }
}
