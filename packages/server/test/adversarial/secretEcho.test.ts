import { describe, expect, it } from 'vitest'
import { browserRequest, captureConsole, dump, harness, SECRETS, type UpstreamCall } from './harness.ts'

/**
 * Part 3 of issue 12: an upstream that echoes each configured secret — raw,
 * URL-encoded, base64 (at every alignment) and inside a cookie string — in
 * every field of each provider's error shape. Nothing of it may reach a
 * response body, a header or a log line.
 */
const encodings = (secret: string): string[] => [
  secret,
  encodeURIComponent(secret),
  encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
  btoa(secret),
  btoa(`x${secret}`),
  btoa(`xy${secret}`),
  btoa(secret).replace(/\+/g, '-').replace(/\//g, '_'),
  `sessionid=${secret}; sid_tt=${secret}`,
  JSON.stringify(secret).slice(1, -1),
]

/** What must not be seen for a secret: the secret itself and its URL-encoded and base64 cores. */
const forbidden = (secret: string): string[] => [secret, encodeURIComponent(secret), btoa(secret).slice(0, -4)]

const everyField = (value: string, keys: readonly string[]): Record<string, string> => Object.fromEntries(keys.map((key) => [key, value]))

const SHAPES: readonly { name: string; path: string; body: unknown; method?: string; secret: string; answer: (value: string, call: UpstreamCall) => Response }[] = [
  {
    name: 'presign 4xx envelope',
    path: '/api/media-uploader/presign?ext=jpg',
    body: undefined,
    secret: SECRETS.presignKey,
    answer: (value) => Response.json({ code: 403, msg: value, data: everyField(value, ['key', 'url', 'detail']), [value]: value }, { status: 403, headers: { 'x-echo': encodeURIComponent(value) } }),
  },
  {
    name: 'presign 200 business error',
    path: '/api/media-uploader/presign?ext=jpg',
    body: undefined,
    secret: SECRETS.presignKey,
    answer: (value) => Response.json({ code: 40001, msg: value, data: value }),
  },
  {
    name: 'aitoearn business error',
    path: '/api/media-uploader/aitoearn',
    body: { filename: 'a.jpg', size: 1 },
    secret: SECRETS.aitoearnKey,
    answer: (value) => Response.json({ code: 401, message: value, data: everyField(value, ['id', 'url']), requestId: value.slice(0, 128) }),
  },
  {
    name: 'aitoearn success quoting the key in the ticket',
    path: '/api/media-uploader/aitoearn',
    body: { filename: 'a.jpg', size: 1 },
    secret: SECRETS.aitoearnKey,
    answer: (value) => Response.json({ code: 0, message: value, data: { id: 'a1', path: value, url: value, uploadUrl: `https://s.test/?k=${encodeURIComponent(value)}`, uploadFields: { key: value } }, requestId: 'r' }),
  },
  {
    name: 'jimeng ret error',
    path: '/api/media-uploader/jimeng',
    body: {},
    secret: SECRETS.jimengToken,
    answer: (value) => Response.json({ ret: '1014', errmsg: value, data: value }),
  },
  {
    name: 'jimeng login error',
    path: '/api/media-uploader/jimeng',
    body: {},
    secret: SECRETS.jimengToken,
    answer: (value) => Response.json({ ret: '34010105', errmsg: value }),
  },
  {
    name: 'aliyun-vod error',
    path: '/api/media-uploader/aliyun-vod',
    body: { fileName: 'a.mp4' },
    secret: SECRETS.vodSecret,
    answer: (value) => Response.json({ Code: value, Message: value, RequestId: value, HostId: value, Recommend: value }, { status: 400 }),
  },
  {
    name: 'aliyun-vod credential error',
    path: '/api/media-uploader/aliyun-vod',
    body: { fileName: 'a.mp4' },
    secret: SECRETS.vodSecret,
    answer: (value) => Response.json({ Code: `SignatureDoesNotMatch ${value}`, Message: value, RequestId: value }, { status: 400 }),
  },
]

describe('secrets echoed by an upstream', () => {
  const cases = SHAPES.flatMap((shape) => encodings(shape.secret).map((value, i) => [shape.name, i, shape, value] as const))
  it.each(cases)('%s, encoding #%i: in no body, header or log line', async (_name, _i, shape, value) => {
    const h = harness()
    h.script((call) => shape.answer(value, call))
    const request = browserRequest(shape.path, { body: shape.body === undefined ? undefined : JSON.stringify(shape.body) })
    const { value: text, output } = await captureConsole(async () => dump(await h.handler(request)))
    expect(h.calls.length).toBeGreaterThan(0)
    for (const secret of Object.values(SECRETS)) {
      for (const form of forbidden(secret)) {
        expect(text).not.toContain(form)
        expect(output).not.toContain(form)
        expect(h.logs.join('\n')).not.toContain(form)
      }
    }
  })
})
