import type { PresignBatchRequest, PresignSignRequest } from '@media-uploader/contracts/presign'
import type { SignClient } from '../../internal/SignClient.ts'
import { SignHttpError } from '../../internal/SignHttpError.ts'

type PresignQuery = PresignSignRequest

interface Pending {
  readonly query: PresignQuery
  readonly resolve: (envelope: unknown) => void
  readonly reject: (error: unknown) => void
}

const WINDOW_MS = 8
const MAX_BATCH = 50

/**
 * Sign calls made within a few milliseconds of each other go out as one
 * `POST {endpoint}` `{files:[…]}` (the server handler's batch form): the
 * browser's per-request cost, not the server's, is what limits small-file
 * throughput. An endpoint that does not take batches (404/405, e.g. a raw
 * `/oss/presign`) is remembered and called with one `GET` per file. One per
 * controller (kept in its provider session).
 */
export function createPresignBatcher(http: SignClient, endpoint: string): (query: PresignQuery, signal: AbortSignal) => Promise<unknown> {
  let batches = true
  let queue: Pending[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  const single = (query: PresignQuery, signal?: AbortSignal) => http.get(endpoint, query, signal)

  const flush = async () => {
    timer = undefined
    const batch = queue
    queue = []
    if (!batches || batch.length === 1) {
      for (const p of batch) single(p.query).then(p.resolve, p.reject)
      return
    }
    try {
      const json: PresignBatchRequest = { files: batch.map((p) => p.query) }
      const body = (await http.post(endpoint, json)) as { data?: unknown } | null | undefined
      const results = Array.isArray(body?.data) && body.data.length === batch.length ? body.data : undefined
      batch.forEach((p, i) => (results ? p.resolve(results[i]) : p.resolve(body)))
    } catch (error) {
      if (error instanceof SignHttpError && (error.status === 404 || error.status === 405)) {
        batches = false
        for (const p of batch) single(p.query).then(p.resolve, p.reject)
        return
      }
      for (const p of batch) p.reject(error)
    }
  }

  return (query, signal) => {
    if (!batches) return single(query, signal)
    return new Promise((resolve, reject) => {
      queue.push({ query, resolve, reject })
      if (queue.length >= MAX_BATCH) {
        clearTimeout(timer)
        void flush()
      } else timer ??= setTimeout(flush, WINDOW_MS)
    })
  }
}
