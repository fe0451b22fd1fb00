import * as z from 'zod/mini'

/**
 * What a successful confirm answer carries in `data`: the asset id and its
 * final URL (either may be missing).
 *
 * @example
 * ```ts
 * const asset = aitoearnConfirmedAssetSchema.parse(envelope.data ?? {})
 * ```
 */
export const aitoearnConfirmedAssetSchema = z.object({
  id: z.optional(z.string()),
  url: z.optional(z.string()),
})

/**
 * A confirmed asset.
 *
 * @example
 * ```ts
 * const asset: AitoearnConfirmedAsset = { id: 'a1', url: 'https://cdn/u/1/a.jpg' }
 * ```
 */
export type AitoearnConfirmedAsset = z.infer<typeof aitoearnConfirmedAssetSchema>
