import http from 'node:http'
import https from 'node:https'

/**
 * Options of {@link nodeFetch}.
 *
 * @example
 * ```ts
 * const options: NodeFetchOptions = { maxSockets: 32 }
 * ```
 */
export interface NodeFetchOptions {
  /** Open connections per upstream origin, kept alive between calls. Default 64. */
  readonly maxSockets?: number
}

function toHeaders(raw: readonly string[]): Headers {
  const headers = new Headers()
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  return headers
}

/**
 * A `fetch` for the sign handlers' upstream calls on Node, over node:http(s)
 * with keep-alive agents: a sign call costs the app server about half the CPU
 * it costs through Node's built-in fetch (undici). It covers what those calls
 * use: string, URL or `Request` input, `method`, `headers`, a string or byte
 * body, `signal`. Redirects are not followed: a 3xx rejects (`redirect: 'error'`,
 * which the handlers ask for) or is returned (`'manual'`). Network failures
 * reject with `TypeError('fetch failed', { cause })`, as fetch does.
 *
 * @example
 * ```ts
 * import { nodeFetch } from '@media-uploader/server/node'
 * const handler = createMediaUploaderHandler({ providers: { presign: { upstream: 'https://api.example.com', fetch: nodeFetch() } } })
 * ```
 */
export function nodeFetch(options: NodeFetchOptions = {}): typeof globalThis.fetch {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 }
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) }

  return async (input, init = {}) => {
    const request = input instanceof Request ? input : undefined
    const url = new URL(request ? request.url : String(input))
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase()
    const signal = init.signal ?? request?.signal
    const redirect = init.redirect ?? request?.redirect ?? 'follow'
    let body: string | Uint8Array | undefined
    const given = init.body ?? undefined
    if (typeof given === 'string' || given instanceof Uint8Array) body = given
    else if (given instanceof ArrayBuffer) body = new Uint8Array(given)
    else if (given !== undefined) throw new TypeError('nodeFetch: body must be a string or bytes')
    else if (request && method !== 'GET' && method !== 'HEAD') body = new Uint8Array(await request.arrayBuffer())
    const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined
    if (!transport) throw new TypeError(`nodeFetch: unsupported protocol ${url.protocol}`)
    signal?.throwIfAborted()
    const headers: Record<string, string> = {}
    new Headers(init.headers ?? request?.headers).forEach((value, name) => (headers[name] = value))

    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => req.destroy()
      const settle = (error?: unknown, response?: Response) => {
        signal?.removeEventListener('abort', onAbort)
        if (response) resolve(response)
        else reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }))
      }
      const req = transport.request(url, { method, headers, agent: agents[url.protocol as 'http:' | 'https:'] }, (res) => {
        const status = res.statusCode ?? 0
        if (status >= 300 && status < 400 && redirect !== 'manual') {
          res.resume()
          return settle(new Error(`redirect (${status}) not followed`))
        }
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', settle)
        res.on('end', () => {
          const payload = status === 204 || status === 304 || method === 'HEAD' ? null : Buffer.concat(chunks)
          settle(undefined, new Response(payload, { status, statusText: res.statusMessage ?? '', headers: toHeaders(res.rawHeaders) }))
        })
      })
      signal?.addEventListener('abort', onAbort, { once: true })
      req.on('error', settle)
      req.end(body)
    })
  }
}
