import { presignBatchRequestSchema, presignSignQuerySchema } from '@media-uploader/contracts/presign'
import { describe, expect, it } from 'vitest'
import { SignClient } from '../src/internal/SignClient.ts'
import { createPresignBatcher } from '../src/providers/presign/presignBatcher.ts'

const envelope = (n: number) => ({ code: 0, msg: 'success', data: { url: `https://s.test/b/${n}.jpg`, key: `${n}.jpg` } })

/** A sign endpoint that answers batches (unless `batch` is false) and single GETs; records what it saw. */
function endpoint(batch = true) {
  const seen: string[] = []
  let n = 0
  const http = new SignClient({
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (request.method === 'POST') {
        const body = (await request.json()) as { files: unknown[] }
        seen.push(`POST ${body.files.length}`)
        if (!batch) return new Response('{"code":404,"msg":"not found","data":null}', { status: 404 })
        return Response.json({ code: 0, msg: 'success', data: body.files.map(() => envelope(++n)) })
      }
      seen.push(`GET ${new URL(request.url).search}`)
      return Response.json(envelope(++n))
    },
  })
  return { http, seen }
}

const signal = new AbortController().signal

describe('createPresignBatcher', () => {
  it('sends sign calls made together as one batch and hands each caller its own result', async () => {
    const { http, seen } = endpoint()
    const sign = createPresignBatcher(http, 'http://app.test/api/media-uploader/presign')
    const results = await Promise.all([sign({ ext: 'jpg' }, signal), sign({ ext: 'png', width: 2 }, signal), sign({ ext: 'mp4' }, signal)])
    expect(seen).toEqual(['POST 3'])
    expect(results.map((r: unknown) => (r as ReturnType<typeof envelope>).data.key)).toEqual(['1.jpg', '2.jpg', '3.jpg'])
  })

  it('falls back to one GET per file, and remembers, when the endpoint takes no batches', async () => {
    const { http, seen } = endpoint(false)
    const sign = createPresignBatcher(http, 'http://upstream.test/oss/presign')
    await Promise.all([sign({ ext: 'jpg' }, signal), sign({ ext: 'png' }, signal)])
    await sign({ ext: 'gif' }, signal)
    expect(seen).toEqual(['POST 2', 'GET ?ext=jpg', 'GET ?ext=png', 'GET ?ext=gif'])
  })

  it('uses a plain GET for a lone file', async () => {
    const { http, seen } = endpoint()
    await createPresignBatcher(http, 'http://app.test/x')({ ext: 'webp' }, signal)
    expect(seen).toEqual(['GET ?ext=webp'])
  })

  it('sends what the contract accepts, as a batch and as a GET query', async () => {
    const bodies: unknown[] = []
    const queries: Record<string, string>[] = []
    const http = new SignClient({
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init)
        if (request.method === 'POST') {
          const body = (await request.json()) as { files: unknown[] }
          bodies.push(body)
          return Response.json({ code: 0, msg: 'success', data: body.files.map((_, i) => envelope(i)) })
        }
        queries.push(Object.fromEntries(new URL(request.url).searchParams))
        return Response.json(envelope(0))
      },
    })
    const sign = createPresignBatcher(http, 'http://app.test/api/media-uploader/presign')
    await Promise.all([sign({ ext: 'jpg', width: 640, height: 480, type: 'origin' }, signal), sign({ ext: 'webp', width: 320, height: 240, type: 'thumb' }, signal)])
    await sign({ ext: 'mp4', duration: 12.5, type: 'video', width: undefined }, signal)
    expect(presignBatchRequestSchema.parse(bodies[0])).toEqual(bodies[0])
    expect(queries).toEqual([{ ext: 'mp4', duration: '12.5', type: 'video' }])
    expect(presignSignQuerySchema.parse(queries[0])).toEqual({ ext: 'mp4', duration: 12.5, type: 'video' })
  })
})
