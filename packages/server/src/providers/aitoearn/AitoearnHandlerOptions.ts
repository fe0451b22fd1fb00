import type { AitoearnSite } from './aitoearnSites.ts'

/**
 * Where the aitoearn handler reports upstream failures. Messages never
 * contain the API key, headers, URLs with queries or bodies.
 *
 * @example
 * ```ts
 * const logger: AitoearnLogger = { warn: (message) => pino.warn(message) }
 * ```
 */
export interface AitoearnLogger {
  warn(message: string): void
}

/**
 * Options of `aitoearnHandler`.
 *
 * @example
 * ```ts
 * const options: AitoearnHandlerOptions = { apiKey: process.env.AITOEARN_API_KEY!, site: 'intl', maxFileSize: 500 * 1024 ** 2 }
 * ```
 */
export interface AitoearnHandlerOptions {
  /** The AiToEarn Open Platform API key, sent as `X-Api-Key`. Stays on the server: never echoed, never logged. */
  readonly apiKey: string
  /** `cn` → https://aitoearn.cn (default), `intl` → https://aitoearn.ai. */
  readonly site?: AitoearnSite
  /**
   * Another origin (and optional path prefix) instead of `site`, e.g. the
   * emulator's `http://127.0.0.1:4003`. Fixed at start-up: the browser can never choose it.
   */
  readonly baseUrl?: string
  /** Per-attempt timeout in ms. Default 10000. */
  readonly timeoutMs?: number
  /** Extra attempts after a 5xx, network error or timeout (never after a business error). Default 2. */
  readonly retries?: number
  /** Delay before the first retry in ms, doubled for each further one. Default 200. */
  readonly backoffMs?: number
  /** Largest `size` (bytes) the handler signs; a bigger one gets 400 without calling AiToEarn. Default: no limit of its own. */
  readonly maxFileSize?: number
  /** The fetch used to reach AiToEarn. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch
  /** Where upstream failures are reported. Default `console`; `false` for silence. */
  readonly logger?: AitoearnLogger | false
}
