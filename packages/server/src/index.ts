/**
 * `@media-uploader/server`: the sign endpoints media-uploader's widget calls,
 * as Fetch-API handlers on WebCrypto — no `node:` module, so it runs on Node,
 * Deno, Bun, Cloudflare Workers and Next.js edge routes. The node:http /
 * Express adapter is `toNodeListener` from `@media-uploader/server/node`.
 *
 * @example
 * ```ts
 * import { createMediaUploaderHandler } from '@media-uploader/server'
 *
 * const handler = createMediaUploaderHandler({ providers: { presign: { upstream: 'https://api.example.com' } } })
 * export const GET = async (request: Request) => (await handler(request)) ?? new Response('Not found', { status: 404 })
 * ```
 *
 * @packageDocumentation
 */
export { createMediaUploaderHandler } from './createMediaUploaderHandler.ts'
export type { MediaUploaderHandlerOptions, MediaUploaderProviders } from './createMediaUploaderHandler.ts'
export type { CorsOptions } from './internal/corsPolicy.ts'
export { SIGN_REQUEST_HEADER } from './internal/crossSiteRefusal.ts'
export { createGrantKeeper, type GrantKeeperOptions } from './grants/createGrantKeeper.ts'
export type { GrantKeeper } from './grants/GrantKeeper.ts'
export { presignHandler, presignQuerySchema, presignExtensions, presignObjectTypes, PRESIGN_MAX_DIMENSION, PRESIGN_MAX_DURATION } from './providers/presign.ts'
export type { PresignHandlerOptions, PresignLogger, PresignQuery } from './providers/presign.ts'
export { aitoearnHandler } from './providers/aitoearn.ts'
export type { AitoearnHandlerOptions, AitoearnLogger } from './providers/aitoearn.ts'
export { aitoearnAssetTypes, type AitoearnAssetType } from '@media-uploader/contracts/aitoearn'
export { aitoearnSignBodySchema } from './providers/aitoearn/aitoearnSignBodySchema.ts'
export type { AitoearnSignBody } from '@media-uploader/contracts/aitoearn'
export { aitoearnConfirmRequestSchema as aitoearnConfirmBodySchema, type AitoearnConfirmRequest as AitoearnConfirmBody } from '@media-uploader/contracts/aitoearn'
export { aitoearnSites, type AitoearnSite } from './providers/aitoearn/aitoearnSites.ts'
export type { AitoearnConfirmedAsset, AitoearnEnvelope, AitoearnUploadTicket } from '@media-uploader/contracts/aitoearn'
export { aliyunVodHandler } from './providers/aliyunVod.ts'
export type { AliyunVodAllowedParams, AliyunVodFixedParams, AliyunVodHandlerOptions, AliyunVodLogger } from './providers/aliyunVod.ts'
export { aliyunVodSignBodySchema, type AliyunVodSignBody, type AliyunVodFieldIssue } from './providers/aliyunVod/aliyunVodSignBodySchema.ts'
export { aliyunVodImageExtensions, aliyunVodVideoExtensions } from './providers/aliyunVod/aliyunVodExtensions.ts'
export type { AliyunVodEnvelope, AliyunVodFieldError, AliyunVodImageTicket, AliyunVodServiceError, AliyunVodVideoTicket } from './providers/aliyunVod/AliyunVodEnvelope.ts'
export { signRpcRequest, rpcStringToSign, rpcCanonicalQuery, rpcPercentEncode } from './providers/aliyunVod/signRpcRequest.ts'
export { jimengHandler } from './providers/jimeng.ts'
export type { JimengHandlerOptions, JimengLogger } from './providers/jimeng.ts'
export { JimengApiError } from './providers/jimeng/JimengApiError.ts'
export { jimengCookie, type JimengCookieIds } from './providers/jimeng/jimengCookie.ts'
export type { JimengImageToken, JimengSignRequest, JimengUploadToken, JimengVideoToken } from '@media-uploader/contracts/jimeng'
export { jimengVariants, type JimengUpstream, type JimengVariant, type JimengVariantSpec } from './providers/jimeng/jimengVariants.ts'
export type { AuthorizeContext, AuthorizeHook, AuthorizeVerdict, AuthorizedUser, Envelope, FetchHandler, MediaUploaderHandler, ProviderId, SignAction } from './types.ts'
export type { AuthorizeDenial } from './AuthorizeDenial.ts'
export type { ProviderHandler, SignContext } from './ProviderHandler.ts'
