/**
 * Child process for test/jimeng.test.ts: the emulator plus the server's jimeng
 * handler, in plain Node (the test itself runs in happy-dom, whose fetch strips
 * the Cookie/Origin headers a server sends). Prints `{admin, imagex, endpoint}` as JSON.
 * `?account=intl` on the endpoint selects the international test account.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { emulatorCredentials, startEmulator } from '../../emulator/src/index.ts'
import { createMediaUploaderHandler } from '../../server/src/index.ts'
import { toNodeListener } from '../../server/src/node.ts'

const emulator = await startEmulator({ port: 0 })
const hosts = { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'] }
const handler = createMediaUploaderHandler({
  // The page (happy-dom) runs on http://localhost:3000, another origin than this server.
  cors: { origins: ['http://localhost:3000'] },
  providers: {
    jimeng: {
      refreshToken: (request) => {
        const account = new URL(request.url).searchParams.get('account')
        return account === 'intl' ? emulatorCredentials.jimeng.intl : account === 'none' ? 'not-a-session' : emulatorCredentials.jimeng.cn
      },
      upstreams: { cn: hosts, intl: hosts },
      logger: false,
    },
  },
})
const listener = toNodeListener(handler)
const server = http.createServer((req, res) => {
  // The page (happy-dom) is another origin here; a real app serves the endpoint same-origin.
  res.setHeader('access-control-allow-origin', '*')
  listener(req, res)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/media-uploader/jimeng`
console.log(JSON.stringify({ admin: emulator.urls.admin, imagex: emulator.urls.imagex, endpoint }))
process.stdin.resume()
process.stdin.on('end', () => process.exit(0))
