/**
 * A business error from the Jimeng web API: `{ret ≠ "0", errmsg}` (HTTP 200).
 * `ret` `34010105` ("login error") means the refresh token is invalid or expired.
 *
 * @example
 * ```ts
 * if (error instanceof JimengApiError && error.loginExpired) alert('Log in to Jimeng again')
 * ```
 */
export class JimengApiError extends Error {
  override readonly name = 'JimengApiError'

  constructor(
    readonly ret: string,
    readonly errmsg: string,
  ) {
    super(`Jimeng answered ret ${ret}: ${errmsg}`)
  }

  /** The session behind the refresh token is gone: the app must get a new refresh token. */
  get loginExpired(): boolean {
    return this.ret === '34010105'
  }
}
