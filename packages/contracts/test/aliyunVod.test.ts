import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ALIYUN_VOD_LIMITS,
  aliyunVodAudioExtensions,
  aliyunVodExtensionOf,
  aliyunVodExtensions,
  aliyunVodFieldErrorSchema,
  aliyunVodImageExtensions,
  aliyunVodRefreshRequestSchema,
  aliyunVodSignRequestSchema,
  aliyunVodSignResponseSchema,
  aliyunVodUploadAddressSchema,
  aliyunVodUploadAuthSchema,
  aliyunVodUploadTicketSchema,
  aliyunVodVideoExtensions,
  isAliyunVodFileName,
  isAliyunVodImageName,
  type AliyunVodExtension,
  type AliyunVodSignBody,
  type AliyunVodSignRequest,
} from '../src/aliyun-vod/aliyunVodContract.ts'

const refusals = (input: unknown) =>
  aliyunVodSignRequestSchema.safeParse(input).error?.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    params: issue.code === 'custom' ? issue.params : undefined,
  })) ?? []

describe('aliyun-vod extensions: one list', () => {
  it("is CreateUploadImage's ImageExt (seed 002) plus VOD's video and audio formats, no duplicates", () => {
    expect([...aliyunVodImageExtensions]).toEqual(['png', 'jpg', 'jpeg', 'gif'])
    expect(aliyunVodExtensions).toEqual([...aliyunVodImageExtensions, ...aliyunVodVideoExtensions, ...aliyunVodAudioExtensions])
    expect(new Set(aliyunVodExtensions).size).toBe(aliyunVodExtensions.length)
    expect(aliyunVodExtensions).toHaveLength(43)
    for (const ext of ['mp4', 'mov', 'webm', 'mkv', 'flv', 'mp3', 'm4a']) expect(aliyunVodExtensions).toContain(ext)
    // Not VOD source formats: a playlist, HEIC (not an ImageExt), made-up containers.
    for (const ext of ['m3u8', 'heic', 'mxf', 'm2ts', 'txt']) expect(aliyunVodExtensions).not.toContain(ext)
    for (const ext of aliyunVodExtensions) expect(ext).toMatch(/^[a-z0-9]+$/)
    expectTypeOf<'mp4'>().toExtend<AliyunVodExtension>()
  })

  it('tells images from videos by the extension, in any case', () => {
    expect(aliyunVodExtensionOf('A.B.MP4')).toBe('mp4')
    expect(aliyunVodExtensionOf('.mp4')).toBe('')
    expect(isAliyunVodImageName('x.JPG')).toBe(true)
    expect(isAliyunVodImageName('x.mp4')).toBe(false)
    expect(isAliyunVodFileName('x.Mov')).toBe(true)
    expect(isAliyunVodFileName('notes.txt')).toBe(false)
  })
})

describe('aliyun-vod sign request', () => {
  it('normalizes tags, userData and cateId, and drops unknown keys', () => {
    expect(aliyunVodSignRequestSchema.parse({ fileName: 'clip.mp4', fileSize: 1234, tags: 'a,b', userData: { Extend: { x: 1 } }, cateId: '12', owner: 'x' })).toEqual({
      fileName: 'clip.mp4',
      fileSize: 1234,
      tags: ['a', 'b'],
      userData: '{"Extend":{"x":1}}',
      cateId: 12,
    })
    expectTypeOf<AliyunVodSignBody['tags']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<AliyunVodSignRequest['tags']>().toEqualTypeOf<string | string[] | undefined>()
  })

  it('refuses each field with the issue and limit the field error carries', () => {
    expect(refusals({ fileName: 'a.png', title: 'x'.repeat(129) })).toEqual([
      { path: 'title', message: 'must be at most 128 bytes (UTF-8), got 129', params: { issue: 'too-long', limit: ALIYUN_VOD_LIMITS.titleBytes } },
    ])
    expect(refusals({ fileName: 'a.png', title: '雪'.repeat(43) })[0]?.params).toEqual({ issue: 'too-long', limit: 128 })
    expect(refusals({ fileName: 'a.mp4', tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') })[0]?.params).toEqual({ issue: 'too-many', limit: 16 })
    expect(refusals({ fileName: 'a.mp4', tags: ['a'.repeat(33)] })[0]?.params).toEqual({ issue: 'too-long', limit: 32 })
    expect(refusals({ fileName: 'a.mp4', tags: [' '] })[0]?.params).toEqual({ issue: 'invalid' })
    expect(refusals({ fileName: 'a.mp4', description: 'd'.repeat(1025) })[0]?.params).toEqual({ issue: 'too-long', limit: 1024 })
    expect(refusals({ fileName: 'a.mp4', userData: '[1]' })[0]).toMatchObject({ path: 'userData', params: { issue: 'invalid' } })
    expect(refusals({ fileName: 'a.mp4', cateId: -1 })[0]).toMatchObject({ path: 'cateId', message: 'must be a positive integer' })
    expect(refusals({ fileName: 'a.mp4', imageType: 'banner' })[0]).toMatchObject({ path: 'imageType', message: 'must be default or cover' })
    expect(refusals({ fileName: 'a.mp4', appId: 'application' })[0]).toMatchObject({ path: 'appId', message: 'must look like app-1000000' })
    expect(refusals({ fileName: 'notes.txt' })[0]).toMatchObject({ path: 'fileName', params: { issue: 'invalid' } })
    expect(refusals({ fileName: 'notes.txt' })[0]?.message).toContain('.mp4')
    expect(refusals({ fileName: '../x.mp4' })[0]).toMatchObject({ path: 'fileName', message: 'must be a file name without path separators' })
    expect(refusals({ fileName: 'a.mp4', fileSize: 1.5 })[0]).toMatchObject({ path: 'fileSize', params: { issue: 'invalid' } })
    expect(refusals({})[0]).toMatchObject({ path: 'fileName' })
  })

  it('accepts every extension of the list, and the refresh body', () => {
    for (const ext of aliyunVodExtensions) expect(aliyunVodSignRequestSchema.safeParse({ fileName: `a.${ext.toUpperCase()}` }).success).toBe(true)
    expect(aliyunVodRefreshRequestSchema.parse({ videoId: 'c4a8_f0', grant: 'g1.x', extra: 1 })).toEqual({ videoId: 'c4a8_f0', grant: 'g1.x' })
    expect(aliyunVodRefreshRequestSchema.safeParse({ videoId: '../x' }).success).toBe(false)
  })
})

describe('aliyun-vod answers', () => {
  it('decode UploadAddress and UploadAuth as VOD documents them (上传地址和凭证)', () => {
    const address = { Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-1', FileName: 'sv/1/a.mp4' }
    const auth = { SecurityToken: 'CAIS…', AccessKeyId: 'STS.x', ExpireUTCTime: '2026-12-04T19:00:00Z', AccessKeySecret: 's', Expiration: '3000', Region: 'cn-shanghai' }
    expect(aliyunVodUploadAddressSchema.parse(address)).toEqual(address)
    expect(aliyunVodUploadAuthSchema.parse(auth)).toEqual({ SecurityToken: 'CAIS…', AccessKeyId: 'STS.x', AccessKeySecret: 's', Expiration: '3000' })
    expect(aliyunVodUploadAddressSchema.safeParse({ ...address, Endpoint: 'oss-cn-shanghai.aliyuncs.com' }).success).toBe(false)
    expect(aliyunVodUploadAuthSchema.safeParse({ ...auth, SecurityToken: undefined }).success).toBe(false)
  })

  it('carry a ticket, a field error, a relayed VOD error or null', () => {
    const video = { VideoId: 'v1', UploadAddress: 'eyJ', UploadAuth: 'eyJ', grant: 'g1.x' }
    const image = { ImageId: 'i1', ImageURL: 'https://cdn/i1.png', FileURL: 'https://oss/i1.png', UploadAddress: 'eyJ', UploadAuth: 'eyJ' }
    expect(aliyunVodSignResponseSchema.parse({ code: 0, msg: 'success', data: video }).data).toEqual(video)
    expect(aliyunVodSignResponseSchema.parse({ code: 0, msg: 'success', data: image }).data).toEqual(image)
    expect(aliyunVodSignResponseSchema.parse({ code: 400, msg: 'Invalid Title', data: { field: 'Title', issue: 'too-long', limit: 128 } }).data).toEqual({ field: 'Title', issue: 'too-long', limit: 128 })
    expect(aliyunVodSignResponseSchema.parse({ code: 404, msg: 'x', data: { serviceCode: 'InvalidVideo.NotFound' } }).data).toEqual({ serviceCode: 'InvalidVideo.NotFound' })
    expect(aliyunVodSignResponseSchema.parse({ code: 502, msg: 'upstream unavailable', data: null }).data).toBeNull()
    expect(aliyunVodUploadTicketSchema.safeParse({ VideoId: 'v1', UploadAddress: '', UploadAuth: 'eyJ' }).success).toBe(false)
    expect(aliyunVodFieldErrorSchema.safeParse({ field: 'Title', issue: 'too-big' }).success).toBe(false)
  })
})
