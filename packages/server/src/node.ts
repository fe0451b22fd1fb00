/**
 * `@media-uploader/server/node`: what only Node has — the node:http /
 * Express / Connect adapter and a keep-alive `fetch` for upstream calls.
 * The main entry stays runtime-neutral (Fetch API and WebCrypto only), for
 * edge runtimes, Deno, Bun and Workers.
 *
 * @example
 * ```ts
 * import { createMediaUploaderHandler } from '@media-uploader/server'
 * import { nodeFetch, toNodeListener } from '@media-uploader/server/node'
 * ```
 *
 * @packageDocumentation
 */
export { nodeFetch, type NodeFetchOptions } from './node/nodeFetch.ts'
export { toNodeListener } from './node/toNodeListener.ts'
export type { NodeListener, NodeListenerOptions } from './node/toNodeListener.ts'
