import { describe, expect, it } from 'vitest'
import type { ProviderId } from '../../src/index.ts'
import { browserRequest, captureConsole, dump, expectedEnvelope, harness, SECRET_FORMS, VALID } from './harness.ts'

/**
 * A generated table of bad inputs per provider: each row is sent through
 * the router, and must get its status with the provider's typed envelope,
 * call no upstream, and leave no secret in the answer or the console.
 */
interface BadInput {
  readonly name: string
  readonly status: number
  readonly request: () => Request
  /** A row answered before routing to a provider (path tricks) uses the router's `{code, msg}` envelope. */
  readonly routerEnvelope?: boolean
}

const providers = Object.keys(VALID) as ProviderId[]
const base = (provider: ProviderId): string => VALID[provider].path.split('?')[0] ?? ''
const validBody = (provider: ProviderId): string => JSON.stringify(VALID[provider].body ?? { files: [{ ext: 'jpg' }] })

/** POST routes and the body fields a browser controls, per provider. */
const POST_PATH: Readonly<Record<ProviderId, string>> = {
  presign: '/api/media-uploader/presign',
  aitoearn: '/api/media-uploader/aitoearn',
  jimeng: '/api/media-uploader/jimeng',
  'aliyun-vod': '/api/media-uploader/aliyun-vod',
}

const HOSTILE_NAMES = ['../../etc/passwd.jpg', 'a\\b.jpg', 'a\u0000.jpg', 'a\r\nX-Injected: 1.jpg', 'invoice\u202Egpj.mp4', 'a\u2066.jpg', '', 'x'.repeat(2000) + '.jpg']

function rows(provider: ProviderId): BadInput[] {
  const path = POST_PATH[provider]
  const post = (body: string, headers: Record<string, string> = {}) => () => browserRequest(path, { body, headers })
  const list: BadInput[] = [
    // malformed JSON
    ...['{', '{"a":', 'nul', '{"a":1}}', '\u00ff\u00fe', '[1,2', '{"a":"\\x"}'].map((body) => ({ name: `malformed JSON ${JSON.stringify(body)}`, status: 400, request: post(body) })),
    // wrong content types
    ...['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx', ''].map((type) => ({
      name: `Content-Type ${JSON.stringify(type)}`,
      status: 415,
      request: post(validBody(provider), { 'content-type': type }),
    })),
    // huge and deep bodies
    { name: 'a 17 KiB body', status: 413, request: post(JSON.stringify({ pad: 'x'.repeat(17 * 1024) })) },
    { name: 'a 1 MiB body', status: 413, request: post(JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })) },
    { name: '9 levels of nesting', status: 400, request: post(`${'['.repeat(9)}${']'.repeat(9)}`) },
    { name: '5,000 levels of nesting', status: 400, request: post(`${'['.repeat(5000)}${']'.repeat(5000)}`) },
    // cross-site
    { name: 'cross-site Origin', status: 403, request: post(validBody(provider), { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' }) },
    { name: 'Origin: null (sandboxed frame)', status: 403, request: post(validBody(provider), { origin: 'null', 'sec-fetch-site': 'cross-site' }) },
    { name: 'same-site subdomain', status: 403, request: post(validBody(provider), { origin: 'https://evil.app.test', 'sec-fetch-site': 'same-site' }) },
    { name: 'no-cors fetch', status: 403, request: post(validBody(provider), { 'sec-fetch-mode': 'no-cors', 'content-type': 'text/plain' }) },
    { name: 'form navigation', status: 403, request: post('a=1', { 'sec-fetch-mode': 'navigate', 'content-type': 'application/x-www-form-urlencoded' }) },
    // methods
    ...['PUT', 'DELETE', 'PATCH'].map((method) => ({ name: `method ${method}`, status: 405, request: () => browserRequest(path, { method, body: validBody(provider) }) })),
    // path tricks (same body, routed nowhere)
    ...[`${path}/`, `${path}//`, `${path}/x`, `${path}%2Fconfirm`, `${path.replace('/api/', '/api//')}`, `${path}/..%2Frefresh`, `${path}/%2e%2e`].map((trick) => ({
      name: `path ${trick}`,
      status: 404,
      routerEnvelope: true,
      request: () => browserRequest(trick, { body: validBody(provider) }),
    })),
    // no user
    { name: 'not signed in', status: 401, request: () => browserRequest(path, { body: validBody(provider), user: '' }) },
  ]
  if (provider !== 'jimeng') {
    list.push({ name: 'body is a JSON array', status: 400, request: post('[]') }, { name: 'body is a JSON string', status: 400, request: post('"x"') })
  }
  if (provider === 'aitoearn') {
    for (const filename of HOSTILE_NAMES) list.push({ name: `filename ${JSON.stringify(filename).slice(0, 40)}`, status: 400, request: post(JSON.stringify({ filename, size: 1 })) })
    for (const size of [-1, 1.5, 1e308, 2 ** 53, '1', null]) list.push({ name: `size ${String(size)}`, status: 400, request: post(JSON.stringify({ filename: 'a.jpg', size })) })
    list.push({ name: 'type outside the enum', status: 400, request: post(JSON.stringify({ filename: 'a.jpg', size: 1, type: '__proto__' })) })
    for (const id of ['../x', 'a/b', '%2e%2e', '', 'a'.repeat(65)]) list.push({ name: `confirm id ${JSON.stringify(id).slice(0, 20)}`, status: 400, request: () => browserRequest(`${path}/confirm`, { body: JSON.stringify({ id }) }) })
    list.push({ name: 'confirm without grant', status: 403, request: () => browserRequest(`${path}/confirm`, { body: JSON.stringify({ id: 'a1' }) }) })
  }
  if (provider === 'aliyun-vod') {
    for (const fileName of HOSTILE_NAMES) list.push({ name: `fileName ${JSON.stringify(fileName).slice(0, 40)}`, status: 400, request: post(JSON.stringify({ fileName })) })
    for (const fileSize of [-1, 1.5, 1e308, '1']) list.push({ name: `fileSize ${String(fileSize)}`, status: 400, request: post(JSON.stringify({ fileName: 'a.mp4', fileSize })) })
    for (const [field, value] of [
      ['title', 'a\nb'],
      ['description', 'a\u202Eb'],
      ['tags', ['a\u0000']],
      ['cateId', 1e308],
      ['cateId', -3],
      ['userData', 'x'.repeat(3000)],
      ['appId', 'app-1'],
      ['storageLocation', 'evil.oss.aliyuncs.com'],
      ['templateGroupId', 'tg'],
      ['workflowId', 'wf'],
    ] as const) {
      list.push({ name: `${field} ${JSON.stringify(value).slice(0, 30)}`, status: 400, request: post(JSON.stringify({ fileName: 'a.mp4', [field]: value })) })
    }
    for (const videoId of ['../x', 'a b', '']) list.push({ name: `refresh videoId ${JSON.stringify(videoId)}`, status: 400, request: () => browserRequest(`${path}/refresh`, { body: JSON.stringify({ videoId }) }) })
    list.push({ name: 'refresh without grant', status: 403, request: () => browserRequest(`${path}/refresh`, { body: JSON.stringify({ videoId: 'v1' }) }) })
  }
  if (provider === 'presign') {
    const get = (query: string, headers: Record<string, string> = {}) => () => browserRequest(`${base(provider)}${query}`, { headers })
    for (const query of ['', '?ext=exe', '?ext=jpg&width=0', '?ext=jpg&width=1e3', '?ext=jpg&width=100001', '?ext=jpg&height=-1', '?ext=mp4&duration=1e308', '?ext=mp4&duration=NaN', '?ext=mp4&duration=604801', '?ext=jpg&type=__proto__']) {
      list.push({ name: `GET ${query || '(no query)'}`, status: 400, request: get(query) })
    }
    list.push({ name: 'GET cross-site (<img>)', status: 403, request: get('?ext=jpg', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }) })
    list.push({ name: 'GET without browser headers or x-media-uploader', status: 403, request: get('?ext=jpg', { 'sec-fetch-site': '', 'sec-fetch-mode': '' }) })
    for (const files of [[], Array.from({ length: 51 }, () => ({ ext: 'jpg' })), [{ ext: 'jpg', width: 1e308 }], [{ ext: 'mp4', duration: 1e308 }], 'x']) {
      list.push({ name: `batch ${JSON.stringify(files).slice(0, 30)}`, status: 400, request: post(JSON.stringify({ files })) })
    }
  }
  return list
}

const table = providers.flatMap((provider) => rows(provider).map((row) => ({ provider, ...row })))

/** The suite's size, for the closing note: `CASES=1 pnpm exec vitest run …` prints it. */
if (process.env.CASES) console.log(`[adversarial] ${table.length} generated bad-input cases`)

describe('bad inputs, per provider', () => {
  it.each(table.map((row) => [row.provider, row.name, row] as const))('%s: %s', async (provider, _name, row) => {
    const h = harness()
    const { value: text, output } = await captureConsole(async () => {
      const response = await h.handler(row.request())
      expect(response?.status).toBe(row.status)
      const body: unknown = await response?.clone().json()
      expect(body).toMatchObject(row.routerEnvelope ? { code: row.status, msg: expect.any(String), data: null } : expectedEnvelope(provider, row.status))
      return dump(response)
    })
    expect(h.calls).toHaveLength(0)
    for (const form of SECRET_FORMS) {
      expect(text).not.toContain(form)
      expect(output).not.toContain(form)
      expect(h.logs.join('\n')).not.toContain(form)
    }
  })

  it('has a valid request per provider that does reach upstream (the table is not vacuous)', async () => {
    for (const provider of providers) {
      const h = harness()
      const { path, method, body } = VALID[provider]
      const response = await h.handler(browserRequest(path, { method, body: body === undefined ? undefined : JSON.stringify(body) }))
      expect(response?.status, provider).toBe(200)
      expect(h.calls, provider).toHaveLength(1)
    }
  })
})
