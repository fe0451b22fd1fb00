// @vitest-environment happy-dom
import { StrictMode } from 'react'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { UploadController } from '@media-uploader/core'
import { useUploader } from '../src/index.ts'

const created = vi.hoisted(() => [] as { destroy: () => void }[])
vi.mock('@media-uploader/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@media-uploader/core')>()
  return {
    ...real,
    createUploader: vi.fn((options: Parameters<typeof real.createUploader>[0]) => {
      const controller = real.createUploader(options)
      const destroy = vi.fn(controller.destroy)
      const wrapped = Object.assign(controller, { destroy })
      created.push(wrapped)
      return wrapped
    }),
  }
})

afterEach(() => {
  cleanup()
  created.length = 0
})

const tick = () => act(() => new Promise((r) => setTimeout(r, 5)))

function Probe({ seen }: { seen: Set<UploadController<unknown>> }) {
  const controller = useUploader({ provider: 'presign', autoStart: false })
  seen.add(controller)
  return null
}

describe('useUploader', () => {
  it('keeps one controller across re-renders and destroys it on unmount', async () => {
    const seen = new Set<UploadController<unknown>>()
    const { rerender, unmount } = render(<Probe seen={seen} />)
    rerender(<Probe seen={seen} />)
    expect(seen.size).toBe(1)
    expect(created).toHaveLength(1)
    await tick()
    expect(created[0]?.destroy).not.toHaveBeenCalled()
    unmount()
    await tick()
    expect(created[0]?.destroy).toHaveBeenCalledTimes(1)
  })

  it('survives the StrictMode effect replay and destroys the committed controller only on real unmount', async () => {
    const seen = new Set<UploadController<unknown>>()
    const { unmount } = render(
      <StrictMode>
        <Probe seen={seen} />
      </StrictMode>,
    )
    await tick()
    // StrictMode may call the initializer twice; only one instance is ever rendered.
    expect(seen.size).toBe(1)
    const [used] = [...seen] as [UploadController<unknown>]
    expect(used.destroy).not.toHaveBeenCalled()
    for (const c of created) expect(c.destroy).not.toHaveBeenCalled()
    unmount()
    await tick()
    expect(used.destroy).toHaveBeenCalledTimes(1)
  })
})
