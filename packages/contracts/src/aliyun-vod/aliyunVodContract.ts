/**
 * `@media-uploader/contracts/aliyun-vod`: what the browser and the app server
 * say to each other for the `aliyun-vod` provider (seed 002's
 * `CreateUploadImage`, plus `CreateUploadVideo` and `RefreshUploadVideo`).
 *
 * @example
 * ```ts
 * import { aliyunVodExtensions, aliyunVodSignRequestSchema, type AliyunVodSignRequest } from '@media-uploader/contracts/aliyun-vod'
 * ```
 *
 * @packageDocumentation
 */
export {
  aliyunVodAudioExtensions,
  aliyunVodExtensionOf,
  aliyunVodExtensions,
  aliyunVodImageExtensions,
  aliyunVodVideoExtensions,
  isAliyunVodFileName,
  isAliyunVodImageName,
  type AliyunVodExtension,
} from './aliyunVodExtensions.ts'
export {
  aliyunVodFieldErrorSchema,
  aliyunVodFieldIssues,
  aliyunVodServiceErrorSchema,
  type AliyunVodFieldError,
  type AliyunVodFieldIssue,
  type AliyunVodServiceError,
} from './aliyunVodFieldError.ts'
export { ALIYUN_VOD_LIMITS } from './aliyunVodLimits.ts'
export { aliyunVodRefreshRequestSchema, type AliyunVodRefreshRequest } from './aliyunVodRefreshRequest.ts'
export { aliyunVodSignRequestSchema, type AliyunVodSignBody, type AliyunVodSignRequest } from './aliyunVodSignRequest.ts'
export {
  aliyunVodImageTicketSchema,
  aliyunVodSignResponseSchema,
  aliyunVodUploadTicketSchema,
  aliyunVodVideoTicketSchema,
  type AliyunVodImageTicket,
  type AliyunVodSignResponse,
  type AliyunVodUploadTicket,
  type AliyunVodVideoTicket,
} from './aliyunVodSignResponse.ts'
export {
  aliyunVodUploadAddressSchema,
  aliyunVodUploadAuthSchema,
  type AliyunVodUploadAddress,
  type AliyunVodUploadAuth,
} from './aliyunVodUploadCredentials.ts'
