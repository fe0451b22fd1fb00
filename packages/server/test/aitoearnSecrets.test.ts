import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { aitoearnHandler, createMediaUploaderHandler } from '../src/index.ts'
import { toNodeListener } from '../src/node.ts'
import { signOk, startAitoearn, TEST_KEY, type FakeAitoearn } from './aitoearnUpstream.ts'

let upstream: FakeAitoearn
beforeAll(async () => {
  upstream = await startAitoearn()
})
afterAll(async () => {
  await upstream.close()
})
afterEach(() => {
  upstream.script()
  vi.restoreAllMocks()
})

/** Everything written to the console or stdout/stderr while `run` runs. */
async function captureOutput(run: () => Promise<void>): Promise<string> {
  const lines: string[] = []
  const record = (...args: unknown[]): void => {
    lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack ?? ''} ${String(arg.cause)}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, method).mockImplementation(record)
  const write = (chunk: unknown): boolean => {
    lines.push(String(chunk))
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(write)
  vi.spyOn(process.stderr, 'write').mockImplementation(write)
  try {
    await run()
  } finally {
    vi.restoreAllMocks()
  }
  return lines.join('\n')
}

/** Status, headers and body of a response as one string. */
async function dump(response: Response | undefined): Promise<string> {
  if (!response) return ''
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${await response.text()}`
}

const post = (body: unknown, path = '/api/media-uploader/aitoearn'): Request =>
  new Request(`http://app.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** A fetch that quotes the key it was given back in the body and a header, as a careless upstream might. */
const echoing = (code: number): typeof fetch => async (input, init) => {
  const key = new Request(input, init).headers.get('x-api-key') ?? ''
  return new Response(JSON.stringify({ code, message: `key ${key} refused`, data: { ...signOk.data, key, uploadFields: { key } }, requestId: 'r' }), {
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'set-cookie': `k=${key}` },
  })
}

describe('the AiToEarn API key', () => {
  it('never appears in a response (body or header) or in console output', async () => {
    const answers: string[] = []
    const output = await captureOutput(async () => {
      const base = { apiKey: TEST_KEY, baseUrl: upstream.url, backoffMs: 1 }
      const router = createMediaUploaderHandler({ providers: { aitoearn: base } })
      const sign = { filename: 'clip.mp4', size: 10, type: 'userMedia' }
      // success, business errors, retries, 502s, validation, confirm
      answers.push(await dump(await router(post(sign))))
      upstream.script({ body: { code: 401, message: 'Unauthorized', data: {} } })
      answers.push(await dump(await router(post(sign))))
      upstream.script({ status: 500, text: `internal error for ${TEST_KEY}` }, { status: 500 }, { status: 500 })
      answers.push(await dump(await router(post(sign))))
      upstream.script({ status: 404, text: `no route, key=${TEST_KEY}` })
      answers.push(await dump(await router(post(sign))))
      upstream.script({ body: { code: 0, message: TEST_KEY, data: { id: TEST_KEY } } })
      answers.push(await dump(await router(post(sign))))
      answers.push(await dump(await router(post({ ...sign, filename: TEST_KEY + '/x' }))))
      answers.push(await dump(await router(post({ id: '../x' }, '/api/media-uploader/aitoearn/confirm'))))
      upstream.script({ body: { code: 12751, message: 'AssetUploadFailed', data: {} } })
      answers.push(await dump(await router(post({ id: 'a1' }, '/api/media-uploader/aitoearn/confirm'))))
      // an upstream that echoes the key
      for (const code of [0, 401]) {
        answers.push(await dump(await aitoearnHandler({ ...base, fetch: echoing(code) })(post(sign))))
      }
      // unreachable: refused port, and a fetch whose error quotes the key
      answers.push(await dump(await aitoearnHandler({ ...base, baseUrl: 'http://127.0.0.1:9' })(post(sign))))
      const leaky: typeof fetch = async () => {
        throw new TypeError(`fetch failed with X-Api-Key ${TEST_KEY}`, { cause: new Error(TEST_KEY) })
      }
      answers.push(await dump(await aitoearnHandler({ ...base, fetch: leaky })(post(sign))))
      // authorize refusals
      const guarded = createMediaUploaderHandler({ providers: { aitoearn: base }, authorize: () => ({ status: 403 }) })
      answers.push(await dump(await guarded(post(sign))))
    })
    expect(answers).toHaveLength(13)
    expect(answers.join('\n')).toContain('"code":0')
    expect(answers.join('\n')).toContain('upstream unavailable')
    for (const answer of answers) expect(answer).not.toContain(TEST_KEY)
    // The failures were logged (without the key).
    expect(output).toContain('aitoearn sign upstream unavailable')
    expect(output).not.toContain(TEST_KEY)
  })

  it('never appears in what a node:http client receives', async () => {
    const server = http.createServer(
      toNodeListener(createMediaUploaderHandler({ providers: { aitoearn: { apiKey: TEST_KEY, baseUrl: upstream.url, logger: false, fetch: echoing(0) } } })),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/api/media-uploader/aitoearn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ filename: 'a.jpg', size: 1 }),
      })
      expect(response.status).toBe(200)
      const text = await dump(response)
      expect(text).toContain('[redacted]')
      expect(text).not.toContain(TEST_KEY)
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
