import type { ServerResponse } from 'node:http'
import type { InjectedFailure } from '../services/ServiceHandler.ts'
import { apiCorsHeaders } from './apiCorsHeaders.ts'
import type { ServiceRequest } from './ServiceRequest.ts'

/** Default answer to an injected failure: the given body (or a JSON error) with open CORS. */
export function sendInjectedFailure(request: ServiceRequest, res: ServerResponse, failure: InjectedFailure): void {
  const body = failure.body ?? { error: 'injected fault', status: failure.status }
  const isText = typeof body === 'string'
  const text = isText ? body : JSON.stringify(body)
  res.writeHead(failure.status, {
    ...apiCorsHeaders(request),
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(request.method === 'HEAD' ? undefined : text)
}
