import type { ServiceDefinition } from '../ServiceDefinition.ts'
import { createAliyunVodHandler } from './createAliyunVodHandler.ts'

/** The Aliyun VOD OpenAPI (RPC): `http://127.0.0.1:{base+4}/?Action=CreateUploadImage|CreateUploadVideo|RefreshUploadVideo&…`. */
export const aliyunVodService: ServiceDefinition<'aliyun-vod'> = {
  name: 'aliyun-vod',
  portOffset: 4,
  create: createAliyunVodHandler,
}
