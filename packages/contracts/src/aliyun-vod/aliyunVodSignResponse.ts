import * as z from 'zod/mini'
import { aliyunVodFieldErrorSchema, aliyunVodServiceErrorSchema } from './aliyunVodFieldError.ts'

const nonEmpty = () => z.string().check(z.minLength(1))

/**
 * A video's credentials (`CreateUploadVideo` or `RefreshUploadVideo`, the
 * same shape): `UploadAddress`/`UploadAuth` still base64 as VOD sent them,
 * and the server's ownership grant for `VideoId`, sent back with a refresh.
 *
 * @example
 * ```ts
 * const video: AliyunVodVideoTicket = { VideoId: 'c4a8…', UploadAddress: 'eyJ…', UploadAuth: 'eyJ…', grant: 'g1.x' }
 * ```
 */
export const aliyunVodVideoTicketSchema = z.object({
  VideoId: nonEmpty(),
  UploadAddress: nonEmpty(),
  UploadAuth: nonEmpty(),
  grant: z.optional(z.string()),
})

/**
 * A video ticket.
 *
 * @example
 * ```ts
 * const { VideoId } = aliyunVodVideoTicketSchema.parse(envelope.data) satisfies AliyunVodVideoTicket
 * ```
 */
export type AliyunVodVideoTicket = z.infer<typeof aliyunVodVideoTicketSchema>

/**
 * An image's credentials (`CreateUploadImage`; renewing means a new image).
 *
 * @example
 * ```ts
 * const image: AliyunVodImageTicket = { ImageId: '93ab…', ImageURL: 'https://…/a.png', FileURL: 'https://…', UploadAddress: 'eyJ…', UploadAuth: 'eyJ…' }
 * ```
 */
export const aliyunVodImageTicketSchema = z.object({
  ImageId: nonEmpty(),
  ImageURL: z.string(),
  FileURL: z.string(),
  UploadAddress: nonEmpty(),
  UploadAuth: nonEmpty(),
})

/**
 * An image ticket.
 *
 * @example
 * ```ts
 * const image = aliyunVodImageTicketSchema.parse(envelope.data) satisfies AliyunVodImageTicket
 * ```
 */
export type AliyunVodImageTicket = z.infer<typeof aliyunVodImageTicketSchema>

/**
 * The `data` of a successful sign or refresh answer.
 *
 * @example
 * ```ts
 * const ticket = aliyunVodUploadTicketSchema.parse(envelope.data)
 * if ('VideoId' in ticket) keep(ticket.grant)
 * ```
 */
export const aliyunVodUploadTicketSchema = z.union([aliyunVodVideoTicketSchema, aliyunVodImageTicketSchema])

/**
 * A video or an image ticket.
 *
 * @example
 * ```ts
 * const ticket: AliyunVodUploadTicket = { VideoId: 'c4a8…', UploadAddress: 'eyJ…', UploadAuth: 'eyJ…' }
 * ```
 */
export type AliyunVodUploadTicket = z.infer<typeof aliyunVodUploadTicketSchema>

/**
 * Every answer of the aliyun-vod routes: `{code: 0, msg: 'success', data: ticket}`,
 * or `{code: <HTTP status>, msg, data}` with a field error (400), a relayed
 * VOD error, or `null`.
 *
 * @example
 * ```ts
 * const { code, data } = aliyunVodSignResponseSchema.parse(await response.json())
 * ```
 */
export const aliyunVodSignResponseSchema = z.object({
  code: z.number(),
  msg: z.string(),
  data: z.nullable(z.union([aliyunVodUploadTicketSchema, aliyunVodFieldErrorSchema, aliyunVodServiceErrorSchema])),
})

/**
 * An answer of the aliyun-vod routes.
 *
 * @example
 * ```ts
 * const failure: AliyunVodSignResponse = { code: 400, msg: 'Invalid Title: must be at most 128 bytes (UTF-8), got 129', data: { field: 'Title', issue: 'too-long', limit: 128 } }
 * ```
 */
export type AliyunVodSignResponse = z.infer<typeof aliyunVodSignResponseSchema>
