import { randomBytes } from 'node:crypto'
import type { JimengState } from '../jimeng/JimengState.ts'
import { jimengVariants } from '../jimeng/jimengVariants.ts'
import { IMAGEX_BUCKET } from '../imagex-upload/imagexBucket.ts'
import { ImagexError } from './ImagexError.ts'
import { imagexRequestId } from './sendImagex.ts'
import type { ImagexCaller } from './verifyImagexRequest.ts'

/**
 * `ApplyImageUpload` (reference §2.3): opens an upload session for `FileSize`
 * bytes and answers `{UploadAddress:{StoreInfos:[{StoreUri, Auth}], UploadHosts, SessionKey}}`.
 * The `Auth` is valid as long as the token the call was signed with.
 */
export function applyImageUpload(query: URLSearchParams, caller: ImagexCaller, state: JimengState, uploadHost: string): unknown {
  const { token, region } = caller
  const size = query.get('FileSize') ?? ''
  if (!/^[1-9]\d*$/.test(size) || !Number.isSafeInteger(Number(size))) {
    throw new ImagexError(400, 'InvalidParameter', 'FileSize must be a positive integer.')
  }
  const extension = query.get('FileExtension') ?? ''
  if (extension && !/^\.[A-Za-z0-9]{1,7}$/.test(extension)) throw new ImagexError(400, 'InvalidParameter', 'FileExtension must look like .png (at most 8 bytes).')
  const prefix = jimengVariants[token.variant].signingRegions[region] ?? ''
  const session = state.open({
    sessionKey: Buffer.from(JSON.stringify({ k: randomBytes(18).toString('base64url'), s: token.serviceId })).toString('base64url'),
    storeUri: `${prefix}/${randomBytes(16).toString('hex')}${extension}`,
    auth: `SpaceKey/${token.serviceId}/1/:version:v2:${randomBytes(36).toString('base64url')}`,
    serviceId: token.serviceId,
    variant: token.variant,
    fileSize: Number(size),
    expiresAt: token.expiresAt,
    bucket: IMAGEX_BUCKET,
  })
  return {
    UploadAddress: {
      StoreInfos: [{ StoreUri: session.storeUri, Auth: session.auth, UploadID: randomBytes(16).toString('hex') }],
      UploadHosts: [uploadHost],
      SessionKey: session.sessionKey,
    },
    RequestId: imagexRequestId(),
  }
}
