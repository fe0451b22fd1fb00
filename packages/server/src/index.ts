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
export type { AuthorizeHook, Envelope, FetchHandler, MediaUploaderHandler } from './types.ts'
