import { describe, expect, it, vi } from 'vitest'
import { createClock } from '../src/clock/Clock.ts'
import { SignClient } from '../src/internal/SignClient.ts'
import { SignHttpError } from '../src/internal/SignHttpError.ts'

/** A client whose fetch records each request and answers with `answer`. */
function client(answer: (request: Request) => Response | Promise<Response>, options: { timeout?: number; clock?: ReturnType<typeof createClock> } = {}) {
  const requests: Request[] = []
  const http = new SignClient({
    ...options,
    fetch: async (url, init) => {
      const request = new Request(url, init)
      requests.push(request)
      return answer(request)
    },
  })
  return { http, requests }
}

describe('SignClient', () => {
  it('posts JSON and resolves with the parsed answer', async () => {
    const { http, requests } = client(() => Response.json({ code: 0, data: { url: 'u' } }))
    expect(await http.post('http://app.test/sign', { name: 'a.jpg' })).toEqual({ code: 0, data: { url: 'u' } })
    const [request] = requests
    expect([request?.method, request?.headers.get('content-type'), request?.headers.get('accept')]).toEqual(['POST', 'application/json', 'application/json'])
    expect(await request?.json()).toEqual({ name: 'a.jpg' })
  })

  it('adds the query to a GET, leaving out undefined values and keeping the URL own parameters', async () => {
    const { http, requests } = client(() => Response.json({}))
    await http.get('http://app.test/sign?tenant=t1', { ext: 'jpg', width: 640, duration: undefined })
    expect(requests[0]?.url).toBe('http://app.test/sign?tenant=t1&ext=jpg&width=640')
    await http.get('http://app.test/sign')
    expect(requests[1]?.url).toBe('http://app.test/sign')
  })

  it('resolves an empty answer with undefined and rejects a 2xx answer that is not JSON with a SyntaxError', async () => {
    expect(await client(() => new Response(null, { status: 204 })).http.post('http://app.test/x', {})).toBeUndefined()
    await expect(client(() => new Response('<html>login</html>')).http.post('http://app.test/x', {})).rejects.toBeInstanceOf(SyntaxError)
  })

  it('rejects a non-2xx answer with a SignHttpError carrying status, body and request id', async () => {
    const { http } = client(() => Response.json({ msg: 'bad key' }, { status: 401, headers: { 'x-request-id': 'r-1' } }))
    const error = await http.post('http://app.test/x', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SignHttpError)
    expect(error).toMatchObject({ name: 'SignHttpError', status: 401, data: { msg: 'bad key' }, requestId: 'r-1' })
    expect((error as SignHttpError).response.status).toBe(401)
    const notJson = await client(() => new Response('nope', { status: 502 })).http.get('http://app.test/x').catch((e: unknown) => e)
    expect(notJson).toMatchObject({ status: 502, data: undefined })
  })

  it("syncs the clock from every answer's Date, errors included", async () => {
    const clock = createClock()
    const ahead = new Date(Date.now() + 3_600_000).toUTCString()
    const { http } = client(() => new Response('{}', { status: 500, headers: { date: ahead } }), { clock })
    await http.post('http://app.test/x', {}).catch(() => undefined)
    expect(clock.offset).toBeGreaterThan(3_500_000)
  })

  it('times out with a TimeoutError, and aborts with the signal', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason ?? new DOMException('aborted', 'AbortError'))))
    await expect(client(hang, { timeout: 20 }).http.post('http://app.test/x', {})).rejects.toMatchObject({ name: 'TimeoutError' })
    const controller = new AbortController()
    const pending = client(hang).http.post('http://app.test/x', {}, controller.signal)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('calls the global fetch when given none', async () => {
    const fetch = vi.fn(async () => Response.json({ ok: true }))
    vi.stubGlobal('fetch', fetch)
    try {
      expect(await new SignClient().get('http://app.test/x')).toEqual({ ok: true })
      expect(fetch).toHaveBeenCalledOnce()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
