import type { AuthorizeDenial } from './AuthorizeDenial.ts'
import type { FetchHandler } from './types.ts'

/**
 * A provider's Fetch-API handler, optionally with `deny`, which formats an
 * authorize refusal in the provider's own envelope (the router falls back
 * to `{code, msg, data: null}`).
 *
 * @example
 * ```ts
 * const handler: ProviderHandler = Object.assign(async () => new Response('ok'), {
 *   deny: ({ status, message }: AuthorizeDenial) => Response.json({ code: status, message, data: null }, { status }),
 * })
 * ```
 */
export type ProviderHandler = FetchHandler & {
  readonly deny?: (denial: Required<AuthorizeDenial>) => Response
}
