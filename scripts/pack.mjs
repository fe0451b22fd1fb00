#!/usr/bin/env node
/**
 * `pnpm pack:all`: builds the published packages and packs each into `.packs/` with pnpm
 * (which applies `publishConfig.exports` and turns `workspace:^` into a version range).
 * Prints one tarball path per line. `--no-build` packs what `dist/` holds.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
export const packsDir = `${root}.packs`
export const publishedPackages = ['contracts', 'core', 'react', 'server', 'emulator']

const run = (args, cwd = root) => execFileSync('pnpm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

/**
 * Builds (unless `build` is false) and packs every published package into `destination` (emptied
 * first; default `.packs/`); returns the tarball paths.
 */
export function packAll({ build = true, destination = packsDir } = {}) {
  if (build) execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  rmSync(destination, { recursive: true, force: true })
  mkdirSync(destination, { recursive: true })
  for (const name of publishedPackages) run(['pack', '--pack-destination', destination], `${root}packages/${name}`)
  return readdirSync(destination)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(destination, file))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const tarball of packAll({ build: !process.argv.includes('--no-build') })) console.log(tarball)
}
