import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  PRESIGN_BATCH_LIMIT,
  presignBatchRequestSchema,
  presignBatchResponseSchema,
  presignObjectTypes,
  presignSignQuerySchema,
  presignSignRequestSchema,
  presignSignResponseSchema,
  type PresignExtension,
  type PresignObjectType,
  type PresignSignQuery,
  type PresignSignRequest,
} from '../src/presign/presignContract.ts'

const messages = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? []

describe('presign sign request', () => {
  it('takes ext in any case, the pixel size, the duration and the object type', () => {
    expect(presignSignRequestSchema.parse({ ext: 'JPG', width: 640, height: 480, type: 'thumb', other: 1 })).toEqual({ ext: 'jpg', width: 640, height: 480, type: 'thumb' })
    expect(presignSignRequestSchema.parse({ ext: 'mp4', duration: 12.5, type: 'video' })).toEqual({ ext: 'mp4', duration: 12.5, type: 'video' })
  })

  it('names every field it refuses', () => {
    const result = presignSignRequestSchema.safeParse({ ext: 'bmp', width: 1.5, height: 100_001, duration: 0, type: 'poster' })
    expect(messages(result)).toEqual([
      'ext must be one of jpg, jpeg, png, webp, gif, mp4, webm',
      'width must be a positive integer up to 100000',
      'height must be a positive integer up to 100000',
      'duration must be a positive number up to 604800',
      'type must be one of thumb, origin, video',
    ])
  })

  it('reads the GET query to the same request as the JSON form', () => {
    const json = { ext: 'WEBP', width: 320, height: 180, type: 'thumb' } as const
    const query = { ext: 'WEBP', width: '320', height: '180', type: 'thumb', extra: 'dropped' }
    expect(presignSignQuerySchema.parse(query)).toEqual(presignSignRequestSchema.parse(json))
    expect(presignSignQuerySchema.parse({ ext: 'webm', duration: '.5' })).toEqual({ ext: 'webm', duration: 0.5 })
    expect(messages(presignSignQuerySchema.safeParse({ ext: 'jpg', width: '1e3', duration: '-1' }))).toEqual([
      'width must be a positive integer',
      'duration must be a positive number of seconds',
    ])
  })

  it('batches 1 to 50 files', () => {
    expect(presignBatchRequestSchema.safeParse({ files: [{ ext: 'png' }] }).success).toBe(true)
    expect(messages(presignBatchRequestSchema.safeParse({ files: [] }))).toEqual(['files must not be empty'])
    const tooMany = Array.from({ length: PRESIGN_BATCH_LIMIT + 1 }, () => ({ ext: 'png' }))
    expect(messages(presignBatchRequestSchema.safeParse({ files: tooMany }))).toEqual(['files must hold at most 50 files'])
  })

  it('has exactly the fields seed 001 declares, thumbnails included', () => {
    expect(presignObjectTypes).toEqual(['thumb', 'origin', 'video'])
    expectTypeOf<keyof PresignSignRequest>().toEqualTypeOf<'ext' | 'width' | 'height' | 'duration' | 'type'>()
    expectTypeOf<PresignSignRequest['type']>().toEqualTypeOf<PresignObjectType | undefined>()
    expectTypeOf<PresignSignQuery['ext']>().toEqualTypeOf<PresignExtension>()
  })
})

describe('presign sign response', () => {
  it('is the URL and key, or a refusal with data null', () => {
    const ok = { code: 0, msg: 'success', data: { url: 'https://s.test/b/k.jpg?X-Amz-Signature=a', key: 'k.jpg' } }
    expect(presignSignResponseSchema.parse(ok)).toEqual(ok)
    expect(presignSignResponseSchema.parse({ code: 400, msg: 'Invalid query', data: null }).data).toBeNull()
    expect(presignSignResponseSchema.safeParse({ code: 0, msg: 'success', data: { url: 'u' } }).success).toBe(false)
    expect(presignSignResponseSchema.safeParse({ code: 0, message: 'success', data: null }).success).toBe(false)
  })

  it('answers a batch with one envelope per file', () => {
    const answer = { code: 0, msg: 'success', data: [{ code: 0, msg: 'success', data: { url: 'u', key: 'k' } }, { code: 502, msg: 'upstream unavailable', data: null }] }
    expect(presignBatchResponseSchema.parse(answer)).toEqual(answer)
    expect(presignBatchResponseSchema.safeParse({ code: 0, msg: 'success', data: [{ code: 0 }] }).success).toBe(false)
  })
})
