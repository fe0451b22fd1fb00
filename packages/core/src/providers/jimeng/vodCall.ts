import type { JimengVideoToken } from '@media-uploader/contracts/jimeng'
import type { Clock } from '../../clock/Clock.ts'
import { openApiCall } from './openApiCall.ts'

/**
 * One ByteDance VOD OpenAPI call (`Version=2020-11-19&SpaceName=…`, SigV4
 * service `vod`) with a video token. Resolves to `Result`.
 *
 * @example
 * ```ts
 * const result = await vodCall<VodCommitResult>(token, { Action: 'CommitUploadInner' }, signal, clock, JSON.stringify({ SessionKey, Functions: [] }))
 * ```
 */
export function vodCall<R>(token: JimengVideoToken, query: Record<string, string>, signal: AbortSignal, clock: Clock, body?: string): Promise<R> {
  const target = { ...token, service: 'vod', origin: token.vod, query: { Version: '2020-11-19', SpaceName: token.spaceName } } as const
  return openApiCall<R>(target, query, signal, clock, body)
}
