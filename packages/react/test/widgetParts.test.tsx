// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { errorMessagesEn, errorMessagesZh, formatMessage, MediaUploaderError, type AliyunVodResult, type ErrorCode, type UploadFile } from '@media-uploader/core'
import { developerHints, developerHintsZhCN, errorDetail, FileName, FileThumbnail, formatBytes, formatDuration, MediaUploader, useDropzone, useFileSpeed, useUploader, useUploadTotals } from '../src/index.ts'
import { createFakeController, makeError, makeFile } from './fakeController.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const rowOf = (name: string) => screen.getByTitle(name).closest('li') as HTMLElement

describe('errors speak to users; details go to developers', () => {
  const params = { file: 'F', size: '9 MB', max: '4 MB', allowed: 'jpg', detail: '401 Unauthorized (AssetTooLarge)', provider: 'aitoearn', pinned: 'AAAAAA==' }
  const codes = Object.keys(errorMessagesEn) as ErrorCode[]

  it.each(codes)('%s: no provider id, HTTP code, upstream detail or server advice; Chinese without English', (code) => {
    const en = formatMessage(errorMessagesEn[code], params, 'en')
    const zh = formatMessage(errorMessagesZh[code], params, 'zh-CN')
    for (const text of [en, zh]) {
      expect(text).not.toMatch(/aitoearn|401|Unauthorized|AssetTooLarge|API|server|服务器|S3|requestChecksum/i)
      // No nested brackets of either width.
      expect(text).not.toMatch(/[（(][^）)]*[（(]/)
    }
    // Only the file name, sizes and formats (filled in) may be Latin in Chinese text; Chinese punctuation.
    expect(zh.replace(/F|\d+ MB|jpg/g, '')).not.toMatch(/[A-Za-z]/)
    expect(zh).toMatch(/。$/)
    expect(zh).not.toMatch(/[,.:;!?]\s/)
  })

  it('has a developer hint in Chinese for every English one, and errorDetail picks the locale', () => {
    expect(Object.keys(developerHintsZhCN).toSorted()).toEqual(Object.keys(developerHints).toSorted())
    for (const hint of Object.values(developerHintsZhCN)) expect(hint).toMatch(/[\u4e00-\u9fff].*。$/)
    const error = makeError('storage-rejected', makeFile({ name: 'x.jpg' }))
    expect(errorDetail(error, 'zh-CN').hint).toBe(developerHintsZhCN['storage-rejected'])
    expect(errorDetail(error, 'en').hint).toBe(developerHints['storage-rejected'])
  })

  it('shows the user message in the row and the developer detail in a closed disclosure, in the error object too', async () => {
    const f = makeFile({ id: 'e', name: 'auth.jpg', status: 'error' })
    const error = new MediaUploaderError('sign-unauthorized', {
      provider: 'aitoearn',
      file: { id: 'e', name: 'auth.jpg', size: 1, type: 'image/jpeg' },
      status: 401,
      serviceCode: '401',
      params: { detail: { en: 'AiToEarn rejected the API key', 'zh-CN': 'AiToEarn 拒绝了 API Key' } },
    })
    Object.assign(error, { requestId: 'req-42' })
    render(<MediaUploader provider="aitoearn" locale="zh-CN" controller={createFakeController([{ ...f, error }]) as never} />)
    const box = rowOf('auth.jpg').querySelector('[data-mu-element="file-error"]') as HTMLElement
    expect(box.querySelector('p')?.textContent).toBe('没有上传“auth.jpg”的权限，请重新登录后重试。')
    const details = (await within(box).findByText('详细信息')).closest('details') as HTMLDetailsElement
    expect(details.open).toBe(false)
    expect([...details.querySelectorAll('dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`)).toEqual([
      '错误代码=sign-unauthorized',
      '服务商=aitoearn',
      '状态码=401',
      '服务错误码=401',
      '请求编号=req-42',
      '说明=AiToEarn 拒绝了 API Key',
      expect.stringMatching(/^开发提示=签名接口拒绝了请求/),
    ])
    expect(errorDetail(error)).toMatchObject({ code: 'sign-unauthorized', provider: 'aitoearn', status: 401, serviceCode: '401', requestId: 'req-42', detail: 'AiToEarn rejected the API key' })
  })
})

describe('contained list and views', () => {
  it('puts the list in a panel of configurable height with a view switch (list, compact, grid) and the status bar under it', async () => {
    const user = userEvent.setup()
    const fake = createFakeController([makeFile({ name: 'a.jpg', status: 'uploading', bytesUploaded: 10, progress: 0.01 })])
    render(<MediaUploader provider="presign" locale="en" controller={fake} listHeight={300} view="compact" />)
    const panel = document.querySelector('[data-mu-element="panel"]') as HTMLElement
    expect(panel.style.getPropertyValue('--mu-list-height')).toBe('300px')
    const list = screen.getByRole('list', { name: 'Files' })
    expect(list.dataset['view']).toBe('compact')
    // The status bar follows the scrolling region, inside the panel (pinned: only the region scrolls).
    expect(panel.lastElementChild?.getAttribute('data-mu-element')).toBe('total')
    expect(list.closest('[data-mu-element="file-scroll"]')?.nextElementSibling?.getAttribute('data-mu-element')).toBe('total')
    const views = within(screen.getByRole('group', { name: 'View' }))
    expect(views.getByRole('button', { name: 'Compact' }).getAttribute('aria-pressed')).toBe('true')
    await user.click(views.getByRole('button', { name: 'Grid' }))
    expect(list.dataset['view']).toBe('grid')
    expect(views.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('renders only the rows around the scroll position', () => {
    const fake = createFakeController(Array.from({ length: 5000 }, (_, i) => makeFile({ id: `f${i}`, name: `f${i}.jpg` })))
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const scroll = document.querySelector('[data-mu-element="file-scroll"]') as HTMLElement
    const list = screen.getByRole('list', { name: 'Files' })
    // happy-dom has no layout: give the rows a pitch and the region a height, then scroll.
    Object.defineProperty(scroll, 'clientHeight', { value: 400 })
    let i = 0
    for (const li of list.children) Object.defineProperty(li, 'offsetTop', { value: 60 * i++ })
    act(() => {
      Object.defineProperty(scroll, 'scrollTop', { value: 60 * 2500 })
      scroll.dispatchEvent(new Event('scroll'))
    })
    const rows = within(list).getAllByRole('listitem')
    expect(rows.length).toBeLessThan(20)
    expect(Number(rows[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(2490)
    expect(list.style.getPropertyValue('--mu-before')).toBe(`${(Number(rows[0]?.getAttribute('aria-posinset')) - 1) * 60}px`)
  })
})

describe('names, tiles and the done state', () => {
  it('cuts long names in the middle, keeping the extension, with the full name as tooltip and text', () => {
    const name = 'holiday-in-the-mountains-with-friends-0042.jpeg'
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([makeFile({ name })])} />)
    const el = screen.getByTitle(name)
    expect(el.textContent).toBe(name)
    expect(el.querySelector('[data-mu-element="name-end"]')?.textContent).toBe('0042.jpeg')
  })

  it('keeps the name primary; a URL gets Open and Copy link, a URI (not a link) Copy ID', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    const url = makeFile({ name: 'a.jpg', status: 'done', progress: 1, result: { key: 'k/9f3a.jpg', url: 'https://cdn.test/k/9f3a.jpg' } })
    const uri = makeFile({ name: 'b.png', status: 'done', progress: 1, result: { uri: 'tos-cn-i-abc/9f3a' } as never })
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([url, uri])} />)
    expect(within(rowOf('a.jpg')).getByRole('link', { name: 'Open a.jpg' }).getAttribute('href')).toBe('https://cdn.test/k/9f3a.jpg')
    expect(rowOf('a.jpg').textContent).not.toContain('9f3a')
    await user.click(screen.getByRole('button', { name: 'Copy link a.jpg' }))
    expect(writeText).toHaveBeenCalledWith('https://cdn.test/k/9f3a.jpg')
    expect(within(rowOf('b.png')).queryByRole('link')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Copy ID b.png' }))
    expect(writeText).toHaveBeenLastCalledWith('tos-cn-i-abc/9f3a')
    expect(screen.getByRole('button', { name: 'Copy ID b.png' }).textContent).toBe('Copied')
  })

  it('opens an image in a modal dialog; closing it returns focus to the thumbnail', async () => {
    const user = userEvent.setup()
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    })
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(showModal)
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([makeFile({ name: 'a.jpg', status: 'done', progress: 1 })])} />)
    const trigger = screen.getByRole('button', { name: 'Preview a.jpg' })
    await user.click(trigger)
    const dialog = await waitFor(() => document.querySelector('dialog') ?? Promise.reject(new Error('no dialog')))
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(dialog.getAttribute('aria-labelledby') && document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('a.jpg')
    expect((await within(dialog).findByRole('img', { name: 'a.jpg' })).getAttribute('src')).toBe('blob:x')
    // Esc closes a modal dialog natively (the browser fires `close`).
    act(() => {
      dialog.removeAttribute('open')
      dialog.dispatchEvent(new Event('close'))
    })
    expect(document.querySelector('dialog')).toBeNull()
    expect(document.activeElement).toBe(trigger)
    expect(revoke).toHaveBeenCalledWith('blob:x')
  })

  it('says "Finishing…" while the provider confirms a file whose bytes are all sent, with no pause', () => {
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([makeFile({ name: 'a.jpg', status: 'uploading', progress: 1, bytesUploaded: 1000 })])} />)
    expect(rowOf('a.jpg').querySelector('[data-mu-element="file-status"]')?.textContent).toBe('Finishing…')
    expect(within(rowOf('a.jpg')).queryByRole('button', { name: /Stop|Pause/ })).toBeNull()
  })

  it('says where a resumed upload started ("resumed from 40%"), in en and zh-CN', () => {
    const video: UploadFile<AliyunVodResult> = { ...makeFile({ name: 'v.mp4', type: 'video/mp4', status: 'uploading', progress: 0.55, bytesUploaded: 550, resumedFrom: 0.4, resumable: true }), result: undefined }
    const { unmount } = render(<MediaUploader provider="aliyun-vod" locale="en" controller={createFakeController([video])} />)
    expect(rowOf('v.mp4').querySelector('[data-mu-element="file-status"]')?.textContent).toBe('Uploading… 55% · resumed from 40%')
    unmount()
    render(<MediaUploader provider="aliyun-vod" locale="zh-CN" controller={createFakeController([video])} />)
    expect(rowOf('v.mp4').querySelector('[data-mu-element="file-status"]')?.textContent).toContain('从 40% 处继续')
  })

  it('shows no progress bar on failed rows (no full red bars)', () => {
    const f = makeFile({ name: 'bad.jpg', status: 'error', progress: 1, bytesUploaded: 1000 })
    render(<MediaUploader provider="presign" locale="en" controller={createFakeController([{ ...f, error: makeError('network', f) }])} />)
    expect(within(rowOf('bad.jpg')).queryByRole('progressbar')).toBeNull()
  })
})

describe('context-aware wording', () => {
  it('images only says images, groups and cuts the formats, and shows the size limit', () => {
    render(<MediaUploader provider="jimeng" locale="en" controller={createFakeController()} restrictions={{ accept: ['image/*'], maxFileSize: 10 * 1024 * 1024 }} />)
    expect(document.querySelector('[data-mu-element="label"]')?.textContent).toBe('Drop or paste images here, or')
    expect(document.querySelector('[data-mu-element="hint"]')?.textContent).toBe('Images: JPG, PNG, WEBP, GIF, HEIC and 1 more · up to 10 MB each')
  })

  it('aliyun-vod in Chinese: images, videos and audio grouped, known formats first, cut with Chinese punctuation', () => {
    render(<MediaUploader provider="aliyun-vod" locale="zh-CN" controller={createFakeController()} />)
    expect(document.querySelector('[data-mu-element="hint"]')?.textContent).toBe('图片：JPG、PNG、GIF · 视频：MP4、MOV、WEBM、MKV、AVI等 19 种 · 音频：MP3、M4A、WAV、AAC、FLAC等 8 种')
  })

  it('on a touch screen: "Tap to choose", no drop-or-paste prompt, and a camera input', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', addEventListener() {}, removeEventListener() {} }))
    render(<MediaUploader provider="jimeng" locale="en" controller={createFakeController()} restrictions={{ accept: ['image/*'] }} />)
    expect(screen.getByRole('button', { name: 'Tap to choose images' })).toBeTruthy()
    expect(document.querySelector('[data-mu-element="label"]')).toBeNull()
    const camera = document.querySelector('[data-mu-element="camera-button"] input') as HTMLInputElement
    expect(camera.getAttribute('capture')).toBe('environment')
    expect(camera.accept).toBe('image/*')
  })
})

describe('hooks', () => {
  it('exports the thumbnail, the name and the formatters the widget uses, for a custom UI', () => {
    render(
      <ul>
        <li>
          <FileThumbnail file={{ type: 'video/mp4', data: new Blob() }} size={48} />
          <FileName name="holiday-in-the-mountains-0042.jpeg" />
          <span>{formatBytes(1_200_000, 'en')}</span>
          <span>{formatDuration(90, 'zh-CN')}</span>
        </li>
      </ul>,
    )
    expect(document.querySelector('[data-mu-element="thumbnail"][data-kind="video"] svg')).not.toBeNull()
    expect(document.querySelector('[data-mu-element="name-end"]')?.textContent).toMatch(/\.jpeg$/)
    expect(screen.getByText(/^1(\.\d)? MB$/)).toBeTruthy()
  })

  it('useDropzone reads the provider and restrictions from a controller made by useUploader', () => {
    const { result } = renderHook(() => {
      const uploader = useUploader({ provider: 'presign', restrictions: { accept: ['image/*'], maxFiles: 1 } })
      return useDropzone(uploader)
    })
    expect(result.current.accept).toBe('.jpg,.jpeg,.png,.webp,.gif')
    expect(result.current.getInputProps().multiple).toBe(false)
  })

  it('useUploadTotals and useFileSpeed give a smoothed speed and time left from the first tick', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(0)
    const fake = createFakeController([makeFile({ id: 'a', name: 'a.mp4', size: 10_000, status: 'uploading' })])
    const { result } = renderHook(() => ({ totals: useUploadTotals(fake), file: useFileSpeed(fake.getFile('a')) }))
    expect(result.current.totals.timeLeft).toBeUndefined()
    now.mockReturnValue(500)
    act(() => fake.update('a', { bytesUploaded: 500, progress: 0.05 }))
    // 500 B in 0.5 s: 1,000 B/s, 9,500 B left.
    expect(result.current.totals.speed).toBe(1000)
    expect(result.current.totals.timeLeft).toBe(9.5)
    expect(result.current.file).toEqual({ speed: 1000, timeLeft: 9.5 })
    // One fast tick moves a smoothed speed only part of the way.
    now.mockReturnValue(3000)
    act(() => fake.update('a', { bytesUploaded: 3000, progress: 0.3 }))
    now.mockReturnValue(3100)
    act(() => fake.update('a', { bytesUploaded: 4000, progress: 0.4 }))
    expect(result.current.totals.speed).toBeGreaterThan(1000)
    expect(result.current.totals.speed).toBeLessThan(2000)
  })
})

describe('rejections as notices', () => {
  it('groups many rejections: five listed, the rest counted, dismiss all', async () => {
    const user = userEvent.setup()
    const files = Array.from({ length: 8 }, (_, i) => {
      const f = makeFile({ id: `r${i}`, name: `r${i}.txt`, type: 'text/plain', status: 'rejected' })
      return { ...f, error: makeError('duplicate-file', f) }
    })
    const fake = createFakeController(files)
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const notices = await screen.findByRole('region', { name: '8 files were not added' })
    expect(within(notices).getAllByRole('listitem')).toHaveLength(5)
    expect(notices.textContent).toContain('and 3 more')
    expect(screen.queryByRole('list', { name: 'Files' })).toBeNull()
    await user.click(within(notices).getByRole('button', { name: 'Dismiss all' }))
    expect(fake.remove).toHaveBeenCalledTimes(8)
    fireEvent.keyDown(document.body, { key: 'Escape' })
  })
})
