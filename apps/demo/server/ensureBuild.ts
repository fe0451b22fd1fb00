import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Options of {@link ensureBuild}. */
export interface EnsureBuildOptions {
  /** The Vite project root (has `vite.config.ts`). */
  readonly root: string
  /** The build output (`{root}/dist`). */
  readonly outDir: string
  /** Source files and folders whose changes make the build stale. */
  readonly sources: readonly string[]
  /** Always rebuild. */
  readonly force?: boolean
}

/**
 * Builds the app with Vite when `outDir` has no `index.html` or any source is
 * newer than it, so `--prod` never serves a stale bundle.
 *
 * @example
 * ```ts
 * await ensureBuild({ root, outDir: `${root}/dist`, sources: [`${root}/src`] })
 * ```
 * @returns whether a build ran.
 */
export async function ensureBuild(options: EnsureBuildOptions): Promise<boolean> {
  const built = await stat(path.join(options.outDir, 'index.html')).catch(() => undefined)
  if (!options.force && built) {
    let newest = 0
    for (const source of options.sources) newest = Math.max(newest, await newestMtime(source))
    if (newest <= built.mtimeMs) return false
  }
  const { build } = await import('vite')
  await build({
    root: options.root,
    configFile: path.join(options.root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: options.outDir },
  })
  return true
}

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const child of await readdir(entry)) {
    if (child === 'node_modules' || child === 'dist') continue
    newest = Math.max(newest, await newestMtime(path.join(entry, child)))
  }
  return newest
}
