import * as z from 'zod/mini'

/** The sign endpoint's envelope (`@media-uploader/server`'s aliyun-vod handler): VOD's fields as received. */
export const aliyunVodResponse = z.object({
  code: z.number(),
  data: z.object({
    UploadAddress: z.string(),
    UploadAuth: z.string(),
    VideoId: z.optional(z.string()),
    ImageId: z.optional(z.string()),
    ImageURL: z.optional(z.string()),
    FileURL: z.optional(z.string()),
  }),
})

/** `UploadAddress` and `UploadAuth` decoded (base64 JSON), merged. */
export const uploadCredentials = z.object({
  Endpoint: z.string(),
  Bucket: z.string(),
  FileName: z.string(),
  AccessKeyId: z.string(),
  AccessKeySecret: z.string(),
  SecurityToken: z.string(),
  Expiration: z.optional(z.string()),
})
