import { expect, vi } from 'vitest'
import { createMediaUploaderHandler, type AuthorizeHook, type MediaUploaderHandler, type ProviderId } from '../../src/index.ts'

/** The secrets every adversarial handler is configured with. */
export const SECRETS = {
  presignKey: 'pk-live-7f3a9c1e5b2d4f6a8c0e',
  aitoearnKey: 'sk-aitoearn-live-2b4d6f8a0c1e3a5c',
  jimengToken: 'jimeng-session-9e8d7c6b5a4f3e2d',
  vodSecret: 'vodSecretKey+/0123456789abcdefXYZ',
  grantSecret: 'adversarial-grant-secret-0123456789abcdef',
} as const

/** Every form of every secret that must never be seen: raw, URL-encoded, base64. */
export const SECRET_FORMS: readonly string[] = Object.values(SECRETS).flatMap((secret) => [
  secret,
  encodeURIComponent(secret),
  btoa(secret),
])

/** One upstream call the stub saw. */
export interface UpstreamCall {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: string
}

/** A scripted answer for the stub: by default, each provider's success. */
export type UpstreamScript = (call: UpstreamCall) => Response

const vodAddress = btoa(JSON.stringify({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-x', FileName: 'sv/v1/v1.mp4' }))
const vodAuth = btoa(JSON.stringify({ AccessKeyId: 'STS.k', AccessKeySecret: 's', SecurityToken: 't', Expiration: '3000' }))

/** Each provider's success answer, by upstream URL. */
export const succeed: UpstreamScript = (call) => {
  const url = new URL(call.url)
  if (url.pathname === '/oss/presign') return Response.json({ code: 0, msg: 'success', data: { url: 'https://s3.test/b/k?X-Amz-Signature=x', key: 'k' } })
  if (url.pathname === '/api/assets/uploadSign') {
    return Response.json({ code: 0, message: 'ok', data: { id: `asset${Math.random().toString(36).slice(2, 10)}`, path: 'p', url: 'https://cdn.test/p', uploadUrl: 'https://store.test/p', uploadFields: {} } })
  }
  if (url.pathname.endsWith('/confirm')) return Response.json({ code: 0, message: 'ok', data: { id: 'a', url: 'https://cdn.test/p' } })
  if (url.pathname.endsWith('/get_upload_token')) return Response.json({ ret: '0', data: { access_key_id: 'AKTP1', secret_access_key: 'sts-secret', session_token: 'STS2x', service_id: 'svc' } })
  const action = url.searchParams.get('Action')
  if (action === 'CreateUploadImage') return Response.json({ RequestId: 'r', ImageId: 'i1', ImageURL: 'https://img.test/i1.png', FileURL: 'https://oss.test/i1.png', UploadAddress: vodAddress, UploadAuth: vodAuth })
  const videoId = action === 'RefreshUploadVideo' ? (url.searchParams.get('VideoId') ?? '') : `v${Math.random().toString(36).slice(2, 12)}`
  return Response.json({ RequestId: 'r', VideoId: videoId, UploadAddress: vodAddress, UploadAuth: vodAuth })
}

/** A handler with all four providers against one stubbed upstream, and what it did. */
export interface Harness {
  readonly handler: MediaUploaderHandler
  readonly calls: UpstreamCall[]
  readonly logs: string[]
  /** Replace the upstream's answers. */
  script(next: UpstreamScript): void
}

/** Builds the {@link Harness}; `authorize` defaults to the user named by the `x-user` header (else 401). */
export function harness(options: { authorize?: AuthorizeHook; basePath?: string } = {}): Harness {
  const calls: UpstreamCall[] = []
  const logs: string[] = []
  let answer: UpstreamScript = succeed
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const call = { url: request.url, method: request.method, headers: request.headers, body: await request.text() }
    calls.push(call)
    return answer(call)
  }
  const logger = { warn: (message: string) => void logs.push(message) }
  const byHeader: AuthorizeHook = ({ request }) => {
    const user = request.headers.get('x-user')
    return user ? { userId: user } : false
  }
  const handler = createMediaUploaderHandler({
    basePath: options.basePath,
    providers: {
      presign: { upstream: 'https://presign.test', headers: { 'x-api-key': SECRETS.presignKey }, fetch, logger, retries: 0 },
      aitoearn: { apiKey: SECRETS.aitoearnKey, baseUrl: 'https://aitoearn.test', fetch, logger, retries: 0 },
      jimeng: { refreshToken: SECRETS.jimengToken, upstreams: { cn: { api: 'https://jimeng.test', imagex: 'https://imagex.test' } }, fetch, logger, retries: 0 },
      'aliyun-vod': { accessKeyId: 'LTAIadversarial', accessKeySecret: SECRETS.vodSecret, endpoint: 'https://vod.test', fetch, logger, retries: 0 },
    },
    authorize: options.authorize ?? byHeader,
    grantSecret: SECRETS.grantSecret,
  })
  return {
    handler,
    calls,
    logs,
    script: (next) => {
      answer = next
    },
  }
}

/** The sign route of each provider, with a valid body (POST) or query (GET). */
export const VALID: Readonly<Record<ProviderId, { readonly path: string; readonly method: 'GET' | 'POST'; readonly body?: unknown }>> = {
  presign: { path: '/api/media-uploader/presign?ext=jpg&width=10&height=10', method: 'GET' },
  aitoearn: { path: '/api/media-uploader/aitoearn', method: 'POST', body: { filename: 'a.jpg', size: 3 } },
  jimeng: { path: '/api/media-uploader/jimeng', method: 'POST', body: {} },
  'aliyun-vod': { path: '/api/media-uploader/aliyun-vod', method: 'POST', body: { fileName: 'a.mp4', fileSize: 3 } },
}

/** A same-origin browser request (Chromium's headers) as user `user`. */
export function browserRequest(path: string, init: { method?: string; body?: string; headers?: Record<string, string>; user?: string } = {}): Request {
  const headers = new Headers({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', ...(init.user === undefined ? { 'x-user': 'alice' } : init.user ? { 'x-user': init.user } : {}) })
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    if (value === '') headers.delete(name)
    else headers.set(name, value)
  }
  return new Request(`https://app.test${path}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body })
}

/** Everything printed to the console while `run` runs, and what `run` returned. */
export async function captureConsole<T>(run: () => Promise<T>): Promise<{ value: T; output: string }> {
  const lines: string[] = []
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' '))),
  )
  try {
    return { value: await run(), output: lines.join('\n') }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}

/** Status, headers and body of a response as one string. */
export async function dump(response: Response | undefined): Promise<string> {
  if (!response) return ''
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${await response.clone().text()}`
}

/** The envelope of a provider's own failure: `{code, message, data: null}` for aitoearn, `{code, msg, data}` otherwise. */
export function expectedEnvelope(provider: ProviderId, status: number): Record<string, unknown> {
  return provider === 'aitoearn' ? { code: status, message: expect.any(String), data: null } : { code: status, msg: expect.any(String) }
}
