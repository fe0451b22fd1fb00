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
 * The providers a handler can serve.
 *
 * @example
 * ```ts
 * const id: ProviderId = 'aliyun-vod'
 * ```
 */
export type ProviderId = 'presign' | 'aitoearn' | 'jimeng' | 'aliyun-vod'

/**
 * What a sign route does: `sign` (`{basePath}/{provider}`), `refresh`
 * (`/aliyun-vod/refresh`, new credentials for an existing video) or
 * `confirm` (`/aitoearn/confirm`).
 *
 * @example
 * ```ts
 * const action: SignAction = 'refresh'
 * ```
 */
export type SignAction = 'sign' | 'refresh' | 'confirm'

/**
 * What {@link AuthorizeHook} is asked about: the route as the handler will
 * act on it (parsed once, after path normalisation) and the request. The
 * request's body can be read (`await request.json()`): it is a copy.
 *
 * @example
 * ```ts
 * const context: AuthorizeContext = { provider: 'aliyun-vod', action: 'refresh', request }
 * ```
 */
export interface AuthorizeContext {
  readonly provider: ProviderId
  readonly action: SignAction
  readonly request: Request
}

/**
 * Who the caller is, as {@link AuthorizeHook} says. Grants issued for this
 * request (a VOD video, an AiToEarn asset) are bound to `userId`; a refresh or
 * confirm by another user is refused with 403.
 *
 * @example
 * ```ts
 * const user: AuthorizedUser = { userId: session.user.id }
 * ```
 */
export interface AuthorizedUser {
  readonly userId: string
}

/**
 * What {@link AuthorizeHook} may answer.
 *
 * @example
 * ```ts
 * const verdict: AuthorizeVerdict = { userId: 'u_42' }
 * ```
 */
export type AuthorizeVerdict = boolean | Response | AuthorizeDenial | AuthorizedUser

/**
 * Decides whether a request may sign uploads, and for whom. Return
 * `{ userId }` to let it through as that user (recommended: refresh and
 * confirm then only work for the user the upload was signed for), `true` to
 * let it through anonymously, `false` to answer 401, an
 * {@link AuthorizeDenial} (`{status: 403, message}`) to answer 401/403 in the
 * provider's envelope, or a `Response` to answer with it as is.
 *
 * @example
 * ```ts
 * const authorize: AuthorizeHook = async ({ provider, action, request }) => {
 *   const user = await getSessionUser(request.headers.get('cookie'))
 *   if (!user) return false
 *   if (provider === 'aliyun-vod' && !user.canUploadVideo) return { status: 403, message: 'Video uploads are not enabled' }
 *   return { userId: user.id }
 * }
 * ```
 */
export type AuthorizeHook = (context: AuthorizeContext) => AuthorizeVerdict | Promise<AuthorizeVerdict>

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
