/**
 * The demo: starts the storage emulator in-process, then the demo web server
 * (sign endpoints + app) on 127.0.0.1.
 *
 * ```sh
 * pnpm dev                                   # from the repo root
 * DEMO_PORT=5199 EMULATOR_PORT=4100 tsx apps/demo/server/main.ts --prod
 * ```
 *
 * Environment: `DEMO_PORT` (default 5173), `EMULATOR_PORT` (default 4000,
 * services on that port and the next two), `DEMO_PROD=1` or `--prod` to
 * serve the production build (built first when missing or stale), `DEMO_CSP=1`
 * to send a strict Content-Security-Policy with every response,
 * `MEDIA_UPLOADER_GRANT_SECRET` (≥ 32 characters) for the ownership grants
 * (a fixed development key otherwise, announced at start-up).
 */
import { emulatorCredentials, startEmulator } from '@media-uploader/emulator'
import { nodeFetch } from '@media-uploader/server/node'
import { startDemoServer } from './startDemoServer.ts'

const prod = process.argv.includes('--prod') || process.env.DEMO_PROD === '1'
const demoPort = Number(process.env.DEMO_PORT ?? 5173)
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4000)

/** Development only: a real deployment sets MEDIA_UPLOADER_GRANT_SECRET (the same on every instance). */
const DEV_GRANT_SECRET = 'media-uploader-demo-dev-grant-secret-not-for-production'
const grantSecret = process.env.MEDIA_UPLOADER_GRANT_SECRET ?? DEV_GRANT_SECRET
if (grantSecret === DEV_GRANT_SECRET) console.log('[demo] grants: using the built-in development grantSecret (set MEDIA_UPLOADER_GRANT_SECRET in production)')

// CORS is closed by default: the emulated stores and APIs answer only the demo page's own origin.
const emulator = await startEmulator({ port: emulatorPort, corsOrigins: [`http://127.0.0.1:${demoPort}`, `http://localhost:${demoPort}`] })
// Upstream calls over node:http keep-alive: about half the CPU per sign call of Node's built-in fetch.
const upstreamFetch = nodeFetch()
let demo: Awaited<ReturnType<typeof startDemoServer>> | undefined
try {
  demo = await startDemoServer({
    port: demoPort,
    prod,
    csp: process.env.DEMO_CSP === '1',
    emulatorAdmin: emulator.urls.admin,
    grantSecret,
    providers: {
      presign: { upstream: emulator.urls.presign, fetch: upstreamFetch },
      // The API key lives in this server process only (env, else the emulator's test key); the page never sees it.
      aitoearn: { apiKey: process.env.AITOEARN_API_KEY ?? emulatorCredentials.aitoearnApiKey, baseUrl: emulator.urls.aitoearn, fetch: upstreamFetch },
      // Jimeng refresh tokens (account sessions) stay in this process; `demo-jimeng=intl` (a cookie naming no secret) picks the international account.
      jimeng: {
        refreshToken: (request) =>
          /(?:^|;\s*)demo-jimeng=intl(?:;|$)/.test(request.headers.get('cookie') ?? '')
            ? (process.env.JIMENG_REFRESH_TOKEN_INTL ?? emulatorCredentials.jimeng.intl)
            : (process.env.JIMENG_REFRESH_TOKEN ?? emulatorCredentials.jimeng.cn),
        upstreams: { cn: { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'] }, intl: { api: emulator.urls.jimeng, imagex: emulator.urls.imagex, vod: emulator.urls['bytedance-vod'] } },
      },
      // The VOD AccessKey signs CreateUploadImage/Video in this process only (env, else the emulator's test key); the page gets STS credentials.
      'aliyun-vod': process.env.ALIYUN_ACCESS_KEY_ID
        ? { accessKeyId: process.env.ALIYUN_ACCESS_KEY_ID, accessKeySecret: process.env.ALIYUN_ACCESS_KEY_SECRET ?? '', region: process.env.ALIYUN_VOD_REGION ?? 'cn-shanghai' }
        : { accessKeyId: emulatorCredentials.accessKeyId, accessKeySecret: emulatorCredentials.secretAccessKey, endpoint: emulator.urls['aliyun-vod'] },
    },
  })
} catch (error) {
  await emulator.close()
  throw error
}

console.log(`[demo] emulator: admin ${emulator.urls.admin}  s3 ${emulator.urls.s3}  presign ${emulator.urls.presign}`)
console.log(`[demo] ready (${prod ? 'production build' : 'vite dev'}): ${demo.url}`)

let stoppingSince = 0
const stop = (signal: NodeJS.Signals): void => {
  // A second signal a while after the first forces the exit (one Ctrl-C can arrive twice via `pnpm dev`).
  if (stoppingSince) {
    if (Date.now() - stoppingSince > 1000) process.exit(1)
    return
  }
  stoppingSince = Date.now()
  console.log(`[demo] ${signal}: shutting down`)
  const forced = setTimeout(() => process.exit(1), 5000)
  forced.unref()
  void Promise.allSettled([demo?.close(), emulator.close()]).then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
