import { describe, expect, it, vi } from 'vitest'
import { fetchUpstream, UPSTREAM_BACKOFF_CAP_MS, UpstreamFailure, upstreamBackoff } from '../src/internal/fetchUpstream.ts'

/** A fetch that answers from a script, one entry per call; `Error` entries throw like a refused connection. */
function scripted(...answers: (Response | Error)[]) {
  const calls: string[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    calls.push(String(input))
    const next = answers.shift()
    if (next === undefined) throw new Error('unscripted call')
    if (next instanceof Error) throw Object.assign(new TypeError('fetch failed'), { cause: next })
    return next
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

const options = (fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof fetchUpstream>[2]> = {}) => ({
  fetch,
  timeoutMs: 1_000,
  retries: 2,
  backoffMs: 1,
  signal: new AbortController().signal,
  ...extra,
})

describe('fetchUpstream: the server’s one retry policy', () => {
  it('one upstream 5xx → exactly one retry of that request', async () => {
    const { fetch, calls } = scripted(new Response('', { status: 503 }), new Response('{}', { status: 200 }))
    const response = await fetchUpstream('https://api.test/sign', {}, options(fetch))
    expect(response.status).toBe(200)
    expect(calls).toHaveLength(2)
  })

  it('returns 4xx answers at once, 429 included (the browser waits it out; retries never stack)', async () => {
    for (const status of [400, 403, 429]) {
      const { fetch, calls } = scripted(new Response('', { status }))
      expect((await fetchUpstream('https://api.test/', {}, options(fetch))).status).toBe(status)
      expect(calls).toHaveLength(1)
    }
  })

  it('gives up after `retries` with the last failure, naming the network error code', async () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })
    const { fetch, calls } = scripted(refused, refused, refused)
    const failure = await fetchUpstream('https://api.test/', {}, options(fetch)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UpstreamFailure)
    expect(failure).toMatchObject({ reason: 'network', code: 'ECONNREFUSED' })
    expect(calls).toHaveLength(3)
  })

  it('signs each attempt anew when the URL is a function of the attempt', async () => {
    const { fetch, calls } = scripted(new Response('', { status: 500 }), new Response('', { status: 200 }))
    await fetchUpstream(async (attempt) => `https://api.test/?nonce=${attempt}`, {}, options(fetch))
    expect(calls).toEqual(['https://api.test/?nonce=1', 'https://api.test/?nonce=2'])
  })

  it('stops at the overall deadline, however many retries are left', async () => {
    const slow = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    )
    const started = Date.now()
    const failure = await fetchUpstream('https://api.test/', {}, options(slow as unknown as typeof globalThis.fetch, { retries: 10, deadlineMs: 150 })).catch(
      (error: unknown) => error,
    )
    expect(failure).toMatchObject({ reason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(slow.mock.calls.length).toBeLessThan(4)
  })

  it('aborts at once when the caller’s signal aborts', async () => {
    const controller = new AbortController()
    const { fetch } = scripted(new Response('', { status: 500 }), new Response('', { status: 500 }), new Response('', { status: 500 }))
    const pending = fetchUpstream('https://api.test/', {}, options(fetch, { backoffMs: 5_000, signal: controller.signal }))
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ reason: 'aborted' })
  })

  it('backs off with full jitter under a cap, and honours Retry-After up to the cap', () => {
    for (let n = 1; n <= 12; n++) {
      const wait = upstreamBackoff(n, 200)
      const ceiling = Math.min(200 * 2 ** (n - 1), UPSTREAM_BACKOFF_CAP_MS)
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2)
      expect(wait).toBeLessThanOrEqual(ceiling)
    }
    expect(upstreamBackoff(1, 200, 500)).toBe(500)
    expect(upstreamBackoff(1, 200, 60_000)).toBe(UPSTREAM_BACKOFF_CAP_MS)
  })
})
