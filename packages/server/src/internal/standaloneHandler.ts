import { createGrantKeeper } from '../grants/createGrantKeeper.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'
import type { ProviderId } from '../types.ts'
import { methodsFor } from './methodsFor.ts'
import { prepareSignRequest } from './prepareSignRequest.ts'
import { PROVIDER_ACTIONS } from './routeSignPath.ts'

/** A random key for grants that only this process checks (a provider handler used without the router). */
function processKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Makes a built-in provider callable alone, as a Fetch-API handler: the
 * action is the last path segment (`…/refresh`, `…/confirm`, else sign), the
 * same method, CSRF and body checks as the router run first, the caller is
 * anonymous and grants use a per-process random key. Mount it with
 * `createMediaUploaderHandler` for `authorize`, users, CORS and shared grant keys.
 *
 * @example
 * ```ts
 * return standaloneHandler('aitoearn', route, (failure) => aitoearnError(failure.status, failure.message))
 * ```
 */
export function standaloneHandler(
  provider: ProviderId,
  route: (context: SignContext) => Promise<Response>,
  deny: (failure: { readonly status: number; readonly message: string; readonly headers?: Record<string, string> }) => Response,
): ProviderHandler {
  const grants = createGrantKeeper({ secret: processKey() })
  const handler = async (request: Request): Promise<Response> => {
    const last = new URL(request.url).pathname.split('/').pop() ?? ''
    const actions = PROVIDER_ACTIONS[provider]
    const action = (Object.hasOwn(actions, last) ? actions[last] : undefined) ?? 'sign'
    const prepared = await prepareSignRequest(request, methodsFor(provider, action), new Set())
    if (!prepared.ok) return deny(prepared)
    return route({ request, action, body: prepared.body, userId: '', grants })
  }
  return Object.assign(handler, { route, deny })
}
