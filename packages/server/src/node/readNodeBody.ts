import type { IncomingMessage } from 'node:http'

/** The whole body, `undefined` for GET/HEAD, `'too-large'` past the limit, `'timeout'` when it did not arrive in time. */
export type NodeBody = Buffer | undefined | 'too-large' | 'timeout'

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Reads a Node request body, at most `max` bytes and within `timeoutMs`
 * (a client trickling its body cannot hold the connection). A body an
 * Express parser already read (`req.body`) is used as it is.
 *
 * @example
 * ```ts
 * const body = await readNodeBody(req, 64 * 1024, 30_000)
 * ```
 */
export async function readNodeBody(req: IncomingMessage, max: number, timeoutMs: number): Promise<NodeBody> {
  if (NO_BODY.has(req.method ?? 'GET')) return undefined
  const parsed = (req as IncomingMessage & { body?: unknown }).body
  if (req.readableEnded && parsed !== undefined) {
    const buffer = Buffer.isBuffer(parsed) ? parsed : Buffer.from(typeof parsed === 'string' ? parsed : JSON.stringify(parsed))
    return buffer.length > max ? 'too-large' : buffer
  }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > max) return 'too-large'
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = (outcome: NodeBody): void => {
      clearTimeout(timer)
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      resolve(outcome)
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > max) stop('too-large')
      else chunks.push(chunk)
    }
    const onEnd = (): void => stop(Buffer.concat(chunks))
    const onError = (error: Error): void => {
      clearTimeout(timer)
      reject(error)
    }
    const timer = setTimeout(() => stop('timeout'), timeoutMs)
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', onError)
  })
}
