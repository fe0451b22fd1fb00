import * as z from 'zod/mini'
import { aitoearnUploadTicketSchema } from './aitoearnUploadTicket.ts'

/**
 * The whole sign answer: the ticket when `code` is 0, `data: null` otherwise.
 *
 * @example
 * ```ts
 * const answer = aitoearnSignResponseSchema.parse(await response.json())
 * ```
 */
export const aitoearnSignResponseSchema = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.nullable(aitoearnUploadTicketSchema)),
  requestId: z.optional(z.string()),
})

/**
 * A sign answer.
 *
 * @example
 * ```ts
 * const tooLarge: AitoearnSignResponse = { code: 12752, message: 'AssetTooLarge', data: null }
 * ```
 */
export type AitoearnSignResponse = z.infer<typeof aitoearnSignResponseSchema>
