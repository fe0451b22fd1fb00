// @vitest-environment happy-dom
import { StrictMode } from 'react'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeError, makeFile } from './fakeController.ts'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function region(): HTMLElement {
  const el = document.querySelector('[aria-live]')
  if (!(el instanceof HTMLElement)) throw new Error('no live region')
  return el
}

/** Every text added to the live region, in order, however long it stayed. */
function recordAnnouncements(): string[] {
  const seen: string[] = []
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node.textContent) seen.push(node.textContent)
  })
  observer.observe(region(), { childList: true, subtree: true, characterData: true })
  return seen
}

describe('live region', () => {
  it('is a single polite region that announces added, started, errors and completion once, in order', async () => {
    const fake = createFakeController()
    render(
      <StrictMode>
        <MediaUploader provider="presign" locale="en" controller={fake} />
      </StrictMode>,
    )
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1)
    expect(region().getAttribute('aria-live')).toBe('polite')
    expect(region().textContent).toBe('')
    const seen = recordAnnouncements()

    const a = makeFile({ name: 'a.jpg' })
    const b = makeFile({ name: 'b.jpg' })
    const r = makeFile({ name: 'c.txt', status: 'rejected' })
    const rejection = makeError('file-type-not-allowed', r, { allowed: 'jpg' })
    const failure = makeError('network', b)
    act(() => {
      fake.emit('files-added', [a, b, { ...r, error: rejection }])
      fake.emit('file-rejected', r, rejection)
      fake.emit('upload-start', [a, b])
    })
    act(() => fake.emit('upload-error', b, failure))
    act(() => fake.emit('complete', { successful: [a], failed: [b] }))
    await act(async () => {})

    expect(seen).toEqual([
      '2 files added.',
      '“c.txt” is not a supported format (supported: jpg).',
      'Uploading 2 files.',
      'The connection dropped while uploading “b.jpg”. Check your connection and retry.',
      'Upload finished: 1 uploaded, 1 failed.',
    ])
    expect([...region().children].map((p) => p.textContent)).toEqual(seen)
  })

  it('announces the start once per run, however many batches the controller starts', async () => {
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const seen = recordAnnouncements()
    const files = Array.from({ length: 9 }, (_, i) => makeFile({ name: `f${i}.jpg`, status: 'queued' }))
    act(() => fake.setFiles(files))
    for (let i = 0; i < 9; i += 3) await act(async () => fake.emit('upload-start', files.slice(i, i + 3)))
    await act(async () => fake.emit('complete', { successful: files, failed: [] }))
    await act(async () => fake.emit('upload-start', files.slice(0, 1)))
    expect(seen).toEqual(['Uploading 9 files.', 'Upload complete: 9 files uploaded.', 'Uploading 9 files.'])
  })

  it('announces an all-successful completion once, then clears the region', async () => {
    vi.useFakeTimers()
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="zh-CN" controller={fake} />)
    const a = makeFile({ name: 'a.jpg' })
    await act(async () => fake.emit('complete', { successful: [a], failed: [] }))
    expect(region().textContent).toBe('上传完成：1 个文件已上传。')
    expect(region().children).toHaveLength(1)
    act(() => vi.advanceTimersByTime(1600))
    expect(region().textContent).toBe('')
  })

  it('says nothing when only rejected files were added, except the rejection', async () => {
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const r = makeFile({ name: 'huge.jpg', status: 'rejected' })
    const error = makeError('file-too-large', r, { size: '9 MB', max: '4 MB' })
    await act(async () => {
      fake.emit('files-added', [{ ...r, error }])
      fake.emit('file-rejected', r, error)
    })
    expect([...region().children].map((p) => p.textContent)).toEqual([error.localized('en')])
  })

  it('turns a burst of 10,000 rejections into one update with the last 5 messages', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const timeout = vi.spyOn(globalThis, 'setTimeout')
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const seen = recordAnnouncements()
    const files = Array.from({ length: 10_000 }, (_, i) => makeFile({ name: `n${i}.txt`, status: 'rejected' }))
    timeout.mockClear()
    await act(async () => {
      for (const f of files) fake.emit('file-rejected', f, makeError('file-type-not-allowed', f, { allowed: 'jpg' }))
    })
    expect(seen).toHaveLength(5)
    expect(seen.at(-1)).toContain('n9999.txt')
    expect(timeout.mock.calls.filter(([, ms]) => ms === 1500)).toHaveLength(1)
    await act(async () => vi.advanceTimersByTime(1600))
    expect(region().children).toHaveLength(0)
  })
})
