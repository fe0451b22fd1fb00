import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake upstream saw. */
export interface SeenRequest {
  readonly method: string
  readonly url: URL
  readonly headers: http.IncomingHttpHeaders
}

/** What the fake upstream answers: status and JSON body (or raw text), optionally after a delay. */
export interface Reply {
  readonly status: number
  readonly body?: unknown
  readonly text?: string
  readonly delayMs?: number
}

/** A tiny `/oss/presign` stand-in on 127.0.0.1:0 with a scripted list of replies. */
export interface FakeUpstream {
  readonly url: string
  readonly seen: SeenRequest[]
  /** Replies used in order; when exhausted, `fallback` answers. */
  script(...replies: Reply[]): void
  close(): Promise<void>
}

export const okEnvelope = {
  code: 0,
  msg: 'success',
  data: { url: 'http://127.0.0.1:1/bucket/2025/a.jpg?X-Amz-Signature=abc', key: '2025/a.jpg' },
}

export async function startUpstream(fallback: Reply = { status: 200, body: okEnvelope }): Promise<FakeUpstream> {
  const seen: SeenRequest[] = []
  let queue: Reply[] = []
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://upstream'), headers: req.headers })
    const reply = queue.shift() ?? fallback
    const send = (): void => {
      if (res.destroyed) return
      res.statusCode = reply.status
      if (reply.text !== undefined) {
        res.setHeader('content-type', 'text/plain')
        res.end(reply.text)
      } else {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(reply.body ?? null))
      }
    }
    if (reply.delayMs) setTimeout(send, reply.delayMs)
    else send()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    script: (...replies) => {
      queue = [...replies]
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
