// @vitest-environment happy-dom
import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MediaUploader } from '../src/index.ts'

// Plain react-dom act() outside testing-library's wrapper.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('hydration', () => {
  it('hydrates server HTML without a mismatch, then switches to the browser language', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const recoverable = vi.fn()
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN')
    const ui = <MediaUploader provider="presign" />
    const container = document.createElement('div')
    container.innerHTML = renderToString(ui)
    document.body.append(container)
    expect(container.textContent).toContain('Choose files')
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: recoverable }))
    expect(recoverable).not.toHaveBeenCalled()
    expect(errors.mock.calls).toEqual([])
    expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy()
    act(() => root.unmount())
  })
})
