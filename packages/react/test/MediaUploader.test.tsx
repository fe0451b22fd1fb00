// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeError, makeFile } from './fakeController.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('[data-mu-element="file"]')
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`)
  return row
}

const text = (root: ParentNode, element: string) => root.querySelector(`[data-mu-element="${element}"]`)?.textContent

describe('<MediaUploader> with a controller', () => {
  it('renders the drop region with a real button and the constraints hint', () => {
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController()} restrictions={{ maxFiles: 3, maxFileSize: 5 * 1024 * 1024 }} />)
    const root = document.querySelector('[data-mu-element="root"]')
    expect(root?.getAttribute('data-state')).toBe('idle')
    expect(root?.getAttribute('lang')).toBe('en')
    const dropzone = document.querySelector('[data-mu-element="dropzone"]')
    expect(dropzone?.tagName).toBe('DIV')
    expect(dropzone?.getAttribute('role')).toBeNull()
    expect(text(document, 'label')).toBe('Drop or paste images and videos here, or')
    const button = screen.getByRole('button', { name: 'Choose files' })
    expect(button.tagName).toBe('BUTTON')
    expect(button.getAttribute('type')).toBe('button')
    expect(dropzone?.contains(button)).toBe(true)
    const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toBe('Accepted: JPG, JPEG, PNG, WEBP, GIF, MP4, WEBM · up to 5 MB each · at most 3 files')
    const input = document.querySelector('input[type="file"]') as HTMLInputElement
    expect(input.getAttribute('accept')).toBe('.jpg,.jpeg,.png,.webp,.gif,.mp4,.webm')
    expect(input.hidden).toBe(true)
    expect(input.tabIndex).toBe(-1)
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('lists a file added through the input with name, size, status and progress', async () => {
    const user = userEvent.setup()
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const file = new File([new Uint8Array(1.5 * 1024 * 1024)], 'photo.jpg', { type: 'image/jpeg' })
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file)
    expect(fake.add).toHaveBeenCalledWith([file])
    const list = screen.getByRole('list', { name: 'Files' })
    const row = within(list).getByRole('listitem')
    expect(row.dataset['status']).toBe('queued')
    expect(within(row).getByText('photo.jpg')).toBeTruthy()
    expect(text(row, 'file-size')).toBe('1.5 MB')
    expect(text(row, 'file-status')).toBe('Waiting')
    expect(within(row).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0')
  })

  it('shows per-file and byte-weighted total progress with values and texts', () => {
    const a = makeFile({ name: 'photo.jpg', size: 1000, status: 'uploading', bytesUploaded: 450, progress: 0.45 })
    const b = makeFile({ name: 'clip.mp4', size: 3000, status: 'queued' })
    const fake = createFakeController([a, b])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)

    const bar = within(rowOf('photo.jpg')).getByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('45')
    expect(bar.getAttribute('aria-valuetext')).toBe('45% of photo.jpg')
    expect(document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('photo.jpg')
    // The fill width comes from a CSSOM custom property, never a style attribute rendered as HTML.
    expect(bar.style.getPropertyValue('--mu-progress')).toBe('0.45')
    expect(text(rowOf('photo.jpg'), 'file-status')).toBe('Uploading… 45%')

    const total = screen.getByRole('progressbar', { name: 'Total progress' })
    // 450 of 4000 bytes, not the average of 45% and 0%.
    expect(total.getAttribute('aria-valuenow')).toBe('11')
    expect(total.getAttribute('aria-valuetext')).toBe('11% · 450 B of 3.9 kB')
    expect(text(document, 'total-counts')).toBe('0 of 2 uploaded')

    act(() => fake.update(a.id, { status: 'done', bytesUploaded: 1000, progress: 1, result: { key: 'k', url: 'https://x/k' } }))
    expect(total.getAttribute('aria-valuenow')).toBe('25')
    expect(text(document, 'total-counts')).toBe('1 of 2 uploaded')
  })

  it('shows a rejected file with its message, no progress bar and only remove', () => {
    const f = makeFile({ id: 'r1', name: 'notes.txt', type: 'text/plain', status: 'rejected' })
    const rejected = { ...f, error: makeError('file-type-not-allowed', f, { allowed: 'jpg, png' }) }
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([rejected])} />)
    const row = rowOf('notes.txt')
    expect(row.dataset['status']).toBe('rejected')
    expect(text(row, 'file-error')).toBe('“notes.txt” is not a type presign accepts. Allowed: jpg, png.')
    expect(within(row).queryByRole('progressbar')).toBeNull()
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Remove notes.txt'])
  })

  it('offers retry only for retryable errors', () => {
    const a = makeFile({ id: 'e1', name: 'net.jpg', status: 'error' })
    const b = makeFile({ id: 'e2', name: 'auth.jpg', status: 'error' })
    const fake = createFakeController([
      { ...a, error: makeError('network', a) },
      { ...b, error: makeError('sign-unauthorized', b) },
    ])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    expect(within(rowOf('net.jpg')).getByRole('button', { name: 'Retry net.jpg' })).toBeTruthy()
    expect(within(rowOf('auth.jpg')).queryByRole('button', { name: 'Retry auth.jpg' })).toBeNull()
    expect(text(rowOf('auth.jpg'), 'file-error')).toContain('Not authorized to upload “auth.jpg”')
    expect(text(document, 'total-failed')).toBe('2 failed')
  })

  it('offers the actions each status allows, named with the file name, and calls them with the id', async () => {
    const user = userEvent.setup()
    const up = makeFile({ id: 'u1', name: 'up.jpg', status: 'uploading', progress: 0.2, bytesUploaded: 200 })
    const paused = makeFile({ id: 'p1', name: 'paused.jpg', status: 'paused' })
    const bad = makeFile({ id: 'b1', name: 'bad.jpg', status: 'error' })
    const done = makeFile({ id: 'd1', name: 'done.jpg', status: 'done', progress: 1, bytesUploaded: 1000 })
    const fake = createFakeController([up, paused, { ...bad, error: makeError('storage-rejected', bad) }, done])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)

    const names = (name: string) => within(rowOf(name)).getAllByRole('button').map((b) => b.getAttribute('aria-label'))
    expect(names('up.jpg')).toEqual(['Pause up.jpg', 'Cancel up.jpg'])
    expect(names('paused.jpg')).toEqual(['Resume paused.jpg', 'Cancel paused.jpg'])
    expect(names('bad.jpg')).toEqual(['Retry bad.jpg', 'Remove bad.jpg'])
    expect(names('done.jpg')).toEqual(['Remove done.jpg'])
    // The visible text is the verb; the accessible name adds the file.
    expect(screen.getByRole('button', { name: 'Pause up.jpg' }).textContent).toBe('Pause')

    await user.click(screen.getByRole('button', { name: 'Pause up.jpg' }))
    expect(fake.pause).toHaveBeenCalledWith('u1')
    await user.click(screen.getByRole('button', { name: 'Resume paused.jpg' }))
    expect(fake.resume).toHaveBeenCalledWith('p1')
    await user.click(screen.getByRole('button', { name: 'Cancel up.jpg' }))
    expect(fake.cancel).toHaveBeenCalledWith('u1')
    await user.click(screen.getByRole('button', { name: 'Retry bad.jpg' }))
    expect(fake.retry).toHaveBeenCalledWith('b1')
    await user.click(screen.getByRole('button', { name: 'Remove bad.jpg' }))
    expect(fake.remove).toHaveBeenCalledWith('b1')
  })

  it('offers pause, resume, retry and cancel for all files, and clear finished', async () => {
    const user = userEvent.setup()
    const bad = makeFile({ name: 'bad.jpg', status: 'error' })
    const fake = createFakeController([
      makeFile({ name: 'up.jpg', status: 'uploading' }),
      makeFile({ name: 'paused.jpg', status: 'paused' }),
      { ...bad, error: makeError('network', bad) },
      makeFile({ name: 'done.jpg', status: 'done', progress: 1 }),
    ])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const actions = document.querySelector('[data-mu-element="total-actions"]') as HTMLElement
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause all', 'Resume all', 'Retry failed', 'Cancel all', 'Clear finished'])
    for (const name of ['Pause all', 'Resume all', 'Retry failed', 'Cancel all', 'Clear finished']) await user.click(within(actions).getByRole('button', { name }))
    for (const command of [fake.pause, fake.resume, fake.retry, fake.cancel, fake.clearFinished]) expect(command).toHaveBeenCalledExactlyOnceWith()

    act(() => fake.setFiles([makeFile({ name: 'done.jpg', status: 'done', progress: 1 })]))
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Clear finished'])
  })

  it('moves focus to the next row after remove, and to the picker after the last', async () => {
    const user = userEvent.setup()
    const a = makeFile({ id: 'a', name: 'a.jpg', status: 'canceled' })
    const b = makeFile({ id: 'b', name: 'b.jpg', status: 'canceled' })
    const fake = createFakeController([a, b])
    fake.remove = vi.fn((id: string) => fake.setFiles(fake.getSnapshot().files.filter((f) => f.id !== id)))
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    await user.click(screen.getByRole('button', { name: 'Remove a.jpg' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove b.jpg' }))
    await user.click(screen.getByRole('button', { name: 'Remove b.jpg' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Choose files' }))
  })

  it('draws image thumbnails from createImageBitmap, one decode at a time, and never decodes rejected files', async () => {
    const close = vi.fn()
    const createImageBitmap = vi.fn(async (_blob: Blob, options?: ImageBitmapOptions) => ({ width: options?.resizeWidth ?? 0, height: 72, close }))
    vi.stubGlobal('createImageBitmap', createImageBitmap)
    const drawImage = vi.fn()
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as unknown as CanvasRenderingContext2D)
    const img = makeFile({ id: 'i', name: 'pic.png', type: 'image/png' })
    const img2 = makeFile({ id: 'j', name: 'pic2.png', type: 'image/png' })
    const big = makeFile({ id: 'r', name: 'huge.png', type: 'image/png', status: 'rejected' })
    const vid = makeFile({ id: 'v', name: 'clip.mp4', type: 'video/mp4' })
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([img, img2, big, vid])} />)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(createImageBitmap.mock.calls.map(([blob, options]) => [blob, options])).toEqual([
      [img.data, { resizeWidth: 96, resizeQuality: 'low' }],
      [img2.data, { resizeWidth: 96, resizeQuality: 'low' }],
    ])
    const canvas = rowOf('pic.png').querySelector('canvas') as HTMLCanvasElement
    expect(canvas.width).toBe(96)
    expect(canvas.height).toBe(72)
    expect(drawImage).toHaveBeenCalledTimes(2)
    expect(close).toHaveBeenCalledTimes(2)
    expect(rowOf('pic.png').querySelector('[data-mu-element="thumbnail"]')?.getAttribute('aria-hidden')).toBe('true')
    expect(rowOf('huge.png').querySelector('canvas')).toBeNull()
    expect(rowOf('clip.mp4').querySelector('[data-mu-element="thumbnail"]')?.getAttribute('data-kind')).toBe('video')
    expect(rowOf('clip.mp4').querySelector('canvas')).toBeNull()
  })

  it('shows a start button when autoStart is off', async () => {
    const user = userEvent.setup()
    const fake = createFakeController([makeFile({ name: 'a.jpg' }), makeFile({ name: 'b.jpg' })])
    const { rerender } = render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    expect(screen.queryByRole('button', { name: /^Upload/ })).toBeNull()
    rerender(<MediaUploader provider="presign" locale="en" controller={fake} autoStart={false} />)
    await user.click(screen.getByRole('button', { name: 'Upload 2 files' }))
    expect(fake.start).toHaveBeenCalledTimes(1)
  })

  it('forwards controller events to the callbacks', () => {
    const fake = createFakeController()
    const onUploadSuccess = vi.fn()
    const onUploadError = vi.fn()
    const onFileRejected = vi.fn()
    const onComplete = vi.fn()
    render(
      <MediaUploader
        provider="presign"
        controller={fake}
        onUploadSuccess={onUploadSuccess}
        onUploadError={onUploadError}
        onFileRejected={onFileRejected}
        onComplete={onComplete}
      />,
    )
    const f = makeFile({ name: 'a.jpg', status: 'done' })
    const result = { key: 'k', url: 'https://x/k' }
    const error = makeError('network', f)
    fake.emit('upload-success', f, result)
    fake.emit('upload-error', f, error)
    fake.emit('file-rejected', f, error)
    fake.emit('complete', { successful: [f], failed: [] })
    expect(onUploadSuccess).toHaveBeenCalledWith(f, result)
    expect(onUploadError).toHaveBeenCalledWith(f, error)
    expect(onFileRejected).toHaveBeenCalledWith(f, error)
    expect(onComplete).toHaveBeenCalledWith({ successful: [f], failed: [] })
  })

  it('uses the latest callback without resubscribing, and unsubscribes on unmount', () => {
    const fake = createFakeController()
    const first = vi.fn()
    const second = vi.fn()
    const { rerender, unmount } = render(<MediaUploader provider="presign" controller={fake} onComplete={first} />)
    rerender(<MediaUploader provider="presign" controller={fake} onComplete={second} />)
    fake.emit('complete', { successful: [], failed: [] })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    unmount()
    fake.emit('complete', { successful: [], failed: [] })
    expect(second).toHaveBeenCalledTimes(1)
    expect(fake.listenerCount()).toBe(0)
    expect(fake.eventListenerCount()).toBe(0)
    expect(fake.destroy).not.toHaveBeenCalled()
  })

  it('stamps data-mu-element/data-state, and unstyled drops the only class', () => {
    const file = makeFile({ name: 'a.jpg', status: 'uploading', progress: 0.5, bytesUploaded: 500 })
    const fake = createFakeController([file])
    const { rerender } = render(<MediaUploader provider="presign" controller={fake} className="mine" theme="dark" />)
    const root = document.querySelector('[data-mu-element="root"]') as HTMLElement
    expect(root.className).toBe('mu-root mine')
    expect(root.dataset['theme']).toBe('dark')
    // The stylesheet keys on data attributes: no other element carries a class.
    expect(document.querySelectorAll('[data-mu-element="root"] [class]')).toHaveLength(0)
    act(() => fake.setFiles([file], 'uploading'))
    expect(root.dataset['state']).toBe('uploading')

    rerender(<MediaUploader provider="presign" controller={fake} className="mine" unstyled />)
    expect(root.className).toBe('mine')
    for (const el of ['dropzone', 'button', 'input', 'label', 'hint', 'file', 'thumbnail', 'file-name', 'file-size', 'file-status', 'progress', 'file-actions', 'total', 'total-progress', 'total-text', 'total-actions', 'live-region']) {
      expect(document.querySelector(`[data-mu-element="${el}"]`), el).not.toBeNull()
    }
    // The live region stays visually hidden without the stylesheet (CSSOM, not a style attribute from the server).
    const live = document.querySelector('[data-mu-element="live-region"]') as HTMLElement
    expect(live.style.getPropertyValue('position')).toBe('absolute')
    expect(live.style.getPropertyValue('clip-path')).toBe('inset(50%)')
    expect(live.getAttribute('aria-live')).toBe('polite')
  })
})

describe('long lists', () => {
  it('renders 100 rows of 10,000 files, then 100 more per "Show more", with one subscription per rendered row', async () => {
    const user = userEvent.setup()
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const before = fake.listenerCount()
    act(() => fake.setFiles(Array.from({ length: 10_000 }, (_, i) => makeFile({ id: `f${i}`, name: `f${i}.jpg` }))))
    expect(screen.getAllByRole('listitem')).toHaveLength(100)
    expect(fake.listenerCount() - before).toBe(100)
    const more = screen.getByRole('button', { name: 'Show 100 more' })
    await user.click(more)
    expect(screen.getAllByRole('listitem')).toHaveLength(200)
    expect(fake.listenerCount() - before).toBe(200)

    act(() => fake.setFiles(fake.getSnapshot().files.slice(0, 250)))
    expect(screen.getByRole('button', { name: 'Show 50 more' })).toBeTruthy()
    act(() => fake.setFiles(fake.getSnapshot().files.slice(0, 150)))
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull()
    expect(screen.getAllByRole('listitem')).toHaveLength(150)
  })
})

describe('i18n', () => {
  it('renders zh-CN strings, sizes and names buttons with the file name', () => {
    const up = makeFile({ name: 'photo.jpg', size: 1258291, status: 'uploading', progress: 0.45, bytesUploaded: 566231 })
    const f = makeFile({ name: 'bad.jpg', status: 'error' })
    const fake = createFakeController([up, { ...f, error: makeError('network', f) }])
    render(<MediaUploader provider="presign" locale="zh-CN" controller={fake} restrictions={{ maxFiles: 1 }} />)
    expect(document.querySelector('[data-mu-element="root"]')?.getAttribute('lang')).toBe('zh-CN')
    expect(text(document, 'label')).toBe('拖拽或粘贴图片、视频到此处，或')
    expect(text(document, 'hint')).toBe('支持格式：JPG, JPEG, PNG, WEBP, GIF, MP4, WEBM · 最多 1 个文件')
    expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '重试 bad.jpg' }).textContent).toBe('重试')
    expect(screen.getByRole('button', { name: '暂停 photo.jpg' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '取消 photo.jpg' })).toBeTruthy()
    expect(text(rowOf('photo.jpg'), 'file-size')).toBe('1.2 MB')
    expect(within(rowOf('photo.jpg')).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('photo.jpg 已上传 45%')
    expect(text(rowOf('bad.jpg'), 'file-error')).toBe('上传“bad.jpg”时网络连接失败，请重试。')
    expect(screen.getByRole('progressbar', { name: '总进度' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '全部暂停' })).toBeTruthy()
    expect(text(document, 'total-failed')).toBe('1 个失败')
  })

  it('shows the time left, formatted for the locale, once bytes have moved for a while', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000)
    const a = makeFile({ id: 'a', name: 'a.mp4', size: 61_000, status: 'uploading' })
    for (const [locale, expected] of [
      ['en', '2% · 1,000 B of 59.6 kB · about 3 min left'],
      ['zh-CN', '2% · 1,000 B / 59.6 kB · 剩余约 3分钟'],
    ] as const) {
      now.mockReturnValue(1_000_000)
      const fake = createFakeController([a])
      const { unmount } = render(<MediaUploader provider="presign" locale={locale} controller={fake} />)
      const total = () => document.querySelector('[data-mu-element="total-text"] span')?.textContent
      expect(total()).toBe(locale === 'en' ? '0% · 0 B of 59.6 kB' : '0% · 0 B / 59.6 kB')
      // 1,000 bytes in 3 s: 60,000 left take 180 s.
      now.mockReturnValue(1_003_000)
      act(() => fake.update('a', { bytesUploaded: 1000, progress: 1000 / 61_000 }))
      expect(total()).toBe(expected)
      unmount()
    }
  })

  it('lets the messages prop override UI strings, plural forms and error messages by code', () => {
    const f = makeFile({ name: 'big.jpg', status: 'rejected' })
    const fake = createFakeController([{ ...f, error: makeError('file-too-large', f, { max: '4 MB', size: '9 MB' }) }])
    render(
      <MediaUploader
        provider="presign"
        locale="en"
        controller={fake}
        restrictions={{ maxFiles: 1 }}
        messages={{
          chooseFiles: 'Browse…',
          remove: 'Delete',
          maxFiles: { one: 'just {count} file' },
          status: { rejected: 'Refused' },
          errors: { 'file-too-large': '{file} is over {max}' },
        }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Browse…' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete big.jpg' })).toBeTruthy()
    expect(text(document, 'hint')).toContain('just 1 file')
    expect(text(rowOf('big.jpg'), 'file-status')).toBe('Refused')
    expect(text(rowOf('big.jpg'), 'file-error')).toBe('big.jpg is over 4 MB')
    // Untouched strings keep their defaults.
    expect(text(document, 'label')).toBe('Drop or paste images and videos here, or')
  })

  it('defaults to the browser language: zh → zh-CN, otherwise en', () => {
    const lang = vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW')
    const { unmount } = render(<MediaUploader provider="presign" controller={createFakeController()} />)
    expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy()
    unmount()
    lang.mockReturnValue('fr-FR')
    render(<MediaUploader provider="presign" controller={createFakeController()} />)
    expect(screen.getByRole('button', { name: 'Choose files' })).toBeTruthy()
  })
})
