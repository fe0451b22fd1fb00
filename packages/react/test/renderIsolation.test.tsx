// @vitest-environment happy-dom
import { Profiler, type ReactNode } from 'react'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MediaUploader, useUploadFile, useUploadTotals } from '../src/index.ts'
import { createFakeController, makeFile, type FakeController, type TestResult } from './fakeController.ts'

/** FileThumbnail renders exactly once per FileRow render: count them per file to see which rows re-rendered. */
const thumbnailRenders = vi.hoisted(() => new Map<string, number>())
vi.mock('../src/components/FileThumbnail.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/components/FileThumbnail.tsx')>()
  return {
    FileThumbnail(props: Parameters<typeof real.FileThumbnail>[0]): ReactNode {
      const { name } = props.file as unknown as { name: string }
      thumbnailRenders.set(name, (thumbnailRenders.get(name) ?? 0) + 1)
      return real.FileThumbnail(props)
    },
  }
})

afterEach(() => {
  cleanup()
  thumbnailRenders.clear()
})

function FileProbe({ controller, id, renders }: { controller: FakeController<TestResult>; id: string; renders: string[] }) {
  const file = useUploadFile(controller, id)
  renders.push(id)
  return <span data-testid={id}>{file ? Math.round(file.progress * 100) : 'gone'}</span>
}

describe('narrow subscriptions', () => {
  it('useUploadFile re-renders only the component whose file changed', () => {
    const a = makeFile({ id: 'a', name: 'a.jpg', status: 'uploading' })
    const b = makeFile({ id: 'b', name: 'b.jpg', status: 'uploading' })
    const fake = createFakeController([a, b])
    const renders: string[] = []
    render(
      <>
        <FileProbe controller={fake} id="a" renders={renders} />
        <FileProbe controller={fake} id="b" renders={renders} />
      </>,
    )
    renders.length = 0
    act(() => fake.update('a', { progress: 0.3, bytesUploaded: 300 }))
    act(() => fake.update('a', { progress: 0.6, bytesUploaded: 600 }))
    expect(renders).toEqual(['a', 'a'])
    expect(screen.getByTestId('a').textContent).toBe('60')
    expect(screen.getByTestId('b').textContent).toBe('0')
    act(() => fake.setFiles([fake.getFile('a') as typeof a]))
    expect(screen.getByTestId('b').textContent).toBe('gone')
  })

  it('useUploadTotals follows byte-weighted totals', () => {
    const fake = createFakeController([makeFile({ name: 'a.jpg', size: 100 }), makeFile({ id: 'x', name: 'b.jpg', size: 300 })])
    function Total() {
      const t = useUploadTotals(fake)
      return <span data-testid="t">{`${t.bytesUploaded}/${t.bytesTotal}`}</span>
    }
    render(<Total />)
    act(() => fake.update('x', { status: 'uploading', bytesUploaded: 150, progress: 0.5 }))
    expect(screen.getByTestId('t').textContent).toBe('150/400')
  })

  it("a progress tick re-renders that file's row only, not its siblings or the list", () => {
    const a = makeFile({ id: 'a', name: 'a.jpg', status: 'uploading' })
    const b = makeFile({ id: 'b', name: 'b.jpg', status: 'uploading' })
    const c = makeFile({ id: 'c', name: 'c.jpg', status: 'queued' })
    const fake = createFakeController([a, b, c])
    const commits: string[] = []
    render(
      <Profiler id="uploader" onRender={(_id, phase) => commits.push(phase)}>
        <MediaUploader provider="presign" locale="en" controller={fake} />
      </Profiler>,
    )
    thumbnailRenders.clear()
    commits.length = 0
    for (const p of [0.1, 0.2, 0.3]) act(() => fake.update('a', { progress: p, bytesUploaded: p * 1000 }))
    expect(Object.fromEntries(thumbnailRenders)).toEqual({ 'a.jpg': 3 })
    expect(
      screen.getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-valuenow')),
    ).toEqual(['30', '0', '0', '10']) // the rows, then the total pinned under them
    expect(commits.filter((p) => p === 'update')).toHaveLength(3)

    // Adding a file re-renders the list, and the rows in view once (their aria-setsize changed).
    thumbnailRenders.clear()
    act(() => fake.setFiles([...fake.getSnapshot().files, makeFile({ id: 'd', name: 'd.jpg' })]))
    expect(thumbnailRenders.get('a.jpg')).toBe(1)
    expect(thumbnailRenders.get('d.jpg')).toBeGreaterThan(0)
  })
})
