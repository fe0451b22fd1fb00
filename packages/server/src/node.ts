/**
 * `@media-uploader/server/node`: what only Node has. The main entry stays
 * runtime-neutral (Fetch API), for edge runtimes and Deno as well.
 *
 * @example
 * ```ts
 * import { nodeFetch } from '@media-uploader/server/node'
 * ```
 *
 * @packageDocumentation
 */
export { nodeFetch, type NodeFetchOptions } from './node/nodeFetch.ts'
