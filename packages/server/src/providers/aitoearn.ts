import { aitoearnConfirmRequestSchema } from '@media-uploader/contracts/aitoearn'
import type * as z from 'zod/mini'
import { describeIssues } from '../internal/describeIssues.ts'
import { describeUpstreamFailure } from '../internal/describeUpstreamFailure.ts'
import { createRedactor } from '../internal/createRedactor.ts'
import { redactingLogger } from '../internal/redactingLogger.ts'
import { redactResponse } from '../internal/redactResponse.ts'
import { standaloneHandler } from '../internal/standaloneHandler.ts'
import type { ProviderHandler, SignContext } from '../ProviderHandler.ts'
import type { AitoearnHandlerOptions } from './aitoearn/AitoearnHandlerOptions.ts'
import { aitoearnError, aitoearnResponse } from './aitoearn/aitoearnResponse.ts'
import { aitoearnSignBodySchema } from './aitoearn/aitoearnSignBodySchema.ts'
import { aitoearnSites } from './aitoearn/aitoearnSites.ts'
import { restrictAitoearnEnvelope, type AitoearnStage } from './aitoearn/restrictAitoearnEnvelope.ts'
import { upstreamBase } from '../internal/upstreamBase.ts'
import { fetchUpstream, type UpstreamFailure } from '../internal/fetchUpstream.ts'

export type { AitoearnHandlerOptions, AitoearnLogger } from './aitoearn/AitoearnHandlerOptions.ts'

/**
 * Handles the browser's AiToEarn calls, signing them with the server's API key:
 *
 * - `POST …/aitoearn` `{filename, size, type?}` → `POST {base}/api/assets/uploadSign`
 *   with `X-Api-Key`, answered with `{code, message, data?: {id, path, url, uploadUrl,
 *   uploadFields?}, requestId?}`;
 * - `POST …/aitoearn/confirm` `{id, grant}` → `POST {base}/api/assets/{id}/confirm`, answered
 *   with `{code, message, data?: {id?, url?}, requestId?}`. `grant` is the one the sign
 *   answer carried (`data.grant`, bound to the user `authorize` named and to `id`);
 *   without it, or for another user's asset → 403, AiToEarn not called.
 *
 * AiToEarn answers business errors (401 wrong key, 10002, 12752, …) with HTTP
 * 200; they are passed through with HTTP 200 and their `code`, never retried.
 * The handler's own failures are `{code, message, data: null}` with that HTTP
 * status:
 *
 * - invalid body (bad `filename` — path separators, control or bidi characters —, `size`, `type` or `id`) or `size` over
 *   `maxFileSize` → 400, AiToEarn not called; non-JSON content type → 415;
 * - AiToEarn unreachable, timing out or answering 5xx → retried with backoff,
 *   then 502 `upstream unavailable`; an answer that is not an AiToEarn envelope → 502;
 * - other methods than POST → 405.
 *
 * The upstream host is fixed at start-up and only the validated fields are
 * sent; the API key never appears in a response or a log line.
 *
 * @example
 * ```ts
 * const aitoearn = aitoearnHandler({ apiKey: process.env.AITOEARN_API_KEY!, site: 'intl' })
 * const response = await aitoearn(new Request('https://app.example/api/media-uploader/aitoearn', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ filename: 'clip.mp4', size: 1234, type: 'userMedia' }),
 * }))
 * ```
 */
export function aitoearnHandler(options: AitoearnHandlerOptions): ProviderHandler {
  const apiKey = options.apiKey
  if (typeof apiKey !== 'string' || apiKey.trim() === '') throw new TypeError('aitoearnHandler: apiKey is required')
  const base = upstreamBase(options.baseUrl ?? aitoearnSites[options.site ?? 'cn'], 'aitoearnHandler', 'baseUrl')
  const timeoutMs = options.timeoutMs ?? 10_000
  const retries = Math.max(0, Math.floor(options.retries ?? 2))
  const backoffMs = options.backoffMs ?? 200
  const maxFileSize = options.maxFileSize
  const redact = createRedactor([apiKey])
  const logger = redactingLogger(options.logger === false ? undefined : (options.logger ?? console), redact)

  const fetchImpl = options.fetch ?? globalThis.fetch

  const route = async ({ action, body, userId, grants, request }: SignContext): Promise<Response> => {
    if (action === 'confirm') {
      const parsed = aitoearnConfirmRequestSchema.safeParse(body)
      if (!parsed.success) return invalid(parsed.error, body)
      if (!(await grants.verify(parsed.data.grant, userId, 'aitoearn', parsed.data.id))) {
        return aitoearnError(403, 'Forbidden: this asset was not signed for you (missing, foreign or expired grant)')
      }
      // The id matched ^[\w-]{1,64}$: it cannot change the path or the host.
      return redactResponse(await forward(`${base}/api/assets/${parsed.data.id}/confirm`, { id: parsed.data.id }, 'confirm', request.signal), redact)
    }
    const parsed = aitoearnSignBodySchema.safeParse(body)
    if (!parsed.success) return invalid(parsed.error, body)
    if (maxFileSize !== undefined && parsed.data.size > maxFileSize) {
      return aitoearnError(400, `Invalid body: size ${parsed.data.size} is over the limit of ${maxFileSize} bytes`)
    }
    const json = { filename: parsed.data.filename, size: parsed.data.size, type: parsed.data.type }
    const signed = await forward(`${base}/api/assets/uploadSign`, json, 'sign', request.signal, async (id) => grants.issue(userId, 'aitoearn', id))
    return redactResponse(signed, redact)
  }

  const forward = async (
    url: string,
    json: Record<string, unknown>,
    stage: AitoearnStage,
    signal: AbortSignal,
    grantFor?: (id: string) => Promise<string>,
  ): Promise<Response> => {
    let attempts = 1
    let response: Response
    try {
      const init = { method: 'POST', body: JSON.stringify(json), headers: { 'x-api-key': apiKey, accept: 'application/json', 'content-type': 'application/json' } }
      response = await fetchUpstream(url, init, { fetch: fetchImpl, timeoutMs, retries, backoffMs, signal, onRetry: (n) => (attempts = n) })
    } catch (error) {
      if (!signal.aborted) warn(logger, `${stage} upstream unavailable after ${attempts} attempt(s): ${describeUpstreamFailure(error as UpstreamFailure, timeoutMs)}`)
      return aitoearnError(502, 'upstream unavailable')
    }
    const restricted = restrictAitoearnEnvelope(await readJson(response), stage)
    if (restricted === undefined) {
      warn(logger, `${stage} upstream answered HTTP ${response.status} without a usable {code,message,data} envelope`)
      return aitoearnError(502, `upstream answered HTTP ${response.status} with an unexpected body`)
    }
    const ticket = restricted.data
    const envelope = grantFor && ticket && 'path' in ticket ? { ...restricted, data: { ...ticket, grant: await grantFor(ticket.id) } } : restricted
    return aitoearnResponse(envelope, response.ok ? 200 : response.status)
  }

  return standaloneHandler('aitoearn', route, ({ status, message, headers }) => aitoearnError(status, message, headers))
}

function invalid(error: z.core.$ZodError, input: unknown): Response {
  return aitoearnError(400, `Invalid body: ${describeIssues(error, input)}`)
}


function warn(logger: { warn(message: string): void } | undefined, message: string): void {
  logger?.warn(`[media-uploader] aitoearn ${message}`)
}


async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}
