import '@media-uploader/react/styles.css'
import { MediaUploader } from '@media-uploader/react'
import { useState, version } from 'react'

export function App() {
  const [urls, setUrls] = useState<string[]>([])
  return (
    <main>
      <h1>Vite + React {version}</h1>
      <MediaUploader
        provider="presign"
        locale="en"
        restrictions={{ maxFiles: 5 }}
        onUploadSuccess={(_file, result) => setUrls((all) => [...all, result.url])}
      />
      <ul aria-label="uploaded">
        {urls.map((url) => (
          <li key={url}>{url}</li>
        ))}
      </ul>
    </main>
  )
}
