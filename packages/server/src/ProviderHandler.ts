import type { GrantKeeper } from './grants/GrantKeeper.ts'
import type { FetchHandler, SignAction } from './types.ts'

/**
 * One sign request as the router hands it to a built-in provider: the route
 * and body parsed once (the same values `authorize` saw), the caller's user
 * id (`''` when `authorize` named none) and the grant keeper.
 *
 * @example
 * ```ts
 * const context: SignContext = { request, action: 'sign', body: { fileName: 'a.mp4' }, userId: 'alice', grants }
 * ```
 */
export interface SignContext {
  /** The request (its body already consumed into `body`). */
  readonly request: Request
  readonly action: SignAction
  /** The parsed JSON body of a POST; `undefined` for a GET. */
  readonly body: unknown
  readonly userId: string
  readonly grants: GrantKeeper
}

/**
 * A provider's handler: callable alone as a Fetch-API handler (for your own
 * router), with `deny` to format a refusal in the provider's own envelope
 * (the router falls back to `{code, msg, data: null}`), and, on the
 * built-in ones, `route`, which the router calls with the parsed request.
 *
 * @example
 * ```ts
 * const handler: ProviderHandler = Object.assign(async () => new Response('ok'), {
 *   deny: ({ status, message }: { status: number; message: string }) => Response.json({ code: status, message, data: null }, { status }),
 * })
 * ```
 */
export type ProviderHandler = FetchHandler & {
  readonly deny?: (failure: { readonly status: number; readonly message: string }) => Response
  readonly route?: (context: SignContext) => Promise<Response>
}
