import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake upstream saw. */
export interface SeenRequest {
  readonly method: string
  readonly url: URL
  /** Path and query, as sent. */
  readonly path: string
  readonly headers: http.IncomingHttpHeaders
  /** The body parsed as JSON, else its text (undefined when empty). */
  readonly body: unknown
}

/** A scripted answer: HTTP status (200) and JSON body (or raw text), optionally late, or a dropped connection. */
export interface Reply {
  readonly status?: number
  readonly body?: unknown
  readonly text?: string
  readonly delayMs?: number
  /** Destroy the socket instead of answering (a network error for the client). */
  readonly drop?: boolean
}

/** A fake provider API on 127.0.0.1:0 answering from a script, then with `fallback`. */
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

export async function startUpstream(fallback: Reply = { body: okEnvelope }): Promise<FakeUpstream> {
  const seen: SeenRequest[] = []
  let queue: Reply[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text || undefined
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        // keep the text
      }
      const path = req.url ?? '/'
      seen.push({ method: req.method ?? 'GET', url: new URL(path, 'http://upstream'), path, headers: req.headers, body })
      const reply = queue.shift() ?? fallback
      const send = (): void => {
        if (res.destroyed) return
        if (reply.drop) return void req.socket.destroy()
        res.statusCode = reply.status ?? 200
        res.setHeader('content-type', reply.text === undefined ? 'application/json' : 'text/plain')
        res.end(reply.text ?? JSON.stringify(reply.body ?? null))
      }
      if (reply.delayMs) setTimeout(send, reply.delayMs)
      else send()
    })
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
