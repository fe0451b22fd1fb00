import * as z from 'zod/mini'

/**
 * AiToEarn's envelope as the app server relays it: `code` 0 is success;
 * anything else is a business error AiToEarn answered with HTTP 200 (401
 * wrong key, 10002 invalid parameters, 12752 asset too large, …) or the
 * server's own refusal (its HTTP status as `code`), with `data: null`. The
 * text is in `message` (not `msg` as for presign). `data` is checked by the
 * step's own schema.
 *
 * @example
 * ```ts
 * const { code, message, data } = aitoearnEnvelopeSchema.parse(await response.json())
 * ```
 */
export const aitoearnEnvelopeSchema = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.unknown()),
  /** AiToEarn's request id, when it sent one. */
  requestId: z.optional(z.string()),
})

/**
 * An envelope whose `data` is not yet checked.
 *
 * @example
 * ```ts
 * const denied: AitoearnEnvelope = { code: 401, message: 'Unauthorized', data: null }
 * ```
 */
export type AitoearnEnvelope = z.infer<typeof aitoearnEnvelopeSchema>
