/**
 * `pnpm --filter @media-uploader/bench compare`: today's bench page against an older commit's, in one
 * Chromium session, contenders alternated round by round (direction flipped every other round), so the
 * machine's drift cancels. Separate `pnpm bench` runs of the 1,000-file case scatter more than the
 * differences looked for. The older page is built from a checkout of that commit, served under /old/:
 *
 * ```sh
 * git worktree add /tmp/old <commit> && cd /tmp/old && pnpm install --prefer-offline
 * # pages before ab25135 (2026-12-05) lack the widget's stylesheet: add `import '@media-uploader/react/styles.css'`
 * # to its bench/page/main.tsx, as an app (and today's page) does, so both widgets render alike
 * # build its bench/page as its bench/src/run.ts does, with `base: '/old/'` and `outDir: '/tmp/oldbench'`
 * cd /work/main/bench && OLD=/tmp/oldbench ROUNDS=7 CASES=widgetSmall,coreSmall pnpm compare
 * ```
 *
 * Both pages talk to today's sign handler and emulator; the cases must exist on both pages' `window.bench`.
 * A widget without its stylesheet is not a fair contender: the stylesheet bounds the list (so rows are
 * virtualised) and animates the bars, so styled and unstyled widgets differ by far more than the code.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { startEmulator } from '@media-uploader/emulator'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { sourceCondition } from '../../sourceCondition.ts'
import { median as med } from './median.ts'
import { serveApp } from './serveApp.ts'

const here = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(here, 'dist')
const oldDir = process.env.OLD ?? '/tmp/oldbench'
const rounds = Number(process.env.ROUNDS ?? 5)
const n = Number(process.env.N ?? 1000)
const cases = (process.env.CASES ?? 'widgetSmall').split(',')
const emulator = await startEmulator({ port: 0 })
await build({ root: join(here, 'page'), logLevel: 'warn', plugins: [sourceCondition(), react()], resolve: { dedupe: ['react', 'react-dom'] }, build: { outDir, emptyOutDir: true, minify: true } })
const { server, url } = await serveApp(outDir, emulator.urls.presign, emulator.urls['aliyun-vod'], { '/old/': oldDir })
emulator.config.corsOrigins = [new URL(url).origin]
emulator.config.s3.allowedOrigins = [new URL(url).origin]
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const q = `?presign=${encodeURIComponent(emulator.urls.presign)}`
const pages: Record<string, Page> = {}
for (const [k, path] of [['new', ''], ['old', 'old/']] as const) {
  const page = await browser.newPage()
  await page.goto(`${url}${path}${q}`)
  await page.waitForFunction(() => document.title === 'bench ready')
  pages[k] = page
}
const run = async (page: Page, fn: string, ...args: unknown[]) => {
  type Bench = Record<string, (...a: unknown[]) => Promise<{ ms: number; failed: unknown }>>
  const s = await page.evaluate(([f, a]) => (window as unknown as { bench: Bench }).bench[f]!(...a), [fn, args] as const)
  if (s.failed) throw new Error(`${fn} failed ${s.failed}`)
  emulator.store.clear()
  return s.ms
}
const contenders: [string, Page, string][] = [['raw', pages.new!, 'rawSmall']]
for (const c of cases) contenders.push([`new ${c}`, pages.new!, c], [`old ${c}`, pages.old!, c])
const samples: Record<string, number[]> = {}
for (const [label, page, fn] of contenders) { await run(page, fn, n, 8192); samples[label] = [] }
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...contenders].reverse() : contenders
  for (const [label, page, fn] of order) samples[label]!.push(await run(page, fn, n, 8192))
  console.log(`round ${r}: ` + Object.entries(samples).map(([k, v]) => `${k} ${Math.round(n / (v[r]! / 1000))}/s`).join(' | '))
}
for (const c of cases) {
  const ratios = samples[`old ${c}`]!.map((o, i) => o / samples[`new ${c}`]![i]!)
  console.log(`${c}: new/old by round median ${med(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); new ${Math.round(n / (med(samples[`new ${c}`]!) / 1000))}/s old ${Math.round(n / (med(samples[`old ${c}`]!) / 1000))}/s raw ${Math.round(n / (med(samples.raw!) / 1000))}/s`)
}
await browser.close(); server.close(); await emulator.close()
