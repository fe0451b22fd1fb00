import { MediaUploader } from '@media-uploader/react'

export default function Home() {
  return (
    <main>
      <h1>Next.js, Node.js route</h1>
      <MediaUploader provider="presign" locale="en" />
    </main>
  )
}
