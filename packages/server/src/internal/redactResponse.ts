import type { Redactor } from './createRedactor.ts'

/**
 * The response with `redact` applied to its body text and header values:
 * the last step before anything a provider answered leaves the server.
 *
 * @example
 * ```ts
 * return redactResponse(await forward(request), redact)
 * ```
 */
export async function redactResponse(response: Response, redact: Redactor): Promise<Response> {
  const headers = new Headers()
  response.headers.forEach((value, name) => headers.append(name, redact(value)))
  const text = response.body === null ? null : redact(await response.text())
  return new Response(text, { status: response.status, statusText: response.statusText, headers })
}
