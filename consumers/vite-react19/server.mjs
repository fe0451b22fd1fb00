import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMediaUploaderHandler } from '@media-uploader/server'
import { toNodeListener } from '@media-uploader/server/node'

const mediaUploader = createMediaUploaderHandler({
  providers: {
    presign: { upstream: process.env.PRESIGN_UPSTREAM ?? 'http://127.0.0.1:4002' },
  },
})
const signEndpoints = toNodeListener(mediaUploader)

const dist = fileURLToPath(new URL('./dist/', import.meta.url))
const contentTypes = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

async function serveStatic(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost')
  const wanted = join(dist, normalize(pathname))
  const file = wanted.startsWith(dist) && (await stat(wanted).catch(() => null))?.isFile() ? wanted : join(dist, 'index.html')
  res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}

const port = Number(process.env.PORT ?? 3000)
http
  .createServer((req, res) => signEndpoints(req, res, () => void serveStatic(req, res)))
  .listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}`))
