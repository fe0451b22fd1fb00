import dns, { type LookupAddress, type LookupOptions } from 'node:dns'

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

const LOCALHOST = /(^|\.)localhost\.?$/i
const systemLookup = dns.lookup

/**
 * A `dns.lookup` that resolves `localhost` and every `*.localhost` name to 127.0.0.1, as
 * browsers do (RFC 6761), and any other name with `dns.lookup`. Node's resolver does not know
 * `{bucket}.localhost`, the virtual-hosted OSS address of the emulator; pass this as the
 * `lookup` of an `http.Agent` (or of one request) in a Node client.
 *
 * @example
 * ```ts
 * import http from 'node:http'
 * import OSS from 'ali-oss'
 * const agent = new http.Agent({ keepAlive: true, lookup: localhostLookup })
 * const client = new OSS({ endpoint: 'http://localhost:4005', bucket: 'outin-emulator', agent, ...sts })
 * ```
 */
export function localhostLookup(hostname: string, options: LookupOptions | number | LookupCallback, callback?: LookupCallback): void {
  const done = (typeof options === 'function' ? options : callback) as LookupCallback
  const settings: LookupOptions = typeof options === 'function' ? {} : typeof options === 'number' ? { family: options } : options
  if (!LOCALHOST.test(hostname)) {
    systemLookup(hostname, { ...settings, all: true }, (error, addresses) => {
      if (error) return done(error, [])
      if (settings.all === true) return done(null, addresses)
      const first = addresses[0]
      done(null, first?.address ?? '', first?.family)
    })
    return
  }
  if (settings.all === true) process.nextTick(done, null, [{ address: '127.0.0.1', family: 4 }])
  else process.nextTick(done, null, '127.0.0.1', 4)
}
