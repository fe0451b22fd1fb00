import {
  aitoearnConfirmResponseSchema,
  aitoearnSignResponseSchema,
  type AitoearnConfirmRequest,
  type AitoearnSignBody,
  type AitoearnSignRequest,
} from '@media-uploader/contracts/aitoearn'
import type * as z from 'zod/mini'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { aitoearnHandler, aitoearnSignBodySchema } from '../src/index.ts'
import { signOk, startAitoearn, TEST_KEY, type FakeAitoearn } from './aitoearnUpstream.ts'

let upstream: FakeAitoearn
beforeAll(async () => {
  upstream = await startAitoearn()
})
afterAll(async () => {
  await upstream.close()
})

const handler = () => aitoearnHandler({ apiKey: TEST_KEY, baseUrl: upstream.url, backoffMs: 1, retries: 0, logger: false })
const post = (body: AitoearnSignRequest | AitoearnConfirmRequest | Record<string, unknown>, path = '/api/media-uploader/aitoearn') =>
  new Request(`http://app.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: JSON.stringify(body) })

describe('the aitoearn handler speaks the contract', () => {
  it('validates to the contract’s sign body', () => {
    expectTypeOf<z.output<typeof aitoearnSignBodySchema>>().toEqualTypeOf<AitoearnSignBody>()
  })

  it('answers a sign request with the contract’s envelope and ticket (upstream extras dropped)', async () => {
    const answer = aitoearnSignResponseSchema.parse(await (await handler()(post({ filename: 'clip.mp4', size: 1234 }))).json())
    const { internalOwner: _, ...ticket } = signOk.data
    expect(answer).toEqual({ code: 0, message: signOk.message, requestId: 'req-1', data: { ...ticket, grant: expect.any(String) } })
    expect(upstream.seen.at(-1)?.body).toEqual({ filename: 'clip.mp4', size: 1234, type: 'temp' })
  })

  it('answers business errors, refusals and outages with data null', async () => {
    upstream.script({ body: { code: 12752, message: 'AssetTooLarge', data: { limit: 1 } } }, { status: 503, body: {} })
    const requests = [post({ filename: 'big.mp4', size: 9 }), post({ filename: 'a.jpg', size: 1 }), post({ filename: 'a/b.jpg', size: 1 }), post({ filename: 'a\u202Eb.jpg', size: 1 })]
    for (const request of requests) {
      const body: unknown = await (await handler()(request)).json()
      expect(aitoearnSignResponseSchema.safeParse(body).success, JSON.stringify(body)).toBe(true)
      expect((body as { data: unknown }).data).toBeNull()
    }
  })

  it('answers a confirm request with the contract’s envelope', async () => {
    const signer = handler()
    const signed = aitoearnSignResponseSchema.parse(await (await signer(post({ filename: 'clip.mp4', size: 1234 }))).json())
    upstream.script({ body: { code: 0, message: 'ok', data: { id: signed.data?.id, url: 'https://cdn.test/final.mp4', size: 1 } } })
    const body: unknown = await (await signer(post({ id: signed.data?.id ?? '', grant: signed.data?.grant }, '/api/media-uploader/aitoearn/confirm'))).json()
    expect(aitoearnConfirmResponseSchema.parse(body).data).toEqual({ id: signed.data?.id, url: 'https://cdn.test/final.mp4' })
    const denied: unknown = await (await signer(post({ id: 'other' }, '/api/media-uploader/aitoearn/confirm'))).json()
    expect(aitoearnConfirmResponseSchema.parse(denied)).toMatchObject({ code: 403, data: null })
  })
})
