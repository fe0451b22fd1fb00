import { isUnder } from './internal/isUnder.ts'
import { errorResponse } from './internal/jsonResponse.ts'
import { presignHandler, type PresignHandlerOptions } from './providers/presign.ts'
import { aitoearnHandler, type AitoearnHandlerOptions } from './providers/aitoearn.ts'
import { jimengHandler, type JimengHandlerOptions } from './providers/jimeng.ts'
import { aliyunVodHandler, type AliyunVodHandlerOptions } from './providers/aliyunVod.ts'
import type { ProviderHandler } from './ProviderHandler.ts'
import type { AuthorizeHook, FetchHandler, MediaUploaderHandler } from './types.ts'

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
 *   basePath: '/sign',
 *   providers: { presign: { upstream: 'https://api.example.com' } },
 *   authorize: (request) => request.headers.has('authorization'),
 * }
 * ```
 */
export interface MediaUploaderHandlerOptions {
  /** Where the handler is mounted. Default `/api/media-uploader`, the widget's default. */
  readonly basePath?: string
  readonly providers: MediaUploaderProviders
  /** Runs before a provider handler; see {@link AuthorizeHook}. Default: every request is allowed. */
  readonly authorize?: AuthorizeHook
}

type ProviderId = keyof MediaUploaderProviders
type OptionsOf<K extends ProviderId> = Exclude<NonNullable<MediaUploaderProviders[K]>, FetchHandler>

const builtIn: { readonly [K in ProviderId]: (options: OptionsOf<K>) => ProviderHandler } = {
  presign: presignHandler,
  aitoearn: aitoearnHandler,
  jimeng: jimengHandler,
  'aliyun-vod': aliyunVodHandler,
}

/**
 * Creates the server side of media-uploader: one Fetch-API handler that
 * routes `{basePath}/{provider}` (and anything below it) to that provider's
 * handler.
 *
 * - a path outside `basePath` → resolves to `undefined` (not handled: fall
 *   through to your other routes, or answer 404 yourself);
 * - `{basePath}/{unknown}` → 404 `{code:404,msg:"Unknown provider: …",data:null}`;
 * - `authorize` returns `false` → 401 `{code:401,msg:"Unauthorized",data:null}`, or a
 *   `{status: 403, message}` denial → 403 (aitoearn answers `{code,message,data:null}` instead);
 * - a handler that throws → 500 `{code:500,msg:"Internal server error",data:null}`.
 *
 * @example
 * ```ts
 * const handler = createMediaUploaderHandler({
 *   providers: { presign: { upstream: process.env.PRESIGN_API! } },
 *   authorize: (request) => request.headers.has('cookie'),
 * })
 * // Fetch-API frameworks:
 * const response = (await handler(request)) ?? new Response('Not found', { status: 404 })
 * // node:http / Express / Connect:
 * http.createServer(toNodeListener(handler))
 * ```
 */
export function createMediaUploaderHandler(options: MediaUploaderHandlerOptions): MediaUploaderHandler {
  const basePath = normalizeBasePath(options.basePath ?? '/api/media-uploader')
  const handlers = new Map<string, ProviderHandler>()
  for (const id of Object.keys(builtIn) as ProviderId[]) {
    const config = options.providers[id]
    if (config === undefined) continue
    // `config` is OptionsOf<typeof id>; TypeScript can't correlate the two unions.
    handlers.set(id, typeof config === 'function' ? config : builtIn[id](config as never))
  }
  const authorize = options.authorize

  const handle = async (request: Request): Promise<Response | undefined> => {
    const { pathname } = new URL(request.url)
    if (!isUnder(pathname, basePath)) return undefined
    const id = pathname.slice(basePath.length + 1).split('/')[0] ?? ''
    const handler = handlers.get(id)
    if (!handler) {
      return errorResponse(404, id ? `Unknown provider: ${safeId(id)}` : 'No provider in path')
    }
    try {
      if (authorize) {
        const verdict = await authorize(request)
        if (verdict instanceof Response) return verdict
        if (verdict !== true) {
          const status = typeof verdict === 'object' && verdict !== null && verdict.status === 403 ? 403 : 401
          const message = (typeof verdict === 'object' && verdict !== null ? verdict.message : undefined) ?? (status === 403 ? 'Forbidden' : 'Unauthorized')
          return handler.deny?.({ status, message }) ?? errorResponse(status, message)
        }
      }
      return await handler(request)
    } catch (error) {
      console.error('[media-uploader] handler failed:', error instanceof Error ? error.message : String(error))
      return errorResponse(500, 'Internal server error')
    }
  }
  return Object.assign(handle, { basePath })
}

function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** The provider id as echoed back: short and printable. */
function safeId(id: string): string {
  return id.slice(0, 64).replace(/[^\w.~%-]/g, '')
}
