/**
 * Child process for test/aliyunVod.test.ts: the emulator plus the server's
 * aliyun-vod handler (signing with the emulator's AccessKey), in plain Node
 * (the test runs in happy-dom, whose fetch/Request replace Node's).
 * Prints `{admin, endpoint}` as JSON; exits when stdin ends.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { emulatorCredentials, startEmulator } from '../../emulator/src/index.ts'
import { createMediaUploaderHandler } from '../../server/src/index.ts'
import { toNodeListener } from '../../server/src/node.ts'

const emulator = await startEmulator({ port: 0 })
const listener = toNodeListener(
  createMediaUploaderHandler({
    // The page (happy-dom) runs on http://localhost:3000, another origin than this server.
    cors: { origins: ['http://localhost:3000'] },
    providers: {
      'aliyun-vod': {
        accessKeyId: emulatorCredentials.accessKeyId,
        accessKeySecret: emulatorCredentials.secretAccessKey,
        endpoint: emulator.urls['aliyun-vod'],
        logger: false,
      },
    },
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
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/media-uploader/aliyun-vod`
console.log(JSON.stringify({ admin: emulator.urls.admin, endpoint }))
process.stdin.resume()
process.stdin.on('end', () => process.exit(0))
