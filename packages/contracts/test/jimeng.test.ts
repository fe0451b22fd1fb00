import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  jimengErrorResponseSchema,
  jimengExtensions,
  jimengImageExtensions,
  jimengKindOf,
  jimengMediaKinds,
  jimengScenes,
  jimengSignRequestSchema,
  jimengSignResponseSchema,
  jimengUploadTokenSchema,
  jimengVideoExtensions,
  type JimengImageToken,
  type JimengSignBody,
  type JimengSignRequest,
  type JimengUploadToken,
  type JimengVideoToken,
} from '../src/jimeng/jimengContract.ts'

const messages = (result: { error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? []

const credentials = { accessKeyId: 'AKTP1', secretAccessKey: 'sk', sessionToken: 'STS2x', region: 'cn-north-1', expiresAt: 1_760_000_000_000 }
const image: JimengImageToken = { kind: 'image', ...credentials, serviceId: 'tb4s082cfz', imagex: 'https://imagex.bytedanceapi.com' }
const video: JimengVideoToken = { kind: 'video', ...credentials, spaceName: 'dreamina', vod: 'https://vod.bytedanceapi.com' }

describe('jimeng kinds and extensions', () => {
  it('maps image to scene 2 (ImageX) and video to scene 1 (VOD)', () => {
    expect(jimengMediaKinds).toEqual(['image', 'video'])
    expect(jimengScenes).toEqual({ image: 2, video: 1 })
  })

  it('accepts the ImageX image types and mp4, mov, webm as video, in any case', () => {
    expect(jimengImageExtensions).toEqual(['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'heic', 'heif'])
    expect(jimengVideoExtensions).toEqual(['mp4', 'mov', 'webm'])
    expect(jimengExtensions).toEqual([...jimengImageExtensions, ...jimengVideoExtensions])
    expect(['PNG', 'mp4', 'MOV', 'webm', 'avi'].map(jimengKindOf)).toEqual(['image', 'video', 'video', 'video', undefined])
  })
})

describe('jimeng sign request', () => {
  it('defaults to image (the body {} of clients without video) and drops other keys', () => {
    expect(jimengSignRequestSchema.parse({})).toEqual({ kind: 'image' })
    expect(jimengSignRequestSchema.parse({ kind: 'video', scene: 2, cookie: 'x' })).toEqual({ kind: 'video' })
    expectTypeOf<JimengSignRequest>().toEqualTypeOf<{ kind?: 'image' | 'video' | undefined }>()
    expectTypeOf<JimengSignBody>().toEqualTypeOf<{ kind: 'image' | 'video' }>()
  })

  it('names the field it refuses', () => {
    expect(messages(jimengSignRequestSchema.safeParse({ kind: 'audio' }))).toEqual(['kind must be one of image, video'])
    expect(jimengSignRequestSchema.safeParse([]).success).toBe(false)
  })
})

describe('jimeng upload token', () => {
  it('is an image token (ImageX service id and origin) or a video token (VOD space and origin), told apart by kind', () => {
    expect(jimengUploadTokenSchema.parse(image)).toEqual(image)
    expect(jimengUploadTokenSchema.parse(video)).toEqual(video)
    // A video token must name its space and VOD origin; an image token its service and ImageX origin.
    expect(jimengUploadTokenSchema.safeParse({ ...video, spaceName: undefined }).success).toBe(false)
    expect(jimengUploadTokenSchema.safeParse({ ...image, kind: 'video' }).success).toBe(false)
    expect(jimengUploadTokenSchema.safeParse({ ...image, sessionToken: '' }).success).toBe(false)
    expectTypeOf<JimengUploadToken>().toEqualTypeOf<JimengImageToken | JimengVideoToken>()
    expectTypeOf<JimengImageToken>().toEqualTypeOf<{
      kind: 'image'
      accessKeyId: string
      secretAccessKey: string
      sessionToken: string
      region: string
      expiresAt: number
      serviceId: string
      imagex: string
    }>()
    expectTypeOf<JimengVideoToken>().toEqualTypeOf<{
      kind: 'video'
      accessKeyId: string
      secretAccessKey: string
      sessionToken: string
      region: string
      expiresAt: number
      spaceName: string
      vod: string
    }>()
  })
})

describe('jimeng answers', () => {
  it('carry a token with code 0, or a refusal with the HTTP status and data null', () => {
    expect(jimengSignResponseSchema.parse({ code: 0, msg: 'success', data: video }).data).toEqual(video)
    expect(jimengSignResponseSchema.safeParse({ code: 0, msg: 'success', data: null }).success).toBe(false)
    expect(jimengSignResponseSchema.safeParse({ code: 401, msg: 'login', data: image }).success).toBe(false)
    const refusal = { code: 400, msg: 'Invalid body: kind must be one of image, video', data: null }
    expect(jimengErrorResponseSchema.parse(refusal)).toEqual(refusal)
    expect(jimengErrorResponseSchema.safeParse({ code: 0, msg: 'success', data: null }).success).toBe(false)
  })
})
