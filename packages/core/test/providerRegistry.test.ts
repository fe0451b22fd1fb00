import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { providerRegistry } from '../src/registry.ts'

const core = join(dirname(fileURLToPath(import.meta.url)), '..')
const folders = readdirSync(join(core, 'src/providers'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const ids = Object.keys(providerRegistry).sort()

describe('adding a provider (docs/adding-a-provider.md): the registries and the folders agree', () => {
  it('has one folder per registered provider, and no other', () => {
    expect(folders).toEqual(ids)
  })

  it('loads from each folder a provider with that id and the rules the registry lists', async () => {
    for (const id of ids) {
      const entry = providerRegistry[id as keyof typeof providerRegistry]
      const provider = await entry.load()
      expect(provider.id).toBe(id)
      expect(provider.rules).toBe(entry.rules)
      expect(readdirSync(join(core, 'src/providers', id))).toEqual(expect.arrayContaining([`${id}.ts`, 'rules.ts']))
    }
  })

  it('publishes each provider as an entry of the package and of the build', () => {
    const manifest = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')) as { exports: Record<string, { '@media-uploader/source'?: string }> }
    const build = readFileSync(join(core, 'tsdown.config.ts'), 'utf8')
    for (const id of ids) {
      expect(manifest.exports[`./${id}`]?.['@media-uploader/source']).toBe(`./src/providers/${id}/${id}.ts`)
      expect(build).toContain(`src/providers/${id}/${id}.ts`)
    }
  })
})
