import { jimengScenes, jimengSignRequestSchema, type JimengMediaKind, type JimengSignResponse } from '@media-uploader/contracts/jimeng'
import { createRedactor, type Redactor } from '../internal/createRedactor.ts'
import { describeIssues } from '../internal/describeIssues.ts'
import { fetchUpstream, UpstreamFailure } from '../internal/fetchUpstream.ts'
import { errorResponse, jsonResponse } from '../internal/jsonResponse.ts'
import { redactingLogger } from '../internal/redactingLogger.ts'
import { redactResponse } from '../internal/redactResponse.ts'
import { standaloneHandler } from '../internal/standaloneHandler.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'
import { JimengApiError } from './jimeng/JimengApiError.ts'
import { jimengCookie } from './jimeng/jimengCookie.ts'
import type { JimengHandlerOptions } from './jimeng/JimengHandlerOptions.ts'
import { jimengCommonHeaders } from './jimeng/jimengHeaders.ts'
import { jimengUploadTokenFor } from './jimeng/jimengUploadTokenFor.ts'
import { jimengVariants, type JimengUpstream, type JimengVariant } from './jimeng/jimengVariants.ts'
import { randomJimengIds } from './jimeng/randomJimengIds.ts'
import { readJimengCredentials } from './jimeng/readJimengCredentials.ts'

export type { JimengHandlerOptions, JimengLogger } from './jimeng/JimengHandlerOptions.ts'

const PATH = '/mweb/v1/get_upload_token'

/**
 * Handles `POST …/jimeng` from the browser: obtains upload credentials with
 * `POST {api}/mweb/v1/get_upload_token` (seed 003) under the app's Jimeng
 * account — `{scene:2}` (ImageX) for the body `{}` or `{kind:'image'}`,
 * `{scene:1}` (ByteDance VOD) for `{kind:'video'}` — and answers
 * `{code:0, msg:'success', data: JimengUploadToken}` (`@media-uploader/contracts/jimeng`).
 *
 * The session cookie (`sessionid`, `sessionid_ss`, `sid_tt`, `sid_guard`, …),
 * `Origin`, `Referer` and `User-Agent` are headers a browser cannot send, and the
 * refresh token is an account secret, so both stay here. Nothing from the
 * browser's request but `kind` is used. The refresh token never appears in an
 * answer or a log line, in any encoding, even when Jimeng quotes it in `errmsg`.
 *
 * - a body that is not `{kind?: 'image' | 'video'}` → 400 naming the field;
 * - `{ret:"34010105"}` (login error) → 401 `{code:401, msg, data:null}`;
 * - any other `ret ≠ "0"` → 502 with the `ret` and `errmsg` in `msg`;
 * - unreachable, timeout, 5xx → retried by the server's upstream policy (`fetchUpstream`), then 502 `upstream unavailable`;
 * - a 4xx or an answer without credentials → 502; other methods than POST → 405.
 *
 * @example
 * ```ts
 * const jimeng = jimengHandler({ refreshToken: process.env.JIMENG_REFRESH_TOKEN! })
 * const response = await jimeng(new Request('https://app.example/api/media-uploader/jimeng', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":"video"}' }))
 * ```
 */
export function jimengHandler(options: JimengHandlerOptions): ProviderHandler {
  if (typeof options.refreshToken !== 'function' && !options.refreshToken?.trim()) throw new TypeError('jimengHandler: refreshToken is required')
  const upstreams = Object.fromEntries(
    (Object.keys(jimengVariants) as JimengVariant[]).map((variant) => {
      const upstream = { ...jimengVariants[variant].upstream, ...options.upstreams?.[variant] }
      return [variant, { ...upstream, api: baseUrl(upstream.api), imagex: new URL(upstream.imagex).origin, vod: new URL(upstream.vod).origin }]
    }),
  ) as Record<JimengVariant, JimengUpstream>
  const ids = randomJimengIds()
  const timeoutMs = options.timeoutMs ?? 10_000
  // get_upload_token only issues credentials: repeating it is safe.
  const retries = Math.max(0, Math.floor(options.retries ?? 2))
  const backoffMs = options.backoffMs ?? 200
  const lifetimeMs = (options.tokenLifetimeSeconds ?? 900) * 1000
  const baseLogger = options.logger === false ? undefined : (options.logger ?? console)
  const fetch = options.fetch ?? globalThis.fetch

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

  /** `get_upload_token` for one scene: the parsed answer, or why there is none. */
  const requestToken = async (request: Request, refreshToken: string, variant: JimengVariant, kind: JimengMediaKind): Promise<{ body: unknown } | { failure: string }> => {
    const spec = jimengVariants[variant]
    const upstream = upstreams[variant]
    const url = `${upstream.api}${PATH}${Object.keys(spec.query).length ? `?${new URLSearchParams(spec.query)}` : ''}`
    const headers = {
      ...jimengCommonHeaders,
      'Content-Type': 'application/json',
      Origin: upstream.origin,
      Referer: `${upstream.origin}/`,
      Appid: spec.appid,
      Cookie: jimengCookie(refreshToken, ids, Math.floor(Date.now() / 1000)),
    }
    try {
      const response = await fetchUpstream(url, { method: 'POST', headers, body: JSON.stringify({ scene: jimengScenes[kind] }) }, { fetch, timeoutMs, retries, backoffMs, signal: request.signal })
      if (!response.ok) {
        void response.body?.cancel()
        return { failure: `HTTP ${response.status}` }
      }
      return { body: await response.json() }
    } catch (error) {
      if (error instanceof SyntaxError) return { failure: 'answer is not JSON' }
      if (!(error instanceof UpstreamFailure)) return { failure: 'network error' }
      if (error.reason === 'timeout') return { failure: `timeout after ${timeoutMs} ms` }
      if (error.reason === 'network') return { failure: error.code ? `network error (${error.code})` : 'network error' }
      return { failure: error.message }
    }
  }

  const route = async ({ request, body }: SignContext): Promise<Response> => {
    const parsed = jimengSignRequestSchema.safeParse(body ?? {})
    if (!parsed.success) return errorResponse(400, `Invalid body: ${describeIssues(parsed.error, body)}`)
    const { kind } = parsed.data
    const refreshToken = typeof options.refreshToken === 'function' ? await options.refreshToken(request) : options.refreshToken
    const redact = redactorFor(refreshToken)
    const logger = redactingLogger(baseLogger, redact)
    const variant: JimengVariant = refreshToken.toLowerCase().startsWith('us-') ? 'intl' : 'cn'
    const answer = await requestToken(request, refreshToken, variant, kind)
    if ('failure' in answer) {
      if (!request.signal.aborted) logger?.warn(`[media-uploader] jimeng get_upload_token failed: ${answer.failure} (scene ${jimengScenes[kind]})`)
      return errorResponse(502, 'upstream unavailable')
    }
    let response: Response
    try {
      const credentials = readJimengCredentials(answer.body)
      const source = { kind, spec: jimengVariants[variant], upstream: upstreams[variant], vodConfigured: options.upstreams?.[variant]?.vod !== undefined, expiresAt: Date.now() + lifetimeMs }
      response = jsonResponse({ code: 0, msg: 'success', data: jimengUploadTokenFor(credentials, source) } satisfies JimengSignResponse)
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

function baseUrl(value: string): string {
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`jimengHandler: ${url.protocol} is not an http(s) URL`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
