import * as z from 'zod/mini'

/** Seed 000's envelope: only `code === 0` is success; errors come with HTTP 200. */
export const aitoearnEnvelope = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.unknown()),
  requestId: z.optional(z.string()),
  timestamp: z.optional(z.number()),
})

/** Seed 000's `UploadResultVo`; `uploadUrl` is optional in the schema but needed to upload. */
export const uploadResultVo = z.object({
  id: z.string(),
  path: z.string(),
  url: z.string(),
  uploadUrl: z.string(),
  uploadFields: z.optional(z.record(z.string(), z.string())),
  /** The app server's ownership grant for `id`, sent back with the confirm call. */
  grant: z.optional(z.string()),
})

/** The confirm step's `AssetVo`, of which the widget reads the final `url`. */
export const assetVo = z.object({ id: z.optional(z.string()), url: z.optional(z.string()) })
