import type { ObjectStore } from '../../store/ObjectStore.ts'
import { ImagexError } from '../imagex/ImagexError.ts'
import { imagexRequestId } from '../imagex/sendImagex.ts'
import type { ImagexCaller } from '../imagex/verifyImagexRequest.ts'
import type { JimengState } from '../jimeng/JimengState.ts'
import { videoInfo } from './videoInfo.ts'

/**
 * `CommitUploadInner` (reference §2.6), body `{"SessionKey":"…","Functions":[]}`:
 * `Results[0].{Vid, VideoMeta:{Uri, Duration, Format, Codec, Size, Md5, Width, Height}}`
 * once the upload host stored the bytes; `InvalidParameter` when they never arrived.
 */
export function commitUploadInner(body: Buffer, caller: ImagexCaller, state: JimengState, store: ObjectStore): unknown {
  let parsed: { SessionKey?: unknown; Functions?: unknown }
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed
  } catch {
    throw new ImagexError(400, 'InvalidParameter', 'The body must be JSON {"SessionKey":"…","Functions":[]}.')
  }
  if (parsed.Functions !== undefined && !Array.isArray(parsed.Functions)) throw new ImagexError(400, 'InvalidParameter', 'Functions must be an array.')
  const session = typeof parsed.SessionKey === 'string' ? state.sessions.get(parsed.SessionKey) : undefined
  if (!session?.vid) throw new ImagexError(400, 'InvalidParameter', 'SessionKey is missing or unknown.')
  if (session.serviceId !== caller.token.serviceId) throw ImagexError.common('AccessDenied', 'User is not authorized to perform: vod:CommitUploadInner on this session: it belongs to another space.')
  const object = session.uploaded ? store.get(session.bucket, session.storeUri) : undefined
  if (!object) throw new ImagexError(400, 'InvalidParameter', 'The upload of this session did not complete: no bytes are stored for its StoreUri.')
  const info = videoInfo(object.bytes)
  return {
    RequestId: imagexRequestId(),
    Results: [
      {
        Vid: session.vid,
        VideoMeta: {
          Uri: session.storeUri,
          Height: info.height,
          Width: info.width,
          OriginHeight: info.height,
          OriginWidth: info.width,
          Duration: info.duration,
          Bitrate: info.duration ? Math.round((object.size * 8) / info.duration) : 0,
          Md5: object.md5,
          Format: info.format,
          Size: object.size,
          FileType: 'video',
          Codec: info.codec,
        },
      },
    ],
  }
}
