// @vitest-environment happy-dom
import { act, cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Thumbnail, ThumbnailOptions } from '@media-uploader/core'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeFile } from './fakeController.ts'

interface PosterCall {
  readonly file: Blob
  readonly options: ThumbnailOptions | undefined
  resolve(thumbnail: Thumbnail): void
}
const calls: PosterCall[] = []

vi.mock('@media-uploader/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@media-uploader/core')>()),
  // Like the real one, rejects when its signal aborts.
  createThumbnail: (file: Blob, options?: ThumbnailOptions) =>
    new Promise<Thumbnail>((resolve, reject) => {
      calls.push({ file, options, resolve })
      options?.signal?.addEventListener('abort', () => reject(options.signal?.reason))
    }),
}))

/** An IntersectionObserver the test drives: `show(node)` reports it on screen. */
const observed = new Map<Element, IntersectionObserverCallback>()
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(node: Element) {
    observed.set(node, this.callback)
  }
  disconnect() {
    for (const [node, callback] of observed) if (callback === this.callback) observed.delete(node)
  }
}
const show = (node: Element) => observed.get(node)?.([{ isIntersecting: true, target: node } as IntersectionObserverEntry], {} as IntersectionObserver)

const rowOf = (name: string) => [...document.querySelectorAll<HTMLElement>('[data-mu-element="file"]')].find((row) => row.textContent?.includes(name))!
const thumbOf = (name: string) => rowOf(name).querySelector('[data-mu-element="thumbnail"]')!
const flush = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))))

afterEach(() => {
  cleanup()
  calls.length = 0
  observed.clear()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('video poster frames', () => {
  it('are made only for tiles on screen, two at a time, drawn on the canvas in place of the icon', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const close = vi.fn()
    vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 96, height: 54, close })))
    const drawImage = vi.fn()
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as unknown as CanvasRenderingContext2D)
    const videos = ['a.mp4', 'b.mp4', 'c.mp4', 'd.mp4'].map((name) => videoFile(name))
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController(videos)} />)

    await flush()
    expect(calls).toHaveLength(0)
    expect(thumbOf('a.mp4').querySelector('svg[data-mu-element="file-icon"]')).not.toBeNull()

    for (const name of ['a.mp4', 'b.mp4', 'c.mp4']) show(thumbOf(name))
    await waitFor(() => expect(calls).toHaveLength(2))
    await flush()
    expect(calls).toHaveLength(2)
    expect(calls.map((c) => c.file)).toEqual([videos[0]!.data, videos[1]!.data])
    expect(calls[0]!.options).toMatchObject({ maxSize: 96 })

    calls[0]!.resolve({ blob: new Blob(['poster'], { type: 'image/webp' }), width: 96, height: 54 })
    await waitFor(() => expect(thumbOf('a.mp4').hasAttribute('data-poster')).toBe(true))
    expect(thumbOf('a.mp4').querySelector('canvas')?.hidden).toBe(false)
    expect(thumbOf('a.mp4').querySelector('svg')).toBeNull()
    expect(drawImage).toHaveBeenCalledTimes(1)
    expect(close).toHaveBeenCalledTimes(1)
    // A slot freed: the third visible video starts; the fourth, never on screen, does not.
    await waitFor(() => expect(calls).toHaveLength(3))
    expect(calls[2]!.file).toBe(videos[2]!.data)
    await flush()
    expect(calls).toHaveLength(3)
  })

  it('aborts a poster whose row goes away', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    vi.stubGlobal('createImageBitmap', vi.fn())
    const { unmount } = render(<MediaUploader provider="presign" locale="en" controller={createFakeController([videoFile('gone.mp4')])} />)
    await flush()
    show(thumbOf('gone.mp4'))
    await waitFor(() => expect(calls).toHaveLength(1))
    const signal = calls[0]!.options?.signal
    expect(signal?.aborted).toBe(false)
    unmount()
    expect(signal?.aborted).toBe(true)
  })
})

function videoFile(name: string) {
  return makeFile({ name, type: 'video/mp4', status: 'done', progress: 1 })
}
