import { afterEach, describe, expect, it, vi } from 'vitest'
import { probeMedia } from '../src/internal/probeMedia.ts'

afterEach(() => vi.unstubAllGlobals())

describe('probeMedia', () => {
  it('reads an image size (before the bitmap is closed, which zeroes it)', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      const bitmap = { width: 64, height: 48, close: () => Object.assign(bitmap, { width: 0, height: 0 }) }
      return bitmap
    })
    expect(await probeMedia(new Blob(['x'], { type: 'image/png' }), 'image')).toEqual({ width: 64, height: 48 })
  })

  it('gives {} for files it cannot decode and kinds it does not probe', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      throw new DOMException('bad', 'InvalidStateError')
    })
    expect(await probeMedia(new Blob(['x']), 'image')).toEqual({})
    expect(await probeMedia(new Blob(['x']), 'application')).toEqual({})
  })
})
