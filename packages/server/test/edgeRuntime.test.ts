import { fileURLToPath } from 'node:url'
import { EdgeVM } from '@edge-runtime/vm'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emulatorCredentials, startEmulator, type Emulator } from '../../emulator/src/index.ts'

/**
 * The main entry in an edge-runtime emulation (`@edge-runtime/vm`: the
 * Vercel/Next.js edge globals, no Node APIs, no code generation from
 * strings): bundled as it would be for an edge route, then every provider's
 * handler signs against the emulator from inside the VM.
 */
let emulator: Emulator
let vm: EdgeVM

interface Exchange {
  readonly status: number
  readonly body: string
}

/** Runs requests through one handler created inside the VM; a body `{$grantFrom: i}` takes `data.grant` (and the id) of answer `i`. */
async function inEdge(config: string, requests: readonly { path: string; method?: string; body?: unknown }[]): Promise<Exchange[]> {
  const run = vm.evaluate(`(${config})`) as unknown
  const handler = (vm.context as unknown as { MU: { createMediaUploaderHandler(options: unknown): (request: unknown) => Promise<{ status: number; text(): Promise<string> } | undefined> } }).MU.createMediaUploaderHandler(run)
  const out: Exchange[] = []
  const RequestInVm = (vm.context as unknown as { Request: typeof Request }).Request
  for (const { path, method, body } of requests) {
    const init: RequestInit = { method: method ?? (body === undefined ? 'GET' : 'POST'), headers: { 'sec-fetch-site': 'same-origin', ...(body === undefined ? {} : { 'content-type': 'application/json' }) } }
    if (body !== undefined) init.body = typeof body === 'function' ? JSON.stringify((body as (previous: Exchange[]) => unknown)(out)) : JSON.stringify(body)
    const response = await handler(new RequestInVm(`https://edge.example${path}`, init))
    out.push({ status: response?.status ?? 0, body: (await response?.text()) ?? '' })
  }
  return out
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'MU',
    platform: 'browser',
    conditions: ['@media-uploader/source'],
    target: 'es2022',
    logLevel: 'silent',
  })
  vm = new EdgeVM()
  vm.evaluate(bundle.outputFiles[0]!.text)
}, 60_000)

afterAll(async () => {
  await emulator.close()
})

const common = `grantSecret: 'edge-runtime-test-grant-secret-0123456789', authorize: () => ({ userId: 'alice' })`

describe('the main entry on an edge runtime', () => {
  it('has no Node globals to lean on', () => {
    expect(vm.evaluate('typeof process === "undefined" || typeof process.versions?.node === "undefined"')).toBe(true)
    expect(vm.evaluate('typeof Buffer')).toBe('undefined')
    expect(vm.evaluate('typeof require')).toBe('undefined')
  })

  it('presign: GET and a batch POST', async () => {
    const [single, batch] = await inEdge(`{ providers: { presign: { upstream: '${emulator.urls.presign}' } }, ${common} }`, [
      { path: '/api/media-uploader/presign?ext=jpg&width=10&height=10' },
      { path: '/api/media-uploader/presign', body: { files: [{ ext: 'png' }, { ext: 'mp4', duration: 1.5, type: 'video' }] } },
    ])
    expect(single?.status).toBe(200)
    expect(JSON.parse(single!.body)).toMatchObject({ code: 0, data: { url: expect.stringContaining('X-Amz-Signature') } })
    expect(JSON.parse(batch!.body)).toMatchObject({ code: 0, data: [{ code: 0 }, { code: 0 }] })
  })

  it('aitoearn: sign, then confirm with the grant', async () => {
    const [signed, confirmed] = await inEdge(`{ providers: { aitoearn: { apiKey: '${emulatorCredentials.aitoearnApiKey}', baseUrl: '${emulator.urls.aitoearn}' } }, ${common} }`, [
      { path: '/api/media-uploader/aitoearn', body: { filename: 'a.jpg', size: 3 } },
      {
        path: '/api/media-uploader/aitoearn/confirm',
        body: (previous: Exchange[]) => {
          const { data } = JSON.parse(previous[0]!.body) as { data: { id: string; grant: string } }
          return { id: data.id, grant: data.grant }
        },
      },
    ])
    expect(signed?.status).toBe(200)
    expect(JSON.parse(signed!.body)).toMatchObject({ code: 0, data: { uploadUrl: expect.any(String), grant: expect.stringMatching(/^g1\./) } })
    expect(confirmed?.status).not.toBe(403)
    expect(JSON.parse(confirmed!.body)).toHaveProperty('code')
  })

  it('jimeng: the cookie and ids come from WebCrypto', async () => {
    const hosts = `{ api: '${emulator.urls.jimeng}', imagex: '${emulator.urls.imagex}' }`
    const [token] = await inEdge(`{ providers: { jimeng: { refreshToken: '${emulatorCredentials.jimeng.cn}', upstreams: { cn: ${hosts} } } }, ${common} }`, [{ path: '/api/media-uploader/jimeng', body: {} }])
    expect(token?.status).toBe(200)
    expect(JSON.parse(token!.body)).toMatchObject({ code: 0, data: { accessKeyId: expect.stringMatching(/^AKTP/), sessionToken: expect.stringMatching(/^STS2/) } })
  })

  it('aliyun-vod: the POP signature (HMAC-SHA1 on WebCrypto) is accepted; refresh with the grant', async () => {
    const [image, video, refreshed] = await inEdge(
      `{ providers: { 'aliyun-vod': { accessKeyId: '${emulatorCredentials.accessKeyId}', accessKeySecret: '${emulatorCredentials.secretAccessKey}', endpoint: '${emulator.urls['aliyun-vod']}' } }, ${common} }`,
      [
        { path: '/api/media-uploader/aliyun-vod', body: { fileName: 'a.png' } },
        { path: '/api/media-uploader/aliyun-vod', body: { fileName: 'a.mp4', fileSize: 3 } },
        {
          path: '/api/media-uploader/aliyun-vod/refresh',
          body: (previous: Exchange[]) => {
            const { data } = JSON.parse(previous[1]!.body) as { data: { VideoId: string; grant: string } }
            return { videoId: data.VideoId, grant: data.grant }
          },
        },
      ],
    )
    expect(image?.status).toBe(200)
    expect(video?.status).toBe(200)
    expect(refreshed?.status).toBe(200)
    expect(JSON.parse(refreshed!.body)).toMatchObject({ code: 0, data: { VideoId: JSON.parse(video!.body).data.VideoId } })
  })
})
