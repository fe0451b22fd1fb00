import type { KyInstance } from 'ky'
import { imagexFailure } from './imagexCall.ts'

/** ImageX STS credentials from the app server (`POST {endpoint}` → `{code:0, data}`). Memory only. */
export interface JimengToken {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly serviceId: string
  /** ImageX OpenAPI origin. */
  readonly imagex: string
  /** SigV4 region. */
  readonly region: string
  /** Epoch ms. */
  readonly expiresAt: number
}

interface Entry {
  readonly promise: Promise<JimengToken>
  token?: JimengToken
}

/** Reused until 30 s before it expires. */
const MARGIN = 30_000
const cache = new Map<string, Entry>()

function load(endpoint: string, http: KyInstance): Entry {
  const entry: Entry = {
    promise: http
      .post(endpoint)
      .json<{ code?: unknown; data?: Partial<Record<keyof JimengToken, unknown>> }>()
      .then(({ code, data: t }) => {
        // The app server (ours) shapes it; a wrong answer means a misconfigured endpoint.
        if (code !== 0 || typeof t?.sessionToken !== 'string' || typeof t.expiresAt !== 'number') throw imagexFailure('not an upload token', undefined, undefined, 'InvalidAnswer')
        return (entry.token = t as JimengToken)
      }),
  }
  entry.promise.catch(() => cache.get(endpoint) === entry && cache.delete(endpoint))
  cache.set(endpoint, entry)
  return entry
}

/**
 * The STS token for `endpoint`: one call to the app server shared by every
 * file (concurrent callers await the same promise) and reused while valid.
 */
export async function jimengToken(endpoint: string, http: KyInstance): Promise<JimengToken> {
  const token = await (cache.get(endpoint) ?? load(endpoint, http)).promise
  if (token.expiresAt - MARGIN > Date.now()) return token
  dropJimengToken(endpoint, token)
  return (cache.get(endpoint) ?? load(endpoint, http)).promise
}

/** Forgets `token` (ImageX said it expired), unless a newer one replaced it already. */
export function dropJimengToken(endpoint: string, token: JimengToken): void {
  if (cache.get(endpoint)?.token === token) cache.delete(endpoint)
}
