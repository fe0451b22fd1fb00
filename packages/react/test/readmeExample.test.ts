import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('README', () => {
  it("shows the demo's custom-UI file verbatim", () => {
    const readme = read('../README.md')
    const section = readme.slice(readme.indexOf('### Custom UI example'))
    const block = /````tsx\n([\s\S]*?)````/.exec(section)?.[1]
    expect(block).toBe(read('../../../apps/demo/src/CustomUploaderExample.tsx'))
  })
})
