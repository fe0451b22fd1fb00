import { aliyunVodExtensions } from '@media-uploader/contracts/aliyun-vod'
import type { ProviderRules } from '../../provider.ts'

/** What VOD accepts: the contract's one list (`CreateUploadImage`'s ImageExt, VOD's video and audio formats). */
export const aliyunVodRules: ProviderRules = {
  extensions: aliyunVodExtensions,
}
