#!/usr/bin/env node
// `pnpm dev`: the demo server (which starts the emulator in-process).
// Extra arguments are passed on, e.g. `pnpm dev --prod`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(new URL('../node_modules/tsx', import.meta.url))) {
  console.error('Dependencies are missing: run `pnpm install` first.')
  process.exit(1)
}

const child = spawn(process.execPath, ['--conditions=@media-uploader/source', '--import', 'tsx', 'apps/demo/server/main.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0))
})
