import * as z from 'zod/mini'

/**
 * The browser's body for `POST {basePath}/aliyun-vod/refresh`
 * (RefreshUploadVideo): the video, and the ownership grant its sign answer
 * carried. Also what a resumed upload sends after a page reload.
 *
 * @example
 * ```ts
 * aliyunVodRefreshRequestSchema.parse({ videoId: 'c4a8f0', grant: 'g1.x' })
 * ```
 */
export const aliyunVodRefreshRequestSchema = z.object({
  videoId: z.string({ error: 'must be a string' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a VOD video id')),
  grant: z.optional(z.string({ error: 'must be a string' }).check(z.maxLength(1024, 'must be at most 1024 characters'))),
})

/**
 * A refresh request.
 *
 * @example
 * ```ts
 * const refresh: AliyunVodRefreshRequest = { videoId: 'c4a8f0', grant: 'g1.x' }
 * ```
 */
export type AliyunVodRefreshRequest = z.infer<typeof aliyunVodRefreshRequestSchema>
