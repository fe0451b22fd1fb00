// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useDropzone, type UseDropzoneOptions } from '../src/index.ts'
import { createFakeController, type FakeController, type TestResult } from './fakeController.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function Zone({
  controller,
  options,
  onRootClick,
  onDrop,
}: {
  controller: FakeController<TestResult>
  options?: UseDropzoneOptions
  onRootClick?: () => void
  onDrop?: (e: React.DragEvent<HTMLElement>) => void
}) {
  const { getRootProps, getInputProps, getButtonProps, isDragActive } = useDropzone(controller, options)
  return (
    <div {...getRootProps({ onClick: onRootClick, onDrop })} data-testid="zone">
      <span>{isDragActive ? 'active' : 'inactive'}</span>
      <input {...getInputProps()} data-testid="input" />
      <button {...getButtonProps()}>Choose files</button>
    </div>
  )
}

const jpg = () => new File([new Uint8Array(10)], 'photo.jpg', { type: 'image/jpeg' })

describe('useDropzone', () => {
  it('opens the picker once from the button, by click, Enter and Space', async () => {
    const user = userEvent.setup()
    const click = vi.spyOn(HTMLInputElement.prototype, 'click')
    render(<Zone controller={createFakeController()} />)
    const button = screen.getByRole('button', { name: 'Choose files' })
    expect(button.getAttribute('type')).toBe('button')

    await user.click(button)
    expect(click).toHaveBeenCalledTimes(1)

    button.focus()
    await user.keyboard('{Enter}')
    expect(click).toHaveBeenCalledTimes(2)
    await user.keyboard(' ')
    expect(click).toHaveBeenCalledTimes(3)
    expect(click.mock.contexts.every((ctx) => ctx === screen.getByTestId('input'))).toBe(true)
  })

  it('opens the picker when the region itself is clicked, unless noClick', async () => {
    const user = userEvent.setup()
    const click = vi.spyOn(HTMLInputElement.prototype, 'click')
    const { rerender } = render(<Zone controller={createFakeController()} />)
    await user.click(screen.getByText('inactive'))
    expect(click).toHaveBeenCalledTimes(1)
    const fake = createFakeController()
    rerender(<Zone controller={fake} options={{ noClick: true }} />)
    await user.click(screen.getByText('inactive'))
    expect(click).toHaveBeenCalledTimes(1)
  })

  it('builds accept from provider rules narrowed by restrictions; multiple unless maxFiles is 1', () => {
    const { rerender } = render(<Zone controller={createFakeController()} options={{ provider: 'presign' }} />)
    const input = screen.getByTestId('input') as HTMLInputElement
    expect(input.type).toBe('file')
    expect(input.getAttribute('accept')).toBe('.jpg,.jpeg,.png,.webp,.gif,.mp4,.webm')
    expect(input.multiple).toBe(true)
    expect(input.tabIndex).toBe(-1)
    expect(input.hidden).toBe(true)

    rerender(
      <Zone controller={createFakeController()} options={{ provider: 'presign', restrictions: { accept: ['image/*'], maxFiles: 1 } }} />,
    )
    expect(input.getAttribute('accept')).toBe('.jpg,.jpeg,.png,.webp,.gif')
    expect(input.multiple).toBe(false)

    rerender(<Zone controller={createFakeController()} options={{ provider: 'presign', restrictions: { accept: ['.mp4'] } }} />)
    expect(input.getAttribute('accept')).toBe('.mp4')
  })

  it('adds picked files to the controller', async () => {
    const user = userEvent.setup()
    const fake = createFakeController()
    render(<Zone controller={fake} options={{ provider: 'presign' }} />)
    const file = jpg()
    await user.upload(screen.getByTestId('input') as HTMLInputElement, file)
    expect(fake.add).toHaveBeenCalledTimes(1)
    expect(fake.add).toHaveBeenCalledWith([file])
  })

  it('tracks drag-over state and adds dropped files', async () => {
    const fake = createFakeController()
    render(<Zone controller={fake} />)
    const zone = screen.getByTestId('zone')
    expect(zone.dataset['state']).toBe('idle')
    const file = jpg()
    const dataTransfer = { files: [file], types: ['Files'] }

    fireEvent.dragEnter(zone, { dataTransfer })
    expect(zone.dataset['state']).toBe('drag-over')
    expect(screen.getByText('active')).toBeTruthy()
    // Entering a child and leaving it keeps the state.
    fireEvent.dragEnter(screen.getByText('active'), { dataTransfer })
    fireEvent.dragLeave(screen.getByText('active'), { dataTransfer })
    expect(zone.dataset['state']).toBe('drag-over')

    fireEvent.drop(zone, { dataTransfer })
    expect(zone.dataset['state']).toBe('idle')
    await waitFor(() => expect(fake.add).toHaveBeenCalledWith([file]))
  })

  it('reads dropped folders recursively, in readEntries batches, next to plain files', async () => {
    const fake = createFakeController()
    render(<Zone controller={fake} />)
    const file = (name: string) => new File(['x'], name, { type: 'image/jpeg' })
    const fileEntry = (f: File) => ({ isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => ok(f) })
    const dirEntry = (batches: unknown[][]) => ({
      isFile: false,
      isDirectory: true,
      createReader: () => {
        const queue = [...batches, []]
        return { readEntries: (ok: (entries: unknown[]) => void) => setTimeout(() => ok(queue.shift() ?? []), 0) }
      },
    })
    const [a, b, c, d] = [file('a.jpg'), file('b.jpg'), file('c.jpg'), file('loose.jpg')]
    // photos/ holds a.jpg and (in a second batch) b.jpg plus the folder nested/ with c.jpg; an empty folder gives nothing.
    const photos = dirEntry([[fileEntry(a)], [fileEntry(b), dirEntry([[fileEntry(c)]])], [dirEntry([])]])
    const items = [
      { kind: 'file', webkitGetAsEntry: () => photos, getAsFile: () => null },
      { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => d },
      { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
    ]
    fireEvent.drop(screen.getByTestId('zone'), { dataTransfer: { items, files: [], types: ['Files'] } })
    await waitFor(() => expect(fake.add).toHaveBeenCalledTimes(1))
    expect(fake.add).toHaveBeenCalledWith([a, b, c, d])
  })

  it('adds files pasted while focus is inside the region, unless noPaste', () => {
    const fake = createFakeController()
    const { rerender } = render(<Zone controller={fake} />)
    const button = screen.getByRole('button', { name: 'Choose files' })
    const file = jpg()
    fireEvent.paste(button, { clipboardData: { files: [file], types: ['Files'] } })
    expect(fake.add).toHaveBeenCalledWith([file])
    // Text pastes are left alone.
    fireEvent.paste(button, { clipboardData: { files: [], types: ['text/plain'] } })
    expect(fake.add).toHaveBeenCalledTimes(1)
    rerender(<Zone controller={fake} options={{ noPaste: true }} />)
    fireEvent.paste(button, { clipboardData: { files: [file], types: ['Files'] } })
    expect(fake.add).toHaveBeenCalledTimes(1)
  })

  it('ignores drags that carry no files', () => {
    render(<Zone controller={createFakeController()} />)
    const zone = screen.getByTestId('zone')
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } })
    expect(zone.dataset['state']).toBe('idle')
  })

  it("runs the caller's handler first; preventDefault skips the built-in one", () => {
    const fake = createFakeController()
    const onDrop = vi.fn((e: React.DragEvent<HTMLElement>) => e.preventDefault())
    render(<Zone controller={fake} onDrop={onDrop} />)
    fireEvent.drop(screen.getByTestId('zone'), { dataTransfer: { files: [jpg()], types: ['Files'] } })
    expect(onDrop).toHaveBeenCalledTimes(1)
    expect(fake.add).not.toHaveBeenCalled()
  })

  it('does nothing when disabled', async () => {
    const user = userEvent.setup()
    const click = vi.spyOn(HTMLInputElement.prototype, 'click')
    const fake = createFakeController()
    render(<Zone controller={fake} options={{ disabled: true }} />)
    const button = screen.getByRole('button', { name: 'Choose files' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    await user.click(screen.getByText('inactive'))
    act(() => {
      fireEvent.drop(screen.getByTestId('zone'), { dataTransfer: { files: [jpg()], types: ['Files'] } })
    })
    expect(click).not.toHaveBeenCalled()
    expect(fake.add).not.toHaveBeenCalled()
    expect(screen.getByTestId('zone').dataset['state']).toBe('disabled')
  })
})
