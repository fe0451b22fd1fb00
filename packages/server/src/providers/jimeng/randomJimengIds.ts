import type { JimengCookieIds } from './jimengCookie.ts'

/**
 * Fresh device and user ids for the Jimeng cookie, from WebCrypto (any
 * Fetch-API runtime): `webId` is `7` and 18 random digits, `userId` 32 hex digits.
 *
 * @example
 * ```ts
 * const { webId, userId } = randomJimengIds() // '7048…' (19 digits), '9f0c…' (32 hex)
 * ```
 */
export function randomJimengIds(): JimengCookieIds {
  const digits = Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => String(byte % 10)).join('')
  return { webId: `7${digits}`, userId: crypto.randomUUID().replaceAll('-', '') }
}
