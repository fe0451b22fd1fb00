import ky, { isHTTPError, isTimeoutError } from 'ky'
import { errorResponse, jsonResponse } from '../internal/jsonResponse.ts'
import { createRedactor, type Redactor } from '../internal/createRedactor.ts'
import { redactingLogger } from '../internal/redactingLogger.ts'
import { redactResponse } from '../internal/redactResponse.ts'
import { standaloneHandler } from '../internal/standaloneHandler.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'
import type { Envelope } from '../types.ts'
import { JimengApiError } from './jimeng/JimengApiError.ts'
import { jimengCookie } from './jimeng/jimengCookie.ts'
import { randomJimengIds } from './jimeng/randomJimengIds.ts'
import type { JimengHandlerOptions } from './jimeng/JimengHandlerOptions.ts'
import { jimengCommonHeaders } from './jimeng/jimengHeaders.ts'
import type { JimengUploadToken } from './jimeng/JimengUploadToken.ts'
import { jimengVariants, type JimengUpstream, type JimengVariant } from './jimeng/jimengVariants.ts'

export type { JimengHandlerOptions, JimengLogger } from './jimeng/JimengHandlerOptions.ts'

const PATH = '/mweb/v1/get_upload_token'

/**
 * Handles `POST …/jimeng` from the browser: obtains ImageX upload credentials
 * with `POST {api}/mweb/v1/get_upload_token {scene:2}` (seed 003) under the
 * app's Jimeng account and answers `{code:0, msg:'success', data:`{@link JimengUploadToken}`}`.
 *
 * The session cookie (`sessionid`, `sessionid_ss`, `sid_tt`, `sid_guard`, …),
 * `Origin`, `Referer` and `User-Agent` are headers a browser cannot send, and the
 * refresh token is an account secret, so both stay here. Nothing from the
 * browser's request is forwarded (its body must be JSON, e.g. `{}`). The refresh
 * token never appears in an answer or a log line, in any encoding, even when
 * Jimeng quotes it in `errmsg`.
 *
 * - `{ret:"34010105"}` (login error) → 401 `{code:401, msg, data:null}`;
 * - any other `ret ≠ "0"` → 502 with the `ret` and `errmsg` in `msg`;
 * - unreachable, timeout, 5xx → retried with backoff, then 502 `upstream unavailable`;
 * - an answer without credentials → 502; other methods than POST → 405.
 *
 * @example
 * ```ts
 * const jimeng = jimengHandler({ refreshToken: process.env.JIMENG_REFRESH_TOKEN! })
 * const response = await jimeng(new Request('https://app.example/api/media-uploader/jimeng', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))
 * ```
 */
export function jimengHandler(options: JimengHandlerOptions): ProviderHandler {
  if (typeof options.refreshToken !== 'function' && !options.refreshToken?.trim()) throw new TypeError('jimengHandler: refreshToken is required')
  const upstreams = Object.fromEntries(
    (Object.keys(jimengVariants) as JimengVariant[]).map((variant) => {
      const upstream = { ...jimengVariants[variant].upstream, ...options.upstreams?.[variant] }
      return [variant, { ...upstream, api: baseUrl(upstream.api), imagex: new URL(upstream.imagex).origin }]
    }),
  ) as Record<JimengVariant, JimengUpstream>
  const ids = randomJimengIds()
  const timeoutMs = options.timeoutMs ?? 10_000
  const backoffMs = options.backoffMs ?? 200
  const lifetimeMs = (options.tokenLifetimeSeconds ?? 900) * 1000
  const baseLogger = options.logger === false ? undefined : (options.logger ?? console)
  const http = ky.create({
    fetch: options.fetch ?? globalThis.fetch,
    timeout: timeoutMs,
    redirect: 'error',
    retry: {
      // get_upload_token only issues credentials: repeating it is safe.
      limit: Math.max(0, Math.floor(options.retries ?? 2)),
      methods: ['post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      retryOnTimeout: true,
      delay: (attempt) => backoffMs * 2 ** (attempt - 1),
    },
  })

  const redactors = new Map<string, Redactor>()
  /** The redactor for one refresh token: the token, the session id inside it and the cookie built from them. */
  const redactorFor = (refreshToken: string): Redactor => {
    let redact = redactors.get(refreshToken)
    if (!redact) {
      if (redactors.size > 64) redactors.clear()
      redact = createRedactor([refreshToken, refreshToken.replace(/^us-/i, '')])
      redactors.set(refreshToken, redact)
    }
    return redact
  }

  const route = async ({ request }: SignContext): Promise<Response> => {
    const refreshToken = typeof options.refreshToken === 'function' ? await options.refreshToken(request) : options.refreshToken
    const redact = redactorFor(refreshToken)
    const logger = redactingLogger(baseLogger, redact)
    const variant: JimengVariant = refreshToken.toLowerCase().startsWith('us-') ? 'intl' : 'cn'
    const spec = jimengVariants[variant]
    const upstream = upstreams[variant]
    let body: unknown
    try {
      body = await http
        .post(`${upstream.api}${PATH}`, {
          searchParams: spec.query,
          json: { scene: 2 },
          headers: {
            ...jimengCommonHeaders,
            Origin: upstream.origin,
            Referer: `${upstream.origin}/`,
            Appid: spec.appid,
            Cookie: jimengCookie(refreshToken, ids, Math.floor(Date.now() / 1000)),
          },
          signal: request.signal,
        })
        .json()
    } catch (error) {
      if (!request.signal.aborted) logger?.warn(`[media-uploader] jimeng get_upload_token failed: ${describe(error, timeoutMs)}`)
      return errorResponse(502, 'upstream unavailable')
    }
    let response: Response
    try {
      const token = toUploadToken(body, spec.serviceIdField, spec.defaultServiceId)
      const data: JimengUploadToken = { ...token, imagex: upstream.imagex, region: upstream.region, expiresAt: Date.now() + lifetimeMs }
      response = jsonResponse({ code: 0, msg: 'success', data } satisfies Envelope<JimengUploadToken>)
    } catch (error) {
      if (!(error instanceof JimengApiError)) {
        logger?.warn('[media-uploader] jimeng get_upload_token answered without credentials')
        return errorResponse(502, 'Jimeng answered without upload credentials')
      }
      const errmsg = redact(error.errmsg).slice(0, 300)
      logger?.warn(`[media-uploader] jimeng get_upload_token: ret ${error.ret} (${errmsg})`)
      response = error.loginExpired
        ? errorResponse(401, `Jimeng login error (ret ${error.ret}): the refresh token is invalid or expired`)
        : errorResponse(502, `Jimeng refused the upload token (ret ${error.ret}: ${errmsg})`)
    }
    return redactResponse(response, redact)
  }

  return standaloneHandler('jimeng', route, ({ status, message, headers }) => errorResponse(status, message, headers))
}

/** The credentials in `{ret:"0", data:{…}}` (or a bare `{access_key_id, …}`, as the seed shows it). */
function toUploadToken(body: unknown, field: string, fallbackServiceId: string): Pick<JimengUploadToken, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'serviceId'> {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (record.ret !== undefined && String(record.ret) !== '0') throw new JimengApiError(String(record.ret), String(record.errmsg ?? ''))
  const data = (typeof record.data === 'object' && record.data !== null ? record.data : record) as Record<string, unknown>
  const { access_key_id: accessKeyId, secret_access_key: secretAccessKey, session_token: sessionToken } = data
  if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string' || typeof sessionToken !== 'string' || !accessKeyId || !secretAccessKey || !sessionToken) {
    throw new TypeError('no credentials')
  }
  const serviceId = data[field] ?? data.service_id ?? data.space_name
  return { accessKeyId, secretAccessKey, sessionToken, serviceId: typeof serviceId === 'string' && serviceId ? serviceId : fallbackServiceId }
}

/** Why the call failed, without URL, headers or body (the cookie is in them). */
function describe(error: unknown, timeoutMs: number): string {
  if (isHTTPError(error)) return `HTTP ${error.response.status}`
  if (isTimeoutError(error)) return `timeout after ${timeoutMs} ms`
  if (error instanceof SyntaxError) return 'answer is not JSON'
  const cause = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined
  return code ? `network error (${code})` : 'network error'
}

function baseUrl(value: string): string {
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`jimengHandler: ${url.protocol} is not an http(s) URL`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
