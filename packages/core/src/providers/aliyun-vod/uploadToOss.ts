import type { UploadIO } from '../../provider.ts'
import type { AliyunVodTicket } from './AliyunVodTicket.ts'
import { checkpointOf } from './AliyunVodCheckpoint.ts'
import { ossRequest, type OssError } from './ossRequest.ts'

/**
 * Default (and smallest) part size: 16 MiB, raised so a file never needs more
 * than 10,000 parts. A dropped connection costs at most 16 MiB per part in
 * flight, and resume after a reload is that fine-grained. Bench (256 MiB File
 * picked from disk, loopback): 16 MiB × 4 in flight 0.99–1.03× of one PUT; a
 * part's own cost (preflight, signature, request) is ~7 ms, hidden by the
 * parts in flight. An in-memory Blob goes at ~0.57×: Chromium copies each
 * slice of it before sending (20–70 ms per part, seen in the store's log).
 */
export const PART_SIZE = 16 * 1024 * 1024

/** Parts in flight per file, at most (a file of fewer parts sends them all at once); 6 measured the same as 4. */
export const PARALLEL = 4

/**
 * Whether a file goes up in parts: over one part's size (a video; images are always one PUT).
 *
 * @example
 * ```ts
 * isMultipart({ size: 40 * 1024 * 1024 }) // true
 * ```
 */
export const isMultipart = (file: { readonly size: number }): boolean => file.size > PART_SIZE

/**
 * Moves one file's bytes to OSS with the ticket's STS credential: a single
 * PUT, or (`multipart`) initiate → parts, {@link PARALLEL} in flight, each a
 * `Blob.slice` → complete. Before a request whose credential is about to
 * expire, and once after `SecurityTokenExpired`/`InvalidAccessKeyId`, the
 * credential is renewed and the request sent again. Other failures reject
 * (the retry policy retries the step; a failed part stops the others).
 * Uploaded parts are kept in the ticket, so a retried step continues from
 * them; with an UploadId there, the upload resumes from ListParts.
 */
export async function uploadToOss(data: Blob, type: string, t: AliyunVodTicket, multipart: boolean, io: UploadIO): Promise<void> {
  const stop = new AbortController()
  const { signal } = stop
  if (io.signal.aborted) stop.abort(io.signal.reason)
  io.signal.addEventListener('abort', () => stop.abort(io.signal.reason), { once: true })
  const progress = io.onProgress
  const request = async (verb: string, sub: string, body?: Blob | string, onProgress?: (loaded: number) => void, contentType = type, unsigned = ''): Promise<XMLHttpRequest> => {
    for (let renewed = false; ; renewed = true) {
      signal.throwIfAborted()
      if (t.clock.now() > t.expiresAt) await t.renew(signal)
      try {
        return await ossRequest(verb, t.url + sub + unsigned, await t.sign(verb, contentType, sub), body, signal, onProgress)
      } catch (error) {
        if (renewed || signal.aborted || !/TokenExpired|InvalidAccessKeyId/.test((error as Partial<OssError>).serviceCode ?? '')) throw error
        t.expiresAt = 0
      }
    }
  }
  if (!multipart) return void (await request('PUT', '', data, progress))

  const size = (t.partSize ??= Math.max(PART_SIZE, Math.ceil(data.size / 10_000)))
  const count = Math.ceil(data.size / size)
  const length = (i: number) => Math.min(size, data.size - i * size)
  if (t.uploadId) {
    try {
      // One page: 1000 parts of ≥ 16 MiB (16 GB); parts past it are simply sent again.
      const xml = (await request('GET', `?uploadId=${t.uploadId}`, undefined, undefined, '', '&max-parts=1000')).responseText
      t.etags = []
      for (const [, n, etag, bytes] of xml.matchAll(/<PartNumber>(\d+)<\/PartNumber>[^]*?<ETag>(.+?)<\/ETag>[^]*?<Size>(\d+)</g)) {
        if (+(bytes as string) === length(+(n as string) - 1)) t.etags[+(n as string) - 1] = etag as string
      }
    } catch (error) {
      if ((error as OssError).serviceCode !== 'NoSuchUpload') throw error
      t.uploadId = undefined
    }
  }
  if (!t.uploadId) {
    t.etags = []
    t.uploadId = /<UploadId>(.+?)</.exec((await request('POST', '?uploads')).responseText)?.[1]
    if (!t.uploadId) throw new Error('no UploadId')
  }
  const save = (): void => {
    const saved = t.resume && checkpointOf(t)
    if (saved) void t.resume?.store.put(t.resume.key, saved, t.resume.maxAge)
  }
  save()
  const loaded = t.etags.map((etag, i) => (etag ? length(i) : 0))
  const total = () => loaded.reduce((sum, bytes) => sum + (bytes || 0), 0)
  if (t.resumed && total() > 0) io.resumeFrom?.(total())
  t.resumed = false
  const report = () => progress(total())
  report()
  let next = 0
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      try {
        for (let i = next++; i < count; i = next++) {
          if (t.etags[i]) continue
          const xhr = await request('PUT', `?partNumber=${i + 1}&uploadId=${t.uploadId}`, data.slice(i * size, i * size + size), (bytes) => {
            loaded[i] = bytes
            report()
          })
          const etag = xhr.getResponseHeader('ETag')
          if (!etag) throw new Error('ETag not exposed (bucket CORS)')
          t.etags[i] = etag
          save()
        }
      } catch (error) {
        stop.abort()
        throw error
      }
    }),
  )
  const parts = t.etags.map((etag, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${etag}</ETag></Part>`).join('')
  await request('POST', `?uploadId=${t.uploadId}`, `<CompleteMultipartUpload>${parts}</CompleteMultipartUpload>`, undefined, 'application/xml')
  t.uploadId = undefined
  if (t.resume) void t.resume.store.delete(t.resume.key)
}

