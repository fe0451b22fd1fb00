import type { ProviderId } from '../types.ts'
import type { GrantKeeper } from './GrantKeeper.ts'

/**
 * Options of {@link createGrantKeeper}.
 *
 * @example
 * ```ts
 * const options: GrantKeeperOptions = { secret: process.env.MEDIA_UPLOADER_GRANT_SECRET!, lifetimeSeconds: 86_400 }
 * ```
 */
export interface GrantKeeperOptions {
  /** The HMAC key (at least 32 characters), shared by every server instance. */
  readonly secret: string
  /** How long a grant stays valid. Default 86400 (24 h, so an upload can resume after a page reload). */
  readonly lifetimeSeconds?: number
  /** Clock in epoch ms, for tests. */
  readonly now?: () => number
}

const VERSION = 'g1'
const encoder = new TextEncoder()

const toBase64Url = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0))
  } catch {
    return undefined
  }
}

/**
 * A {@link GrantKeeper} on WebCrypto (HMAC-SHA256). A grant is
 * `g1.<base64url JSON {u, p, r, e}>.<base64url MAC>`; it is opaque to the
 * browser, which only sends it back.
 *
 * @example
 * ```ts
 * const keeper = createGrantKeeper({ secret: process.env.MEDIA_UPLOADER_GRANT_SECRET! })
 * const grant = await keeper.issue('alice', 'aitoearn', assetId)
 * ```
 */
export function createGrantKeeper(options: GrantKeeperOptions): GrantKeeper {
  if (typeof options.secret !== 'string' || options.secret.length < 32) throw new TypeError('grantSecret must be at least 32 characters')
  const lifetimeSeconds = options.lifetimeSeconds ?? 86_400
  if (!Number.isFinite(lifetimeSeconds) || lifetimeSeconds <= 0) throw new TypeError('grantLifetimeSeconds must be a positive number')
  const now = options.now ?? Date.now
  const key = crypto.subtle.importKey('raw', encoder.encode(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])

  return {
    async issue(userId, provider, resource) {
      const payload = encoder.encode(JSON.stringify({ u: userId, p: provider, r: resource, e: Math.floor(now() / 1000 + lifetimeSeconds) }))
      const body = `${VERSION}.${toBase64Url(payload)}`
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(body)))
      return `${body}.${toBase64Url(mac)}`
    },
    async verify(token, userId, provider, resource) {
      if (typeof token !== 'string' || token.length > 1024) return false
      const [version, payloadText, macText, extra] = token.split('.')
      if (version !== VERSION || payloadText === undefined || macText === undefined || extra !== undefined) return false
      const mac = fromBase64Url(macText)
      const payload = fromBase64Url(payloadText)
      if (!mac || !payload) return false
      if (!(await crypto.subtle.verify('HMAC', await key, mac, encoder.encode(`${version}.${payloadText}`)))) return false
      let claims: { u?: unknown; p?: unknown; r?: unknown; e?: unknown }
      try {
        claims = JSON.parse(new TextDecoder().decode(payload)) as typeof claims
      } catch {
        return false
      }
      return claims.u === userId && claims.p === provider && claims.r === resource && typeof claims.e === 'number' && claims.e * 1000 > now()
    },
  }
}
