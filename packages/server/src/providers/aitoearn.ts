import type { z } from 'zod'
import { describeIssues } from '../internal/describeIssues.ts'
import { describeUpstreamFailure } from '../internal/describeUpstreamFailure.ts'
import { readJsonBody } from '../internal/readJsonBody.ts'
import { redactSecret } from '../internal/redactSecret.ts'
import type { ProviderHandler } from '../ProviderHandler.ts'
import { aitoearnConfirmBodySchema } from './aitoearn/aitoearnConfirmBodySchema.ts'
import type { AitoearnHandlerOptions, AitoearnLogger } from './aitoearn/AitoearnHandlerOptions.ts'
import { aitoearnError, aitoearnResponse } from './aitoearn/aitoearnResponse.ts'
import { aitoearnSignBodySchema } from './aitoearn/aitoearnSignBodySchema.ts'
import { aitoearnSites } from './aitoearn/aitoearnSites.ts'
import { restrictAitoearnEnvelope, type AitoearnStage } from './aitoearn/restrictAitoearnEnvelope.ts'
import { upstreamBase } from '../internal/upstreamBase.ts'
import { fetchUpstream, type UpstreamFailure } from '../internal/fetchUpstream.ts'

export type { AitoearnHandlerOptions, AitoearnLogger } from './aitoearn/AitoearnHandlerOptions.ts'

/** Sign and confirm bodies are tiny. */
const MAX_BODY_BYTES = 16 * 1024

/**
 * Handles the browser's AiToEarn calls, signing them with the server's API key:
 *
 * - `POST …/aitoearn` `{filename, size, type?}` → `POST {base}/api/assets/uploadSign`
 *   with `X-Api-Key`, answered with `{code, message, data?: {id, path, url, uploadUrl,
 *   uploadFields?}, requestId?}`;
 * - `POST …/aitoearn/confirm` `{id}` → `POST {base}/api/assets/{id}/confirm`, answered
 *   with `{code, message, data?: {id?, url?}, requestId?}`.
 *
 * AiToEarn answers business errors (401 wrong key, 10002, 12752, …) with HTTP
 * 200; they are passed through with HTTP 200 and their `code`, never retried.
 * The handler's own failures are `{code, message, data: null}` with that HTTP
 * status:
 *
 * - invalid body (bad `filename`, `size`, `type` or `id`) or `size` over
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
  const logger = options.logger === false ? undefined : (options.logger ?? console)

  const fetchImpl = options.fetch ?? globalThis.fetch

  const handler = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return aitoearnError(405, 'Method not allowed', { allow: 'POST' })
    const stage: AitoearnStage = new URL(request.url).pathname.replace(/\/+$/, '').endsWith('/confirm') ? 'confirm' : 'sign'
    const body = await readJsonBody(request, MAX_BODY_BYTES)
    if (!body.ok) return aitoearnError(body.status, body.message)

    let path: string
    let json: Record<string, unknown>
    if (stage === 'sign') {
      const parsed = aitoearnSignBodySchema.safeParse(body.value)
      if (!parsed.success) return invalid(parsed.error, body.value)
      if (maxFileSize !== undefined && parsed.data.size > maxFileSize) {
        return aitoearnError(400, `Invalid body: size ${parsed.data.size} is over the limit of ${maxFileSize} bytes`)
      }
      path = '/api/assets/uploadSign'
      json = { filename: parsed.data.filename, size: parsed.data.size, type: parsed.data.type }
    } else {
      const parsed = aitoearnConfirmBodySchema.safeParse(body.value)
      if (!parsed.success) return invalid(parsed.error, body.value)
      // The id matched ^[\w-]{1,64}$: it cannot change the path or the host.
      path = `/api/assets/${parsed.data.id}/confirm`
      json = { id: parsed.data.id }
    }
    return forward(`${base}${path}`, json, stage, request.signal)
  }

  const forward = async (url: string, json: Record<string, unknown>, stage: AitoearnStage, signal: AbortSignal): Promise<Response> => {
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
    // Belt and braces: an upstream that quoted the key back never gets it to the browser.
    const safe = redactSecret(restricted, apiKey)
    if (safe.redacted) warn(logger, `${stage} upstream answer contained the API key; it was redacted`)
    return aitoearnResponse(safe.value, response.ok ? 200 : response.status)
  }

  return Object.assign(handler, {
    deny: ({ status, message }: { readonly status: 401 | 403; readonly message: string }) => aitoearnError(status, message),
  })
}

function invalid(error: z.ZodError, input: unknown): Response {
  return aitoearnError(400, `Invalid body: ${describeIssues(error, input)}`)
}


function warn(logger: AitoearnLogger | undefined, message: string): void {
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
