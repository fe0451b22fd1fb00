import { z } from 'zod'

/**
 * The browser's body for `POST {basePath}/aitoearn/confirm`. The id becomes
 * a path segment of the upstream URL, so it is limited to `^[\w-]{1,64}$`.
 *
 * @example
 * ```ts
 * aitoearnConfirmBodySchema.parse({ id: '665f1c2ab3' }) // { id: '665f1c2ab3' }
 * ```
 */
export const aitoearnConfirmBodySchema = z.object({
  id: z.string({ error: 'must be a string' }).regex(/^[\w-]{1,64}$/, 'must match ^[\\w-]{1,64}$'),
})

/**
 * A validated confirm request.
 *
 * @example
 * ```ts
 * const body: AitoearnConfirmBody = { id: '665f1c2ab3' }
 * ```
 */
export type AitoearnConfirmBody = z.infer<typeof aitoearnConfirmBodySchema>
