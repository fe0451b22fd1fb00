import * as z from 'zod/mini'

/**
 * Why a field was refused, for the browser to say in the user's language.
 *
 * @example
 * ```ts
 * const issue: AliyunVodFieldIssue = 'too-many' // more than 16 Tags
 * ```
 */
export const aliyunVodFieldIssues = ['too-long', 'too-many', 'invalid', 'not-allowed'] as const

/**
 * One of {@link aliyunVodFieldIssues}.
 *
 * @example
 * ```ts
 * const issue: AliyunVodFieldIssue = 'not-allowed'
 * ```
 */
export type AliyunVodFieldIssue = (typeof aliyunVodFieldIssues)[number]

/**
 * The `data` of a 400 answer: the VOD parameter refused (`Title`, `Tags`,
 * `FileName`, `UserData.MessageCallback`, …), why, and the limit exceeded
 * (bytes for `too-long`, a count for `too-many`).
 *
 * @example
 * ```ts
 * const { field, issue, limit } = aliyunVodFieldErrorSchema.parse(envelope.data)
 * ```
 */
export const aliyunVodFieldErrorSchema = z.object({
  field: z.string(),
  issue: z.enum(aliyunVodFieldIssues),
  limit: z.optional(z.number()),
})

/**
 * A refused field.
 *
 * @example
 * ```ts
 * const error: AliyunVodFieldError = { field: 'Title', issue: 'too-long', limit: 128 }
 * ```
 */
export type AliyunVodFieldError = z.infer<typeof aliyunVodFieldErrorSchema>

/**
 * The `data` of an answer relaying one of VOD's own errors.
 *
 * @example
 * ```ts
 * aliyunVodServiceErrorSchema.parse({ serviceCode: 'InvalidVideo.NotFound', requestId: '2581…' })
 * ```
 */
export const aliyunVodServiceErrorSchema = z.object({
  serviceCode: z.string(),
  requestId: z.optional(z.string()),
})

/**
 * A relayed VOD error.
 *
 * @example
 * ```ts
 * const error: AliyunVodServiceError = { serviceCode: 'InvalidVideo.NotFound' }
 * ```
 */
export type AliyunVodServiceError = z.infer<typeof aliyunVodServiceErrorSchema>
