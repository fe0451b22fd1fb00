#!/usr/bin/env node
/**
 * Consumer fixtures (issue 11): packs the published packages, installs the tarballs into each app in
 * `consumers/` inside a temporary directory outside the workspace (no workspace links, no special
 * TypeScript settings), builds and typechecks every app, then runs `consumers/e2e` in Chromium:
 * one image uploaded through each running app into the emulator, its sha256 checked in the store.
 *
 * ```sh
 * node scripts/consumers.mjs            # everything; exits non-zero on any failure
 * node scripts/consumers.mjs --keep     # keep the temporary directory (always kept when something failed)
 * node scripts/consumers.mjs --no-e2e   # pack, install, build and typecheck only
 * node scripts/consumers.mjs --cold     # empty pnpm store, metadata cache and build caches (times a first run)
 * node scripts/consumers.mjs --no-build # pack the packages' current dist/ (after `pnpm check:packages` built it)
 * ```
 *
 * Environment: `CONSUMERS_STORE_DIR` (a pnpm store to install from, e.g. an empty one to time a cold
 * install; default: the machine's store, which persists between runs), `CONSUMERS_TMP` (parent of the
 * temporary directory, default the OS's), `CONSUMERS_TARBALLS` (a folder of tarballs to install instead of
 * packing the workspace), `CONSUMERS_CACHE` (where build caches are kept between runs, default
 * `~/.cache/media-uploader-consumers`).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixturesDir = join(root, 'consumers')
const keep = process.argv.includes('--keep')
const e2e = !process.argv.includes('--no-e2e')
const cold = process.argv.includes('--cold')
const build = !process.argv.includes('--no-build')
/** Build caches kept between runs on this machine (not with `--cold`). */
const cacheDir = process.env.CONSUMERS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'media-uploader-consumers')

/** Fixture folders (under `consumers/`) and the commands that build or typecheck each, in order. */
const scenarios = [
  {
    fixture: 'vite-react19',
    title: '1. Vite + React 19 (create-vite tsconfig, then strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess)',
    steps: [
      ['pnpm', 'exec', 'tsc', '-b'],
      ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.strict.json'],
      ['pnpm', 'exec', 'vite', 'build'],
    ],
    check: checkNoZodInProduction,
  },
  {
    fixture: 'vite-react18',
    title: '2. Vite + React 18.3 (served by Express)',
    steps: [
      ['pnpm', 'exec', 'tsc', '-b'],
      ['pnpm', 'exec', 'vite', 'build'],
    ],
  },
  {
    fixture: 'next-app',
    title: '3. Next.js 16 app router (node and edge routes)',
    steps: [['pnpm', 'exec', 'next', 'build']],
    check: checkNextBuild,
    // Turbopack's build cache and Next's tsbuildinfo: compiling drops from ~45 s to a few seconds when kept.
    cache: ['.next/cache'],
  },
  {
    fixture: 'node-nodenext',
    title: '5. Node server project, tsc nodenext (Hono; with and without skipLibCheck)',
    steps: [
      ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.json'],
      ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.libcheck.json'],
    ],
  },
]

/** Builds and packs every published package with the build's own script (`scripts/pack.mjs`) into `destination`. */
async function packPackages(destination, { build }) {
  const { packAll } = await import('./pack.mjs')
  for (const tarball of packAll({ build })) await cp(tarball, join(destination, basename(tarball)))
}

const timings = []
const failures = []

async function timed(label, action) {
  const started = performance.now()
  try {
    await action()
    timings.push({ label, seconds: (performance.now() - started) / 1000, ok: true })
    return true
  } catch (error) {
    timings.push({ label, seconds: (performance.now() - started) / 1000, ok: false })
    failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}

function run(command, args, cwd, env = {}) {
  console.log(`\n$ (${relative(root, cwd) || '.'}) ${command} ${args.join(' ')}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    )
  })
}

/** Production pages carry no zod: core checks sign answers with it only where `process.env.NODE_ENV` is not `production`. */
async function checkNoZodInProduction(dir) {
  const assets = join(dir, 'dist/assets')
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js') && (await readFile(join(assets, name), 'utf8')).includes('ZodMini')) {
      throw new Error(`zod/mini is in the production build (${name}): the published core no longer leaves process.env.NODE_ENV to the app's bundler`)
    }
  }
}

async function checkNextBuild(dir) {
  const manifest = JSON.parse(await readFile(join(dir, '.next/server/middleware-manifest.json'), 'utf8'))
  const edgeRoutes = Object.keys(manifest.functions ?? {})
  if (!edgeRoutes.some((route) => route.includes('/api/edge/media-uploader'))) {
    throw new Error(`the edge route was not built for the edge runtime (edge functions: ${edgeRoutes.join(', ') || 'none'})`)
  }
}

/**
 * Makes a fixture a stand-alone pnpm project (as an app on its own is) whose `@media-uploader/*` come from the
 * tarballs: `overrides` in its own `pnpm-workspace.yaml`; its package.json keeps the semver ranges an npm user writes.
 */
async function pointAtTarballs(dir, tarballs) {
  const overrides = tarballs.map(({ name, file }) => `  '${name}': file:../tarballs/${file}`).join('\n')
  await writeFile(join(dir, 'pnpm-workspace.yaml'), `overrides:\n${overrides}\n`)
}

async function listTarballs(dir) {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.tgz'))
  return files.map((file) => {
    const match = /^media-uploader-(.+)-\d+\.\d+\.\d+(?:-[\w.]+)?\.tgz$/.exec(file)
    if (!match) throw new Error(`unexpected tarball name: ${file}`)
    return { name: `@media-uploader/${match[1]}`, file }
  })
}

const skip = new Set(['node_modules', 'dist', '.next', 'test-results'])
const temp = await mkdtemp(join(process.env.CONSUMERS_TMP ?? tmpdir(), 'media-uploader-consumers-'))
if (temp.startsWith(root)) throw new Error('the temporary directory must be outside the workspace')
console.log(`consumers: working in ${temp}`)
const started = performance.now()
try {
  const tarballDir = join(temp, 'tarballs')
  await mkdir(tarballDir)
  const prebuilt = process.env.CONSUMERS_TARBALLS
  const pack = prebuilt
    ? () => cp(prebuilt, tarballDir, { recursive: true, filter: (source) => source === prebuilt || source.endsWith('.tgz') })
    : () => packPackages(tarballDir, { build })
  const packLabel = prebuilt ? `pack (copied from ${prebuilt})` : build ? 'pack (build + pnpm pack)' : 'pack (pnpm pack of dist/)'
  if (!(await timed(packLabel, pack))) throw new Error('pack failed')
  const tarballs = await listTarballs(tarballDir)
  console.log(`tarballs: ${tarballs.map((t) => t.file).join(', ')}`)
  // --cold: an empty store, and pnpm's metadata cache (under XDG_CACHE_HOME) empty too.
  const installEnv = cold ? { CI: 'true', XDG_CACHE_HOME: join(temp, '.cold/cache') } : { CI: 'true' }
  const storeArgs = cold
    ? ['--store-dir', join(temp, '.cold/store')]
    : process.env.CONSUMERS_STORE_DIR
      ? ['--store-dir', process.env.CONSUMERS_STORE_DIR]
      : []
  for (const { fixture } of scenarios) {
    const dir = join(temp, fixture)
    await cp(join(fixturesDir, fixture), dir, { recursive: true, filter: (source) => !skip.has(source.split('/').pop() ?? '') })
    await pointAtTarballs(dir, tarballs)
    const installed = await timed(`install ${fixture} (pnpm: tarballs + the app's dependencies)`, () =>
      run('pnpm', ['install', '--prefer-offline', '--reporter=append-only', ...storeArgs], dir, installEnv),
    )
    if (!installed) throw new Error(`install of ${fixture} failed`)
  }

  for (const scenario of scenarios) {
    const dir = join(temp, scenario.fixture)
    const cached = (scenario.cache ?? []).map((path) => ({ path: join(dir, path), kept: join(cacheDir, scenario.fixture, path) }))
    if (!cold) for (const { path, kept } of cached) if (existsSync(kept)) await cp(kept, path, { recursive: true })
    const built = await timed(scenario.title, async () => {
      for (const [command, ...args] of scenario.steps) await run(command, args, dir, { NEXT_TELEMETRY_DISABLED: '1' })
      await scenario.check?.(dir)
    })
    for (const { path, kept } of built ? cached : []) {
      await rm(kept, { recursive: true, force: true })
      await cp(path, kept, { recursive: true })
    }
  }
  if (e2e) {
    await timed('e2e (Playwright: upload through each running app)', () =>
      run('pnpm', ['exec', 'playwright', 'test', '-c', 'consumers/playwright.config.ts'], root, { CONSUMERS_DIR: temp }),
    )
  }
} catch (error) {
  if (failures.length === 0) failures.push(error instanceof Error ? error.message : String(error))
} finally {
  if (!keep && failures.length === 0) await rm(temp, { recursive: true, force: true })
}

console.log('\nconsumers: times')
for (const { label, seconds, ok } of timings) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${seconds.toFixed(1).padStart(6)} s  ${label}`)
const kept = keep || failures.length > 0
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s${kept ? ` (kept ${temp}; Playwright traces in test-results/)` : ''}`)
if (failures.length > 0) {
  console.error(`\nconsumers: ${failures.length} failed\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exit(1)
}
