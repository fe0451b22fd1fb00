import { requestIdFromHeaders } from './requestIdOf.ts'

/**
 * A sign endpoint answered with a status outside 200–299 (after redirects).
 * Its JSON body, when it had one, was read once into `data` so messages can
 * quote the server (`{ msg: 'bad key' }`); `response` is the answer itself
 * (body already read) and `requestId` the first request id among its headers
 * (`x-request-id`, `x-oss-request-id`, …), for support.
 *
 * @example
 * ```ts
 * try {
 *   await ctx.http.post(ctx.endpoint, { name: file.name }, ctx.signal)
 * } catch (error) {
 *   if (error instanceof SignHttpError && error.status === 404) useTheOldRoute()
 *   else throw error
 * }
 * ```
 */
export class SignHttpError extends Error {
  override readonly name = 'SignHttpError'
  /** The HTTP status (`response.status`). */
  readonly status: number
  /** The request id from the answer's headers, if it carried one. */
  readonly requestId: string | undefined

  constructor(
    /** The answer; its body was read into {@link SignHttpError.data}. */
    readonly response: Response,
    /** The answer's body parsed as JSON, or `undefined` when it was empty or not JSON. */
    readonly data?: unknown,
    /** What was asked (`POST https://app.example/api/…`), for the message. */
    request = response.url,
  ) {
    super(`Request failed with status code ${response.status}: ${request}`)
    this.status = response.status
    this.requestId = requestIdFromHeaders(response.headers)
  }
}
