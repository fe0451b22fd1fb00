import { jsonResponse } from '../../internal/jsonResponse.ts'
import type { AitoearnEnvelope } from './AitoearnEnvelope.ts'

/** An AiToEarn envelope as a JSON response (never cached). */
export function aitoearnResponse(envelope: AitoearnEnvelope, status = 200, headers?: Record<string, string>): Response {
  return jsonResponse(envelope, status, headers)
}

/** The handler's own failure: `{code: status, message, data: null}` with that HTTP status. */
export function aitoearnError(status: number, message: string, headers?: Record<string, string>): Response {
  const body: AitoearnEnvelope<null> = { code: status, message, data: null }
  return jsonResponse(body, status, headers)
}
