import type { AuthorizeDenial } from './AuthorizeDenial.ts'

/**
 * A Fetch-API request handler: the shape Hono, Next.js route handlers, Bun,
 * Deno and Cloudflare Workers use natively.
 *
 * @example
 * ```ts
 * const handler: FetchHandler = async (request) => new Response('ok')
 * ```
 */
export type FetchHandler = (request: Request) => Promise<Response>

/**
 * The router returned by `createMediaUploaderHandler`: a Fetch-API handler
 * that resolves to `undefined` for requests outside its `basePath`, so it can
 * sit in front of other routes.
 *
 * @example
 * ```ts
 * const response = (await handler(request)) ?? new Response('Not found', { status: 404 })
 * ```
 */
export interface MediaUploaderHandler {
  (request: Request): Promise<Response | undefined>
  /** The normalized path it serves (`/api/media-uploader`); requests elsewhere resolve to `undefined`. */
  readonly basePath: string
}

/**
 * Decides whether a request may sign uploads. Return `true` to let it through,
 * `false` to answer 401 `{code:401,msg:"Unauthorized",data:null}`, an
 * {@link AuthorizeDenial} (`{status: 403, message}`) to answer 401/403 in the
 * provider's envelope, or a `Response` to answer with it as is (e.g. a redirect).
 *
 * @example
 * ```ts
 * const authorize: AuthorizeHook = (request) => request.headers.get('cookie')?.includes('session=') ?? false
 * ```
 */
export type AuthorizeHook = (
  request: Request,
) => boolean | Response | AuthorizeDenial | Promise<boolean | Response | AuthorizeDenial>

/**
 * The JSON body every handler answers with, the same envelope as the
 * `/oss/presign` API: `code` 0 on success, the HTTP status otherwise.
 *
 * @example
 * ```ts
 * const failure: Envelope<null> = { code: 502, msg: 'upstream unavailable', data: null }
 * ```
 */
export interface Envelope<T = unknown> {
  readonly code: number
  readonly msg: string
  readonly data: T
}
