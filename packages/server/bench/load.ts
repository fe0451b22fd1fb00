/**
 * Load test of the sign handlers through the Node adapter (not part of the
 * test run): per provider, 2,000 requests at concurrency 50 from a
 * keep-alive client to `toNodeListener(createMediaUploaderHandler(…))` on
 * loopback, whose upstream is an in-process fake API on loopback too.
 * Prints req/s, p50/p99 latency, CPU per request (client, handler and fake
 * upstream together: the figure that survives a busy machine) and RSS before/after.
 *
 * ```sh
 * node --conditions=@media-uploader/source --import tsx packages/server/bench/load.ts [requests] [concurrency]
 * ```
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMediaUploaderHandler, type ProviderId } from '../src/index.ts'
import { nodeFetch, toNodeListener } from '../src/node.ts'

const REQUESTS = Number(process.argv[2] ?? 2000)
const CONCURRENCY = Number(process.argv[3] ?? 50)

const vodAddress = Buffer.from(JSON.stringify({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-x', FileName: 'sv/v1/v1.mp4' })).toString('base64')
const vodAuth = Buffer.from(JSON.stringify({ AccessKeyId: 'STS.k', AccessKeySecret: 's', SecurityToken: 't', Expiration: '3000' })).toString('base64')
let videoSeq = 0

/** The fake upstream: each provider's success answer. */
function answer(url: URL): unknown {
  if (url.pathname === '/oss/presign') return { code: 0, msg: 'success', data: { url: 'https://s3.test/b/k?X-Amz-Signature=x', key: 'k' } }
  if (url.pathname === '/api/assets/uploadSign') return { code: 0, message: 'ok', data: { id: `a${++videoSeq}`, path: 'p', url: 'https://cdn.test/p', uploadUrl: 'https://store.test/p', uploadFields: {} } }
  if (url.pathname.endsWith('/get_upload_token')) return { ret: '0', data: { access_key_id: 'AKTP1', secret_access_key: 'sts-secret', session_token: 'STS2x', service_id: 'svc' } }
  return { RequestId: 'r', VideoId: `v${++videoSeq}`, UploadAddress: vodAddress, UploadAuth: vodAuth }
}

async function listen(listener: http.RequestListener): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer({ keepAliveTimeout: 30_000 }, listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const upstream = await listen((req, res) => {
  req.resume()
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(new URL(req.url ?? '/', 'http://x')))))
})
const fetch = nodeFetch()
const handler = createMediaUploaderHandler({
  providers: {
    presign: { upstream: upstream.url, headers: { 'x-api-key': 'bench-presign-key' }, fetch, logger: false },
    aitoearn: { apiKey: 'bench-aitoearn-key', baseUrl: upstream.url, fetch, logger: false },
    jimeng: { refreshToken: 'bench-jimeng-session', upstreams: { cn: { api: upstream.url, imagex: 'https://imagex.test' } }, fetch, logger: false },
    'aliyun-vod': { accessKeyId: 'LTAIbench', accessKeySecret: 'bench-vod-secret', endpoint: upstream.url, fetch, logger: false },
  },
  authorize: ({ request }) => ({ userId: request.headers.get('x-user') ?? 'bench' }),
  grantSecret: 'bench-grant-secret-0123456789abcdef0123',
})
const app = await listen(toNodeListener(handler))
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })

const ROUTES: Readonly<Record<ProviderId, { path: string; method: 'GET' | 'POST'; body?: string }>> = {
  presign: { path: '/api/media-uploader/presign?ext=jpg&width=640&height=480', method: 'GET' },
  aitoearn: { path: '/api/media-uploader/aitoearn', method: 'POST', body: JSON.stringify({ filename: 'a.jpg', size: 1234 }) },
  jimeng: { path: '/api/media-uploader/jimeng', method: 'POST', body: '{}' },
  'aliyun-vod': { path: '/api/media-uploader/aliyun-vod', method: 'POST', body: JSON.stringify({ fileName: 'a.mp4', fileSize: 1234, title: 'Bench' }) },
}

function once(route: (typeof ROUTES)[ProviderId]): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', 'x-user': 'bench' }
    if (route.body !== undefined) headers['content-type'] = 'application/json'
    const req = http.request(`${app.url}${route.path}`, { method: route.method, headers, agent }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(route.body)
  })
}

const mib = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1)
const rows: string[] = []
for (const provider of Object.keys(ROUTES) as ProviderId[]) {
  const route = ROUTES[provider]
  for (let i = 0; i < 50; i++) await once(route) // warm-up
  globalThis.gc?.()
  const rssBefore = process.memoryUsage().rss
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++
        const t0 = performance.now()
        const status = await once(route)
        latencies.push(performance.now() - t0)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuPerRequest = (cpu.user + cpu.system) / 1000 / REQUESTS
  const rssAfter = process.memoryUsage().rss
  latencies.sort((a, b) => a - b)
  const pct = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1)
  rows.push(
    `${provider.padEnd(10)} ${String(REQUESTS).padStart(5)} req  ${(REQUESTS / seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(50).padStart(6)} ms  p99 ${pct(99).padStart(6)} ms  CPU ${cpuPerRequest.toFixed(2)} ms/req  RSS ${mib(rssBefore)} → ${mib(rssAfter)} MiB  statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  )
  console.log(rows.at(-1))
}
console.log(`\nNode ${process.version}, concurrency ${CONCURRENCY}, loopback; handler + fake upstream in this one process.`)
agent.destroy()
app.server.closeAllConnections()
upstream.server.closeAllConnections()
app.server.close()
upstream.server.close()
