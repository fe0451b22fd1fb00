import { createMediaUploaderHandler, type MediaUploaderHandler } from '@media-uploader/server'

export const mediaUploader: MediaUploaderHandler = createMediaUploaderHandler({
  providers: {
    presign: { upstream: process.env.PRESIGN_UPSTREAM ?? 'http://127.0.0.1:4002' },
  },
})
