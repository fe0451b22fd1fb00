// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bundleStyles } from '../build/bundleStyles.ts'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeError, makeFile } from './fakeController.ts'

const src = `${import.meta.dirname}/../src`
const entry = `${src}/styles.css`
/** What `./styles.css` publishes: the entry with its concept files inlined. */
const css = await bundleStyles(entry)

afterEach(() => cleanup())

describe('styles.css', () => {
  it('is split by concept, every file under src/styles imported once and inlined in the published stylesheet', () => {
    const imported = [...readFileSync(entry, 'utf8').matchAll(/@import '\.\/styles\/([\w-]+\.css)';/g)].map((m) => m[1])
    expect(imported.toSorted()).toEqual(readdirSync(`${src}/styles`).toSorted())
    for (const name of imported) expect(css).toContain(readFileSync(`${src}/styles/${name}`, 'utf8').trim())
    for (const name of imported) expect(readFileSync(`${src}/styles/${name}`, 'utf8').split('\n').length).toBeLessThan(300)
  })

  it('is themable through custom properties, light and dark, with a visible focus ring', () => {
    for (const token of ['--mu-accent', '--mu-radius', '--mu-bg', '--mu-fg', '--mu-focus']) expect(css).toContain(`${token}:`)
    expect(css).toMatch(/--mu-bg: light-dark\(#[0-9a-f]+, #[0-9a-f]+\);/)
    expect(css).toContain('color-scheme: light dark;')
    expect(css).toContain(".mu-root[data-theme='dark']")
    expect(css).toContain(".mu-root[data-theme='light']")
    expect(css).toMatch(/:focus-visible \{\s+outline: 2px solid var\(--mu-focus\)/)
    expect(css).toContain('var(--mu-progress')
    // Nothing the page would fetch, nothing a strict CSP would block.
    expect(css).not.toMatch(/@import|url\(/)
  })

  it('scopes every rule to .mu-root, so unstyled (no mu-root class) turns it all off', () => {
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').replace(/@[^{]+\{/g, '').match(/[^{}]+(?=\{)/g) ?? []
    // Split selector lists on top-level commas only (not inside :where(…)).
    const selectors = rules.flatMap((rule) => rule.split(/,(?![^(]*\))/)).map((s) => s.trim())
    expect(selectors.length).toBeGreaterThan(30)
    expect(selectors.filter((s) => !s.includes('.mu-root'))).toEqual([])
  })

  it('targets only elements the widget renders', async () => {
    const rendered = new Set<string | null>()
    const collect = () => document.querySelectorAll('[data-mu-element]').forEach((el) => rendered.add(el.getAttribute('data-mu-element')))
    const done = makeFile({ name: 'a.jpg', status: 'done', progress: 1, result: { key: 'k/a.jpg', url: 'https://cdn.test/k/a.jpg' } })
    const up = makeFile({ name: 'b-with-a-rather-long-name-0042.mp4', status: 'uploading', progress: 0.5, bytesUploaded: 500 })
    const e = makeFile({ name: 'c.jpg', status: 'error' })
    const r = makeFile({ name: 'r.txt', type: 'text/plain', status: 'rejected' })
    const q = makeFile({ name: 'd.jpg', status: 'queued' })
    const rejected = Array.from({ length: 7 }, (_, i) => ({ ...r, id: `r${i}`, error: makeError('file-type-not-allowed', r) }))
    const many = Array.from({ length: 120 }, (_, i) => makeFile({ name: `n${i}.jpg` }))
    // A touch screen: the camera button.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', addEventListener() {}, removeEventListener() {} }))
    const { unmount } = render(
      <MediaUploader
        provider="presign"
        autoStart={false}
        restrictions={{ maxFiles: 9 }}
        controller={createFakeController([done, up, { ...e, error: makeError('network', e) }, q, ...rejected, ...many])}
      />,
    )
    await screen.findByRole('region', { name: /not added/ })
    await screen.findByText('Details')
    collect()
    vi.unstubAllGlobals()
    // The preview dialog.
    fireEvent.click(screen.getByRole('button', { name: 'Preview a.jpg' }))
    await waitFor(() => expect(document.querySelector('dialog')).not.toBeNull())
    collect()
    unmount()
    // Settled: the completion summary.
    render(<MediaUploader provider="presign" controller={createFakeController([done])} />)
    collect()
    const targeted = [...css.matchAll(/data-mu-element='([\w-]+)'/g)].map((m) => m[1])
    expect(targeted.length).toBeGreaterThan(15)
    expect(targeted.filter((name) => !rendered.has(name ?? ''))).toEqual([])
  })
})
