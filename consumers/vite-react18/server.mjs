import { fileURLToPath } from 'node:url'
import express from 'express'
import { createMediaUploaderHandler } from '@media-uploader/server'
import { toNodeListener } from '@media-uploader/server/node'

const mediaUploader = createMediaUploaderHandler({
  providers: {
    presign: { upstream: process.env.PRESIGN_UPSTREAM ?? 'http://127.0.0.1:4002' },
  },
})

const app = express()
app.use(toNodeListener(mediaUploader))
app.use(express.static(fileURLToPath(new URL('./dist', import.meta.url))))

const port = Number(process.env.PORT ?? 3000)
app.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}`))
