import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * The export condition under which each `@media-uploader/*` package's `exports` point at its
 * TypeScript sources instead of `dist/`. The repo's TypeScript (`customConditions`), Vite and Vitest
 * (this plugin) and tsx/node (`--conditions=@media-uploader/source`) resolve it, so nothing needs a
 * build inside the repo; published packages do not carry it (pnpm applies `publishConfig.exports`).
 */
export const sourceConditionName = '@media-uploader/source'

type ExportsMap = Record<string, string | Record<string, string>>

/** `@media-uploader/x/sub` → absolute source path, for every workspace package under `packages/`. */
function sourceEntries(): Map<string, string> {
  const packages = fileURLToPath(new URL('./packages/', import.meta.url))
  const entries = new Map<string, string>()
  for (const dir of readdirSync(packages)) {
    let pkg: { name: string; exports?: ExportsMap }
    try {
      pkg = JSON.parse(readFileSync(join(packages, dir, 'package.json'), 'utf8')) as typeof pkg
    } catch {
      continue
    }
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const source = typeof target === 'object' ? target[sourceConditionName] : undefined
      if (source) entries.set(`${pkg.name}${subpath.slice(1)}`, join(packages, dir, source))
    }
  }
  return entries
}

/**
 * Vite/Vitest plugin: resolves `@media-uploader/*` imports through their `@media-uploader/source`
 * export condition, in every environment (browser, SSR, Vitest). It touches no other package's
 * resolution, so third-party conditions stay Vite's and Vitest's defaults.
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [sourceCondition(), react()] })
 * ```
 */
export function sourceCondition(): Plugin {
  const entries = sourceEntries()
  return {
    name: 'media-uploader:source-condition',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('@media-uploader/') ? entries.get(id) : undefined),
  }
}
