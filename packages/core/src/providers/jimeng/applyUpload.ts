import type { Clock } from '../../clock/Clock.ts'
import { imagexCall } from './imagexCall.ts'
import { imagexFailure, isExpiredToken } from './imagexFailure.ts'
import type { JimengToken, JimengTokens } from './jimengToken.ts'

/** An `ApplyImageUpload` answer, with the token it was made with. */
export interface AppliedUpload {
  readonly token: JimengToken<'image'>
  /** `StoreInfos[0].StoreUri`. */
  readonly uri: string
  /** `StoreInfos[0].Auth`, sent as-is to the upload host. */
  readonly auth: string
  /** `https://{UploadHosts[0]}` (the scheme of the ImageX origin). */
  readonly host: string
  readonly sessionKey: string
}

interface ApplyResult {
  UploadAddress?: { StoreInfos?: { StoreUri?: string; Auth?: string }[]; UploadHosts?: string[]; SessionKey?: string }
}

/**
 * `ApplyImageUpload` for `size` bytes with the cached STS token; when ImageX
 * says the token expired, the cache is dropped and it runs once more with a new one.
 */
export async function applyUpload(tokens: JimengTokens<'image'>, size: number, signal: AbortSignal, clock: Clock, again = true): Promise<AppliedUpload> {
  const token = await tokens.get()
  signal.throwIfAborted()
  try {
    const { UploadAddress: a } = await imagexCall<ApplyResult>(token, { Action: 'ApplyImageUpload', FileSize: String(size) }, signal, clock)
    const store = a?.StoreInfos?.[0]
    const host = a?.UploadHosts?.[0]
    if (!store?.StoreUri || !store.Auth || !host || !a?.SessionKey) throw imagexFailure('no upload address', undefined, undefined, 'InvalidAnswer')
    return { token, uri: store.StoreUri, auth: store.Auth, host: `${new URL(token.imagex).protocol}//${host}`, sessionKey: a.SessionKey }
  } catch (error) {
    if (!again || !isExpiredToken(error)) throw error
    tokens.drop(token)
    return applyUpload(tokens, size, signal, clock, false)
  }
}
