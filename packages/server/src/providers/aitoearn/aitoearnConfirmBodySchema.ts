import { z } from 'zod'

/**
 * The browser's body for `POST {basePath}/aitoearn/confirm`: the asset id
 * and the ownership grant the sign answer carried. The id becomes a path
 * segment of the upstream URL, so it is limited to `^[\w-]{1,64}$`.
 *
 * @example
 * ```ts
 * aitoearnConfirmBodySchema.parse({ id: '665f1c2ab3', grant: 'g1.…' }) // { id: '665f1c2ab3', grant: 'g1.…' }
 * ```
 */
export const aitoearnConfirmBodySchema = z.object({
  id: z.string({ error: 'must be a string' }).regex(/^[\w-]{1,64}$/, 'must match ^[\\w-]{1,64}$'),
  grant: z.string({ error: 'must be a string' }).max(1024, 'must be at most 1024 characters').optional(),
})

/**
 * A validated confirm request.
 *
 * @example
 * ```ts
 * const body: AitoearnConfirmBody = { id: '665f1c2ab3', grant: 'g1.…' }
 * ```
 */
export type AitoearnConfirmBody = z.infer<typeof aitoearnConfirmBodySchema>
