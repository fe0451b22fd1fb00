/**
 * `@media-uploader/contracts/jimeng`: what the browser and the app server say
 * to each other for the `jimeng` provider — the body asking for image or video
 * credentials, the token answer, a refusal — and the extensions it accepts.
 *
 * @example
 * ```ts
 * import { jimengSignResponseSchema, type JimengUploadToken } from '@media-uploader/contracts/jimeng'
 * ```
 *
 * @packageDocumentation
 */
export { jimengMediaKinds, jimengScenes, type JimengMediaKind } from './jimengMediaKinds.ts'
export { jimengExtensions, jimengImageExtensions, jimengKindOf, jimengVideoExtensions, type JimengExtension } from './jimengExtensions.ts'
export { jimengSignRequestSchema, type JimengSignBody, type JimengSignRequest } from './jimengSignRequest.ts'
export {
  jimengImageTokenSchema,
  jimengUploadTokenSchema,
  jimengVideoTokenSchema,
  type JimengImageToken,
  type JimengUploadToken,
  type JimengVideoToken,
} from './jimengUploadToken.ts'
export { jimengErrorResponseSchema, type JimengErrorResponse } from './jimengErrorResponse.ts'
export { jimengSignResponseSchema, type JimengSignResponse } from './jimengSignResponse.ts'
