import * as z from 'zod/mini'
import { presignSignResponseSchema } from './presignSignResponse.ts'

/**
 * The answer to a batch request: one {@link PresignSignResponse} per file, in
 * order, or the envelope of a refused batch (`data: null`).
 *
 * @example
 * ```ts
 * const answers = presignBatchResponseSchema.parse(await response.json()).data ?? []
 * ```
 */
export const presignBatchResponseSchema = z.object({
  code: z.number(),
  msg: z.string(),
  data: z.nullable(z.array(presignSignResponseSchema)),
})

/**
 * A batch answer.
 *
 * @example
 * ```ts
 * const answer: PresignBatchResponse = { code: 0, msg: 'success', data: [{ code: 0, msg: 'success', data: { url, key } }] }
 * ```
 */
export type PresignBatchResponse = z.infer<typeof presignBatchResponseSchema>
