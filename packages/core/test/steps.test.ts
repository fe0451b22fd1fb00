import { describe, expect, it } from 'vitest'
import { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { UploaderController } from '../src/UploaderController.ts'
import { file, makeController, makeTestProvider, settled, type TestResult } from './testProvider.ts'

const storage = (status: number, serviceCode = 'InternalError') => Object.assign(new Error(`storage ${status}`), { name: 'TransportError', status, serviceCode, body: '' })
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

describe('each step retried on its own', () => {
  it('one storage 5xx: exactly one retry of that upload, no new sign, nothing stacked', async () => {
    const { controller, stats } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: storage(503) }]]) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(controller.getSnapshot().files[0]?.status).toBe('done')
    expect([stats.signs, stats.uploads, stats.commits]).toEqual([1, 2, 1])
  })

  it('a storage 4xx fails at once, not retryable', async () => {
    const { controller, stats } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: storage(400, 'InvalidArgument') }]]) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    const error = controller.getSnapshot().files[0]?.error
    expect([error?.code, error?.status, error?.retryable]).toEqual(['storage-rejected', 400, false])
    expect(stats.uploads).toBe(1)
  })

  it('a failed commit retries only the commit: the bytes go once', async () => {
    const confirm503 = new MediaUploaderError('sign-failed', { provider: 'test', status: 503, params: { detail: 'HTTP 503' } })
    const { controller, stats } = makeController({ commitFail: new Map([['a.jpg', { times: 2, error: confirm503 }]]) })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(controller.getSnapshot().files[0]?.status).toBe('done')
    expect([stats.uploads, stats.commits]).toEqual([1, 3])
  })

  it('a commit that still fails is retried by the user without sending the bytes again', async () => {
    const confirm503 = new MediaUploaderError('sign-failed', { provider: 'test', status: 503, params: { detail: 'HTTP 503' } })
    const { controller, stats } = makeController({ commitFail: new Map([['a.jpg', { times: 4, error: confirm503 }]]) })
    let done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    expect(controller.getFile(a!.id)?.error?.code).toBe('sign-failed')
    done = settled(controller)
    controller.retry(a!.id)
    await done
    expect(controller.getFile(a!.id)?.status).toBe('done')
    expect([stats.signs, stats.uploads, stats.commits]).toEqual([1, 1, 5])
  })

  it('shows the commit as its own phase, and cancel aborts a running commit', async () => {
    const { controller, stats } = makeController({ commitDelay: 150 })
    const [a] = await controller.add([file('a.jpg')])
    while (controller.getFile(a!.id)?.phase !== 'committing') await tick(5)
    expect(controller.getFile(a!.id)?.status).toBe('uploading')
    controller.cancel(a!.id)
    await tick(200)
    expect(controller.getFile(a!.id)?.status).toBe('canceled')
    expect(stats.commitsAborted).toBe(1)
  })

  it('aborts an upload that stalls and retries it', async () => {
    const { controller, stats } = makeController({ uploadHang: new Map([['a.jpg', { times: 1 }]]) }, { retry: { stallTimeout: 60 } })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    expect(controller.getSnapshot().files[0]?.status).toBe('done')
    expect(stats.uploads).toBe(2)
  })

  it('gives up on a stalled upload after the retries, as a network error', async () => {
    const { controller } = makeController({ uploadHang: new Map([['a.jpg', { times: 9 }]]) }, { retry: { stallTimeout: 30, retries: 1 } })
    const done = settled(controller)
    await controller.add([file('a.jpg')])
    await done
    const error = controller.getSnapshot().files[0]?.error
    expect([error?.code, error?.retryable]).toEqual(['network', true])
  })
})

describe('loading the provider', () => {
  it('tries a failed import again on the next add, retry and online', async () => {
    const { provider } = makeTestProvider()
    let loads = 0
    const controller = new UploaderController<TestResult>({
      providerId: 'test',
      rules: provider.rules,
      loadProvider: async () => {
        if (++loads < 3) throw new TypeError('Failed to fetch dynamically imported module')
        return provider
      },
      retry: { retries: 0 },
    })
    let done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    expect(controller.getFile(a!.id)?.error?.code).toBe('network')
    done = settled(controller)
    controller.retry(a!.id)
    await done
    expect(loads).toBe(2)
    done = settled(controller)
    window.dispatchEvent(new Event('online'))
    await done
    expect(loads).toBe(3)
    expect(controller.getFile(a!.id)?.status).toBe('done')
    controller.destroy()
  })
})
