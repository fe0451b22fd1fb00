import type { ProviderRules } from '../../provider.ts'

/** VOD images (`CreateUploadImage`'s ImageExt) and the usual video containers (`CreateUploadVideo`). */
export const aliyunVodRules: ProviderRules = {
  extensions: ['png', 'jpg', 'jpeg', 'gif', 'mp4', 'mov', 'm4v', 'webm', 'mkv', 'flv', 'avi', 'wmv', 'ts', '3gp', 'mpg', 'mpeg'],
}
