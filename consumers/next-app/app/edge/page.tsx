import { MediaUploader } from '@media-uploader/react'

export default function EdgeUpload() {
  return (
    <main>
      <h1>Next.js, Edge route</h1>
      <MediaUploader provider="presign" locale="en" endpoint="/api/edge/media-uploader/presign" />
    </main>
  )
}
