import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake AiToEarn API saw. */
export interface AitoearnSeen {
  readonly method: string
  readonly path: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: unknown
}

/** A scripted answer: HTTP status and JSON body (or raw text), optionally late, or a dropped connection. */
export interface AitoearnReply {
  readonly status?: number
  readonly body?: unknown
  readonly text?: string
  readonly delayMs?: number
  /** Destroy the socket instead of answering (a network error for the client). */
  readonly drop?: boolean
}

/** A fake AiToEarn API on 127.0.0.1:0 answering from a script, then with `fallback`. */
export interface FakeAitoearn {
  readonly url: string
  readonly seen: AitoearnSeen[]
  script(...replies: AitoearnReply[]): void
  close(): Promise<void>
}

export const TEST_KEY = 'sk-test-aitoearn-0123456789abcdef'

export const signOk = {
  code: 0,
  message: '请求成功',
  data: {
    id: '665f1c2ab3c4d5e6f7a8b9c0',
    path: 'userMedia/u1/2025/05/clip.mp4',
    url: 'https://cdn.aitoearn.test/userMedia/u1/2025/05/clip.mp4',
    uploadUrl: 'https://store.aitoearn.test/media/userMedia/u1/2025/05/clip.mp4?X-Amz-Date=20250503T144032Z&X-Amz-Expires=300&X-Amz-Signature=abc',
    uploadFields: {},
    internalOwner: 'user-1',
  },
  requestId: 'req-1',
  timestamp: 1772099056662,
}

export async function startAitoearn(fallback: AitoearnReply = { body: signOk }): Promise<FakeAitoearn> {
  const seen: AitoearnSeen[] = []
  let queue: AitoearnReply[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        // keep the text
      }
      seen.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body })
      const reply = queue.shift() ?? fallback
      const send = (): void => {
        if (res.destroyed) return
        if (reply.drop) {
          req.socket.destroy()
          return
        }
        res.statusCode = reply.status ?? 200
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
