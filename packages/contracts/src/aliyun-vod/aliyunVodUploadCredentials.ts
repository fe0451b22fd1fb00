import * as z from 'zod/mini'

/**
 * `UploadAddress` once base64-decoded: where the bytes go (OSS).
 *
 * @example
 * ```ts
 * const address = aliyunVodUploadAddressSchema.parse(JSON.parse(atob(ticket.UploadAddress)))
 * ```
 */
export const aliyunVodUploadAddressSchema = z.object({
  /** `https://oss-cn-shanghai.aliyuncs.com` (with its scheme). */
  Endpoint: z.url(),
  Bucket: z.string().check(z.minLength(1)),
  /** The object key VOD assigned. */
  FileName: z.string().check(z.minLength(1)),
})

/**
 * A decoded `UploadAddress`.
 *
 * @example
 * ```ts
 * const address: AliyunVodUploadAddress = { Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-1', FileName: 'sv/1/a.mp4' }
 * ```
 */
export type AliyunVodUploadAddress = z.infer<typeof aliyunVodUploadAddressSchema>

/**
 * `UploadAuth` once base64-decoded: the STS credential for that one object,
 * valid `Expiration` seconds (3000). Held in memory only, never stored.
 *
 * @example
 * ```ts
 * const auth = aliyunVodUploadAuthSchema.parse(JSON.parse(atob(ticket.UploadAuth)))
 * ```
 */
export const aliyunVodUploadAuthSchema = z.object({
  AccessKeyId: z.string().check(z.minLength(1)),
  AccessKeySecret: z.string().check(z.minLength(1)),
  SecurityToken: z.string().check(z.minLength(1)),
  /** Seconds, as text (`"3000"`). */
  Expiration: z.optional(z.union([z.string(), z.number()])),
})

/**
 * A decoded `UploadAuth`.
 *
 * @example
 * ```ts
 * const auth: AliyunVodUploadAuth = { AccessKeyId: 'STS.x', AccessKeySecret: 's', SecurityToken: 't', Expiration: '3000' }
 * ```
 */
export type AliyunVodUploadAuth = z.infer<typeof aliyunVodUploadAuthSchema>
