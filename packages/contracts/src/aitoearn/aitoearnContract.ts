/**
 * `@media-uploader/contracts/aitoearn`: what the browser and the app server
 * say to each other for the `aitoearn` provider (sign, then optionally confirm).
 *
 * @example
 * ```ts
 * import { aitoearnSignResponseSchema, type AitoearnSignRequest } from '@media-uploader/contracts/aitoearn'
 * ```
 *
 * @packageDocumentation
 */
export { aitoearnAssetTypes, type AitoearnAssetType } from './aitoearnAssetTypes.ts'
export { aitoearnEnvelopeSchema, type AitoearnEnvelope } from './aitoearnEnvelope.ts'
export { aitoearnSignRequestSchema, type AitoearnSignBody, type AitoearnSignRequest } from './aitoearnSignRequest.ts'
export { aitoearnUploadTicketSchema, type AitoearnUploadTicket } from './aitoearnUploadTicket.ts'
export { aitoearnSignResponseSchema, type AitoearnSignResponse } from './aitoearnSignResponse.ts'
export { aitoearnConfirmRequestSchema, type AitoearnConfirmRequest } from './aitoearnConfirmRequest.ts'
export { aitoearnConfirmedAssetSchema, type AitoearnConfirmedAsset } from './aitoearnConfirmedAsset.ts'
export { aitoearnConfirmResponseSchema, type AitoearnConfirmResponse } from './aitoearnConfirmResponse.ts'
