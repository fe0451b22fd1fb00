#!/usr/bin/env node
/**
 * `pnpm check:packages`: builds and packs the published packages (`scripts/pack.mjs`), then fails on
 * any error from:
 * - `publint --strict` on each tarball;
 * - `attw` on each tarball (what `attw --pack` does, on pnpm's tarball), profile `esm-only`: the packages
 *   ship ESM only, so CommonJS `require` and `node10` resolution are not checked;
 * - the built code: no relative `.ts` specifier in any `dist/` file; it imports only declared dependencies
 *   and peers, and every dependency (a peer such as `react-dom` may go unimported); the server's main entry reaches no
 *   `node:*` module; `'use client'` opens the React entry; the core's worker URL names a built file;
 *   the emulator's bin starts with a node hashbang;
 * - the tarballs installed in a project outside the workspace: the declarations typechecked as the strictest
 *   consumer would (`package-checks/strictConsumer.mjs`), and the emulator's bin started with plain Node
 *   (port `CHECK_EMULATOR_PORT`, default 4290, and the nine after it).
 *
 * `--no-build` checks what `dist/` holds; `--skip-consumer` leaves out the consumer project.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeBuiltinsReachedFrom, packagesImportedBy, tsSpecifiersIn } from './package-checks/builtImports.mjs'
import { binStarts } from './package-checks/binStarts.mjs'
import { installConsumer } from './package-checks/installConsumer.mjs'
import { checkStrictConsumer } from './package-checks/strictConsumer.mjs'
import { packAll, publishedPackages } from './pack.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => `${root}node_modules/.bin/${name}`
const dist = (pkg, file = '') => `${root}packages/${pkg}/dist/${file}`
const problems = []
let lap = performance.now()
const took = () => {
  const now = performance.now()
  const seconds = ((now - lap) / 1000).toFixed(1)
  lap = now
  return `(${seconds} s)`
}

function run(label, cmd, args) {
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'pipe', encoding: 'utf8' })
    console.log(`ok    ${label} ${took()}`)
  } catch (error) {
    problems.push(`${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`)
    console.log(`FAIL  ${label} ${took()}`)
  }
}

function expect(label, failures) {
  if (failures.length === 0) return void console.log(`ok    ${label} ${took()}`)
  problems.push(`${label}\n  ${failures.join('\n  ')}`)
  console.log(`FAIL  ${label} ${took()}`)
}

// Its own folder, not `.packs/`: a `pnpm pack:all` running meanwhile must not swap tarballs under the checks.
const packs = mkdtempSync(join(tmpdir(), 'media-uploader-check-'))
process.on('exit', () => rmSync(packs, { recursive: true, force: true }))
const tarballs = packAll({ build: !process.argv.includes('--no-build'), destination: packs })
console.log(`built and packed ${took()}`)
const tarballOf = (pkg) => tarballs.find((t) => basename(t).startsWith(`media-uploader-${pkg}-`))

for (const pkg of publishedPackages) {
  const tarball = tarballOf(pkg)
  run(`publint --strict ${pkg}`, bin('publint'), ['run', tarball, '--strict'])
  // CSS has no types to resolve: attw would report the stylesheet export as unresolved.
  const exclude = pkg === 'react' ? ['--exclude-entrypoints', './styles.css'] : []
  run(`attw ${pkg} (esm-only)`, bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', ...exclude])
  expect(`${pkg}: no relative .ts specifier in dist/`, tsSpecifiersIn(dist(pkg)))
  const manifest = JSON.parse(readFileSync(`${root}packages/${pkg}/package.json`, 'utf8'))
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})])
  const imported = packagesImportedBy(dist(pkg))
  expect(`${pkg}: dist/ imports only declared packages, and every dependency`, [
    ...[...imported].filter((name) => !declared.has(name)).map((name) => `imports ${name}, not declared`),
    ...Object.keys(manifest.dependencies ?? {}).filter((name) => !imported.has(name)).map((name) => `depends on ${name}, never imported`),
  ])
}

expect(
  'server: the main entry (dist/index.js and what it imports) reaches no node:* module',
  nodeBuiltinsReachedFrom(dist('server', 'index.js')).map(({ from, specifier }) => `${specifier} (imported by ${from.replace(root, '')})`),
)
expect('react: dist/index.js starts with the use client directive', /^['"]use client['"]/.test(readFileSync(dist('react', 'index.js'), 'utf8')) ? [] : ['missing'])

const workerFiles = readdirSync(dist('core'))
  .filter((file) => file.endsWith('.js'))
  .flatMap((file) => [...readFileSync(dist('core', file), 'utf8').matchAll(/new Worker\(new URL\((['"])\.\/([\w.-]+)\1, import\.meta\.url\)/g)].map((m) => m[2]))
expect(
  'core: new Worker(new URL("./….js", import.meta.url)) survives and names a built file',
  workerFiles.length === 0 ? ['no worker URL in dist/'] : workerFiles.filter((file) => !file.endsWith('.js') || !existsSync(dist('core', file))).map((file) => `not a built file: ${file}`),
)
expect('emulator: dist/cli.js starts with #!/usr/bin/env node', readFileSync(dist('emulator', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n') ? [] : ['wrong hashbang'])

if (!process.argv.includes('--skip-consumer')) {
  const consumer = installConsumer(Object.fromEntries(publishedPackages.map((pkg) => [`@media-uploader/${pkg}`, tarballOf(pkg)])))
  console.log(`installed the tarballs into a consumer project ${took()}`)
  try {
    const failures = await checkStrictConsumer(consumer)
    expect('declarations typecheck in a strict consumer (exactOptionalPropertyTypes, no DOM.Iterable, skipLibCheck false)', failures.map((f) => `[${f.project}]\n${f.output}`))
    const port = process.env.CHECK_EMULATOR_PORT ?? '4290'
    expect(`emulator: the installed bin starts on plain Node (--port ${port})`, await binStarts(consumer, 'media-uploader-emulator', ['--port', port], `127.0.0.1:${port}`))
  } finally {
    rmSync(consumer, { recursive: true, force: true })
  }
}

if (problems.length) {
  console.error(`\n${problems.length} package check(s) failed:\n\n${problems.join('\n\n')}`)
  process.exit(1)
}
console.log('\nall package checks passed')
