import {
  presignBatchRequestSchema,
  presignSignQuerySchema,
  presignSignResponseSchema,
  type PresignBatchResponse,
  type PresignSignQuery,
  type PresignSignResponse,
} from '@media-uploader/contracts/presign'
import type * as z from 'zod/mini'
import { errorResponse, jsonResponse } from '../internal/jsonResponse.ts'
import { upstreamBase } from '../internal/upstreamBase.ts'
import { describeUpstreamFailure } from '../internal/describeUpstreamFailure.ts'
import { fetchUpstream, type UpstreamFailure } from '../internal/fetchUpstream.ts'
import { createRedactor, type Redactor } from '../internal/createRedactor.ts'
import { redactingLogger } from '../internal/redactingLogger.ts'
import { redactResponse } from '../internal/redactResponse.ts'
import { standaloneHandler } from '../internal/standaloneHandler.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'

export {
  presignExtensions,
  presignObjectTypes,
  presignSignQuerySchema as presignQuerySchema,
  PRESIGN_MAX_DIMENSION,
  PRESIGN_MAX_DURATION,
  type PresignSignQuery as PresignQuery,
} from '@media-uploader/contracts/presign'

/**
 * Where upstream failures are reported. Messages never contain headers, query strings or bodies.
 *
 * @example
 * ```ts
 * const logger: PresignLogger = { warn: (message) => pino.warn(message) }
 * ```
 */
export interface PresignLogger {
  warn(message: string): void
}

/** What `new Headers(…)` accepts, spelled without the DOM-only global `HeadersInit` (servers often have no DOM lib). */
type UpstreamHeaders = NonNullable<ConstructorParameters<typeof Headers>[0]>

/**
 * Options of {@link presignHandler}.
 *
 * @example
 * ```ts
 * const options: PresignHandlerOptions = { upstream: 'https://api.example.com', retries: 3, timeoutMs: 5000 }
 * ```
 */
export interface PresignHandlerOptions {
  /**
   * Base URL of the service that implements `GET /oss/presign`, e.g.
   * `https://api.example.com`. Fixed at start-up: the browser can never choose it.
   */
  readonly upstream: string
  /** Headers sent to the upstream on every call (an API key, …); a function is called per request. Never logged. */
  readonly headers?: UpstreamHeaders | (() => UpstreamHeaders | Promise<UpstreamHeaders>)
  /** The fetch used to reach the upstream. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch
  /** Per-attempt timeout in ms. Default 10000. */
  readonly timeoutMs?: number
  /** Extra attempts after a 5xx, network error or timeout. Default 2. */
  readonly retries?: number
  /** Delay before the first retry in ms, doubled for each further one. Default 200. */
  readonly backoffMs?: number
  /** Where failures are reported. Default `console`; `false` for silence. */
  readonly logger?: PresignLogger | false
  /** Upstream calls in flight for one batch request. Default 8. */
  readonly batchConcurrency?: number
}

/**
 * Handles `GET …/presign?ext=&width=&height=&duration=&type=` from the
 * browser: validates the query, forwards only those parameters to the fixed
 * `${upstream}/oss/presign`, and answers with the upstream's `{code,msg,data}`
 * envelope.
 *
 * - invalid query (unknown `ext`, `width`/`height` over 100000, `duration`
 *   over 604800 s…) → 400 `{code:400,msg:"Invalid query: …",data:null}`, upstream not called;
 * - upstream 2xx → 200 with its envelope; upstream 4xx → same status with its envelope;
 * - upstream 5xx, network error or timeout → retried with backoff, then 502
 *   `{code:502,msg:"upstream unavailable",data:null}`;
 * - `POST` with a JSON `{files:[…]}` (≤ 50) signs a batch: 200 `{code:0,msg,data:[envelope…]}`
 *   with one upstream envelope (or the 502 one) per file, in order;
 * - other methods → 405.
 *
 * Nothing from the browser's request except the validated query reaches the
 * upstream (no cookies, no headers); the configured header values never
 * appear in an answer or a log line, in any encoding.
 *
 * @example
 * ```ts
 * const presign = presignHandler({ upstream: 'http://127.0.0.1:4002' })
 * const response = await presign(new Request('http://localhost/api/media-uploader/presign?ext=jpg', { headers: { 'x-media-uploader': '1' } }))
 * ```
 */
export function presignHandler(options: PresignHandlerOptions): ProviderHandler {
  const base = upstreamBase(options.upstream, 'presignHandler', 'upstream')
  const endpoint = `${base}/oss/presign`
  const timeoutMs = options.timeoutMs ?? 10_000
  const retries = Math.max(0, Math.floor(options.retries ?? 2))
  const backoffMs = options.backoffMs ?? 200
  const baseLogger = options.logger === false ? undefined : (options.logger ?? console)
  const batchConcurrency = Math.max(1, options.batchConcurrency ?? 8)

  const fetchImpl = options.fetch ?? globalThis.fetch
  const fixedHeaders = upstreamHeaders(typeof options.headers === 'function' ? undefined : options.headers)
  const fixedRedact = redactorFor(fixedHeaders)

  /** One upstream call: the upstream's status and envelope, or 502 after retries. */
  const signOne = async (query: PresignSignQuery, headers: Headers, logger: PresignLogger | undefined, signal: AbortSignal): Promise<{ status: number; body: PresignSignResponse }> => {
    // The schema's output holds only the five known parameters.
    const params = new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])))
    let attempts = 1
    let response: Response
    try {
      response = await fetchUpstream(`${endpoint}?${params}`, { headers }, { fetch: fetchImpl, timeoutMs, retries, backoffMs, signal, onRetry: (n) => (attempts = n) })
    } catch (error) {
      if (!signal.aborted) {
        logger?.warn(`[media-uploader] presign upstream unavailable after ${attempts} attempt(s): ${describeUpstreamFailure(error as UpstreamFailure, timeoutMs)}`)
      }
      return UNAVAILABLE
    }
    const envelope = restrictEnvelope(await readJson(response))
    if (!envelope) {
      if (response.ok) logger?.warn(`[media-uploader] presign upstream answered HTTP ${response.status} without a {code,msg,data} envelope`)
      return response.ok ? UNAVAILABLE : { status: response.status, body: { code: response.status, msg: `Upstream answered HTTP ${response.status}`, data: null } }
    }
    return { status: response.ok ? 200 : response.status, body: envelope }
  }

  const route = async ({ request, body }: SignContext): Promise<Response> => {
    const parsed = request.method === 'POST' ? presignBatchRequestSchema.safeParse(body) : presignSignQuerySchema.safeParse(firstValues(new URL(request.url).searchParams))
    if (!parsed.success) return errorResponse(400, `${request.method === 'POST' ? 'Invalid batch' : 'Invalid query'}: ${describeIssues(parsed.error)}`)
    const headers = typeof options.headers === 'function' ? upstreamHeaders(await options.headers()) : fixedHeaders
    const redact = typeof options.headers === 'function' ? redactorFor(headers) : fixedRedact
    const logger = redactingLogger(baseLogger, redact)
    if ('files' in parsed.data) {
      const results = await mapLimit(parsed.data.files, batchConcurrency, async (query) => (await signOne(query, headers, logger, request.signal)).body)
      const answer: PresignBatchResponse = { code: 0, msg: 'success', data: results }
      return redactResponse(jsonResponse(answer, 200), redact)
    }
    const { status, body: answer } = await signOne(parsed.data, headers, logger, request.signal)
    return redactResponse(jsonResponse(answer, status), redact)
  }

  return standaloneHandler('presign', route, ({ status, message, headers }) => errorResponse(status, message, headers))
}

/**
 * Only the contract's fields of an upstream envelope: `{url, key}` on success,
 * `data: null` on a refusal (whatever else the upstream put there).
 */
function restrictEnvelope(body: unknown): PresignSignResponse | undefined {
  const head = presignSignResponseSchema.shape
  const code = head.code.safeParse((body as { code?: unknown } | undefined)?.code)
  const msg = head.msg.safeParse((body as { msg?: unknown } | undefined)?.msg)
  if (!code.success || !msg.success || typeof body !== 'object' || body === null || !('data' in body)) return undefined
  if (code.data !== 0) return { code: code.data, msg: msg.data, data: null }
  const parsed = presignSignResponseSchema.safeParse(body)
  return parsed.success ? parsed.data : undefined
}

/** The configured headers plus `accept: application/json`. */
function upstreamHeaders(init: HeadersInit | undefined): Headers {
  const headers = new Headers(init)
  headers.set('accept', 'application/json')
  return headers
}

/** A redactor for every configured header value (an API key, a bearer token…). */
function redactorFor(headers: Headers): Redactor {
  const secrets: string[] = []
  headers.forEach((value, name) => {
    if (name !== 'accept') secrets.push(value)
  })
  return createRedactor(secrets)
}

const UNAVAILABLE: { status: number; body: PresignSignResponse } = { status: 502, body: { code: 502, msg: 'upstream unavailable', data: null } }

/** Runs `fn` over `items`, at most `limit` at once, keeping order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** The first value of each parameter (a repeated parameter does not turn into an array). */
function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of params) {
    if (!(key in out)) out[key] = value
  }
  return out
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.')
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message
      return path ? `${path} ${message}` : message
    })
    .join('; ')
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}
