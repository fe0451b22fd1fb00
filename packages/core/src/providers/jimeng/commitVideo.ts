import type { Clock } from '../../clock/Clock.ts'
import type { AppliedVideoUpload } from './applyVideoUpload.ts'
import { imagexFailure } from './imagexFailure.ts'
import type { JimengVideoResult } from './JimengResult.ts'
import { vodCall } from './vodCall.ts'
import type { VodCommitResult } from './VodCommitResult.ts'

/**
 * `CommitUploadInner` `{SessionKey, Functions: []}` → the video's `Vid` and
 * `VideoMeta`; an answer without them is a `CommitError`.
 *
 * @example
 * ```ts
 * const result = await commitVideo(ticket.applied, ctx.signal, ctx.clock)
 * ```
 */
export async function commitVideo(applied: AppliedVideoUpload, signal: AbortSignal, clock: Clock): Promise<JimengVideoResult> {
  const body = JSON.stringify({ SessionKey: applied.sessionKey, Functions: [] })
  const result = await vodCall<VodCommitResult>(applied.token, { Action: 'CommitUploadInner' }, signal, clock, body)
  const [{ Vid, VideoMeta: m } = {}] = result.Results ?? []
  if (!Vid) throw imagexFailure('no Vid in the commit answer', 200, undefined, 'CommitError')
  return { kind: 'video', vid: Vid, uri: m?.Uri ?? applied.uri, duration: m?.Duration, width: m?.Width, height: m?.Height, format: m?.Format, codec: m?.Codec, size: m?.Size, md5: m?.Md5 }
}
