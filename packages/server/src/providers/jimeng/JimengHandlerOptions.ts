import type { JimengUpstream, JimengVariant } from './jimengVariants.ts'

/**
 * Where the jimeng handler reports upstream failures. Messages never contain
 * the refresh token, the cookie or credentials.
 *
 * @example
 * ```ts
 * const logger: JimengLogger = { warn: (message) => pino.warn(message) }
 * ```
 */
export interface JimengLogger {
  warn(message: string): void
}

/**
 * Options of `jimengHandler`.
 *
 * @example
 * ```ts
 * const options: JimengHandlerOptions = {
 *   refreshToken: process.env.JIMENG_REFRESH_TOKEN!,          // 'us-…' → 即梦国际
 *   upstreams: { cn: { api: 'http://127.0.0.1:4006', imagex: 'http://127.0.0.1:4007', vod: 'http://127.0.0.1:4009' } }, // the emulator
 * }
 * ```
 */
export interface JimengHandlerOptions {
  /**
   * The Jimeng account's refresh token (its `sessionid`); a `us-` prefix selects
   * 即梦国际. A function is called per request, e.g. to pick the signed-in user's
   * account. Never logged, never sent to the browser.
   */
  readonly refreshToken: string | ((request: Request) => string | Promise<string>)
  /** Per-variant overrides of the upstream hosts (fixed at start-up; e.g. the emulator's). */
  readonly upstreams?: { readonly [V in JimengVariant]?: Partial<JimengUpstream> }
  /** How long the browser may reuse the credentials, in seconds (the API does not say). Default 900. */
  readonly tokenLifetimeSeconds?: number
  /** The fetch used to reach the upstream. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch
  /** Per-attempt timeout in ms. Default 10000. */
  readonly timeoutMs?: number
  /** Extra attempts after a network error, timeout or 5xx (the server's one upstream retry policy; a 4xx is not retried). Default 2. */
  readonly retries?: number
  /** Delay before the first retry in ms, doubled for each further one (jittered, capped). Default 200. */
  readonly backoffMs?: number
  /** Where failures are reported. Default `console`; `false` for silence. */
  readonly logger?: JimengLogger | false
}
