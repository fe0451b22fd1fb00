import * as z from 'zod/mini'

/**
 * The sign answer for one file (seed 001's envelope): `code` 0 with the
 * presigned PUT `url` and the object `key`, or a non-zero `code` (the HTTP
 * status of a refusal: 400 invalid request, 502 upstream unavailable, …),
 * a message and `data: null`.
 *
 * @example
 * ```ts
 * const { data } = presignSignResponseSchema.parse(await response.json())
 * ```
 */
export const presignSignResponseSchema = z.object({
  code: z.number(),
  msg: z.string(),
  data: z.nullable(z.object({ url: z.string(), key: z.string() })),
})

/**
 * One file's sign answer.
 *
 * @example
 * ```ts
 * const refused: PresignSignResponse = { code: 400, msg: 'Invalid query: ext must be one of jpg, …', data: null }
 * ```
 */
export type PresignSignResponse = z.infer<typeof presignSignResponseSchema>
