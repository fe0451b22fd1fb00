import type { AliyunVodFieldError, AliyunVodImageTicket, AliyunVodServiceError, AliyunVodVideoTicket } from '@media-uploader/contracts/aliyun-vod'
import type { Envelope } from '../../types.ts'

export type { AliyunVodFieldError, AliyunVodImageTicket, AliyunVodServiceError, AliyunVodVideoTicket } from '@media-uploader/contracts/aliyun-vod'

/**
 * Every answer of the aliyun-vod handler (the contract's
 * `AliyunVodSignResponse`): `{code: 0, msg: 'success', data}` on success,
 * `{code: <HTTP status>, msg, data}` otherwise.
 *
 * @example
 * ```ts
 * const failure: AliyunVodEnvelope = { code: 400, msg: 'Invalid Title: must be at most 128 bytes (UTF-8), got 129', data: { field: 'Title', issue: 'too-long', limit: 128 } }
 * ```
 */
export type AliyunVodEnvelope = Envelope<AliyunVodImageTicket | AliyunVodVideoTicket | AliyunVodFieldError | AliyunVodServiceError | null>
