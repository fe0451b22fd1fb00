import type { ObjectStore } from '../../store/ObjectStore.ts'
import type { JimengState } from '../jimeng/JimengState.ts'
import { IMAGEX_BUCKET } from '../imagex-upload/imagexBucket.ts'
import { imageInfo } from './imageInfo.ts'
import { ImagexError } from './ImagexError.ts'
import { imagexRequestId } from './sendImagex.ts'
import type { ImagexCaller } from './verifyImagexRequest.ts'

/** `UriStatus` of a committed upload whose bytes never arrived (emulator-defined). */
export const URI_STATUS_MISSING = 2001

/**
 * `CommitImageUpload` (reference §2.5), body exactly `{"SessionKey":"…"}`:
 * `Results[0].{Uri, UriStatus:2000}` and `PluginResult[0]` with the image's
 * metadata once the upload host stored the bytes; `UriStatus` 2001 and no
 * `PluginResult` when it did not.
 */
export function commitImageUpload(body: Buffer, caller: ImagexCaller, state: JimengState, store: ObjectStore): unknown {
  let sessionKey: unknown
  try {
    sessionKey = (JSON.parse(body.toString('utf8')) as { SessionKey?: unknown }).SessionKey
  } catch {
    throw new ImagexError(400, 'InvalidParameter', 'The body must be JSON {"SessionKey":"…"}.')
  }
  const session = typeof sessionKey === 'string' ? state.sessions.get(sessionKey) : undefined
  if (!session) throw new ImagexError(400, 'InvalidParameter', 'SessionKey is missing or unknown.')
  if (session.serviceId !== caller.token.serviceId) throw ImagexError.common('AccessDenied', 'User is not authorized to perform: ImageX:CommitImageUpload on this session: it belongs to another service.')
  const object = session.uploaded ? store.get(IMAGEX_BUCKET, session.storeUri) : undefined
  if (!object) return { Results: [{ Uri: session.storeUri, UriStatus: URI_STATUS_MISSING }], RequestId: imagexRequestId(), PluginResult: [] }
  const info = imageInfo(object.bytes)
  return {
    Results: [{ Uri: session.storeUri, UriStatus: 2000 }],
    RequestId: imagexRequestId(),
    PluginResult: [
      {
        FileName: session.storeUri.split('/').pop() ?? '',
        SourceUri: session.storeUri,
        ImageUri: session.storeUri,
        ImageWidth: info.width,
        ImageHeight: info.height,
        ImageMd5: object.md5,
        ImageFormat: info.format,
        ImageSize: object.size,
        FrameCnt: 1,
        Duration: 0,
      },
    ],
  }
}
