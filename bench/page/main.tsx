import { commitCount } from './commitCounter.ts'
import { createUploader, UploaderController, providerRegistry, type UploadController, type PresignResult } from '@media-uploader/core'
import { MediaUploader } from '@media-uploader/react'
// As an app does (README): the widget's stylesheet, which also bounds the list's panel (so rows are virtualised).
import '@media-uploader/react/styles.css'
import { createRoot, type Root } from 'react-dom/client'
import Uppy from '@uppy/core'
import { createCRC32, crc32 as crc32Once } from 'hash-wasm'
import { crc32OffMainThread } from '../../packages/core/src/internal/crc32OffMainThread.ts'
import { probeMedia } from '../../packages/core/src/internal/probeMedia.ts'
import { plainUppy, presignUrl, rawMany, rawSignedAhead, xhrPut } from './contenders.ts'
import { vodMultipart, vodRawMultipart, vodSinglePut, vodUppySerial } from './aliyunVodContenders.ts'

const params = new URLSearchParams(location.search)
const presign = params.get('presign') ?? ''
let root: Root | undefined

/** Mounts a fresh `<MediaUploader>` driven by a controller we can await. */
function mountWidget(autoStart = true): UploadController<PresignResult> {
  root?.unmount()
  // The default endpoint: the app server's sign handler (/api/media-uploader/presign), which batches.
  const controller = createUploader({ provider: 'presign', autoStart, restrictions: { rejectDuplicates: false } })
  root = createRoot(document.getElementById('widget')!)
  root.render(<MediaUploader provider="presign" controller={controller} locale="en" />)
  return controller
}

function completion(controller: UploadController<PresignResult>): Promise<number> {
  return new Promise((resolve) => controller.on('complete', ({ failed }) => resolve(failed.length)))
}

/** Runs `work` from a page task (so long tasks are observed) and reports time and longest task. */
async function measure(work: () => Promise<unknown>): Promise<{ ms: number; longestTask: number; failed: unknown }> {
  // Let the setup (mounting, unmounting the previous widget, garbage) finish outside the window.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)))
  return new Promise((resolve, reject) => {
    let longestTask = 0
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration)
    })
    observer.observe({ type: 'longtask', buffered: false })
    setTimeout(async () => {
      performance.clearResourceTimings()
      // Markers for profiling runs (CPU per process, CDP profiles) that bracket exactly the timed window.
      console.log('BENCH_T0')
      const t0 = performance.now()
      try {
        const failed = await work()
        const ms = performance.now() - t0
        console.log('BENCH_T1')
        console.log('BENCH_SIGNREQ ' + performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/media-uploader')).length)
        await new Promise((r) => setTimeout(r, 60))
        observer.disconnect()
        resolve({ ms, longestTask, failed })
      } catch (error) {
        reject(error)
      }
    }, 0)
  })
}

/** The big file the cases upload: `bigInMemory` (built from bytes in the page) or `bigOnDisk` (picked, as a user's). */
let big: File | undefined
let bigInMemory: File | undefined
let bigOnDisk: File | undefined
/** A File for the CRC-32 case, and each contender's result (they must agree). */
let huge: File | undefined
const crcs: Record<string, number> = {}
const CRC_SLICE = 32 * 1024 * 1024
const smallFiles = (n: number, size: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => new File([new Uint8Array(size).fill(i & 255)], `${prefix}-${i}.jpg`, { type: 'image/jpeg', lastModified: i }))

const bench = {
  /** aliyun-vod: the same `big` File to OSS as one PUT, in multipart through the core, and with plain Uppy's serial parts. */
  vodSinglePut: () => measure(() => vodSinglePut(big!)),
  vodMultipart: () => measure(() => vodMultipart(big!)),
  vodRawMultipart: (partMiB?: number, parallel?: number) => measure(() => vodRawMultipart(big!, partMiB, parallel)),
  vodUppySerial: () => measure(() => vodUppySerial(big!)),
  makeBig(mib: number) {
    const bytes = new Uint8Array(mib * 1024 * 1024)
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i & 255
    big = bigInMemory = new File([bytes], 'big.mp4', { type: 'video/mp4' })
    return big.size
  },
  async rawBig() {
    const url = await presignUrl(presign, 'mp4')
    return measure(() => xhrPut(url, big!))
  },
  async widgetBig() {
    const controller = mountWidget()
    return measure(async () => {
      const done = completion(controller)
      await controller.add([big!])
      return done
    })
  },
  async rawSmall(n: number, size: number) {
    const files = smallFiles(n, size, 'raw')
    const urls = await Promise.all(files.map(() => presignUrl(presign, 'jpg')))
    return measure(() => rawMany(urls, files))
  },
  async rawAheadSmall(n: number, size: number) {
    const files = smallFiles(n, size, 'ahead')
    return measure(() => rawSignedAhead(presign, files))
  },
  async uppySmall(n: number, size: number) {
    const files = smallFiles(n, size, 'uppy')
    return measure(() => plainUppy(presign, files))
  },
  async widgetSmall(n: number, size: number) {
    const files = smallFiles(n, size, 'widget')
    const controller = mountWidget()
    return measure(async () => {
      const done = completion(controller)
      await controller.add(files)
      return done
    })
  },
  async coreSmall(n: number, size: number) {
    root?.unmount()
    const files = smallFiles(n, size, 'core')
    const controller = createUploader({ provider: 'presign', restrictions: { rejectDuplicates: false } })
    return measure(async () => {
      const done = completion(controller)
      await controller.add(files)
      return done
    })
  },
  /** The core with URLs signed beforehand (as raw's are): what the transport path (controller + Uppy) costs over raw XHR. */
  async corePresigned(n: number, size: number) {
    root?.unmount()
    const files = smallFiles(n, size, 'corep')
    const urls = await Promise.all(files.map(() => presignUrl(presign, 'jpg')))
    const real = await providerRegistry.presign.load()
    let i = 0
    // The provider's own upload and commit; its sign step hands out the URLs signed above.
    const provider: typeof real = { ...real, sign: async () => { const url = urls[i++]!; return { url, key: url.split('?')[0]!, expiresAt: undefined } } }
    const controller = new UploaderController<PresignResult>({ providerId: 'presign', rules: providerRegistry.presign.rules, loadProvider: async () => provider, restrictions: { rejectDuplicates: false } })
    return measure(async () => {
      const done = completion(controller)
      await controller.add(files)
      return done
    })
  },
  async probeOnly(n: number) {
    const files = smallFiles(n, 8192, 'probe')
    return measure(async () => {
      for (const f of files) await probeMedia(f, 'image')
      return 0
    })
  },
  async signOnly(n: number) {
    return measure(async () => {
      let next = 0
      await Promise.all(Array.from({ length: 4 }, async () => { while (next++ < n) await presignUrl(presign, 'jpg') }))
      return 0
    })
  },
  async coreAdd(n: number) {
    root?.unmount()
    const files = smallFiles(n, 16, 'coreadd')
    const controller = createUploader({ provider: 'presign', endpoint: `${presign}/oss/presign`, autoStart: false })
    return measure(async () => {
      await controller.add(files)
      return 0
    })
  },
  async widgetAdd(n: number) {
    const files = smallFiles(n, 16, 'add')
    const controller = mountWidget(false)
    return measure(async () => {
      await controller.add(files)
      // Until the list shows the files (its first window of rows) and the total counts all of them.
      while (!document.querySelector('[data-mu-element="file"]')) await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      return controller.getSnapshot().files.length === n ? 0 : 1
    })
  },
  async uppyAdd(n: number) {
    const files = smallFiles(n, 16, 'uppyadd')
    const uppy = new Uppy()
    const result = await measure(async () => uppy.addFiles(files.map((data) => ({ name: data.name, type: data.type, data }))))
    uppy.destroy()
    return result
  },
  /** `n` files through the widget while the store reads each PUT slowly (the runner's bandwidth rule): React commits during the upload. */
  async widgetCommits(n: number, size: number) {
    const files = smallFiles(n, size, 'commits')
    const controller = mountWidget()
    let commits = 0
    let notifications = 0
    const sample = await measure(async () => {
      const from = commitCount()
      const unsubscribe = controller.subscribe(() => notifications++)
      const done = completion(controller)
      await controller.add(files)
      const failed = await done
      commits = commitCount() - from
      unsubscribe()
      return failed
    })
    return { ...sample, count: commits, notifications }
  },
  /** The disk-backed `#crc-file` (as a user's pick, never in memory) through the widget; the runner samples the heap meanwhile. */
  async widgetHuge() {
    const file = new File([huge!], 'huge.mp4', { type: 'video/mp4' })
    const controller = mountWidget()
    return measure(async () => {
      const t0 = performance.now()
      const done = completion(controller)
      await controller.add([file])
      const error = (await done) ? controller.getSnapshot().files[0]?.error : undefined
      return error && `${error.code} (${String(error.cause)}) after ${Math.round(performance.now() - t0)} ms`
    })
  },
  /** The file the runner picked into `#crc-file` (disk-backed, as a user's pick) becomes the big file. */
  bigFromDisk() {
    const picked = (document.getElementById('crc-file') as HTMLInputElement).files![0]!
    big = bigOnDisk = new File([picked], 'big.mp4', { type: 'video/mp4' })
    return big.size
  },
  /** Which big file the next cases upload. */
  useBig(which: 'memory' | 'disk') {
    big = which === 'disk' ? bigOnDisk : bigInMemory
    return big?.size ?? 0
  },
  /** Takes the file the runner put into `#crc-file` (disk-backed, like a File a user picks). */
  useHuge() {
    huge = (document.getElementById('crc-file') as HTMLInputElement).files![0]!
    return huge.size
  },
  /** The widget's path: the Jimeng provider's (and any provider's) CRC-32, in the Web Worker. */
  async crcWorker() {
    return measure(async () => {
      crcs.worker = await crc32OffMainThread(huge!)
      return 0
    })
  },
  /** hash-wasm on the main thread over the same File, read in the worker's 32 MiB slices (one at a time). */
  async crcMain() {
    return measure(async () => {
      const hasher = await createCRC32()
      hasher.init()
      for (let at = 0; at < huge!.size; at += CRC_SLICE) hasher.update(new Uint8Array(await huge!.slice(at, at + CRC_SLICE).arrayBuffer()))
      crcs.main = Number.parseInt(hasher.digest('hex'), 16) >>> 0
      return 0
    })
  },
  /** hash-wasm in one call on the bytes already in memory (reading them is not timed): its raw speed. */
  async crcOnce() {
    const bytes = new Uint8Array(await huge!.arrayBuffer())
    return measure(async () => {
      crcs.once = Number.parseInt(await crc32Once(bytes), 16) >>> 0
      return 0
    })
  },
  crcs: () => crcs,
  reset() {
    root?.unmount()
    root = undefined
  },
}

document.body.append(Object.assign(document.createElement('input'), { type: 'file', id: 'crc-file', hidden: true }))
Object.assign(window, { bench })
performance.setResourceTimingBufferSize(100000)
document.title = 'bench ready'
