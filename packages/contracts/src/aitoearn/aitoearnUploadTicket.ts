import * as z from 'zod/mini'

/**
 * What a successful sign answer carries in `data`: the asset, where to send
 * the bytes (a presigned PUT URL, or a POST-policy form when `uploadFields`
 * is not empty) and the ownership grant to send back with the confirm call.
 *
 * @example
 * ```ts
 * const ticket = aitoearnUploadTicketSchema.parse(envelope.data)
 * ```
 */
export const aitoearnUploadTicketSchema = z.object({
  /** Asset id (for the confirm step). */
  id: z.string(),
  /** Object path in AiToEarn's store. */
  path: z.string(),
  /** The asset's URL. */
  url: z.string(),
  /** A presigned PUT URL, or the bucket URL of a POST-policy form. */
  uploadUrl: z.string(),
  /** POST-policy form fields (sent before the file), when the upload is a form POST. */
  // An object whose every value is a string, as `z.record(z.string(), z.string())` says it, without
  // `z.record`'s code (key schemas, enum keys…) in every page's zod chunk.
  uploadFields: z.optional(z.catchall(z.object({}), z.string())),
  /** The app server's ownership grant for `id` (opaque). */
  grant: z.optional(z.string()),
})

/**
 * The upload ticket of a sign answer.
 *
 * @example
 * ```ts
 * const ticket: AitoearnUploadTicket = { id: 'a1', path: 'u/1/a.jpg', url: 'https://cdn/u/1/a.jpg', uploadUrl: 'https://s3/…' }
 * ```
 */
export type AitoearnUploadTicket = z.infer<typeof aitoearnUploadTicketSchema>
