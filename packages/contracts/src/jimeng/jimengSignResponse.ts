import * as z from 'zod/mini'
import { jimengUploadTokenSchema } from './jimengUploadToken.ts'

/**
 * The sign answer (seed 001's envelope): `{code: 0, msg: 'success', data: token}`.
 *
 * @example
 * ```ts
 * const { data } = jimengSignResponseSchema.parse(await response.json())
 * ```
 */
export const jimengSignResponseSchema = z.object({
  code: z.literal(0),
  msg: z.string(),
  data: jimengUploadTokenSchema,
})

/**
 * A successful sign answer.
 *
 * @example
 * ```ts
 * const answer: JimengSignResponse = { code: 0, msg: 'success', data: token }
 * ```
 */
export type JimengSignResponse = z.infer<typeof jimengSignResponseSchema>
