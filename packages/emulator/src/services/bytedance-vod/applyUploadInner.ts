import { randomBytes } from 'node:crypto'
import { ImagexError } from '../imagex/ImagexError.ts'
import { imagexRequestId } from '../imagex/sendImagex.ts'
import type { ImagexCaller } from '../imagex/verifyImagexRequest.ts'
import type { JimengState } from '../jimeng/JimengState.ts'
import { jimengVariants } from '../jimeng/jimengVariants.ts'
import { BYTEDANCE_VOD_BUCKET } from './bytedanceVodBucket.ts'

/**
 * `ApplyUploadInner` (reference §2.6), `FileType=video&IsInner=1&FileSize=…`:
 * opens a video upload session on the shared upload host and answers
 * `{InnerUploadAddress:{UploadNodes:[{Vid, StoreInfos:[{StoreUri, Auth}], UploadHost, SessionKey}]}}`.
 * The `Auth` is valid as long as the token the call was signed with.
 */
export function applyUploadInner(query: URLSearchParams, caller: ImagexCaller, state: JimengState, uploadHost: string): unknown {
  const { token } = caller
  if (query.get('FileType') !== 'video') throw new ImagexError(400, 'InvalidParameter', 'FileType must be video.')
  if (query.get('IsInner') !== '1') throw new ImagexError(400, 'InvalidParameter', 'IsInner must be 1.')
  const size = query.get('FileSize') ?? ''
  if (!/^[1-9]\d*$/.test(size) || !Number.isSafeInteger(Number(size))) throw new ImagexError(400, 'InvalidParameter', 'FileSize must be a positive integer.')
  const vid = `v02${randomBytes(14).toString('hex')}`
  const session = state.open({
    sessionKey: Buffer.from(JSON.stringify({ k: randomBytes(18).toString('base64url'), s: token.serviceId, v: vid })).toString('base64url'),
    storeUri: `${jimengVariants[token.variant].vodStorePrefix}/${randomBytes(16).toString('hex')}`,
    auth: `SpaceKey/${token.serviceId}/1/:version:v2:${randomBytes(36).toString('base64url')}`,
    serviceId: token.serviceId,
    variant: token.variant,
    fileSize: Number(size),
    expiresAt: token.expiresAt,
    bucket: BYTEDANCE_VOD_BUCKET,
    vid,
  })
  return {
    RequestId: imagexRequestId(),
    InnerUploadAddress: {
      UploadNodes: [
        {
          Vid: vid,
          StoreInfos: [{ StoreUri: session.storeUri, Auth: session.auth, UploadID: randomBytes(16).toString('hex') }],
          UploadHost: uploadHost,
          SessionKey: session.sessionKey,
          Type: 'normal',
          Protocol: 'https',
        },
      ],
    },
  }
}
