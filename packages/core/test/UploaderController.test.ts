import { describe, expect, it } from 'vitest'
import { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { file, makeController, settled } from './testProvider.ts'

describe('UploaderController', () => {
  it('uploads files and reports typed results, byte-weighted totals and one complete', async () => {
    const { controller } = makeController()
    let completes = 0
    controller.on('complete', () => completes++)
    const done = settled(controller)
    await controller.add([file('a.jpg', 100), file('b.png', 300)])
    await done
    await new Promise((r) => setTimeout(r, 150))
    const snap = controller.getSnapshot()
    expect(snap.files.map((f) => f.status)).toEqual(['done', 'done'])
    expect(snap.files[0]?.result).toEqual({ name: 'a.jpg', n: expect.any(Number), location: expect.stringMatching(/^mem:\/\//) })
    expect(snap.files.map((f) => f.phase)).toEqual(['done', 'done'])
    expect(snap.totals).toMatchObject({ bytesUploaded: 400, bytesTotal: 400, progress: 1 })
    expect(snap.status).toBe('complete')
    expect(completes).toBe(1)
  })

  it('rejects by extension, size, emptiness, duplicates and count before any sign call', async () => {
    const { controller, stats } = makeController({}, { autoStart: false, restrictions: { maxFiles: 3 } })
    const added = await controller.add([
      file('notes.txt'),
      file('virus.exe'),
      file('big.jpg', 5000),
      file('empty.png', 0),
      file('ok.jpg'),
      file('ok.jpg'),
      file('two.png'),
      file('three.png'),
      file('four.png'),
    ])
    expect(added.map((f) => f.error?.code ?? f.status)).toEqual([
      'file-type-not-allowed',
      'file-type-not-allowed',
      'file-too-large',
      'file-empty',
      'queued',
      'duplicate-file',
      'queued',
      'queued',
      'too-many-files',
    ])
    expect(added[0]?.error?.message).toContain('notes.txt')
    expect(added[0]?.error?.localized('zh-CN')).toMatch(/^不支持“notes\.txt”的格式，支持的格式：jpg, png, mp4。$/)
    expect(added[2]?.error?.message).toMatch(/4\.9 kB.*1,000 B/)
    expect(stats.signs).toBe(0)
  })

  it('intersects the app accept list with the provider rules', async () => {
    const { controller } = makeController({}, { autoStart: false, restrictions: { accept: ['image/*'] } })
    const [video, image] = await controller.add([file('clip.mp4', 10, 'video/mp4'), file('a.png', 10, 'image/png')])
    expect(video?.error?.code).toBe('file-type-not-allowed')
    expect(video?.error?.params['allowed']).toBe('jpg, png')
    expect(image?.status).toBe('queued')
  })

  it('signs ahead of uploads, bounded on both sides', async () => {
    const { controller, stats } = makeController({ signDelay: 5, uploadDelay: 30 }, { concurrency: 3, signConcurrency: 2 })
    const done = settled(controller)
    await controller.add(Array.from({ length: 20 }, (_, i) => file(`f${i}.jpg`, 10 + i)))
    await done
    expect(stats.signs).toBe(20)
    expect(stats.maxSignInFlight).toBeLessThanOrEqual(2)
    expect(stats.maxSignInFlight).toBe(2)
    expect(stats.maxUploadInFlight).toBe(3)
    expect(stats.uploads).toBe(20)
  })

  it("signs as many files ahead as the provider's rules ask for when they are small", async () => {
    const { controller, stats } = makeController({ signDelay: 5, uploadDelay: 30 }, { concurrency: 3, rules: { extensions: ['jpg'], signAhead: 40 } })
    const done = settled(controller)
    await controller.add(Array.from({ length: 60 }, (_, i) => file(`f${i}.jpg`, 10 + i)))
    await done
    expect(stats.signs).toBe(60)
    expect(stats.maxSignInFlight).toBeGreaterThan(16)
    expect(stats.maxSignInFlight).toBeLessThanOrEqual(40)
  })

  it('signs big files just in time: beyond the upload slots only while < 64 MiB wait signed', async () => {
    const { controller, stats } = makeController({ signDelay: 5, uploadDelay: 20 }, { concurrency: 3, rules: { extensions: ['jpg'], signAhead: 64 } })
    const big = (i: number) => Object.defineProperty(file(`big${i}.jpg`, 10 + i), 'size', { value: 30 * 1024 * 1024 })
    const done = settled(controller)
    await controller.add(Array.from({ length: 12 }, (_, i) => big(i)))
    await done
    expect(stats.uploads).toBe(12)
    expect(stats.maxSignInFlight).toBe(3)
  })

  it('re-signs a ticket that expired before its upload started', async () => {
    const { controller, stats } = makeController({ expiresAt: (n) => (n === 1 ? Date.now() - 1 : undefined) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(stats.signs).toBe(2)
    expect(controller.getSnapshot().files[0]?.status).toBe('done')
  })

  it('re-signs and retries when storage says the URL expired', async () => {
    const expired = Object.assign(new Error('S3 returned 403 – AccessDenied'), { name: 'S3ServiceError', status: 403, serviceCode: 'AccessDenied', body: '<Message>Request has expired</Message>' })
    const { controller, stats } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: expired }]]) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(stats.signs).toBe(2)
    expect(stats.uploads).toBe(2)
    expect(controller.getSnapshot().files[0]?.status).toBe('done')
  })

  it('fails a file with a typed error on a storage 403, keeps the others, and retries on request', async () => {
    const denied = Object.assign(new Error('S3 returned 403'), { name: 'S3ServiceError', status: 403, serviceCode: 'SignatureDoesNotMatch', body: '' })
    const { controller } = makeController({ uploadFail: new Map([['bad.jpg', { times: 1, error: denied }]]) })
    const errors: string[] = []
    controller.on('upload-error', (f, e) => errors.push(`${f.name}:${e.code}:${e.serviceCode}`))
    let done = settled(controller)
    await controller.add([file('bad.jpg'), file('good.jpg')])
    await done
    expect(errors).toEqual(['bad.jpg:storage-rejected:SignatureDoesNotMatch'])
    const bad = controller.getSnapshot().files.find((f) => f.name === 'bad.jpg')
    expect(bad?.error?.message).toContain('bad.jpg')
    expect(controller.getFile(bad!.id)?.status).toBe('error')
    done = settled(controller)
    controller.retry(bad!.id)
    await done
    expect(controller.getFile(bad!.id)?.status).toBe('done')
    expect(controller.getSnapshot().files.every((f) => f.status === 'done')).toBe(true)
  })

  it('surfaces sign errors as they were typed and does not retry non-retryable ones', async () => {
    const rejected = new MediaUploaderError('sign-rejected', { provider: 'test', params: { detail: 'nope' } })
    const { controller, stats } = makeController({ signFail: new Map([['a.jpg', rejected]]) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(controller.getSnapshot().files[0]?.error?.code).toBe('sign-rejected')
    expect(stats.signs).toBe(1)
    expect(stats.uploads).toBe(0)
  })

  it('cancels a file in flight without failing the batch', async () => {
    const { controller } = makeController({ uploadDelay: 200 })
    const [a] = await controller.add([file('a.jpg'), file('b.jpg')])
    await new Promise((r) => setTimeout(r, 60))
    expect(controller.getFile(a!.id)?.status).toBe('uploading')
    const done = settled(controller)
    controller.cancel(a!.id)
    await done
    expect(controller.getFile(a!.id)?.status).toBe('canceled')
    expect(controller.getSnapshot().files[1]?.status).toBe('done')
  })

  it('lets the provider release a canceled or removed upload, but not a paused or finished one', async () => {
    const { controller, stats } = makeController({ uploadDelay: 200 })
    const [a, b, c] = await controller.add([file('a.jpg'), file('b.jpg'), file('c.jpg')])
    await new Promise((r) => setTimeout(r, 60))
    controller.pause(b!.id)
    controller.cancel(a!.id)
    await new Promise((r) => setTimeout(r, 0))
    expect(stats.discarded).toEqual(['a.jpg:a.jpg'])
    while (controller.getFile(c!.id)?.status !== 'done') await new Promise((r) => setTimeout(r, 20))
    controller.remove(c!.id)
    controller.remove(b!.id)
    await new Promise((r) => setTimeout(r, 0))
    // b kept its ticket while paused; removing it gives the ticket up. c was done: nothing to release.
    expect(stats.discarded).toEqual(['a.jpg:a.jpg', 'b.jpg:b.jpg'])
  })

  it('keeps per-file identity stable while a file is unchanged', async () => {
    const { controller } = makeController({}, { autoStart: false })
    const [a] = await controller.add([file('a.jpg'), file('b.jpg')])
    const before = controller.getFile(a!.id)
    controller.remove(controller.getSnapshot().files[1]!.id)
    expect(controller.getFile(a!.id)).toBe(before)
    expect(controller.getSnapshot().files).toHaveLength(1)
  })

  it('throttles notifications to about one per progress interval', async () => {
    const { controller } = makeController({ signDelay: 1, uploadDelay: 4 }, { progressInterval: 100 })
    let notifications = 0
    controller.subscribe(() => notifications++)
    const started = Date.now()
    const done = settled(controller)
    await controller.add(Array.from({ length: 200 }, (_, i) => file(`f${i}.jpg`, 10 + i)))
    await done
    const elapsed = Date.now() - started
    expect(notifications).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2)
    expect(notifications).toBeGreaterThan(0)
  })

  it('adds 10,000 files in chunks that yield to the event loop', async () => {
    const { controller } = makeController({}, { autoStart: false })
    let ticks = 0
    const interval = setInterval(() => ticks++, 0)
    const files = Array.from({ length: 10_000 }, (_, i) => file(`f${i}.jpg`, 1 + (i % 900)))
    const added = await controller.add(files)
    clearInterval(interval)
    expect(added).toHaveLength(10_000)
    expect(added.every((f) => f.status === 'queued')).toBe(true)
    expect(ticks).toBeGreaterThanOrEqual(5)
  })
})
