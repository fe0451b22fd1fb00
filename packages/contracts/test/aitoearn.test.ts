import { describe, expect, expectTypeOf, it } from 'vitest'
import { AITOEARN_ASSET_TYPES } from '../../emulator/src/services/aitoearn/aitoearnAssetTypes.ts'
import {
  aitoearnAssetTypes,
  aitoearnConfirmRequestSchema,
  aitoearnConfirmResponseSchema,
  aitoearnEnvelopeSchema,
  aitoearnSignRequestSchema,
  aitoearnSignResponseSchema,
  aitoearnUploadTicketSchema,
  type AitoearnAssetType,
  type AitoearnSignBody,
  type AitoearnSignRequest,
} from '../src/aitoearn/aitoearnContract.ts'

const messages = (result: { error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? []

const ticket = { id: 'a1', path: 'u/1/clip.mp4', url: 'https://cdn.test/u/1/clip.mp4', uploadUrl: 'https://store.test/b/u/1/clip.mp4?X-Amz-Signature=a', uploadFields: {}, grant: 'g1.x' }

describe('aitoearn asset types', () => {
  it('are the 19 of seed 000, the same list the emulated AiToEarn API accepts', () => {
    expect(aitoearnAssetTypes).toHaveLength(19)
    expect(aitoearnAssetTypes).toContain('temp')
    expect([...aitoearnAssetTypes]).toEqual([...AITOEARN_ASSET_TYPES])
    expectTypeOf<AitoearnAssetType>().toEqualTypeOf<(typeof AITOEARN_ASSET_TYPES)[number]>()
  })
})

describe('aitoearn sign request', () => {
  it('defaults the type to temp and drops other keys', () => {
    expect(aitoearnSignRequestSchema.parse({ filename: 'clip.mp4', size: 1234, owner: 'x' })).toEqual({ filename: 'clip.mp4', size: 1234, type: 'temp' })
    expectTypeOf<AitoearnSignRequest>().toEqualTypeOf<{ filename: string; size: number; type?: AitoearnAssetType | undefined }>()
    expectTypeOf<AitoearnSignBody['type']>().toEqualTypeOf<AitoearnAssetType>()
  })

  it('names every field it refuses', () => {
    expect(messages(aitoearnSignRequestSchema.safeParse({ filename: 'a/b.jpg', size: -1, type: 'nope' }))).toEqual([
      'filename must not contain path separators',
      'size must be a non-negative integer',
      `type must be one of ${aitoearnAssetTypes.join(', ')}`,
    ])
    expect(messages(aitoearnSignRequestSchema.safeParse({ filename: '', size: '1' }))).toEqual(['filename must not be empty', 'size must be a number'])
    expect(messages(aitoearnSignRequestSchema.safeParse({ filename: '..', size: 1 }))).toEqual(['filename must be a file name'])
  })
})

describe('aitoearn confirm request', () => {
  it('takes an id that is safe as a path segment and the grant', () => {
    expect(aitoearnConfirmRequestSchema.parse({ id: '665f1c2ab3', grant: 'g1.x' })).toEqual({ id: '665f1c2ab3', grant: 'g1.x' })
    expect(messages(aitoearnConfirmRequestSchema.safeParse({ id: '../x' }))).toEqual(['id must match ^[\\w-]{1,64}$'])
  })
})

describe('aitoearn answers', () => {
  it('carry the ticket on success and data null on a business error', () => {
    expect(aitoearnSignResponseSchema.parse({ code: 0, message: '请求成功', data: ticket, requestId: 'r1' }).data).toEqual(ticket)
    expect(aitoearnSignResponseSchema.parse({ code: 12752, message: 'AssetTooLarge', data: null }).data).toBeNull()
    expect(aitoearnSignResponseSchema.safeParse({ code: 0, message: 'ok', data: { id: 'a1' } }).success).toBe(false)
    expect(aitoearnSignResponseSchema.safeParse({ code: 0, msg: 'ok', data: ticket }).success).toBe(false)
  })

  it('read the envelope first, then the step data', () => {
    const envelope = aitoearnEnvelopeSchema.parse({ code: 0, message: 'ok', data: ticket, timestamp: 1 })
    expect(envelope).not.toHaveProperty('timestamp')
    expect(aitoearnUploadTicketSchema.parse(envelope.data)).toEqual(ticket)
    expect(aitoearnConfirmResponseSchema.parse({ code: 0, message: 'ok', data: { id: 'a1', url: 'https://cdn.test/a1' } }).data).toEqual({ id: 'a1', url: 'https://cdn.test/a1' })
  })
})
