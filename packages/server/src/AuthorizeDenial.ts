/**
 * A refusal an {@link AuthorizeHook} can return instead of `false`, to choose
 * between 401 (not signed in) and 403 (signed in, not allowed). The provider
 * formats the body in its own envelope: `{code, msg, data: null}` for
 * presign, `{code, message, data: null}` for aitoearn.
 *
 * @example
 * ```ts
 * const authorize: AuthorizeHook = async (request) => {
 *   const user = await getUser(request)
 *   if (!user) return false // 401
 *   return user.canUpload ? true : { status: 403, message: 'Uploads are disabled for this account' }
 * }
 * ```
 */
export interface AuthorizeDenial {
  readonly status: 401 | 403
  /** Sent to the browser; default `Unauthorized` / `Forbidden`. */
  readonly message?: string
}
