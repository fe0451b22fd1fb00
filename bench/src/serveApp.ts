import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, sep } from 'node:path'
import { emulatorCredentials } from '@media-uploader/emulator'
import { createMediaUploaderHandler } from '@media-uploader/server'
import { nodeFetch, toNodeListener } from '@media-uploader/server/node'

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' }

/**
 * The bench page from `dir` and, like a real app server, the sign handlers at /api/media-uploader;
 * `mounts` serves more built pages under a path prefix (`{ '/old/': '/tmp/oldbench' }`).
 *
 * @example
 * ```ts
 * const { server, url } = await serveApp(outDir, emulator.urls.presign, emulator.urls['aliyun-vod'])
 * ```
 */
export async function serveApp(dir: string, presignUpstream: string, vodEndpoint: string, mounts: Record<string, string> = {}) {
  const vod = { accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: emulatorCredentials.secretAccessKey, endpoint: vodEndpoint, logger: false as const }
  // As the demo server does: upstream calls through nodeFetch (node:http keep-alive), not Node's built-in fetch.
  const sign = toNodeListener(createMediaUploaderHandler({ providers: { presign: { upstream: presignUpstream, fetch: nodeFetch() }, 'aliyun-vod': vod } }))
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/media-uploader/')) return void sign(req, res)
    const pathname = (req.url ?? '/').split('?')[0]!
    const [prefix, root] = Object.entries(mounts).find(([p]) => pathname.startsWith(p)) ?? ['/', dir]
    const rest = pathname.slice(prefix.length)
    const path = join(root, rest === '' ? 'index.html' : rest)
    // Inside `root` only: `/old/../oldbench-x/` must not reach a sibling directory that shares the prefix.
    if (!(path + sep).startsWith(join(root, sep)) || !existsSync(path)) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}
