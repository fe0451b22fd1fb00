import type { Envelope } from '../../types.ts'
import type { AliyunVodFieldIssue } from './aliyunVodSignBodySchema.ts'

/**
 * What the browser gets for an image: VOD's `CreateUploadImage` answer, the
 * credentials still base64 as VOD sent them.
 *
 * @example
 * ```ts
 * const image: AliyunVodImageTicket = { ImageId: '93ab…', ImageURL: 'https://…/image/default/….png', FileURL: 'https://…', UploadAddress: 'eyJ…', UploadAuth: 'eyJ…' }
 * ```
 */
export interface AliyunVodImageTicket {
  readonly ImageId: string
  readonly ImageURL: string
  readonly FileURL: string
  /** base64 JSON `{Endpoint, Bucket, FileName}`. */
  readonly UploadAddress: string
  /** base64 JSON `{AccessKeyId, AccessKeySecret, SecurityToken, Expiration}` (STS, `Expiration` in seconds). */
  readonly UploadAuth: string
}

/**
 * What the browser gets for a video: `CreateUploadVideo`'s (or
 * `RefreshUploadVideo`'s) answer, the credentials still base64.
 *
 * @example
 * ```ts
 * const video: AliyunVodVideoTicket = { VideoId: 'c4a8…', UploadAddress: 'eyJ…', UploadAuth: 'eyJ…' }
 * ```
 */
export interface AliyunVodVideoTicket {
  readonly VideoId: string
  readonly UploadAddress: string
  readonly UploadAuth: string
  /** The ownership grant for `VideoId` (opaque): send it back with `/refresh`. */
  readonly grant?: string
}

/**
 * The `data` of a 400 answer: which VOD field was refused and why, so the
 * widget can name it in the user's language.
 *
 * @example
 * ```ts
 * const error: AliyunVodFieldError = { field: 'Title', issue: 'too-long', limit: 128 }
 * ```
 */
export interface AliyunVodFieldError {
  /** The VOD parameter name: `Title`, `Tags`, `Description`, `CateId`, `ImageType`, `FileName`, `UserData`, … */
  readonly field: string
  readonly issue: AliyunVodFieldIssue
  /** The limit that was exceeded (bytes for `too-long`, a count for `too-many`). */
  readonly limit?: number
}

/**
 * The `data` of an answer relaying a VOD error.
 *
 * @example
 * ```ts
 * const error: AliyunVodServiceError = { serviceCode: 'InvalidVideo.NotFound', requestId: '25818875-…' }
 * ```
 */
export interface AliyunVodServiceError {
  readonly serviceCode: string
  readonly requestId?: string
}

/**
 * Every answer of the aliyun-vod handler: `{code: 0, msg: 'success', data}`
 * on success, `{code: <HTTP status>, msg, data}` otherwise.
 *
 * @example
 * ```ts
 * const failure: AliyunVodEnvelope = { code: 400, msg: 'Invalid Title: must be at most 128 bytes (UTF-8), got 129', data: { field: 'Title', issue: 'too-long', limit: 128 } }
 * ```
 */
export type AliyunVodEnvelope = Envelope<AliyunVodImageTicket | AliyunVodVideoTicket | AliyunVodFieldError | AliyunVodServiceError | null>
