import { describe, expect, it, vi } from 'vitest'
import { backoffDelay, resolveRetryPolicy } from '../src/retry/RetryPolicy.ts'
import { watchStall } from '../src/retry/watchStall.ts'
import { withRetry } from '../src/retry/withRetry.ts'

const fast = resolveRetryPolicy({ baseDelay: 1, maxDelay: 4 })
const never = new AbortController().signal

describe('withRetry', () => {
  it('retries a retryable failure once and succeeds: two attempts, no more', async () => {
    let attempts = 0
    const value = await withRetry(
      async () => {
        if (++attempts === 1) throw new Error('503')
        return 'ok'
      },
      { policy: fast, signal: never, decide: () => 'retry' },
    )
    expect([value, attempts]).toEqual(['ok', 2])
  })

  it('fails at once on a failure it may not retry', async () => {
    let attempts = 0
    const denied = new Error('403')
    const attempt = async () => {
      attempts++
      throw denied
    }
    await expect(withRetry(attempt, { policy: fast, signal: never, decide: () => 'fail' })).rejects.toBe(denied)
    expect(attempts).toBe(1)
  })

  it('stops after `retries` retries', async () => {
    let attempts = 0
    await expect(
      withRetry(
        async () => {
          attempts++
          throw new Error('500')
        },
        { policy: { ...fast, retries: 2 }, signal: never, decide: () => 'retry' },
      ),
    ).rejects.toThrow('500')
    expect(attempts).toBe(3)
  })

  it('starts no retry past the deadline', async () => {
    let attempts = 0
    const started = Date.now()
    await expect(
      withRetry(
        async () => {
          attempts++
          throw new Error('500')
        },
        { policy: { ...fast, retries: 100, baseDelay: 20, maxDelay: 20, deadline: 50 }, signal: never, decide: () => 'retry' },
      ),
    ).rejects.toThrow('500')
    expect(Date.now() - started).toBeLessThan(200)
    expect(attempts).toBeLessThan(20)
  })

  it('restarts the deadline when an attempt made progress: a long upload that breaks late is retried', async () => {
    let attempts = 0
    const value = await withRetry(
      async (_signal, _n, progressed) => {
        attempts++
        await new Promise((r) => setTimeout(r, 60)) // longer than the deadline
        progressed()
        if (attempts === 1) throw new Error('connection reset')
        return 'ok'
      },
      { policy: { ...fast, deadline: 30 }, signal: never, decide: () => 'retry' },
    )
    expect([value, attempts]).toEqual(['ok', 2])
  })

  it('still gives up past the deadline when the late attempt made no progress', async () => {
    let attempts = 0
    const attempt = async () => {
      attempts++
      await new Promise((r) => setTimeout(r, 60))
      throw new Error('connection reset')
    }
    await expect(withRetry(attempt, { policy: { ...fast, deadline: 30 }, signal: never, decide: () => 'retry' })).rejects.toThrow('connection reset')
    expect(attempts).toBe(1)
  })

  it('stops waiting when its signal aborts', async () => {
    const abort = new AbortController()
    const run = withRetry(async () => Promise.reject(new Error('500')), { policy: { ...fast, baseDelay: 10_000, maxDelay: 10_000 }, signal: abort.signal, decide: () => 'retry' })
    abort.abort(new DOMException('canceled', 'AbortError'))
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('backs off with full jitter, doubling up to the cap', () => {
    const policy = resolveRetryPolicy({ baseDelay: 100, maxDelay: 1000 })
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000])
    expect(backoffDelay(policy, 3, () => 0)).toBe(0)
  })
})

describe('watchStall', () => {
  it('aborts an attempt that makes no progress and fails it with a StallError', async () => {
    let aborted = false
    const run = watchStall(40, never, (signal, onProgress) => {
      onProgress(10)
      signal.addEventListener('abort', () => (aborted = true))
      return new Promise(() => undefined)
    })
    await expect(run).rejects.toMatchObject({ name: 'StallError', status: 0 })
    expect(aborted).toBe(true)
  })

  it('lets an attempt that keeps progressing run past the timeout', async () => {
    const value = await watchStall(40, never, async (_signal, onProgress) => {
      for (let i = 1; i <= 6; i++) {
        await new Promise((r) => setTimeout(r, 15))
        onProgress(i * 100)
      }
      return 'done'
    })
    expect(value).toBe('done')
  })

  it('gives the answer longer once the last byte is sent: a slow final answer is not a stall', async () => {
    const value = await watchStall(
      40,
      never,
      async (_signal, onProgress) => {
        onProgress(1000) // all bytes sent; the storage hashes for longer than the stall timeout
        await new Promise((r) => setTimeout(r, 100))
        return 'stored'
      },
      1000,
    )
    expect(value).toBe('stored')
  })

  it('arms one timer for an attempt, not one per progress event', async () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout')
    try {
      await watchStall(1000, never, async (_signal, onProgress) => {
        for (let i = 1; i <= 500; i++) onProgress(i)
        return 'done'
      })
      expect(setTimer).toHaveBeenCalledTimes(1)
    } finally {
      setTimer.mockRestore()
    }
  })

  it('still fails an answer that never comes after the last byte', async () => {
    const run = watchStall(10, never, (_signal, onProgress) => (onProgress(1000), new Promise(() => undefined)), 1000)
    await expect(run).rejects.toMatchObject({ name: 'StallError', message: expect.stringMatching(/^no answer after the last byte/) })
  })
})
