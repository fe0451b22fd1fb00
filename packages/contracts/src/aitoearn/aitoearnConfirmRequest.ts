import * as z from 'zod/mini'

/**
 * The browser's confirm request, `POST {endpoint}/confirm` `{ id, grant? }`:
 * the asset id (`^[\w-]{1,64}$`, it becomes a path segment upstream) and
 * the ownership grant the sign answer carried.
 *
 * @example
 * ```ts
 * aitoearnConfirmRequestSchema.parse({ id: '665f1c2ab3', grant: 'g1.…' })
 * ```
 */
export const aitoearnConfirmRequestSchema = z.object({
  id: z.string({ error: 'must be a string' }).check(z.regex(/^[\w-]{1,64}$/, 'must match ^[\\w-]{1,64}$')),
  grant: z.optional(z.string({ error: 'must be a string' }).check(z.maxLength(1024, 'must be at most 1024 characters'))),
})

/**
 * A confirm request.
 *
 * @example
 * ```ts
 * const body: AitoearnConfirmRequest = { id: '665f1c2ab3', grant: 'g1.…' }
 * ```
 */
export type AitoearnConfirmRequest = z.infer<typeof aitoearnConfirmRequestSchema>
