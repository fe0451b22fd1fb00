import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import type { ImagexError } from './ImagexError.ts'

/** A fresh ImageX-style request id. */
export function imagexRequestId(): string {
  return `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(10).toString('hex').toUpperCase()}`
}

/**
 * Sends an ImageX OpenAPI answer `{ResponseMetadata:{RequestId, Action, Version, Service, Region, Error?}, Result?}`
 * (`Service` `imagex`, or `vod` for the ByteDance VOD OpenAPI, which answers the same way)
 * with CORS for the configured origins (whether the real ImageX answers CORS for a web page is unverified).
 */
export function sendImagex(request: ServiceRequest, res: ServerResponse, region: string, outcome: { result: unknown } | { error: ImagexError }, service = 'imagex'): void {
  const requestId = imagexRequestId()
  const metadata = {
    RequestId: requestId,
    Action: request.query.get('Action') ?? '',
    Version: request.query.get('Version') ?? '',
    Service: service,
    Region: region,
    ...('error' in outcome ? { Error: { Code: outcome.error.code, ...(outcome.error.codeN === undefined ? {} : { CodeN: outcome.error.codeN }), Message: outcome.error.message } } : {}),
  }
  const status = 'error' in outcome ? outcome.error.status : 200
  const body = 'error' in outcome ? { ResponseMetadata: metadata } : { ResponseMetadata: metadata, Result: outcome.result }
  sendJson(res, status, body, { ...apiCorsHeaders(request), 'x-tt-logid': requestId })
}
