import dns from 'node:dns'
import { localhostLookup } from './localhostLookup.ts'

/**
 * Makes `*.localhost` resolve to 127.0.0.1 for every Node client in this process (fetch,
 * `node:http`, ali-oss …) by replacing `dns.lookup` with {@link localhostLookup}, as browsers
 * resolve it; returns the function that restores the system lookup. For Node-side tests that
 * upload to the emulated OSS's virtual-hosted bucket addresses (`{bucket}.localhost:{port}`).
 *
 * @example
 * ```ts
 * const restore = installLocalhostLookup()
 * await fetch('http://outin-emulator.localhost:4005/…', { method: 'PUT', headers, body })
 * restore()
 * ```
 */
export function installLocalhostLookup(): () => void {
  const previous = dns.lookup
  dns.lookup = localhostLookup as typeof dns.lookup
  return () => {
    if (dns.lookup === (localhostLookup as typeof dns.lookup)) dns.lookup = previous
  }
}
