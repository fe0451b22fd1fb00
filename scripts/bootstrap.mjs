#!/usr/bin/env node
// The README's two commands, `npm run dev` and `npm test`, land here: bring a
// fresh clone to what the task needs (pnpm, dependencies, Chromium for tests),
// then run it. Works with npm alone; no global tools assumed.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const PNPM = '10.34.8'
const task = process.argv[2]
const tasks = { dev: ['node', 'scripts/dev.mjs'], test: ['pnpm', 'run', 'test:all'] }
if (!(task in tasks)) {
  console.error(`usage: node scripts/bootstrap.mjs ${Object.keys(tasks).join('|')}`)
  process.exit(2)
}

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' })

if (!has('pnpm')) {
  // corepack cannot verify pnpm's signature on this machine kind; npm can install it.
  console.log(`[bootstrap] installing pnpm@${PNPM}`)
  run('npm', ['install', '--global', `pnpm@${PNPM}`])
}

const installed = `${root}node_modules/.modules.yaml`
const lock = `${root}pnpm-lock.yaml`
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  run('pnpm', ['install', '--frozen-lockfile'])
}

// The visual-regression baselines (e2e/__screenshots__) are drawn with these fonts (e2e/widget-visual.spec.ts pins them).
const fonts = {
  'fonts-dejavu-core': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  'fonts-wqy-zenhei': '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
}
if (task === 'test') {
  // Playwright cannot download its own browser here; Debian's Chromium is what the config uses.
  const debian = [...(existsSync('/usr/bin/chromium') ? [] : ['chromium']), ...Object.keys(fonts).filter((name) => !existsSync(fonts[name]))]
  if (debian.length && has('apt-get', ['--version'])) {
    console.log(`[bootstrap] installing Debian ${debian.join(', ')}`)
    const apt = (...args) => (process.getuid?.() === 0 ? run('apt-get', args) : run('sudo', ['apt-get', ...args]))
    apt('update')
    apt('install', '-y', ...debian)
  } else if (debian.includes('chromium')) {
    run('pnpm', ['exec', 'playwright', 'install', 'chromium'])
  }
}

const [cmd, ...args] = tasks[task]
const child = spawn(cmd, [...args, ...process.argv.slice(3)], { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
