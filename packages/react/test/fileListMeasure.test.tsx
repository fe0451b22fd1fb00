// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeFile } from './fakeController.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/**
 * A layout that answers differently after every commit, as a busy browser
 * mid-reflow can: the list's spacer height is written on each commit, and the
 * scroll box's height flips with it.
 */
function oscillatingLayout() {
  let commits = 0
  let reads = 0
  const setProperty = CSSStyleDeclaration.prototype.setProperty
  vi.spyOn(CSSStyleDeclaration.prototype, 'setProperty').mockImplementation(function (this: CSSStyleDeclaration, name, ...rest) {
    if (name === '--mu-before') commits++
    return setProperty.call(this, name, ...rest)
  })
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => (reads++, commits % 2 ? 300 : 100))
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => (commits % 2 ? 72 : 40))
  return { reads: () => reads }
}

describe('the virtualised file list measures without looping', () => {
  it('settles when the layout answers differently after every commit (no React error #185)', () => {
    const layout = oscillatingLayout()
    const fake = createFakeController([makeFile({ id: 'a', name: 'a.png', status: 'uploading', bytesUploaded: 1, progress: 0.1 })])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    expect(screen.getByRole('list', { name: 'Files' }).children).toHaveLength(1)
    const afterMount = layout.reads()
    expect(afterMount).toBeLessThan(10)
    for (let i = 2; i <= 20; i++) act(() => fake.update('a', { bytesUploaded: i, progress: i / 100 }))
    expect(layout.reads() - afterMount).toBeLessThan(5)
    expect(screen.getByTitle('a.png')).toBeTruthy()
  })

  it('measures again when files are added', () => {
    const layout = oscillatingLayout()
    const fake = createFakeController([makeFile({ id: 'a', name: 'a.png' })])
    render(<MediaUploader provider="presign" locale="en" controller={fake} />)
    const before = layout.reads()
    act(() => fake.setFiles([makeFile({ id: 'a', name: 'a.png' }), makeFile({ id: 'b', name: 'b.png' })]))
    expect(layout.reads()).toBeGreaterThan(before)
    expect(screen.getByRole('list', { name: 'Files' }).children).toHaveLength(2)
  })
})
