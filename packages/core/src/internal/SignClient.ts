import type { Clock } from '../clock/Clock.ts'
import { SignHttpError } from './SignHttpError.ts'

/** Search parameters of {@link SignClient.get}; `undefined` values are left out. */
export type SignQuery = Readonly<Record<string, string | number | boolean | undefined>>

/** Options of {@link SignClient}. */
export interface SignClientOptions {
  /** Corrected from the `Date` header of every answer (errors too). */
  readonly clock?: Clock | undefined
  /** ms a call may take, answer body included, before it fails with a `TimeoutError` (default 15 000). */
  readonly timeout?: number | undefined
  /** The fetch to call (a test's fake, say); default the global `fetch`, looked up at each call. */
  readonly fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined
}

const JSON_TYPE = 'application/json'

/**
 * JSON calls to the app server's sign endpoints (`ctx.http` of a provider's
 * steps): no retries of its own (the controller's retry policy retries each
 * step, once per policy, not twice over), a timeout (15 s by default), and the
 * answer's `Date` read into the clock. Each call resolves with the parsed JSON
 * body (`undefined` for an empty one) and rejects with:
 * - {@link SignHttpError} for a non-2xx answer (status, response, parsed body
 *   in `data`, request id);
 * - a `DOMException` named `TimeoutError` when the timeout ran out;
 * - the signal's reason (an `AbortError`) when `signal` aborted;
 * - a `SyntaxError` when a 2xx body is not JSON, a `TypeError` when the
 *   network failed.
 *
 * @example
 * ```ts
 * const http = new SignClient({ clock })
 * const ticket = await http.post('/api/media-uploader/mine', { name: file.name }, signal)
 * const single = await http.get('/api/media-uploader/presign', { ext: 'jpg', width: 640 }, signal)
 * ```
 */
export class SignClient {
  readonly #clock: Clock | undefined
  readonly #timeout: number
  readonly #fetch: SignClientOptions['fetch']

  constructor(options: SignClientOptions = {}) {
    this.#clock = options.clock
    this.#timeout = options.timeout ?? 15_000
    this.#fetch = options.fetch
  }

  /** `POST url` with `json` as its JSON body; resolves with the answer's JSON. */
  post(url: string, json: unknown, signal?: AbortSignal): Promise<unknown> {
    return this.#send(url, { method: 'POST', body: JSON.stringify(json), headers: { accept: JSON_TYPE, 'content-type': JSON_TYPE } }, signal)
  }

  /** `GET url` with `query` added to its search parameters; resolves with the answer's JSON. */
  get(url: string, query: SignQuery = {}, signal?: AbortSignal): Promise<unknown> {
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(query)) if (value !== undefined) search.append(name, String(value))
    const added = String(search)
    return this.#send(added ? `${url}${url.includes('?') ? '&' : '?'}${added}` : url, { method: 'GET', headers: { accept: JSON_TYPE } }, signal)
  }

  async #send(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<unknown> {
    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(new DOMException(`${init.method} ${url} timed out`, 'TimeoutError')), this.#timeout)
    try {
      const response = await (this.#fetch ?? fetch)(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal })
      const date = response.headers.get('date')
      if (date) this.#clock?.sync(Date.parse(date))
      if (!response.ok) throw new SignHttpError(response, await response.json().catch(() => undefined), `${init.method} ${url}`)
      const text = await response.text()
      return text ? JSON.parse(text) : undefined
    } catch (error) {
      // Some browsers reject with a plain AbortError, not the signal's reason: the timeout's own error either way.
      throw timeout.signal.aborted && !signal?.aborted && !(error instanceof SignHttpError) ? timeout.signal.reason : error
    } finally {
      clearTimeout(timer)
    }
  }
}
