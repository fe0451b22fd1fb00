import 'fake-indexeddb/auto'
import { createHash } from 'node:crypto'
import { aliyunVodExtensions } from '@media-uploader/contracts/aliyun-vod'
import { IDBFactory } from 'fake-indexeddb'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import { clearResumeState } from '../src/index.ts'
import { SignClient } from '../src/internal/SignClient.ts'
import { aliyunVod, type AliyunVodOptions, type AliyunVodResult } from '../src/providers/aliyun-vod/aliyun-vod.ts'
import { aliyunVodRules } from '../src/providers/aliyun-vod/rules.ts'
import { fileFingerprint } from '../src/resume/fileFingerprint.ts'
import { openCheckpointStore } from '../src/resume/openCheckpointStore.ts'
import type { UploadController, UploadFile } from '../src/types.ts'
import { installLocalhostLookup } from '../../emulator/src/http/installLocalhostLookup.ts'
import { startStack, type Stack } from './startStack.ts'
import { stepContext } from './stepContext.ts'

const MiB = 1024 * 1024
const DAY = 24 * 3600_000

describe('the one extension list', () => {
  it('is what the widget lets through for aliyun-vod', () => {
    expect(aliyunVodRules.extensions).toBe(aliyunVodExtensions)
  })
})

describe('checkpoint store (IndexedDB)', () => {
  it('keeps values until they expire, deletes and clears them', async () => {
    let now = 1_000
    const store = await openCheckpointStore(new IDBFactory(), () => now)
    if (!store) throw new Error('no store')
    await store.put('a', { n: 1 }, 500)
    await store.put('b', { n: 2 }, 5_000)
    expect(await store.get('a')).toEqual({ n: 1 })
    now = 1_600
    expect(await store.get('a')).toBeUndefined()
    expect(await store.get('b')).toEqual({ n: 2 })
    await store.delete('b')
    expect(await store.get('b')).toBeUndefined()
    await store.put('c', 3, 5_000)
    await store.clear()
    expect(await store.get('c')).toBeUndefined()
  })

  it('drops expired checkpoints when opened', async () => {
    const factory = new IDBFactory()
    await (await openCheckpointStore(factory, () => 0))?.put('old', 1, 10)
    await openCheckpointStore(factory, () => 100)
    const count = await new Promise<number>((resolve) => {
      const open = factory.open('media-uploader-resume')
      open.onsuccess = () => {
        const request = open.result.transaction('checkpoints').objectStore('checkpoints').count()
        request.onsuccess = () => resolve(request.result)
      }
    })
    expect(count).toBe(0)
  })

  it('is off where IndexedDB is missing or refuses to open (private mode)', async () => {
    expect(await openCheckpointStore(null)).toBeUndefined()
    const refusing = { open: () => { throw new DOMException('denied', 'InvalidStateError') } } as unknown as IDBFactory
    expect(await openCheckpointStore(refusing)).toBeUndefined()
  })

  it('fingerprints name, size, lastModified and both ends of the bytes', async () => {
    const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(300 * 1024).map((_, i) => i % 251)
    const file = (data: Uint8Array<ArrayBuffer>, name = 'a.mp4', lastModified = 1) => new File([data], name, { lastModified })
    const base = await fileFingerprint(file(bytes))
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(await fileFingerprint(file(bytes.slice()))).toBe(base)
    const tail = bytes.slice()
    tail[tail.length - 1] = 7
    expect(await fileFingerprint(file(tail))).not.toBe(base)
    expect(await fileFingerprint(file(bytes, 'b.mp4'))).not.toBe(base)
    expect(await fileFingerprint(file(bytes, 'a.mp4', 2))).not.toBe(base)
  })
})

interface Logged {
  method: string
  query: Record<string, string>
  status: number | null
  /** null while the connection is open. */
  durationMs: number | null
  /** Body bytes the emulator read, counted on after the connection closed. */
  bytesReceived: number
}

let stack: Stack
let restoreLookup: (() => void) | undefined
beforeAll(async () => {
  ;(window as unknown as { happyDOM: { settings: { fetch: { disableSameOriginPolicy: boolean } } } }).happyDOM.settings.fetch.disableSameOriginPolicy = true
  restoreLookup = installLocalhostLookup()
  stack = await startStack('aliyunVodStack.ts')
}, 30_000)
afterAll(() => {
  restoreLookup?.()
  return stack?.stop()
})
beforeEach(async () => {
  await stack.call('POST', '/_reset')
  await clearResumeState()
})

const log = (service: string) => stack.call<Logged[]>('GET', `/_requests?service=${service}`)
const objects = () => stack.call<{ sha256: string }[]>('GET', '/_objects')
const isPartPut = (e: Logged) => e.method === 'PUT' && 'partNumber' in e.query
const storedParts = async () => (await log('oss')).filter((e) => isPartPut(e) && e.status === 200)
const uploader = (providerOptions?: AliyunVodOptions): UploadController<AliyunVodResult> =>
  createUploader({ provider: 'aliyun-vod', endpoint: stack.endpoint, providerOptions, restrictions: { rejectDuplicates: false } })

function media(name: string, size: number, seed: number): { file: File; sha256: string } {
  const bytes = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i += 4096) {
    x = (x * 1103515245 + 12345) >>> 0
    bytes[i] = x & 255
  }
  return { file: new File([bytes], name, { type: 'video/mp4', lastModified: 1_700_000_000_000 }), sha256: createHash('sha256').update(bytes).digest('hex') }
}

/**
 * The OSS log once the closed tab's last request is over. Closing the tab ends its connections at
 * once (logged with status null), but the emulator goes on reading, throttled, the bytes already in
 * the socket buffers (MiBs on loopback): a part whose last byte had left the page is read to the end
 * and stored, as OSS does, with no one left to hear the 200; any other is cut short. And a part
 * answered 200 just before the close may be missing from the checkpoint. So which parts the next page
 * finds is known only here: once every connection is closed and no byte has been read for 1.5 s.
 */
async function settledOss(): Promise<Logged[]> {
  const state = (entries: Logged[]) => JSON.stringify(entries.map((e) => [e.status, e.durationMs === null, e.bytesReceived]))
  let entries = await log('oss')
  for (let steady = 0; steady < 6; ) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const now = await log('oss')
    steady = state(now) === state(entries) && now.every((e) => e.durationMs !== null) ? steady + 1 : 0
    entries = now
  }
  return entries
}

/**
 * Part numbers the emulator holds (what ListParts answers) after the settled `entries`: parts answered
 * 200, and parts read to their last byte after the tab closed (stored, status null). Every part of
 * these tests' 80 MiB files is 16 MiB.
 */
function heldParts(entries: Logged[]): string[] {
  const held = entries.filter((e) => isPartPut(e) && (e.status === 200 || (e.status === null && e.bytesReceived === 16 * MiB)))
  return held.map((e) => String(e.query.partNumber)).sort()
}

/** Part numbers 1…5 of an 80 MiB file missing from `held`. */
const missing = (held: readonly string[]) => ['1', '2', '3', '4', '5'].filter((n) => !held.includes(n))

/** `[partNumber, ETag]` of the parts in the (one) saved checkpoint. */
async function checkpointParts(): Promise<(readonly [number, string])[]> {
  const [saved] = (await checkpoints()) as { value?: { parts?: (readonly [number, string])[] } }[]
  return saved?.value?.parts ?? []
}

/** Every value in the checkpoint database, as stored. */
function checkpoints(): Promise<unknown[]> {
  return new Promise((resolve) => {
    const open = indexedDB.open('media-uploader-resume')
    open.onsuccess = () => {
      const request = open.result.transaction('checkpoints').objectStore('checkpoints').getAll()
      request.onsuccess = () => {
        open.result.close()
        resolve(request.result as unknown[])
      }
    }
  })
}

/**
 * Starts a slow multipart upload and leaves it (as a closed tab does) once its checkpoint holds `parts`
 * parts (with resume off, once OSS answered `parts` parts). Parts still in flight then may or may not
 * land: see {@link settledOss}.
 */
async function leaveAfter(file: File, parts: number, options?: AliyunVodOptions) {
  await stack.call('POST', '/_faults', { service: 'oss', match: { method: 'PUT' }, bandwidthBytesPerSec: 24 * MiB })
  const controller = uploader(options)
  const [added] = await controller.add([file])
  const done = options?.resumeMaxAge === 0 ? async () => (await storedParts()).length : async () => (await checkpointParts()).length
  await expect.poll(done, { timeout: 20_000 }).toBeGreaterThanOrEqual(parts)
  return { controller, id: added?.id as string }
}

describe('aliyun-vod resume after a page reload (fake IndexedDB, emulated VOD + OSS)', () => {
  it('continues the same video and multipart upload, sending only the missing parts; the checkpoint holds no credential', { timeout: 60_000 }, async () => {
    const video = media('reload.mp4', 80 * MiB, 3)
    const first = await leaveAfter(video.file, 2)
    first.controller.destroy() // the tab closes: nothing is discarded
    await stack.call('DELETE', '/_faults')
    const before = await settledOss()
    const held = heldParts(before) // what the resumed upload will find with ListParts: usually 1-4, at times all 5
    const saved = await checkpoints()
    expect(saved).toHaveLength(1)
    const text = JSON.stringify(saved)
    const [created] = (await log('aliyun-vod')).filter((c) => c.query.Action === 'CreateUploadVideo')
    expect(saved[0]).toMatchObject({ value: { version: 1, videoId: expect.any(String), grant: expect.any(String), uploadId: expect.any(String), partSize: 16 * MiB } })
    const savedParts = (saved[0] as { value: { parts: (readonly [number, string])[] } }).value.parts.map(([n]) => String(n))
    expect(savedParts.length).toBeGreaterThanOrEqual(2)
    expect(held).toEqual(expect.arrayContaining(savedParts)) // the checkpoint lists only stored parts
    expect(text).not.toMatch(/STS\.|AccessKey|SecurityToken|Secret|CAIS|Authorization|Signature/i)
    expect(created).toBeDefined()

    // After the reload: a new page (new session), the same file picked again.
    const http = new SignClient()
    const ctx = stepContext<AliyunVodOptions>('aliyun-vod', stack.endpoint, http, {})
    const file = { id: 'again', name: video.file.name, size: video.file.size, type: video.file.type, data: video.file, extension: 'mp4' }
    const ticket = await aliyunVod.sign(file, ctx)
    expect(aliyunVod.resumable?.(file, ticket)).toBe(true)
    const resumeFrom = vi.fn()
    const progress: number[] = []
    await aliyunVod.upload(file, ticket, { signal: new AbortController().signal, clock: ctx.clock, onProgress: (bytes) => progress.push(bytes), resumeFrom })
    expect(await aliyunVod.commit(file, ticket, undefined, ctx)).toEqual({ kind: 'video', videoId: (saved[0] as { value: { videoId: string } }).value.videoId })

    const vod = (await log('aliyun-vod')).map((c) => c.query.Action)
    expect(vod).toEqual(['CreateUploadVideo', 'RefreshUploadVideo'])
    const oss = await log('oss')
    expect(oss.filter((e) => e.method === 'POST' && 'uploads' in e.query)).toHaveLength(1) // one multipart upload
    const { uploadId } = (saved[0] as { value: { uploadId: string } }).value
    const listed = oss.findIndex((e) => e.method === 'GET' && e.query.uploadId === uploadId) // the resumed page's ListParts
    expect(listed).toBeGreaterThanOrEqual(before.length) // after the closed page's last request
    const sent = oss.slice(listed).filter(isPartPut)
    expect(sent.map((e) => [e.query.partNumber, e.query.uploadId, e.status]).sort()).toEqual(missing(held).map((n) => [n, uploadId, 200])) // only the missing parts, once each
    expect(heldParts(oss)).toEqual(['1', '2', '3', '4', '5']) // every part stored exactly once
    expect(resumeFrom).toHaveBeenCalledTimes(1)
    expect(resumeFrom.mock.calls[0]?.[0]).toBe(held.length * 16 * MiB)
    expect(progress[0]).toBe(held.length * 16 * MiB) // the bar starts where the earlier page stopped
    expect((await objects()).map((o) => o.sha256)).toEqual([video.sha256])
    expect(await checkpoints()).toEqual([]) // removed when done
  })

  it('shows the share an earlier page stored as resumedFrom in the snapshot', { timeout: 60_000 }, async () => {
    const video = media('snapshot.mp4', 80 * MiB, 4)
    const first = await leaveAfter(video.file, 2)
    first.controller.destroy()
    await stack.call('DELETE', '/_faults')
    const held = heldParts(await settledOss()).length
    expect(held).toBeGreaterThanOrEqual(2)
    const controller = uploader()
    const shares = new Set<number | undefined>()
    const done = new Promise<readonly UploadFile[]>((resolve) => controller.on('complete', ({ failed }) => resolve(failed)))
    controller.subscribe(() => shares.add(controller.getSnapshot().files[0]?.resumedFrom))
    await controller.add([video.file])
    expect((await done).map((f) => f.error?.message)).toEqual([])
    shares.add(controller.getSnapshot().files[0]?.resumedFrom) // the last patch may land within one notify interval of 'complete'
    expect([...shares]).toContain((held * 16) / 80) // "resuming from 40 %"
    expect((await objects()).map((o) => o.sha256)).toEqual([video.sha256])
  })

  it('starts afresh when the server refuses the refresh (grant of another session), and drops the stale checkpoint', { timeout: 60_000 }, async () => {
    const video = media('stale.mp4', 40 * MiB, 5)
    const first = await leaveAfter(video.file, 1)
    first.controller.destroy()
    const [saved] = (await checkpoints()) as { key: string; value: Record<string, unknown> }[]
    const store = await openCheckpointStore()
    await store?.put(saved!.key, { ...saved!.value, grant: 'forged.grant' }, DAY)
    await stack.call('POST', '/_reset')
    const controller = uploader()
    const done = new Promise<readonly UploadFile[]>((resolve) => controller.on('complete', ({ failed }) => resolve(failed)))
    await controller.add([video.file])
    expect((await done).map((f) => f.error?.message)).toEqual([])
    expect((await log('aliyun-vod')).map((c) => c.query.Action)).toEqual(['CreateUploadVideo'])
    expect((await objects()).map((o) => o.sha256)).toEqual([video.sha256])
    expect(await checkpoints()).toEqual([])
  })

  it('cancel aborts the multipart upload and removes the checkpoint; resumeMaxAge 0 stores none', { timeout: 60_000 }, async () => {
    const video = media('cancel.mp4', 40 * MiB, 7)
    const { controller, id } = await leaveAfter(video.file, 1)
    expect(await checkpoints()).toHaveLength(1)
    controller.cancel(id)
    await expect.poll(async () => (await log('oss')).filter((e) => e.method === 'DELETE').length).toBe(1)
    await expect.poll(checkpoints).toEqual([])
    controller.destroy()
    await stack.call('POST', '/_reset')
    const off = await leaveAfter(media('off.mp4', 40 * MiB, 9).file, 1, { resumeMaxAge: 0 })
    off.controller.destroy()
    expect(await checkpoints()).toEqual([])
    expect((await log('aliyun-vod')).map((c) => c.query.Action)).toEqual(['CreateUploadVideo']) // not sent to the server
    expect(JSON.stringify((await log('aliyun-vod'))[0]?.query)).not.toContain('resumeMaxAge')
  })
})
