import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../src/', import.meta.url))
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** Every module specifier reachable from `entry` through relative imports (type-only ones included). */
function importGraph(entry: string): { files: string[]; external: Set<string> } {
  const files: string[] = []
  const external = new Set<string>()
  const visit = (file: string): void => {
    if (files.includes(file)) return
    files.push(file)
    for (const match of withoutComments(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      if (specifier === undefined) continue
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier))
      else external.add(specifier)
    }
  }
  visit(path.join(src, entry))
  return { files, external }
}

const builtins = new Set(builtinModules)

/** Source text without comments (TSDoc examples import from `node:http` and the package itself). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

describe('the main entry (`@media-uploader/server`)', () => {
  const { files, external } = importGraph('index.ts')

  it('imports no node: module, nor any Node built-in, anywhere in its graph', () => {
    expect(files.length).toBeGreaterThan(30)
    const nodeish = [...external].filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? ''))
    expect(nodeish).toEqual([])
    expect(files.filter((file) => file.includes(`${path.sep}node${path.sep}`))).toEqual([])
  })

  it('depends on nothing but zod and the contracts', () => {
    expect([...new Set([...external].map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')))].sort()).toEqual(['@media-uploader/contracts', 'zod'])
  })

  it('uses no Node-only global (Buffer, process, require) in its sources', () => {
    for (const file of files) {
      expect(withoutComments(readFileSync(file, 'utf8')), path.relative(src, file)).not.toMatch(/\b(?:Buffer\.|process\.|require\(|__dirname)/)
    }
  })

  it('the node entry is where node: modules live', () => {
    expect([...importGraph('node.ts').external].some((specifier) => specifier.startsWith('node:'))).toBe(true)
  })
})
