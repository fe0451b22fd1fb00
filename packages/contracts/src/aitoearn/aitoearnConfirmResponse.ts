import * as z from 'zod/mini'
import { aitoearnConfirmedAssetSchema } from './aitoearnConfirmedAsset.ts'

/**
 * The whole confirm answer.
 *
 * @example
 * ```ts
 * const answer = aitoearnConfirmResponseSchema.parse(await response.json())
 * ```
 */
export const aitoearnConfirmResponseSchema = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.nullable(aitoearnConfirmedAssetSchema)),
  requestId: z.optional(z.string()),
})

/**
 * A confirm answer.
 *
 * @example
 * ```ts
 * const answer: AitoearnConfirmResponse = { code: 0, message: 'success', data: { id: 'a1', url: 'https://cdn/u/1/a.jpg' } }
 * ```
 */
export type AitoearnConfirmResponse = z.infer<typeof aitoearnConfirmResponseSchema>
