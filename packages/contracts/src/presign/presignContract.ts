/**
 * `@media-uploader/contracts/presign`: what the browser and the app server
 * say to each other for the `presign` provider (seed 001's `GET /oss/presign`).
 *
 * @example
 * ```ts
 * import { presignSignResponseSchema, type PresignSignRequest } from '@media-uploader/contracts/presign'
 * ```
 *
 * @packageDocumentation
 */
export { presignExtensions, type PresignExtension } from './presignExtensions.ts'
export { presignObjectTypes, type PresignObjectType } from './presignObjectTypes.ts'
export { PRESIGN_BATCH_LIMIT, PRESIGN_MAX_DIMENSION, PRESIGN_MAX_DURATION } from './presignLimits.ts'
export {
  presignBatchRequestSchema,
  presignSignQuerySchema,
  presignSignRequestSchema,
  type PresignBatchRequest,
  type PresignSignQuery,
  type PresignSignRequest,
} from './presignSignRequest.ts'
export { presignSignResponseSchema, type PresignSignResponse } from './presignSignResponse.ts'
export { presignBatchResponseSchema, type PresignBatchResponse } from './presignBatchResponse.ts'
