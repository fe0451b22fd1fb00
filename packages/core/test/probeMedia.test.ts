import { describe, expect, it, vi } from 'vitest'
import { probeMedia } from '../src/internal/probeMedia.ts'

const gif = (width: number, height: number) => new Blob([new TextEncoder().encode('GIF89a'), new Uint16Array([width, height]), new Uint8Array(64)])

describe('probeMedia', () => {
  it('reads an image size from its header', async () => {
    expect(await probeMedia(gif(64, 48), 'image')).toEqual({ width: 64, height: 48 })
  })

  it('gives {} for images it cannot read and kinds it does not probe', async () => {
    expect(await probeMedia(new Blob(['x'.repeat(100)]), 'image')).toEqual({})
    expect(await probeMedia(gif(64, 48), 'application')).toEqual({})
  })

  it('leaves no timer behind once the probe settles (1,000 files, no 1,000 timeouts firing later)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      await Promise.all(Array.from({ length: 20 }, () => probeMedia(gif(64, 48), 'image')))
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
