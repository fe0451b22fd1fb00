import { crossSiteRefusal } from './crossSiteRefusal.ts'
import { DEFAULT_JSON_LIMITS, readJsonBody } from './readJsonBody.ts'

/** The outcome of {@link prepareSignRequest}. */
export type PreparedSignRequest =
  | { readonly ok: true; readonly body: unknown; readonly bytes: Uint8Array<ArrayBuffer> | undefined }
  | { readonly ok: false; readonly status: number; readonly message: string; readonly headers?: Record<string, string> }

/**
 * Everything checked before `authorize` and before any upstream call, in
 * this order: the method (405), cross-site evidence (403, see
 * `crossSiteRefusal`), then for a `POST` the JSON body (415 without
 * `application/json`, 413 over 16 KiB, 400 malformed or nested deeper than 8).
 *
 * @example
 * ```ts
 * const prepared = await prepareSignRequest(request, ['POST'], allowedOrigins)
 * if (!prepared.ok) return errorResponse(prepared.status, prepared.message)
 * ```
 */
export async function prepareSignRequest(request: Request, methods: readonly string[], allowedOrigins: ReadonlySet<string>): Promise<PreparedSignRequest> {
  if (!methods.includes(request.method)) return { ok: false, status: 405, message: 'Method not allowed', headers: { allow: methods.join(', ') } }
  const refusal = crossSiteRefusal(request, allowedOrigins)
  if (refusal !== undefined) return { ok: false, status: 403, message: refusal }
  if (request.method !== 'POST') return { ok: true, body: undefined, bytes: undefined }
  const body = await readJsonBody(request, DEFAULT_JSON_LIMITS)
  return body.ok ? { ok: true, body: body.value, bytes: body.bytes } : body
}
