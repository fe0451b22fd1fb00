/**
 * The per-process device and user ids the cookie carries (random, as the Jimeng web app's are).
 *
 * @example
 * ```ts
 * const ids: JimengCookieIds = { webId: '7123456789012345678', userId: crypto.randomUUID().replaceAll('-', '') }
 * ```
 */
export interface JimengCookieIds {
  /** `_tea_web_id`: 19 digits. */
  readonly webId: string
  /** `uid_tt`: 32 hex digits. */
  readonly userId: string
}

/**
 * The session cookie seed 003 builds from a refresh token: a plain token is a
 * 即梦中国 session, `us-…` a 即梦国际 one (prefix stripped). Server-side only:
 * it is the account's login.
 *
 * @example
 * ```ts
 * jimengCookie('us-abc', { webId: '7123…', userId: '0f3a…' }, 1_700_000_000)
 * // '_tea_web_id=7123…; is_staff_user=false; store-region=us; …; sessionid=abc; sessionid_ss=abc; sid_tt=abc'
 * ```
 */
export function jimengCookie(refreshToken: string, ids: JimengCookieIds, unixSeconds: number): string {
  const isUS = refreshToken.toLowerCase().startsWith('us-')
  const token = isUS ? refreshToken.substring(3) : refreshToken
  return [
    `_tea_web_id=${ids.webId}`,
    `is_staff_user=false`,
    `store-region=${isUS ? 'us' : 'cn-gd'}`,
    `store-region-src=uid`,
    `sid_guard=${token}%7C${unixSeconds}%7C5184000%7CMon%2C+03-Feb-2025+08%3A17%3A09+GMT`,
    `uid_tt=${ids.userId}`,
    `uid_tt_ss=${ids.userId}`,
    `sid_tt=${token}`,
    `sessionid=${token}`,
    `sessionid_ss=${token}`,
    `sid_tt=${token}`,
  ].join('; ')
}
