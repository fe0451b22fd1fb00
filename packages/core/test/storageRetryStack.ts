/**
 * Child process for test/retryCounts.test.ts: the emulator (presign API and
 * its S3-style store) plus the server's presign handler, in plain Node (the
 * test runs in happy-dom). Prints `{admin, endpoint}` as JSON; exits when stdin ends.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startEmulator } from '../../emulator/src/index.ts'
import { createMediaUploaderHandler } from '../../server/src/index.ts'
import { toNodeListener } from '../../server/src/node.ts'

const emulator = await startEmulator({ port: 0, corsOrigins: ['http://localhost:3000'] })
const listener = toNodeListener(
  createMediaUploaderHandler({
    cors: { origins: ['http://localhost:3000'] },
    providers: { presign: { upstream: emulator.urls.presign, logger: false } },
  }),
)
const server = http.createServer((req, res) => {
  // The page (happy-dom) is another origin here; a real app serves the endpoint same-origin.
  res.setHeader('access-control-allow-origin', '*')
  res.setHeader('access-control-allow-headers', '*')
  if (req.method === 'OPTIONS') return void res.writeHead(204).end()
  listener(req, res)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/media-uploader/presign`
console.log(JSON.stringify({ admin: emulator.urls.admin, endpoint }))
process.stdin.resume()
process.stdin.on('end', () => process.exit(0))
