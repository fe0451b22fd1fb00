import type { Envelope } from '../types.ts'

/** A JSON response that is never cached (sign answers carry short-lived URLs). */
export function jsonResponse(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  })
}

/** `{code: status, msg, data: null}` with that HTTP status. */
export function errorResponse(status: number, msg: string, headers?: Record<string, string>): Response {
  const body: Envelope<null> = { code: status, msg, data: null }
  return jsonResponse(body, status, headers)
}
