import type { JimengImageToken } from '@media-uploader/contracts/jimeng'
import type { Clock } from '../../clock/Clock.ts'
import { openApiCall } from './openApiCall.ts'

export { imagexFailure, isExpiredToken, isSkewed, type ImagexFailure } from './imagexFailure.ts'

/**
 * One ImageX OpenAPI call (`Version=2018-08-01&ServiceId=…`, SigV4 service
 * `imagex`) with an image token. Resolves to `Result`.
 *
 * @example
 * ```ts
 * const result = await imagexCall<CommitResult>(token, { Action: 'CommitImageUpload' }, signal, clock, JSON.stringify({ SessionKey }))
 * ```
 */
export function imagexCall<R>(token: JimengImageToken, query: Record<string, string>, signal: AbortSignal, clock: Clock, body?: string): Promise<R> {
  const target = { ...token, service: 'imagex', origin: token.imagex, query: { Version: '2018-08-01', ServiceId: token.serviceId } } as const
  return openApiCall<R>(target, query, signal, clock, body)
}
