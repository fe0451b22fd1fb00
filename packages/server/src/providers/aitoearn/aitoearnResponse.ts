import { jsonResponse } from '../../internal/jsonResponse.ts'
import type { AitoearnConfirmResponse, AitoearnSignResponse } from '@media-uploader/contracts/aitoearn'

/** An AiToEarn envelope as a JSON response (never cached). */
export function aitoearnResponse(envelope: AitoearnSignResponse | AitoearnConfirmResponse, status = 200, headers?: Record<string, string>): Response {
  return jsonResponse(envelope, status, headers)
}

/** The handler's own failure: `{code: status, message, data: null}` with that HTTP status. */
export function aitoearnError(status: number, message: string, headers?: Record<string, string>): Response {
  const body: AitoearnSignResponse & AitoearnConfirmResponse = { code: status, message, data: null }
  return jsonResponse(body, status, headers)
}
