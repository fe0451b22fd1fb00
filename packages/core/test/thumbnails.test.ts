import { describe, expect, it } from 'vitest'
import { createThumbnail } from '../src/index.ts'
import { fitWithin } from '../src/thumbnails/fitWithin.ts'
import { posterTime } from '../src/thumbnails/posterTime.ts'

describe('thumbnails', () => {
  it('fit the longest side within maxSize, never scaling up', () => {
    expect(fitWithin(4000, 3000, 320)).toEqual({ width: 320, height: 240 })
    expect(fitWithin(1080, 1920, 320)).toEqual({ width: 180, height: 320 })
    expect(fitWithin(100, 50, 320)).toEqual({ width: 100, height: 50 })
    expect(fitWithin(10_000, 1, 320)).toEqual({ width: 320, height: 1 })
  })

  it('take a video’s poster frame at 1 s, or 10 % of a shorter video', () => {
    expect(posterTime(60)).toBe(1)
    expect(posterTime(4)).toBeCloseTo(0.4)
    expect(posterTime(Number.NaN)).toBe(0)
    expect(posterTime(Number.POSITIVE_INFINITY)).toBe(0)
  })

  it('refuse files that are neither images nor videos, and a bad maxSize', async () => {
    await expect(createThumbnail(new Blob(['%PDF'], { type: 'application/pdf' }))).rejects.toThrow(/cannot make a thumbnail of "application\/pdf"/)
    await expect(createThumbnail(new Blob([''], { type: 'image/png' }), { maxSize: 0 })).rejects.toThrow(RangeError)
  })

  it('stop at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(createThumbnail(new Blob([''], { type: 'image/png' }), { signal: controller.signal })).rejects.toThrow('stop')
  })
})
