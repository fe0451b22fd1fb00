import { afterEach, describe, expect, it, vi } from 'vitest'
import { resizeImage } from '../src/index.ts'

afterEach(() => vi.unstubAllGlobals())

/** createImageBitmap and OffscreenCanvas stand-ins that record what they were asked to do. */
function stubCanvas(natural: { width: number; height: number }, encodedSize: number) {
  const calls = { bitmaps: [] as (ImageBitmapOptions | undefined)[], canvases: [] as [number, number][], encodes: [] as unknown[] }
  vi.stubGlobal('createImageBitmap', async (_blob: Blob, options?: ImageBitmapOptions) => {
    calls.bitmaps.push(options)
    return { width: options?.resizeWidth ?? natural.width, height: options?.resizeHeight ?? natural.height, close() {} }
  })
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(width: number, height: number) {
        calls.canvases.push([width, height])
      }
      getContext() {
        return { drawImage() {} }
      }
      async convertToBlob(options: { type: string; quality: number }) {
        calls.encodes.push(options)
        return new Blob([new Uint8Array(encodedSize)], { type: options.type })
      }
    },
  )
  return calls
}

const photo = (type = 'image/jpeg', size = 10_000, name = 'photo.jpg') => new File([new Uint8Array(size)], name, { type, lastModified: 42 })

describe('resizeImage', () => {
  it('scales down to fit the box, keeping the aspect ratio, and re-encodes', async () => {
    const calls = stubCanvas({ width: 4000, height: 3000 }, 2_000)
    const out = await resizeImage(photo(), { maxWidth: 2000, quality: 0.7 })
    expect(calls.bitmaps[1]).toEqual({ resizeWidth: 2000, resizeHeight: 1500, resizeQuality: 'high' })
    expect(calls.canvases).toEqual([[2000, 1500]])
    expect(calls.encodes).toEqual([{ type: 'image/jpeg', quality: 0.7 }])
    expect(out).toBeInstanceOf(File)
    expect([out.name, out.type, out.size, out.lastModified]).toEqual(['photo.jpg', 'image/jpeg', 2_000, 42])
  })

  it('converts to another type and renames the file', async () => {
    stubCanvas({ width: 800, height: 1200 }, 3_000)
    const out = await resizeImage(photo('image/png', 50_000, 'shot.png'), { maxHeight: 600, maxWidth: 600, type: 'image/webp' })
    expect([out.name, out.type]).toEqual(['shot.webp', 'image/webp'])
  })

  it('returns the file itself when it is not a still image, or when re-encoding would not shrink it', async () => {
    stubCanvas({ width: 100, height: 100 }, 20_000)
    const gif = photo('image/gif', 100, 'a.gif')
    expect(await resizeImage(gif)).toBe(gif)
    const video = photo('video/mp4', 100, 'a.mp4')
    expect(await resizeImage(video)).toBe(video)
    const small = photo()
    expect(await resizeImage(small)).toBe(small)
  })

  it('returns the file itself when the browser cannot decode it', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError')
    })
    const broken = photo()
    expect(await resizeImage(broken)).toBe(broken)
  })
})
