import { createGrantKeeper } from './grants/createGrantKeeper.ts'
import { corsPolicy, type CorsOptions } from './internal/corsPolicy.ts'
import { errorResponse } from './internal/jsonResponse.ts'
import { methodsFor } from './internal/methodsFor.ts'
import { prepareSignRequest } from './internal/prepareSignRequest.ts'
import { resolveVerdict } from './internal/resolveVerdict.ts'
import { routeSignPath } from './internal/routeSignPath.ts'
import { presignHandler, type PresignHandlerOptions } from './providers/presign.ts'
import { aitoearnHandler, type AitoearnHandlerOptions } from './providers/aitoearn.ts'
import { jimengHandler, type JimengHandlerOptions } from './providers/jimeng.ts'
import { aliyunVodHandler, type AliyunVodHandlerOptions } from './providers/aliyunVod.ts'
import type { ProviderHandler } from './ProviderHandler.ts'
import type { AuthorizeHook, FetchHandler, MediaUploaderHandler, ProviderId } from './types.ts'

/**
 * The providers a handler serves, by id. Give a provider's options to use the
 * built-in handler, or your own {@link FetchHandler} to replace it.
 *
 * @example
 * ```ts
 * const providers: MediaUploaderProviders = { presign: { upstream: 'https://api.example.com' } }
 * ```
 */
export interface MediaUploaderProviders {
  /** Proxies `GET {basePath}/presign?ext=…` to `{upstream}/oss/presign`. */
  readonly presign?: PresignHandlerOptions | FetchHandler
  /** Signs `POST {basePath}/aitoearn` (and `/aitoearn/confirm`) with the server's AiToEarn API key. */
  readonly aitoearn?: AitoearnHandlerOptions | FetchHandler
  /** Answers `POST {basePath}/jimeng` with ImageX STS credentials from the app's Jimeng account. */
  readonly jimeng?: JimengHandlerOptions | FetchHandler
  /** Signs `POST {basePath}/aliyun-vod` (and `/aliyun-vod/refresh`) as VOD RPC calls with the server's AccessKey. */
  readonly 'aliyun-vod'?: AliyunVodHandlerOptions | FetchHandler
}

/**
 * Options of {@link createMediaUploaderHandler}.
 *
 * @example
 * ```ts
 * const options: MediaUploaderHandlerOptions = {
 *   providers: { 'aliyun-vod': { accessKeyId, accessKeySecret } },
 *   authorize: async ({ request }) => ((await sessionUser(request)) ? { userId: (await sessionUser(request))!.id } : false),
 *   grantSecret: process.env.MEDIA_UPLOADER_GRANT_SECRET,
 * }
 * ```
 */
export interface MediaUploaderHandlerOptions {
  /** Where the handler is mounted. Default `/api/media-uploader`, the widget's default. */
  readonly basePath?: string
  readonly providers: MediaUploaderProviders
  /** Runs after routing and the CSRF/body checks, before a provider is called; see {@link AuthorizeHook}. Default: everyone, anonymously. */
  readonly authorize?: AuthorizeHook
  /**
   * Key (≥ 32 characters) of the ownership grants that bind a VOD video or
   * AiToEarn asset to the user who signed it; every instance behind a load
   * balancer needs the same one. Default: a random key per process (grants
   * then fail after a restart or on another instance; a warning says so).
   */
  readonly grantSecret?: string
  /** How long a grant allows refresh/confirm, in seconds. Default 86400 (24 h). */
  readonly grantLifetimeSeconds?: number
  /** Let pages on other origins call the handler (preflight answered for these origins only). */
  readonly cors?: CorsOptions
  /** Origins (besides the request's own and `cors.origins`) whose pages may call the handler; others get 403 (CSRF). */
  readonly allowedOrigins?: readonly string[]
}

type OptionsOf<K extends ProviderId> = Exclude<NonNullable<MediaUploaderProviders[K]>, FetchHandler>

const builtIn: { readonly [K in ProviderId]: (options: OptionsOf<K>) => ProviderHandler } = {
  presign: presignHandler,
  aitoearn: aitoearnHandler,
  jimeng: jimengHandler,
  'aliyun-vod': aliyunVodHandler,
}

function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Creates the server side of media-uploader: one Fetch-API handler for
 * `{basePath}/{provider}` and `{basePath}/{provider}/{action}`.
 *
 * Each request goes through, in order: exact routing on the path (a path
 * outside `basePath` → `undefined`; unknown routes, repeated or trailing
 * slashes → 404), CORS preflight (`OPTIONS`, listed origins only), the method
 * (405), the CSRF check (403), the JSON body (415/413/400), `authorize`
 * (401/403), then the provider, which validates its fields (400), checks the
 * ownership grant on refresh/confirm (403) and calls upstream. A handler that
 * throws → 500 `Internal server error`.
 *
 * @example
 * ```ts
 * const handler = createMediaUploaderHandler({
 *   providers: { presign: { upstream: process.env.PRESIGN_API! } },
 *   authorize: async ({ request }) => {
 *     const user = await sessionUser(request)
 *     return user ? { userId: user.id } : false
 *   },
 *   grantSecret: process.env.MEDIA_UPLOADER_GRANT_SECRET,
 * })
 * // Fetch-API frameworks:
 * const response = (await handler(request)) ?? new Response('Not found', { status: 404 })
 * // node:http / Express: toNodeListener from '@media-uploader/server/node'
 * ```
 */
export function createMediaUploaderHandler(options: MediaUploaderHandlerOptions): MediaUploaderHandler {
  const basePath = normalizeBasePath(options.basePath ?? '/api/media-uploader')
  const handlers = new Map<ProviderId, ProviderHandler>()
  for (const id of Object.keys(builtIn) as ProviderId[]) {
    const config = options.providers[id]
    if (config === undefined) continue
    // `config` is OptionsOf<typeof id>; TypeScript can't correlate the two unions.
    handlers.set(id, typeof config === 'function' ? config : builtIn[id](config as never))
  }
  if (options.grantSecret === undefined && (handlers.has('aitoearn') || handlers.has('aliyun-vod'))) {
    console.warn('[media-uploader] no grantSecret: ownership grants use a random per-process key (refresh/confirm fail after a restart or on another instance)')
  }
  const grants = createGrantKeeper({ secret: options.grantSecret ?? randomSecret(), lifetimeSeconds: options.grantLifetimeSeconds })
  const cors = corsPolicy(options.cors, (status, message) => errorResponse(status, message))
  const allowedOrigins = new Set([...cors.origins, ...(options.allowedOrigins ?? []).map((origin) => new URL(origin).origin)])
  const authorize = options.authorize

  const handle = async (request: Request): Promise<Response | undefined> => {
    const route = routeSignPath(new URL(request.url).pathname, basePath)
    if (route.kind === 'outside') return undefined
    if (route.kind === 'not-found') return cors.decorate(request, errorResponse(404, route.message))
    const handler = handlers.get(route.provider)
    if (!handler) return cors.decorate(request, errorResponse(404, `Unknown provider: ${route.provider} (not configured)`))
    const { provider, action } = route
    const methods = methodsFor(provider, action)
    if (request.method === 'OPTIONS') return cors.preflight(request, methods)
    const fail = (status: number, message: string, headers?: Record<string, string>): Response => {
      const response = handler.deny?.({ status, message }) ?? errorResponse(status, message)
      for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value)
      return cors.decorate(request, response)
    }
    try {
      const prepared = await prepareSignRequest(request, methods, allowedOrigins)
      if (!prepared.ok) return fail(prepared.status, prepared.message, prepared.headers)
      const copy = (): Request => new Request(request.url, { method: request.method, headers: request.headers, body: prepared.bytes, signal: request.signal })
      const verdict = resolveVerdict(authorize ? await authorize({ provider, action, request: copy() }) : true)
      if (verdict instanceof Response) return verdict
      if ('status' in verdict) return fail(verdict.status, verdict.message)
      const response = handler.route
        ? await handler.route({ request, action, body: prepared.body, userId: verdict.userId, grants })
        : await handler(copy())
      return cors.decorate(request, response)
    } catch (error) {
      console.error('[media-uploader] handler failed:', error instanceof Error ? error.name : 'non-error thrown')
      return fail(500, 'Internal server error')
    }
  }
  return Object.assign(handle, { basePath })
}

function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}
