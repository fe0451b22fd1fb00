// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MediaUploader } from '../src/index.ts'

describe('server rendering', () => {
  it('renders <MediaUploader provider="presign"/> with no DOM globals', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const html = renderToString(<MediaUploader provider="presign" />)
    expect(html).toContain('data-mu-element="root"')
    expect(html).toContain('data-mu-element="dropzone"')
    // No browser language on the server: English.
    expect(html).toContain('Drop or paste images and videos here, or')
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Choose files<\/button>/)
    expect(html).toContain('accept=".jpg,.jpeg,.png,.webp,.gif,.mp4,.webm"')
    expect(html).toContain('aria-live="polite"')
    // Strict CSP: no inline style attributes in server HTML.
    expect(html).not.toContain('style=')
  })

  it('renders the given locale', () => {
    const html = renderToString(<MediaUploader provider="presign" locale="zh-CN" />)
    expect(html).toContain('拖拽或粘贴图片、视频到此处，或')
    expect(html).toContain('选择文件')
    expect(html).toContain('lang="zh-CN"')
  })
})
