import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readmeSnippets } from './readmeSnippets.ts'

const root = new URL('../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const snippets = readmeSnippets(readme)

/** The fixture files the README's "Use it in your app" must show verbatim. */
const required = [
  'consumers/vite-react19/vite.config.ts',
  'consumers/vite-react19/src/App.tsx',
  'consumers/vite-react19/server.mjs',
  'consumers/vite-react18/server.mjs',
  'consumers/next-app/app/api/media-uploader/[...path]/route.ts',
  'consumers/next-app/app/api/edge/media-uploader/[...path]/route.ts',
  'consumers/node-nodenext/src/mediaUploader.ts',
  'consumers/node-nodenext/src/server.ts',
  'consumers/next-app/app/page.tsx',
  'consumers/next-app/app/edge/page.tsx',
]

describe('README snippets equal the consumer fixtures', () => {
  it('shows every required fixture', () => {
    expect(snippets.map((snippet) => snippet.path)).toEqual(expect.arrayContaining(required))
  })

  it.each(snippets.map((snippet) => [snippet.path, snippet] as const))('%s', (path, snippet) => {
    const file = readFileSync(new URL(path, root), 'utf8')
    expect(snippet.code, `README line ${snippet.line} differs from ${path}`).toBe(file)
  })
})

describe('readmeSnippets', () => {
  it('reads a marked block and ignores unmarked ones', () => {
    const markdown = ['```ts', 'ignored', '```', '<!-- snippet: a/b.ts -->', '```ts', 'const a = 1', '', '```', ''].join('\n')
    expect(readmeSnippets(markdown)).toEqual([{ path: 'a/b.ts', code: 'const a = 1\n\n', line: 4 }])
  })

  it('refuses a marker without a code block', () => {
    expect(() => readmeSnippets('<!-- snippet: a.ts -->\ntext\n')).toThrow(/not followed by a code fence/)
  })
})
