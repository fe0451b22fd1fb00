// @vitest-environment happy-dom
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { StrictMode } from 'react'
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createUploader, type PresignResult } from '@media-uploader/core'
import { MediaUploader } from '../src/index.ts'

// The notices are a lazy chunk: on a busy machine its first import takes a while.
configure({ asyncUtilTimeout: 5000 })

/** A sign endpoint plus a storage that accepts PUTs, like seed 001's API. */
let server: Server
let origin = ''
const stored = new Map<string, number>()

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, OPTIONS')
    res.setHeader('Access-Control-Allow-Headers', '*')
    res.setHeader('Access-Control-Expose-Headers', 'ETag')
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    const url = new URL(req.url ?? '/', origin)
    if (req.method === 'GET' && url.pathname === '/sign') {
      const key = `2025/05/03/obj-${stored.size + 1}.${url.searchParams.get('ext')}`
      res.setHeader('Content-Type', 'application/json')
      return void res.end(JSON.stringify({ code: 0, msg: 'ok', data: { url: `${origin}/bucket/${key}?X-Amz-Signature=x`, key } }))
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/bucket/')) {
      let size = 0
      req.on('data', (chunk: Buffer) => (size += chunk.length))
      req.on('end', () => {
        stored.set(url.pathname, size)
        res.setHeader('ETag', '"etag"')
        res.writeHead(200).end()
      })
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
afterEach(() => cleanup())

const input = () => document.querySelector('input[type="file"]') as HTMLInputElement

describe('<MediaUploader> with the real core controller', () => {
  it('lists accepted and rejected files under StrictMode (own controller, autoStart off)', async () => {
    const user = userEvent.setup({ applyAccept: false })
    render(
      <StrictMode>
        <MediaUploader provider="presign" locale="en" autoStart={false} />
      </StrictMode>,
    )
    await user.upload(input(), [
      new File([new Uint8Array(2048)], 'photo.jpg', { type: 'image/jpeg' }),
      new File(['hi'], 'notes.txt', { type: 'text/plain' }),
    ])
    const list = await screen.findByRole('list', { name: 'Files' })
    const rows = within(list).getAllByRole('listitem')
    // The rejected file is a notice above the list, not a row.
    expect(rows.map((r) => r.dataset['status'])).toEqual(['queued'])
    const notices = await screen.findByRole('region', { name: '1 file was not added' })
    expect(within(notices).getByRole('listitem').textContent).toContain('“notes.txt” is not a supported format (supported: jpg, jpeg, png, webp, gif, mp4, webm).')
    expect(within(notices).queryByRole('button', { name: /Retry/ })).toBeNull()
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeTruthy()
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement
    expect([...live.children].map((p) => p.textContent)).toEqual([
      '1 file added.',
      '“notes.txt” is not a supported format (supported: jpg, jpeg, png, webp, gif, mp4, webm).',
    ])
  })

  it('uploads through sign + PUT, reports the typed result and announces completion once', async () => {
    const user = userEvent.setup()
    const onUploadSuccess = vi.fn<(file: unknown, result: PresignResult) => void>()
    const onComplete = vi.fn()
    render(
      <StrictMode>
        <MediaUploader provider="presign" locale="en" endpoint={`${origin}/sign`} onUploadSuccess={onUploadSuccess} onComplete={onComplete} />
      </StrictMode>,
    )
    const announced: string[] = []
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node.textContent) announced.push(node.textContent)
    }).observe(document.querySelector('[aria-live="polite"]') as HTMLElement, { childList: true })
    await user.upload(input(), new File([new Uint8Array(4096)], 'photo.png', { type: 'image/png' }))
    const row = await screen.findByText('photo.png').then((el) => el.closest('li') as HTMLElement)
    await waitFor(() => expect(row.dataset['status']).toBe('done'), { timeout: 8000 })
    const key = '2025/05/03/obj-1.png'
    expect(row.querySelector('[data-mu-element="file-status"]')?.textContent).toBe('Uploaded')
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Preview photo.png', 'Copy link photo.png', 'Remove photo.png'])
    expect(within(row).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100')
    expect(stored.get(`/bucket/${key}`)).toBe(4096)
    // The name stays primary; the URL is a link and a copy button, not the raw key.
    const link = within(row).getByRole('link', { name: 'Open photo.png' })
    expect(link.getAttribute('href')).toBe(`${origin}/bucket/${key}`)
    expect(onUploadSuccess).toHaveBeenCalledWith(expect.objectContaining({ name: 'photo.png' }), { key, url: `${origin}/bucket/${key}` })
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    // Each announcement is removed after 1.5 s: what was added, in order.
    await waitFor(() => expect(announced).toEqual(['1 file added.', 'Uploading 1 file.', 'Upload complete: 1 file uploaded.']))
    expect(document.querySelector('[data-mu-element="root"]')?.getAttribute('data-state')).toBe('complete')
  }, 15_000)

  it('passes onBeforeUpload to its controller: a replacement is uploaded, false refuses the file', async () => {
    const user = userEvent.setup()
    const onUploadSuccess = vi.fn()
    const onBeforeUpload = (file: File) =>
      file.name.startsWith('skip') ? false : new File([new Uint8Array(100)], file.name.replace('.png', '.webp'), { type: 'image/webp' })
    render(<MediaUploader provider="presign" locale="en" endpoint={`${origin}/sign`} onBeforeUpload={onBeforeUpload} onUploadSuccess={onUploadSuccess} />)
    await user.upload(input(), [new File([new Uint8Array(4096)], 'big.png', { type: 'image/png' }), new File(['x'], 'skip.png', { type: 'image/png' })])
    const notices = await screen.findByRole('region', { name: '1 file was not added' })
    expect(notices.textContent).toContain('“skip.png” can’t be uploaded here.')
    const row = await screen.findByText('big.webp').then((el) => el.closest('li') as HTMLElement)
    await waitFor(() => expect(row.dataset['status']).toBe('done'), { timeout: 8000 })
    expect(row.querySelector('[data-mu-element="file-size"]')?.textContent).toBe('100 B')
    const [[, result]] = onUploadSuccess.mock.calls as [[unknown, PresignResult]]
    expect(result.key).toMatch(/\.webp$/)
    expect(stored.get(`/bucket/${result.key}`)).toBe(100)
  }, 15_000)

  it('accepts a controller made with createUploader and never destroys it', async () => {
    const controller = createUploader({ provider: 'presign', autoStart: false })
    const destroy = vi.spyOn(controller, 'destroy')
    const { unmount } = render(<MediaUploader provider="presign" locale="en" controller={controller} />)
    await controller.add([new File([new Uint8Array(10)], 'a.webp', { type: 'image/webp' })])
    expect(await screen.findByText('a.webp')).toBeTruthy()
    unmount()
    await new Promise((r) => setTimeout(r, 10))
    expect(destroy).not.toHaveBeenCalled()
    controller.destroy()
  })
})
