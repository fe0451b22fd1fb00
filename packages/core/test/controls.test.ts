import { describe, expect, it, vi } from 'vitest'
import { file, makeController, settled } from './testProvider.ts'

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

describe('pause, resume, retry, cancel', () => {
  it('pauses an upload keeping its ticket, and resumes without signing again', async () => {
    const { controller, stats } = makeController({ uploadDelay: 200 })
    const [a] = await controller.add([file('a.jpg')])
    while (!stats.uploadInFlight) await tick(5)
    expect(controller.getFile(a!.id)?.status).toBe('uploading')
    controller.pause(a!.id)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'paused', bytesUploaded: 0, progress: 0 })
    await tick(20)
    expect(controller.getSnapshot().status).toBe('paused')
    const done = settled(controller)
    controller.resume(a!.id)
    await done
    expect(controller.getFile(a!.id)?.status).toBe('done')
    expect(stats.signs).toBe(1)
    expect(stats.uploads).toBe(2)
  })

  it('signs again a file paused while signing', async () => {
    const { controller, stats } = makeController({ signDelay: 50 })
    const [a] = await controller.add([file('a.jpg')])
    while (!stats.signInFlight) await tick(2)
    expect(controller.getFile(a!.id)?.status).toBe('signing')
    controller.pause()
    await tick(80)
    expect(controller.getFile(a!.id)?.status).toBe('paused')
    const done = settled(controller)
    controller.resume()
    await done
    expect(controller.getFile(a!.id)?.status).toBe('done')
    expect(stats.signs).toBe(2)
  })

  it('does not call a batch complete while a file is paused', async () => {
    const { controller } = makeController({ uploadDelay: 100 })
    const complete = vi.fn()
    controller.on('complete', complete)
    const [a, b] = await controller.add([file('a.jpg'), file('b.jpg')])
    await tick(40)
    controller.pause(a!.id)
    await tick(150)
    expect(controller.getFile(b!.id)?.status).toBe('done')
    expect(complete).not.toHaveBeenCalled()
    const done = settled(controller)
    controller.resume(a!.id)
    await done
    expect(complete).toHaveBeenCalledTimes(1)
    expect(complete.mock.calls[0]?.[0].successful).toHaveLength(2)
  })

  it('retries and cancels all at once; retry all skips errors that cannot succeed', async () => {
    const storage500 = Object.assign(new Error('S3 500'), { name: 'S3ServiceError', status: 500, serviceCode: 'InternalError', body: '' })
    const denied = Object.assign(new Error('S3 403'), { name: 'S3ServiceError', status: 403, serviceCode: 'AccessDenied', body: '' })
    const { controller, stats } = makeController(
      { uploadFail: new Map([['a.jpg', { times: 4, error: storage500 }], ['b.jpg', { times: 1, error: denied }]]) },
      { concurrency: 2 },
    )
    let done = settled(controller)
    await controller.add([file('a.jpg'), file('b.jpg')])
    await done
    // a.jpg: the policy's 3 retries on 5xx, then failed (retryable); b.jpg: a 403 is not retried and cannot succeed.
    expect(stats.uploads).toBe(5)
    expect(controller.getSnapshot().files.map((f) => [f.error?.code, f.error?.retryable])).toEqual([
      ['storage-rejected', true],
      ['storage-rejected', false],
    ])
    done = settled(controller)
    controller.retry()
    await done
    expect(controller.getSnapshot().files.map((f) => f.status)).toEqual(['done', 'error'])
    const b = controller.getSnapshot().files[1]!
    done = settled(controller)
    controller.retry(b.id)
    await done
    expect(controller.getFile(b.id)?.status).toBe('done')

    const [c, d] = await controller.add([file('c.jpg'), file('d.jpg')])
    controller.cancel()
    expect([controller.getFile(c!.id)?.status, controller.getFile(d!.id)?.status]).toEqual(['canceled', 'canceled'])
    // "Retry failed" leaves canceled files alone; one can be retried by id.
    controller.retry()
    expect(controller.getFile(c!.id)?.status).toBe('canceled')
    controller.retry(c!.id)
    expect(controller.getFile(c!.id)?.status).not.toBe('canceled')
    controller.cancel(c!.id)
    controller.clearFinished()
    expect(controller.getSnapshot().files).toHaveLength(0)
  })

  it('waits for the browser to come back online instead of using up retries', async () => {
    const offline = Object.assign(new Error('network error'), { name: 'TransportError', status: 0 })
    const { controller, stats } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: offline }]]) }, { retry: { retries: 0 } })
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })
    try {
      const [a] = await controller.add([file('a.jpg')])
      await tick(80)
      expect(controller.getFile(a!.id)?.status).toBe('uploading')
      expect(stats.uploads).toBe(1)
      const done = settled(controller)
      Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
      window.dispatchEvent(new Event('online'))
      await done
      expect(controller.getFile(a!.id)?.status).toBe('done')
      expect(stats.uploads).toBe(2)
    } finally {
      Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
    }
  })

  it('retries files that failed on the network when the browser comes back online', async () => {
    const offline = Object.assign(new Error('network error'), { name: 'TransportError', status: 0 })
    const { controller, stats } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: offline }]]) }, { retry: { retries: 0 } })
    let done = settled(controller)
    const [a, b] = await controller.add([file('a.jpg'), file('b.jpg')])
    await done
    expect(controller.getFile(a!.id)?.error?.code).toBe('network')
    expect(controller.getFile(b!.id)?.status).toBe('done')
    done = settled(controller)
    window.dispatchEvent(new Event('online'))
    await done
    expect(controller.getFile(a!.id)?.status).toBe('done')
    expect(stats.uploads).toBe(3)
    controller.destroy()
    // Destroyed controllers stop listening.
    const [listener] = [vi.fn()]
    controller.subscribe(listener)
    window.dispatchEvent(new Event('online'))
    await tick(120)
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('onBeforeUpload', () => {
  it('replaces a file before signing; the replacement is what gets uploaded and listed', async () => {
    const onBeforeUpload = vi.fn(async (f: File) => new File([new Uint8Array(5)], f.name.replace('.png', '.jpg'), { type: 'image/jpeg' }))
    const { controller } = makeController({}, { onBeforeUpload })
    const done = settled(controller)
    const [a] = await controller.add([file('a.png', 50, 'image/png')])
    await done
    expect(onBeforeUpload).toHaveBeenCalledTimes(1)
    expect(onBeforeUpload.mock.calls[0]?.[0]).toBeInstanceOf(File)
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'done', name: 'a.jpg', size: 5, type: 'image/jpeg', result: { name: 'a.jpg' } })
  })

  it('rejects the file when it returns false, before any sign call', async () => {
    const { controller, stats } = makeController({}, { onBeforeUpload: () => false })
    const rejected = vi.fn()
    controller.on('file-rejected', rejected)
    const [a] = await controller.add([file('a.jpg')])
    await tick(30)
    const view = controller.getFile(a!.id)
    expect(view?.status).toBe('rejected')
    expect(view?.error?.code).toBe('rejected-by-app')
    expect(view?.error?.localized('zh-CN')).toBe('此处不能上传“a.jpg”。')
    expect(rejected).toHaveBeenCalledWith(view, view?.error)
    expect(stats.signs).toBe(0)
  })

  it('checks a replacement against the restrictions again', async () => {
    const { controller, stats } = makeController({}, { onBeforeUpload: () => new File([new Uint8Array(5000)], 'a.jpg') })
    const [a] = await controller.add([file('a.jpg')])
    await tick(30)
    expect(controller.getFile(a!.id)?.error?.code).toBe('file-too-large')
    expect(stats.signs).toBe(0)
  })

  it('runs once per file, also across automatic and manual retries; a throw fails the file and a retry runs it again', async () => {
    const expired = Object.assign(new Error('S3 403'), { name: 'S3ServiceError', status: 403, serviceCode: 'AccessDenied', body: 'Request has expired' })
    let calls = 0
    const onBeforeUpload = (f: File) => {
      calls++
      if (f.name === 'boom.jpg' && calls === 2) throw new Error('resize failed')
      return undefined
    }
    const { controller } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: expired }]]) }, { onBeforeUpload })
    let done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    expect(controller.getFile(a!.id)?.status).toBe('done')
    expect(calls).toBe(1)

    done = settled(controller)
    const [boom] = await controller.add([file('boom.jpg')])
    await done
    expect(controller.getFile(boom!.id)?.error).toMatchObject({ code: 'unknown', params: { detail: 'Error: resize failed' } })
    done = settled(controller)
    controller.retry(boom!.id)
    await done
    expect(controller.getFile(boom!.id)?.status).toBe('done')
    expect(calls).toBe(3)
  })
})
