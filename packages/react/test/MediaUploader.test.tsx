// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
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
    // Grouped, with aliases (JPEG) folded into one format.
    expect(hint?.textContent).toBe('Images: JPG, PNG, WEBP, GIF · Videos: MP4, WEBM · up to 5 MB each · at most 3 files')
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

  it('shows a rejected file as a dismissible notice above the list, not as a row', async () => {
    const user = userEvent.setup()
    const f = makeFile({ id: 'r1', name: 'notes.txt', type: 'text/plain', status: 'rejected' })
    const rejected = { ...f, error: makeError('file-type-not-allowed', f, { allowed: 'jpg, png' }) }
    const fake = createFakeController([rejected, makeFile({ name: 'ok.jpg', status: 'done', progress: 1 })])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const notices = await screen.findByRole('region', { name: '1 file was not added' })
    expect(within(notices).getByRole('listitem').textContent).toContain('“notes.txt” is not a supported format (supported: jpg, png).')
    expect(within(screen.getByRole('list', { name: 'Files' })).getAllByRole('listitem')).toHaveLength(1)
    expect(within(notices).queryByRole('progressbar')).toBeNull()
    // "Clear" says what it clears, and leaves the notice alone.
    await user.click(screen.getByRole('button', { name: 'Clear 1 uploaded' }))
    expect(fake.clearFinished).not.toHaveBeenCalled()
    expect(fake.remove).toHaveBeenCalledTimes(1)
    await user.click(within(notices).getByRole('button', { name: 'Dismiss notes.txt' }))
    expect(fake.remove).toHaveBeenLastCalledWith('r1')
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
    expect(text(rowOf('auth.jpg'), 'file-error')).toContain('You’re not allowed to upload “auth.jpg”. Sign in again, then retry.')
    expect(text(document, 'summary')).toBe('0 uploaded, 2 failed')
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
    expect(names('up.jpg')).toEqual(['Preview up.jpg', 'Stop up.jpg', 'Cancel up.jpg'])
    expect(names('paused.jpg')).toEqual(['Preview paused.jpg', 'Restart paused.jpg', 'Cancel paused.jpg'])
    expect(names('bad.jpg')).toEqual(['Preview bad.jpg', 'Retry bad.jpg', 'Remove bad.jpg'])
    expect(names('done.jpg')).toEqual(['Preview done.jpg', 'Remove done.jpg'])
    // The visible text is the verb; the accessible name adds the file. A single PUT restarts, so it says "Stop", then "Restart".
    expect(screen.getByRole('button', { name: 'Stop up.jpg' }).textContent).toBe('Stop')
    expect(text(rowOf('paused.jpg'), 'file-status')).toBe('Stopped, will restart')

    await user.click(screen.getByRole('button', { name: 'Stop up.jpg' }))
    expect(fake.pause).toHaveBeenCalledWith('u1')
    await user.click(screen.getByRole('button', { name: 'Restart paused.jpg' }))
    expect(fake.resume).toHaveBeenCalledWith('p1')
    await user.click(screen.getByRole('button', { name: 'Cancel up.jpg' }))
    expect(fake.cancel).toHaveBeenCalledWith('u1')
    await user.click(screen.getByRole('button', { name: 'Retry bad.jpg' }))
    expect(fake.retry).toHaveBeenCalledWith('b1')
    await user.click(screen.getByRole('button', { name: 'Remove bad.jpg' }))
    expect(fake.remove).toHaveBeenCalledWith('b1')
  })

  it('offers pause, resume, retry and cancel for all files, and clear uploaded, each only when it applies', async () => {
    const user = userEvent.setup()
    const bad = makeFile({ name: 'bad.jpg', status: 'error' })
    const auth = makeFile({ name: 'auth.jpg', status: 'error' })
    const done = makeFile({ id: 'done', name: 'done.jpg', status: 'done', progress: 1 })
    const fake = createFakeController([
      makeFile({ name: 'up.jpg', status: 'uploading', resumable: true }),
      makeFile({ name: 'paused.jpg', status: 'paused', resumable: true }),
      { ...bad, error: makeError('network', bad) },
      { ...auth, error: makeError('sign-unauthorized', auth) },
      done,
    ])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const actions = document.querySelector('[data-mu-element="total-actions"]') as HTMLElement
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause all', 'Resume all', 'Retry 1 file', 'Cancel all', 'Clear 1 uploaded'])
    for (const name of ['Pause all', 'Resume all', 'Retry 1 file', 'Cancel all']) await user.click(within(actions).getByRole('button', { name }))
    for (const command of [fake.pause, fake.resume, fake.retry, fake.cancel]) expect(command).toHaveBeenCalledExactlyOnceWith()
    await user.click(within(actions).getByRole('button', { name: 'Clear 1 uploaded' }))
    expect(fake.remove).toHaveBeenCalledExactlyOnceWith('done')

    // Where no file keeps its bytes (single-request uploads), the batch says so: they stop and restart.
    act(() => fake.setFiles([makeFile({ name: 'up.jpg', status: 'uploading' }), makeFile({ name: 'paused.jpg', status: 'paused' })]))
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Stop all', 'Restart all', 'Cancel all'])

    // Nothing retryable: no "Retry" at all (a sign-unauthorized error does not go away by retrying).
    act(() => fake.setFiles([{ ...auth, error: makeError('sign-unauthorized', auth) }, done]))
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Clear 1 uploaded'])
    expect(text(document, 'summary')).toBe('1 uploaded, 1 failed')
  })

  it('lets canceled files be retried, one by one and with the batch action', async () => {
    const user = userEvent.setup()
    const fake = createFakeController([makeFile({ id: 'c', name: 'c.jpg', status: 'canceled' })])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    await user.click(screen.getByRole('button', { name: 'Retry c.jpg' }))
    expect(fake.retry).toHaveBeenLastCalledWith('c')
    await user.click(screen.getByRole('button', { name: 'Retry 1 file' }))
    expect(fake.retry).toHaveBeenCalledWith()
  })

  it('moves focus to the next row after remove, and to the picker after the last', async () => {
    const user = userEvent.setup()
    const a = makeFile({ id: 'a', name: 'a.jpg', status: 'canceled' })
    const b = makeFile({ id: 'b', name: 'b.jpg', status: 'canceled' })
    const fake = createFakeController([a, b])
    fake.remove = vi.fn((id: string) => fake.setFiles(fake.getSnapshot().files.filter((f) => f.id !== id)))
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    await user.click(screen.getByRole('button', { name: 'Remove a.jpg' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Preview b.jpg' }))
    await user.click(screen.getByRole('button', { name: 'Remove b.jpg' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Choose files' }))
  })

  it('draws image thumbnails from createImageBitmap, one decode at a time, rejected images too (in their notice)', async () => {
    const close = vi.fn()
    const createImageBitmap = vi.fn(async (_blob: Blob, options?: ImageBitmapOptions) => ({ width: options?.resizeWidth ?? 0, height: 72, close }))
    vi.stubGlobal('createImageBitmap', createImageBitmap)
    const drawImage = vi.fn()
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as unknown as CanvasRenderingContext2D)
    const img = makeFile({ id: 'i', name: 'pic.png', type: 'image/png' })
    const img2 = makeFile({ id: 'j', name: 'pic2.png', type: 'image/png' })
    const huge = makeFile({ id: 'r', name: 'huge.png', type: 'image/png', status: 'rejected' })
    const big = { ...huge, error: makeError('file-too-large', huge) }
    const vid = makeFile({ id: 'v', name: 'clip.mp4', type: 'video/mp4' })
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([img, img2, big, vid])} />)
    await waitFor(() => expect(close).toHaveBeenCalledTimes(3))
    expect(createImageBitmap.mock.calls.map(([blob, options]) => [blob, options])).toEqual([
      [big.data, { resizeWidth: 64, resizeQuality: 'low' }],
      [img.data, { resizeWidth: 96, resizeQuality: 'low' }],
      [img2.data, { resizeWidth: 96, resizeQuality: 'low' }],
    ])
    const canvas = rowOf('pic.png').querySelector('canvas') as HTMLCanvasElement
    expect(canvas.width).toBe(96)
    expect(canvas.height).toBe(72)
    expect(drawImage).toHaveBeenCalledTimes(3)
    expect(close).toHaveBeenCalledTimes(3)
    expect(rowOf('pic.png').querySelector('[data-mu-element="thumbnail"]')?.getAttribute('aria-hidden')).toBe('true')
    expect(document.querySelector('[data-mu-element="notice"] canvas')).not.toBeNull()
    // Videos and other files get an SVG file-type icon, not a text glyph.
    expect(rowOf('clip.mp4').querySelector('[data-mu-element="thumbnail"]')?.getAttribute('data-kind')).toBe('video')
    // (A video's poster canvas stays hidden until a frame is drawn: happy-dom decodes no video.)
    expect(rowOf('clip.mp4').querySelector('canvas:not([hidden])')).toBeNull()
    expect(rowOf('clip.mp4').querySelector('svg[data-mu-element="file-icon"] path')).not.toBeNull()
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
  it('renders a window of 10,000 files (no "Show more"), one subscription per rendered row, with set size and position', () => {
    const fake = createFakeController()
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const before = fake.listenerCount()
    act(() => fake.setFiles(Array.from({ length: 10_000 }, (_, i) => makeFile({ id: `f${i}`, name: `f${i}.jpg` }))))
    const rows = within(screen.getByRole('list', { name: 'Files' })).getAllByRole('listitem')
    expect(rows.length).toBeLessThanOrEqual(20)
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000')
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1')
    // The rows, plus the status bar's and the notices' subscriptions.
    expect(fake.listenerCount() - before).toBeLessThanOrEqual(rows.length + 6)
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull()
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
    expect(text(document, 'hint')).toBe('图片：JPG、PNG、WEBP、GIF · 视频：MP4、WEBM · 最多 1 个文件')
    expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '重试 bad.jpg' }).textContent).toBe('重试')
    expect(screen.getByRole('button', { name: '停止 photo.jpg' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '取消 photo.jpg' })).toBeTruthy()
    expect(text(rowOf('photo.jpg'), 'file-size')).toBe('1.2 MB')
    expect(within(rowOf('photo.jpg')).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('photo.jpg 已上传 45%')
    expect(rowOf('bad.jpg').querySelector('[data-mu-element="file-error"] p')?.textContent).toBe('上传“bad.jpg”时网络中断，请检查网络后重试。')
    expect(screen.getByRole('progressbar', { name: '总进度' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '全部停止' })).toBeTruthy() // a single PUT starts over: "stop", not "pause"
    expect(text(document, 'total-failed')).toBe('1 个失败')
  })

  it('shows the time left, formatted for the locale, once bytes have moved for a while', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000)
    const a = makeFile({ id: 'a', name: 'a.mp4', size: 61_000, status: 'uploading' })
    for (const [locale, expected] of [
      ['en', '2% · 1,000 B of 59.6 kB · 333 B/s · about 3 min left'],
      ['zh-CN', '2% · 1,000 B / 59.6 kB · 333 B/秒 · 剩余约 3分钟'],
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
    const f = makeFile({ name: 'big.jpg', status: 'error' })
    const fake = createFakeController([{ ...f, error: makeError('file-too-large', f, { max: '4 MB', size: '9 MB' }) }])
    const onUploadError = vi.fn()
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
          status: { error: 'Refused' },
          errors: { 'file-too-large': '{file} is over {max}' },
        }}
        onUploadError={onUploadError}
      />,
    )
    expect(screen.getByRole('button', { name: 'Browse…' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete big.jpg' })).toBeTruthy()
    expect(text(document, 'hint')).toContain('just 1 file')
    expect(text(rowOf('big.jpg'), 'file-status')).toBe('Refused')
    expect(rowOf('big.jpg').querySelector('[data-mu-element="file-error"] p')?.textContent).toBe('big.jpg is over 4 MB')
    // The app's callbacks get errors whose localized() says what the widget says.
    const error = fake.getSnapshot().files[0]?.error
    act(() => fake.emit('upload-error', fake.getSnapshot().files[0]!, error!))
    expect(onUploadError.mock.calls[0]?.[1].localized('en')).toBe('big.jpg is over 4 MB')
    expect(error?.localized('zh-CN')).toBe('“big.jpg”太大了：9 MB，上限为 4 MB。')
    expect(JSON.stringify(error?.params)).not.toContain('over')
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
