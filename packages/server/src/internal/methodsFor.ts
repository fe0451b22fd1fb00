import type { ProviderId, SignAction } from '../types.ts'

/**
 * The HTTP methods a sign route accepts: `GET` (one file) and `POST` (a
 * batch) for presign, `POST` for everything else.
 *
 * @example
 * ```ts
 * methodsFor('presign', 'sign') // ['GET', 'POST']
 * ```
 */
export function methodsFor(provider: ProviderId, action: SignAction): readonly string[] {
  return provider === 'presign' && action === 'sign' ? ['GET', 'POST'] : ['POST']
}
