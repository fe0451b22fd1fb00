import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import type { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { formatMessage } from '../src/errors/messages.ts'
import { SignClient } from '../src/internal/SignClient.ts'
import type { PresignOptions, PresignResult, PresignThumbnail } from '../src/index.ts'
import { presign } from '../src/providers/presign/presign.ts'
import { stepContext } from './stepContext.ts'

const thumbnails = vi.hoisted(() => ({ make: vi.fn() }))
vi.mock('../src/thumbnails/createThumbnail.ts', () => ({ createThumbnail: thumbnails.make }))

const file = { id: 'f1', name: 'photo.jpg', size: 4, type: 'image/jpeg', data: new Blob(['jpeg'], { type: 'image/jpeg' }), extension: 'jpg' }
const ticket = { url: 'https://s.test/b/k.jpg?X-Amz-Signature=a', key: 'k.jpg', expiresAt: undefined }
const receipt = { location: 'https://s.test/b/k.jpg', key: 'k.jpg' }

/** A sign endpoint answering `reply`, recording the GET queries it saw. */
function context(reply: unknown, options: PresignOptions) {
  const seen: Record<string, string>[] = []
  const http = new SignClient({
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(Object.fromEntries(new URL(new Request(input, init).url).searchParams))
      return Response.json(reply)
    },
  })
  return { ctx: stepContext('presign', 'http://app.test/api/media-uploader/presign', http, options), seen }
}

describe('presign thumbnails', () => {
  it('are part of the typed result', () => {
    expectTypeOf<PresignResult['thumbnail']>().toEqualTypeOf<PresignThumbnail | undefined>()
    const uploader = createUploader({ provider: 'presign', autoStart: false, providerOptions: { thumbnails: { maxSize: 320, type: 'image/jpeg' } } })
    uploader.on('upload-success', (_file, result) => {
      expectTypeOf(result.thumbnail).toEqualTypeOf<PresignThumbnail | undefined>()
      if (result.thumbnail?.ok) expectTypeOf(result.thumbnail).toExtend<{ key: string; url: string; width: number; height: number }>()
      else if (result.thumbnail) expectTypeOf(result.thumbnail.error).toEqualTypeOf<MediaUploaderError>()
    })
    uploader.destroy()
    // @ts-expect-error only WebP and JPEG thumbnails are stored
    createUploader({ provider: 'presign', autoStart: false, providerOptions: { thumbnails: { type: 'image/gif' } } }).destroy()
  })

  it('are off by default: commit makes no thumbnail', async () => {
    thumbnails.make.mockClear()
    const { ctx, seen } = context({}, {})
    expect(await presign.commit(file, ticket, receipt, ctx)).toEqual({ key: 'k.jpg', url: 'https://s.test/b/k.jpg' })
    expect(thumbnails.make).not.toHaveBeenCalled()
    expect(seen).toEqual([])
  })

  it('report a thumbnail that cannot be made on the result, keeping the original', async () => {
    thumbnails.make.mockRejectedValueOnce(new Error('the browser could not decode the video'))
    const { ctx } = context({}, { thumbnails: {} })
    const result = await presign.commit(file, ticket, receipt, ctx)
    expect(result).toMatchObject({ key: 'k.jpg', url: 'https://s.test/b/k.jpg', thumbnail: { ok: false } })
    const error = result.thumbnail?.ok === false ? result.thumbnail.error : undefined
    expect(error?.code).toBe('unknown')
    expect(formatMessage('{detail}', error?.params ?? {}, 'zh-CN')).toBe('无法生成缩略图：the browser could not decode the video')
  })

  it('sign the thumbnail with type=thumb and its own size, and report a refused sign on the result', async () => {
    thumbnails.make.mockResolvedValueOnce({ blob: new Blob(['webp'], { type: 'image/webp' }), width: 320, height: 240 })
    const { ctx, seen } = context({ code: 400, msg: 'type 仅支持 origin、video', data: null }, { thumbnails: { maxSize: 320 } })
    const result = await presign.commit(file, ticket, receipt, ctx)
    expect(thumbnails.make).toHaveBeenLastCalledWith(file.data, expect.objectContaining({ maxSize: 320, type: 'image/webp' }))
    expect(seen).toEqual([{ ext: 'webp', type: 'thumb', width: '320', height: '240' }])
    expect(result.thumbnail).toMatchObject({ ok: false, error: { code: 'sign-rejected', serviceCode: '400' } })
    expect(result.key).toBe('k.jpg')
  })

  it('stop with the upload when it is canceled', async () => {
    const controller = new AbortController()
    thumbnails.make.mockImplementationOnce(async () => {
      controller.abort(new DOMException('canceled', 'AbortError'))
      throw new DOMException('canceled', 'AbortError')
    })
    const { ctx } = context({}, { thumbnails: {} })
    await expect(presign.commit(file, ticket, receipt, { ...ctx, signal: controller.signal })).rejects.toThrow('canceled')
  })
})
