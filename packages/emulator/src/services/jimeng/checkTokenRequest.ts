import type { IncomingHttpHeaders } from 'node:http'
import { emulatorCredentials } from '../../emulatorCredentials.ts'
import type { TokenService } from './JimengState.ts'
import { INTL_QUERY, jimengVariants, type JimengVariant } from './jimengVariants.ts'
import { parseCookie } from './parseCookie.ts'

/** A business error of the Jimeng web API (HTTP 200, `ret` ≠ `"0"`). */
export interface JimengFailure {
  readonly ret: string
  readonly errmsg: string
}

/** `ret` of an invalid or expired session (the Jimeng web API's "login error"). */
export const LOGIN_ERROR: JimengFailure = { ret: '34010105', errmsg: 'login error' }

const invalid = (what: string): JimengFailure => ({ ret: '1000', errmsg: `invalid parameter: ${what}` })

/** A token request the emulator grants: the account's variant and the service of the `scene`. */
export interface TokenGrant {
  readonly variant: JimengVariant
  readonly service: TokenService
}

/** `scene` → the service its credentials sign for (reference §2.2, §2.6). */
const SCENES: Readonly<Record<number, TokenService>> = { 2: 'imagex', 1: 'vod' }

/**
 * Checks a `get_upload_token` call the way the emulator's Jimeng accounts are
 * set up: the variant from the query (`aid`), the region headers, and the
 * session cookie built from the variant's test refresh token (seed 003), and
 * the body's `scene` (`2` ImageX, `1` VOD).
 */
export function checkTokenRequest(query: URLSearchParams, headers: IncomingHttpHeaders, body: unknown): TokenGrant | JimengFailure {
  const aid = query.get('aid')
  const variant: JimengVariant | undefined = aid === jimengVariants.intl.aid ? 'intl' : aid === null || aid === jimengVariants.cn.aid ? 'cn' : undefined
  if (!variant) return invalid('aid')
  if (variant === 'intl') {
    const missing = INTL_QUERY.find((name) => !query.get(name))
    if (missing) return invalid(missing)
  }
  const spec = jimengVariants[variant]
  if (headers.appid !== spec.appid) return invalid('Appid header')
  if (headers.origin !== spec.origin || headers.referer !== `${spec.origin}/`) return invalid('Origin/Referer header')
  if (!headers['user-agent']) return invalid('User-Agent header')
  const cookie = parseCookie(headers.cookie)
  const refresh = emulatorCredentials.jimeng[variant]
  const session = variant === 'intl' ? refresh.slice(3) : refresh
  const sessionOk =
    cookie.get('sessionid') === session &&
    cookie.get('sessionid_ss') === session &&
    cookie.get('sid_tt') === session &&
    (cookie.get('sid_guard') ?? '').startsWith(`${session}%7C`) &&
    cookie.get('store-region') === spec.storeRegion
  if (!sessionOk) return LOGIN_ERROR
  const scene = typeof body === 'object' && body !== null ? (body as { scene?: unknown }).scene : undefined
  const service = typeof scene === 'number' ? SCENES[scene] : undefined
  if (!service) return invalid('scene')
  return { variant, service }
}
