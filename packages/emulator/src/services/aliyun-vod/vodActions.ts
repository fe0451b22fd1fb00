import { randomBytes } from 'node:crypto'
import type { ServiceContext } from '../ServiceContext.ts'
import { VOD_BUCKET } from '../oss/vodBucket.ts'
import { checkMediaParams } from './checkMediaParams.ts'
import { issueUploadAuth } from './issueUploadAuth.ts'
import { invalidParameter, missing, VodError } from './VodError.ts'
import { vodStateOf } from './vodStateOf.ts'
import { ossObjectUrl } from '../oss/ossObjectUrl.ts'

/** One VOD action: validated parameters in, the answer's fields out (throws {@link VodError}). */
export type VodAction = (params: ReadonlyMap<string, string>, context: ServiceContext) => Readonly<Record<string, string>>

const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif']
const hex = (bytes: number): string => randomBytes(bytes).toString('hex')

/** `CreateUploadImage` (seed 002): an image address under `image/default/`, its ImageId/URLs and a 3000 s credential. */
const createUploadImage: VodAction = (params, context) => {
  const imageType = params.get('ImageType')
  if (imageType === undefined) throw missing('ImageType')
  if (imageType !== 'default' && imageType !== 'cover') throw invalidParameter('ImageType', 'Valid values: default, cover.')
  const ext = params.get('ImageExt') ?? 'png'
  if (!IMAGE_EXTENSIONS.includes(ext)) throw invalidParameter('ImageExt', 'Valid values: png, jpg, jpeg, gif.')
  checkMediaParams(params)
  const fileName = `image/${imageType}/${hex(16).toUpperCase()}.${ext}`
  const url = ossObjectUrl(context.urls.oss ?? '', VOD_BUCKET, fileName)
  return { ImageId: hex(16), ImageURL: url, FileURL: url, ...issueUploadAuth(context, fileName) }
}

/** `CreateUploadVideo`: a VideoId, an address under `sv/` and a 3000 s credential. */
const createUploadVideo: VodAction = (params, context) => {
  const title = params.get('Title')
  if (title === undefined || title.trim() === '') throw missing('Title')
  const sourceName = params.get('FileName')
  if (sourceName === undefined || sourceName === '') throw missing('FileName')
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(sourceName)?.[1]?.toLowerCase()
  if (ext === undefined) throw invalidParameter('FileName', 'It must end with a file extension.')
  const fileSize = params.get('FileSize')
  if (fileSize !== undefined && !/^\d{1,19}$/.test(fileSize)) throw invalidParameter('FileSize', 'It must be a Long.')
  checkMediaParams(params)
  const videoId = hex(16)
  const stem = `${hex(4)}-${Date.now().toString(16)}`
  const fileName = `sv/${stem}/${stem}.${ext}`
  vodStateOf(context).videos.set(videoId, { videoId, title, fileName })
  return { VideoId: videoId, ...issueUploadAuth(context, fileName) }
}

/** `RefreshUploadVideo`: a new credential for the same address. */
const refreshUploadVideo: VodAction = (params, context) => {
  const videoId = params.get('VideoId')
  if (videoId === undefined) throw missing('VideoId')
  const video = vodStateOf(context).videos.get(videoId)
  if (video === undefined) throw new VodError(404, 'InvalidVideo.NotFound', 'The video does not exist.')
  return { VideoId: videoId, ...issueUploadAuth(context, video.fileName) }
}

/** The actions the emulated VOD implements. */
export const vodActions: Readonly<Record<string, VodAction>> = {
  CreateUploadImage: createUploadImage,
  CreateUploadVideo: createUploadVideo,
  RefreshUploadVideo: refreshUploadVideo,
}
