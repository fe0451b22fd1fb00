// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MediaUploader } from '../src/index.ts'
import { createFakeController, makeError, makeFile } from './fakeController.ts'

const css = readFileSync(`${import.meta.dirname}/../src/styles.css`, 'utf8')

afterEach(() => cleanup())

describe('styles.css', () => {
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
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{]+\{/g, '').match(/[^{}]+(?=\{)/g) ?? []
    // Split selector lists on top-level commas only (not inside :where(…)).
    const selectors = rules.flatMap((rule) => rule.split(/,(?![^(]*\))/)).map((s) => s.trim())
    expect(selectors.length).toBeGreaterThan(30)
    expect(selectors.filter((s) => !s.includes('.mu-root'))).toEqual([])
  })

  it('targets only elements the widget renders', () => {
    const done = makeFile({ name: 'a.jpg', status: 'done', progress: 1, result: { key: 'k/a.jpg', url: 'https://cdn.test/k/a.jpg' } })
    const up = makeFile({ name: 'b.mp4', status: 'uploading', progress: 0.5, bytesUploaded: 500 })
    const e = makeFile({ name: 'c.jpg', status: 'error' })
    const q = makeFile({ name: 'd.jpg', status: 'queued' })
    const many = Array.from({ length: 120 }, (_, i) => makeFile({ name: `n${i}.jpg` }))
    render(
      <MediaUploader
        provider="presign"
        autoStart={false}
        restrictions={{ maxFiles: 9 }}
        controller={createFakeController([done, up, { ...e, error: makeError('network', e) }, q, ...many])}
      />,
    )
    const rendered = new Set([...document.querySelectorAll('[data-mu-element]')].map((el) => el.getAttribute('data-mu-element')))
    const targeted = [...css.matchAll(/data-mu-element='([\w-]+)'/g)].map((m) => m[1])
    expect(targeted.length).toBeGreaterThan(15)
    expect(targeted.filter((name) => !rendered.has(name ?? ''))).toEqual([])
  })
})
