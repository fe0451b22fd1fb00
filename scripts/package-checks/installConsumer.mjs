/**
 * A consumer project outside the workspace: a temporary directory with the packed tarballs installed by
 * pnpm (overrides make `@media-uploader/react` take core from its tarball too), plus what an app brings
 * itself: React, `@uppy/core` for the `/uppy` entry, `@types/react` and `@types/node`, at the workspace's versions.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const versionOf = (name, from) => JSON.parse(readFileSync(createRequire(`${root}${from}/package.json`).resolve(`${name}/package.json`), 'utf8')).version

/** Installs `tarballs` (package name → tarball path) into a new temporary directory; returns its path. */
export function installConsumer(tarballs) {
  const dir = mkdtempSync(join(tmpdir(), 'media-uploader-consumer-'))
  const local = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]))
  const pkg = {
    name: 'strict-consumer',
    private: true,
    type: 'module',
    dependencies: {
      ...local,
      '@uppy/core': versionOf('@uppy/core', 'packages/core'),
      react: versionOf('react', 'packages/react'),
      'react-dom': versionOf('react-dom', 'packages/react'),
    },
    devDependencies: { '@types/react': versionOf('@types/react', '.'), '@types/node': versionOf('@types/node', '.') },
    pnpm: { overrides: local },
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2))
  execFileSync('pnpm', ['install', '--prefer-offline', '--reporter=silent'], { cwd: dir, stdio: 'inherit' })
  return dir
}
