import type { Uppy } from '@uppy/core'
import { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { defineProvider, type ProviderFile, type ProviderRules } from '../src/provider.ts'
import { UploaderController } from '../src/UploaderController.ts'
import type { BeforeUpload, Restrictions } from '../src/types.ts'

export interface TestTicket {
  readonly n: number
  readonly fileName: string
  readonly expiresAt?: number
}

export interface TestBehaviour {
  signDelay?: number
  uploadDelay?: number
  /** Throw from prepare for these names (once per entry in the set). */
  signFail?: Map<string, MediaUploaderError>
  /** Transport error for the first N uploads of a name. */
  uploadFail?: Map<string, { times: number; error: unknown }>
  expiresAt?: (n: number) => number | undefined
}

/** A provider whose transport is a real Uppy uploader plugin that fakes the network with timers. */
export function makeTestProvider(behaviour: TestBehaviour = {}) {
  const stats = { discarded: [] as string[], signs: 0, signInFlight: 0, maxSignInFlight: 0, uploads: 0, uploadInFlight: 0, maxUploadInFlight: 0, firstUploadAtSign: -1 }
  const sleep = (ms = 0) => new Promise((r) => setTimeout(r, ms))
  const provider = defineProvider<'test', { name: string; n: number }, TestTicket>({
    id: 'test',
    rules: { extensions: ['jpg', 'png', 'mp4'], maxFileSize: 1000 },
    async prepare(file: ProviderFile, ctx) {
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
    installTransport(uppy: Uppy, ctx) {
      uppy.addUploader(async (ids: string[]) => {
        await Promise.all(
          ids.map(async (id) => {
            const file = uppy.getFile(id)
            const ticket = ctx.ticketFor(id)
            stats.uploads++
            if (stats.firstUploadAtSign < 0) stats.firstUploadAtSign = stats.signs
            stats.uploadInFlight++
            stats.maxUploadInFlight = Math.max(stats.maxUploadInFlight, stats.uploadInFlight)
            uppy.emit('upload-start', [file])
            await sleep((behaviour.uploadDelay ?? 10) / 2)
            uppy.emit('upload-progress', uppy.getFile(id), { uploadStarted: Date.now(), bytesUploaded: Math.floor((file.size ?? 0) / 2), bytesTotal: file.size })
            await sleep((behaviour.uploadDelay ?? 10) / 2)
            stats.uploadInFlight--
            if (!uppy.getFile(id)) return
            const fail = behaviour.uploadFail?.get(ticket.fileName)
            if (fail && fail.times > 0) {
              fail.times--
              uppy.emit('upload-error', uppy.getFile(id), fail.error as Error)
              return
            }
            uppy.emit('upload-success', uppy.getFile(id), { status: 200, body: { location: `mem://${ticket.n}`, key: `k${ticket.n}` } as never, uploadURL: `mem://${ticket.n}` })
          }),
        )
      })
    },
    async finish(file, ticket) {
      return { name: file.name, n: ticket.n }
    },
    discard(file, ticket) {
      stats.discarded.push(`${file.name}:${ticket ? ticket.fileName : '-'}`)
    },
  })
  return { provider, stats }
}

export function makeController(
  behaviour: TestBehaviour = {},
  options: { restrictions?: Restrictions; autoStart?: boolean; concurrency?: number; signConcurrency?: number; progressInterval?: number; onBeforeUpload?: BeforeUpload; rules?: ProviderRules } = {},
) {
  const { provider, stats } = makeTestProvider(behaviour)
  const controller = new UploaderController<{ name: string; n: number }>({
    providerId: 'test',
    rules: provider.rules,
    loadProvider: async () => provider as never,
    ...options,
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
