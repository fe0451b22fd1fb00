import type { Clock } from '../../clock/Clock.ts'
import type { AppliedUpload } from './applyUpload.ts'
import type { CommitResult } from './CommitResult.ts'
import { imagexCall } from './imagexCall.ts'
import { imagexFailure } from './imagexFailure.ts'
import type { JimengImageResult } from './JimengResult.ts'

/**
 * `CommitImageUpload` `{SessionKey}` → the image's URI and metadata; a
 * `UriStatus` other than 2000 is a `CommitError`.
 *
 * @example
 * ```ts
 * const result = await commitImage(ticket.applied, ctx.signal, ctx.clock)
 * ```
 */
export async function commitImage(applied: AppliedUpload, signal: AbortSignal, clock: Clock): Promise<JimengImageResult> {
  const result = await imagexCall<CommitResult>(applied.token, { Action: 'CommitImageUpload' }, signal, clock, JSON.stringify({ SessionKey: applied.sessionKey }))
  const [{ Uri, UriStatus } = {}] = result.Results ?? []
  if (UriStatus !== 2000 || !Uri) throw imagexFailure(`UriStatus ${UriStatus}`, 200, String(UriStatus), 'CommitError')
  const p = result.PluginResult?.[0]
  return { kind: 'image', uri: Uri, width: p?.ImageWidth, height: p?.ImageHeight, format: p?.ImageFormat, size: p?.ImageSize, md5: p?.ImageMd5 }
}
