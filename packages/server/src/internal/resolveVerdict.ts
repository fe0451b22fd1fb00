import type { AuthorizeVerdict } from '../types.ts'

/** An authorize verdict reduced to: let through as `userId` (`''` = anonymous), refuse with a status, or answer as is. */
export type ResolvedVerdict = Response | { readonly userId: string } | { readonly status: 401 | 403; readonly message: string }

/**
 * Reads what `authorize` answered: `{userId}` (a non-empty string of at
 * most 256 characters, else 500 as a programming error), `true`, a
 * `Response`, a `{status: 403}` denial, or anything else as 401.
 *
 * @example
 * ```ts
 * resolveVerdict({ userId: 'alice' }) // { userId: 'alice' }
 * resolveVerdict(false) // { status: 401, message: 'Unauthorized' }
 * ```
 */
export function resolveVerdict(verdict: AuthorizeVerdict): ResolvedVerdict {
  if (verdict instanceof Response) return verdict
  if (verdict === true) return { userId: '' }
  if (typeof verdict === 'object' && verdict !== null && 'userId' in verdict) {
    if (typeof verdict.userId !== 'string' || verdict.userId === '' || verdict.userId.length > 256) {
      throw new TypeError('authorize returned a userId that is not a non-empty string of at most 256 characters')
    }
    return { userId: verdict.userId }
  }
  const status = typeof verdict === 'object' && verdict !== null && verdict.status === 403 ? 403 : 401
  const message = (typeof verdict === 'object' && verdict !== null ? verdict.message : undefined) ?? (status === 403 ? 'Forbidden' : 'Unauthorized')
  return { status, message }
}
