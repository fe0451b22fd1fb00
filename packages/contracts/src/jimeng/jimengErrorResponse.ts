import * as z from 'zod/mini'

// Its own module: the browser never parses a refusal, and its `.check()` call would keep the
// integer format and range checks in every page's zod chunk (bundlers keep method calls).
/**
 * A refused sign call: `code` is the HTTP status (400 a field of the body is
 * wrong — `msg` names it, e.g. `Invalid body: kind must be one of image, video`;
 * 401 the Jimeng login expired; 502 Jimeng unreachable or refusing), `data` null.
 *
 * @example
 * ```ts
 * const refusal = jimengErrorResponseSchema.parse(await response.json())
 * ```
 */
export const jimengErrorResponseSchema = z.object({
  code: z.int().check(z.minimum(400), z.maximum(599)),
  msg: z.string(),
  data: z.null(),
})

/**
 * A refused sign call.
 *
 * @example
 * ```ts
 * const refused: JimengErrorResponse = { code: 400, msg: 'Invalid body: kind must be one of image, video', data: null }
 * ```
 */
export type JimengErrorResponse = z.infer<typeof jimengErrorResponseSchema>
