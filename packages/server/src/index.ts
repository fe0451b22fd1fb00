/**
 * `@media-uploader/server`: the sign endpoints media-uploader's widget calls,
 * as Fetch-API handlers plus a node:http / Express adapter.
 *
 * @example
 * ```ts
 * import http from 'node:http'
 * import { createMediaUploaderHandler, toNodeListener } from '@media-uploader/server'
 *
 * const handler = createMediaUploaderHandler({ providers: { presign: { upstream: 'https://api.example.com' } } })
 * http.createServer(toNodeListener(handler)).listen(3000, '127.0.0.1')
 * ```
 *
 * @packageDocumentation
 */
export { createMediaUploaderHandler } from './createMediaUploaderHandler.ts'
export type { MediaUploaderHandlerOptions, MediaUploaderProviders } from './createMediaUploaderHandler.ts'
export { toNodeListener } from './toNodeListener.ts'
export type { NodeListener, NodeListenerOptions } from './toNodeListener.ts'
export { presignHandler, presignQuerySchema, presignExtensions, presignObjectTypes } from './providers/presign.ts'
export type { PresignHandlerOptions, PresignLogger, PresignQuery } from './providers/presign.ts'
export { aitoearnHandler } from './providers/aitoearn.ts'
export type { AitoearnHandlerOptions, AitoearnLogger } from './providers/aitoearn.ts'
export { aitoearnAssetTypes, type AitoearnAssetType } from './providers/aitoearn/aitoearnAssetTypes.ts'
export { aitoearnSignBodySchema, type AitoearnSignBody } from './providers/aitoearn/aitoearnSignBodySchema.ts'
export { aitoearnConfirmBodySchema, type AitoearnConfirmBody } from './providers/aitoearn/aitoearnConfirmBodySchema.ts'
export { aitoearnSites, type AitoearnSite } from './providers/aitoearn/aitoearnSites.ts'
export type { AitoearnConfirmedAsset, AitoearnEnvelope, AitoearnUploadTicket } from './providers/aitoearn/AitoearnEnvelope.ts'
export { aliyunVodHandler } from './providers/aliyunVod.ts'
export type { AliyunVodFixedParams, AliyunVodHandlerOptions, AliyunVodLogger } from './providers/aliyunVod.ts'
export { aliyunVodSignBodySchema, type AliyunVodSignBody, type AliyunVodFieldIssue } from './providers/aliyunVod/aliyunVodSignBodySchema.ts'
export { aliyunVodImageExtensions, aliyunVodVideoExtensions } from './providers/aliyunVod/aliyunVodExtensions.ts'
export type { AliyunVodEnvelope, AliyunVodFieldError, AliyunVodImageTicket, AliyunVodServiceError, AliyunVodVideoTicket } from './providers/aliyunVod/AliyunVodEnvelope.ts'
export { signRpcRequest, rpcStringToSign, rpcCanonicalQuery, rpcPercentEncode } from './providers/aliyunVod/signRpcRequest.ts'
export { jimengHandler } from './providers/jimeng.ts'
export type { JimengHandlerOptions, JimengLogger } from './providers/jimeng.ts'
export { JimengApiError } from './providers/jimeng/JimengApiError.ts'
export { jimengCookie, type JimengCookieIds } from './providers/jimeng/jimengCookie.ts'
export type { JimengUploadToken } from './providers/jimeng/JimengUploadToken.ts'
export { jimengVariants, type JimengUpstream, type JimengVariant, type JimengVariantSpec } from './providers/jimeng/jimengVariants.ts'
export type { AuthorizeHook, Envelope, FetchHandler, MediaUploaderHandler } from './types.ts'
export type { AuthorizeDenial } from './AuthorizeDenial.ts'
export type { ProviderHandler } from './ProviderHandler.ts'
