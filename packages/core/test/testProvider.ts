import { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { defineProvider, type ProviderFile, type ProviderRules } from '../src/provider.ts'
import { UploaderController } from '../src/UploaderController.ts'
import type { RetryPolicy } from '../src/retry/RetryPolicy.ts'
import type { BeforeUpload, Restrictions } from '../src/types.ts'

export interface TestTicket {
  readonly n: number
  readonly fileName: string
  readonly expiresAt?: number
}

/** What the test provider's uploads resolve to. */
export interface TestResult {
  readonly name: string
  readonly n: number
  readonly location: string
}

export interface TestBehaviour {
  signDelay?: number
  uploadDelay?: number
  /** Throw from prepare for these names (once per entry in the set). */
  signFail?: Map<string, MediaUploaderError>
  /** Upload error for the first N uploads of a name. */
  uploadFail?: Map<string, { times: number; error: unknown }>
  /** Commit error for the first N commits of a name. */
  commitFail?: Map<string, { times: number; error: unknown }>
  expiresAt?: (n: number) => number | undefined
  /** The first N uploads of a name never progress nor answer (until aborted). */
  uploadHang?: Map<string, { times: number }>
  commitDelay?: number
  /**
   * Multipart-like: `resumable()` is true, the first half of a file is stored (`onStored`) once
   * sent and kept per ticket, and an upload with stored bytes calls `resumeFrom` and sends the rest.
   */
  resumable?: boolean
}

/** A provider whose steps fake the network with timers. */
export function makeTestProvider(behaviour: TestBehaviour = {}) {
  const stats = { discarded: [] as string[], commits: 0, commitsAborted: 0, signs: 0, signInFlight: 0, maxSignInFlight: 0, uploads: 0, uploadInFlight: 0, maxUploadInFlight: 0, firstUploadAtSign: -1 }
  const sleep = (ms = 0) => new Promise((r) => setTimeout(r, ms))
  const storedByTicket = new Map<number, number>()
  const provider = defineProvider<'test', TestResult, TestTicket, Record<string, never>, { location: string }>({
    id: 'test',
    rules: { extensions: ['jpg', 'png', 'mp4'], maxFileSize: 1000 },
    async sign(file: ProviderFile, ctx) {
      stats.signs++
      stats.signInFlight++
      stats.maxSignInFlight = Math.max(stats.maxSignInFlight, stats.signInFlight)
      try {
        await sleep(behaviour.signDelay ?? 5)
        ctx.signal.throwIfAborted()
        const failure = behaviour.signFail?.get(file.name)
        if (failure) {
          behaviour.signFail?.delete(file.name)
          throw failure
        }
        const n = stats.signs
        return { n, fileName: file.name, expiresAt: behaviour.expiresAt?.(n) }
      } finally {
        stats.signInFlight--
      }
    },
    expiresAt: (t) => t.expiresAt,
    ...(behaviour.resumable ? { resumable: () => true } : {}),
    async upload(file, ticket, io) {
      const half = Math.floor(file.size / 2)
      const stored = storedByTicket.get(ticket.n) ?? 0
      if (stored) io.resumeFrom(stored)
      stats.uploads++
      const hang = behaviour.uploadHang?.get(ticket.fileName)
      if (hang && hang.times > 0) {
        hang.times--
        await new Promise((_, reject) => io.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      }
      if (stats.firstUploadAtSign < 0) stats.firstUploadAtSign = stats.signs
      stats.uploadInFlight++
      stats.maxUploadInFlight = Math.max(stats.maxUploadInFlight, stats.uploadInFlight)
      try {
        await sleep((behaviour.uploadDelay ?? 10) / 2)
        io.signal.throwIfAborted()
        io.onProgress(half)
        if (behaviour.resumable) {
          storedByTicket.set(ticket.n, half)
          io.onStored?.(half)
        }
        await sleep((behaviour.uploadDelay ?? 10) / 2)
        io.signal.throwIfAborted()
      } finally {
        stats.uploadInFlight--
      }
      const fail = behaviour.uploadFail?.get(ticket.fileName)
      if (fail && fail.times > 0) {
        fail.times--
        throw fail.error
      }
      return { location: `mem://${ticket.n}` }
    },
    async commit(file, ticket, receipt, ctx) {
      stats.commits++
      await sleep(behaviour.commitDelay ?? 0)
      if (ctx.signal.aborted) stats.commitsAborted++
      ctx.signal.throwIfAborted()
      const fail = behaviour.commitFail?.get(file.name)
      if (fail && fail.times > 0) {
        fail.times--
        throw fail.error
      }
      return { name: file.name, n: ticket.n, location: receipt.location }
    },
    discard(file, ticket) {
      stats.discarded.push(`${file.name}:${ticket ? ticket.fileName : '-'}`)
    },
  })
  return { provider, stats }
}

export function makeController(
  behaviour: TestBehaviour = {},
  options: {
    restrictions?: Restrictions
    autoStart?: boolean
    concurrency?: number
    signConcurrency?: number
    progressInterval?: number
    onBeforeUpload?: BeforeUpload
    rules?: ProviderRules
    retry?: Partial<RetryPolicy>
  } = {},
) {
  const { provider, stats } = makeTestProvider(behaviour)
  const controller = new UploaderController<TestResult>({
    providerId: 'test',
    rules: provider.rules,
    loadProvider: async () => provider,
    ...options,
    retry: { baseDelay: 1, maxDelay: 5, ...options.retry },
  })
  return { controller, stats }
}

export function file(name: string, size = 10, type = ''): File {
  return new File([new Uint8Array(size)], name, { type, lastModified: 1 })
}

export function settled(controller: UploaderController<unknown>, timeout = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not settled')), timeout)
    const off = controller.on('complete', () => {
      clearTimeout(timer)
      off()
      resolve()
    })
  })
}
