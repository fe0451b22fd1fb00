import { presignBatchResponseSchema, presignSignResponseSchema, type PresignBatchRequest, type PresignSignRequest } from '@media-uploader/contracts/presign'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presignHandler } from '../src/index.ts'
import { okEnvelope, startUpstream, type FakeUpstream } from './upstream.ts'

let upstream: FakeUpstream
beforeAll(async () => {
  upstream = await startUpstream()
})
afterAll(async () => {
  await upstream.close()
})

const handler = () => presignHandler({ upstream: upstream.url, backoffMs: 1, retries: 0, logger: false })
const headers = { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }
const get = (query: PresignSignRequest) =>
  new Request(`http://app.test/api/media-uploader/presign?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { headers })
const post = (body: PresignBatchRequest | Record<string, unknown>) => new Request('http://app.test/api/media-uploader/presign', { method: 'POST', headers, body: JSON.stringify(body) })

describe('the presign handler speaks the contract', () => {
  it('answers a sign request, a thumbnail included, with the contract’s envelope', async () => {
    upstream.script({ body: { ...okEnvelope, data: { ...okEnvelope.data, bucket: 'internal' }, traceId: 't' } })
    const body: unknown = await (await handler()(get({ ext: 'webp', width: 320, height: 180, type: 'thumb' }))).json()
    expect(presignSignResponseSchema.parse(body)).toEqual(body)
    expect(body).toEqual(okEnvelope)
    expect(Object.fromEntries(upstream.seen.at(-1)?.url.searchParams ?? [])).toEqual({ ext: 'webp', width: '320', height: '180', type: 'thumb' })
  })

  it('answers refusals, upstream errors and outages with the contract’s envelope', async () => {
    upstream.script({ status: 400, body: { code: 400, msg: 'bad', data: { hint: 'x' } } }, { status: 500, body: {} })
    for (const request of [get({ ext: 'bmp' }), get({ ext: 'jpg' }), get({ ext: 'jpg' }), get({ ext: 'jpg', type: 'poster' as 'thumb' })]) {
      const body: unknown = await (await handler()(request)).json()
      expect(presignSignResponseSchema.safeParse(body).success, JSON.stringify(body)).toBe(true)
      expect((body as { data: unknown }).data).toBeNull()
    }
  })

  it('answers a batch with the contract’s batch envelope', async () => {
    upstream.script({ body: okEnvelope }, { status: 400, body: { code: 400, msg: 'bad ext', data: null } })
    const body: unknown = await (await handler()(post({ files: [{ ext: 'jpg', width: 2, height: 2, type: 'origin' }, { ext: 'png', width: 1, height: 1, type: 'thumb' }] }))).json()
    expect(presignBatchResponseSchema.parse(body).data).toEqual([okEnvelope, { code: 400, msg: 'bad ext', data: null }])
    const refused: unknown = await (await handler()(post({ files: [] }))).json()
    expect(presignBatchResponseSchema.parse(refused)).toMatchObject({ code: 400, data: null })
  })
})
