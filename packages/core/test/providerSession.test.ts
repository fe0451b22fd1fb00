import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import type { ProviderId } from '../src/registry.ts'
import type { UploadController } from '../src/types.ts'
import { UploaderController } from '../src/UploaderController.ts'
import { defineProvider } from '../src/provider.ts'
import { file, settled } from './testProvider.ts'
import { startJimengStack } from './startJimengStack.ts'
import type { Stack } from './startStack.ts'

/** Issue 13: provider state (jimeng's STS token, presign's batcher) lived in module globals shared by every controller on the page. */
describe('provider state belongs to one controller', () => {
  it("keeps each controller's session apart, and drops it on destroy", async () => {
    const created: string[] = []
    const provider = defineProvider<'mine', string, string>({
      id: 'mine',
      rules: { extensions: ['jpg'] },
      sign: async (_file, ctx) => ctx.session.memo(`token:${ctx.endpoint}`, () => `token-${created.push(ctx.endpoint)}`),
      upload: async () => undefined,
      commit: async (_file, ticket) => ticket,
    })
    const make = () => new UploaderController<string>({ providerId: 'mine', rules: provider.rules, endpoint: 'https://app.test/sign', loadProvider: async () => provider })
    const results = async (controller: UploaderController<string>) => {
      const done = settled(controller)
      await controller.add([file('a.jpg'), file('b.jpg', 11)])
      await done
      return controller.getSnapshot().files.map((f) => f.result)
    }
    const alice = make()
    expect(await results(alice)).toEqual(['token-1', 'token-1'])
    alice.destroy()
    // Same endpoint, next user: a token of their own.
    expect(await results(make())).toEqual(['token-2', 'token-2'])
  })
})

describe('jimeng: a signed-out user’s credentials never reach the next user', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startJimengStack()
  }, 30_000)
  afterAll(() => stack?.stop())
  beforeEach(() => stack.call('POST', '/_reset'))

  const png = (n: number) => {
    const bytes = new Uint8Array(64)
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 32, 0, 0, 0, 24])
    bytes[40] = n
    return new File([bytes], `p${n}.png`, { type: 'image/png' })
  }
  const upload = async (controller: UploadController<unknown>, files: File[]) => {
    const done = new Promise<{ failed: readonly unknown[] }>((resolve) => controller.on('complete', resolve))
    await controller.add(files)
    return done
  }

  it('fetches a token per controller at the same endpoint (sign-out, sign-in), none after destroy', async () => {
    const endpoint = `${stack.endpoint}?account=cn`
    const make = (provider: ProviderId = 'jimeng') => createUploader({ provider, endpoint })
    const first = make()
    expect((await upload(first, [png(1), png(2)])).failed).toEqual([])
    first.destroy()
    const second = make()
    expect((await upload(second, [png(3)])).failed).toEqual([])
    second.destroy()
    const tokenCalls = await stack.call<unknown[]>('GET', '/_requests?service=jimeng')
    expect(tokenCalls).toHaveLength(2)
  }, 30_000)
})
