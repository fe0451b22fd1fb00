import { afterEach, describe, expect, it, vi } from 'vitest'
import { file, makeController, settled } from './testProvider.ts'

const storage = (status: number, serviceCode = 'InternalError') => Object.assign(new Error(`storage ${status}`), { name: 'TransportError', status, serviceCode, body: '' })
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('honest totals: bytes stored plus bytes in flight of live attempts', () => {
  it('counts a failed file as 0, in the file and in the totals', async () => {
    const { controller } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: storage(403, 'AccessDenied') }]]) }, { concurrency: 2 })
    const done = settled(controller)
    const [a, b] = await controller.add([file('a.jpg', 10), file('b.jpg', 20)])
    await done
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'error', bytesUploaded: 0, progress: 0 })
    expect(controller.getFile(b!.id)?.status).toBe('done')
    expect(controller.getSnapshot().totals).toMatchObject({ bytesUploaded: 20, bytesTotal: 30, progress: 20 / 30 })
  })

  it("takes a failed attempt's bytes back while its retry waits", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1)
    const { controller, stats } = makeController({ uploadDelay: 20, uploadFail: new Map([['a.jpg', { times: 1, error: storage(503) }]]) }, { retry: { baseDelay: 300, maxDelay: 300 } })
    const [a] = await controller.add([file('a.jpg', 10)])
    while (stats.uploads < 1 || stats.uploadInFlight) await tick(2)
    await tick(50)
    // The first attempt reported 5 of 10 bytes, then failed: the retry is waiting its 300 ms backoff.
    expect(stats.uploads).toBe(1)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'uploading', bytesUploaded: 0 })
    expect(controller.getSnapshot().totals.bytesUploaded).toBe(0)
    const done = settled(controller)
    await done
    expect(controller.getSnapshot().totals).toMatchObject({ bytesUploaded: 10, progress: 1 })
  })

  it('counts a paused single-request upload as 0 and says it does not resume', async () => {
    const { controller } = makeController({ uploadDelay: 200 })
    const [a] = await controller.add([file('a.jpg', 10)])
    while (controller.getFile(a!.id)?.bytesUploaded !== 5) await tick(5)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'uploading', resumable: false })
    controller.pause(a!.id)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'paused', bytesUploaded: 0, resumable: false })
    expect(controller.getSnapshot().totals.bytesUploaded).toBe(0)
    controller.destroy()
  })

  it('keeps what storage acknowledged for a paused resumable upload, and resumes from it', async () => {
    const { controller, stats } = makeController({ uploadDelay: 200, resumable: true })
    const [a] = await controller.add([file('a.jpg', 10)])
    while (controller.getFile(a!.id)?.bytesUploaded !== 5) await tick(5)
    controller.pause(a!.id)
    // Half the file is stored (its first "part"); the part in flight is gone.
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'paused', bytesUploaded: 5, progress: 0.5, resumable: true })
    expect(controller.getSnapshot().totals).toMatchObject({ bytesUploaded: 5, bytesTotal: 10 })
    const done = settled(controller)
    controller.resume(a!.id)
    expect(controller.getFile(a!.id)?.bytesUploaded).toBe(5)
    await done
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'done', resumedFrom: 0.5, bytesUploaded: 10 })
    expect([stats.signs, stats.uploads]).toEqual([1, 2])
  })

  it('shows the commit as the public phase `committing`, with the file counted in full', async () => {
    const { controller } = makeController({ commitDelay: 150 })
    const [a] = await controller.add([file('a.jpg', 10), file('b.jpg', 30)])
    while (controller.getFile(a!.id)?.phase !== 'committing') await tick(5)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'uploading', phase: 'committing', bytesUploaded: 10, progress: 1 })
    expect(controller.getSnapshot().totals.bytesUploaded).toBeGreaterThanOrEqual(10)
    controller.destroy()
  })
})
