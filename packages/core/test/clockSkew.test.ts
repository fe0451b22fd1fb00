import { describe, expect, it } from 'vitest'
import { defineProvider } from '../src/provider.ts'
import { UploaderController } from '../src/UploaderController.ts'
import { file, settled } from './testProvider.ts'

const HALF_HOUR = 30 * 60_000

/**
 * A storage that accepts requests dated within 15 min of its own time (30 min ahead of this
 * browser) and otherwise answers like OSS: 403 RequestTimeTooSkewed with its <ServerTime>.
 */
function skewedStorage(options: { tellsTime: boolean; serverAhead?: number }) {
  const dated: number[] = []
  const provider = defineProvider<'skewed', string, { n: number }>({
    id: 'skewed',
    rules: { extensions: ['jpg'] },
    sign: async () => ({ n: 1 }),
    upload: async (_file, _ticket, io) => {
      const server = Date.now() + (options.serverAhead ?? HALF_HOUR)
      dated.push(io.clock.now())
      if (Math.abs(io.clock.now() - server) > 15 * 60_000) {
        const body = `<Error><Code>RequestTimeTooSkewed</Code>${options.tellsTime ? `<ServerTime>${new Date(server).toISOString()}</ServerTime>` : ''}</Error>`
        throw Object.assign(new Error('storage 403'), { name: 'TransportError', status: 403, serviceCode: 'RequestTimeTooSkewed', body })
      }
      io.onProgress(1)
    },
    commit: async () => 'stored',
    classifyError: (error) => {
      const { serviceCode, body = '' } = error as { serviceCode?: string; body?: string }
      if (serviceCode !== 'RequestTimeTooSkewed') return undefined
      return { code: 'storage-rejected', status: 403, serviceCode, serverTime: Date.parse(/<ServerTime>([^<]+)</.exec(body)?.[1] ?? '') }
    },
  })
  const controller = new UploaderController<string>({ providerId: 'skewed', rules: provider.rules, loadProvider: async () => provider, retry: { baseDelay: 1, maxDelay: 5 } })
  return { controller, dated }
}

/** Issue 13: with the browser clock 30 min off, aliyun-vod failed with "403 RequestTimeTooSkewed. Retry." — a retry cannot help. */
describe('clock skew', () => {
  it('re-syncs the clock once from the storage’s time and sends the request again, dated right', async () => {
    const { controller, dated } = skewedStorage({ tellsTime: true })
    const done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    expect(controller.getFile(a!.id)).toMatchObject({ status: 'done', result: 'stored' })
    expect(dated).toHaveLength(2)
    expect(dated[1]! - dated[0]!).toBeGreaterThan(HALF_HOUR - 60_000)
  })

  it('fails at once, not retryable, when the clock cannot be corrected (no time in the answer, and a new sign brings none)', async () => {
    const { controller, dated } = skewedStorage({ tellsTime: false })
    const done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    const error = controller.getFile(a!.id)?.error
    expect([error?.code, error?.serviceCode, error?.retryable]).toEqual(['storage-rejected', 'RequestTimeTooSkewed', false])
    // The first request, and the one after the (unhelpful) re-sign: no policy retries on top.
    expect(dated.length).toBeLessThanOrEqual(2)
  })
})
