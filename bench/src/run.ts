/**
 * `pnpm bench`: one Chromium session, contenders alternated round by round,
 * medians and ratios printed. Everything on loopback against the emulator.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { startEmulator } from '@media-uploader/emulator'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { sourceCondition } from '../../sourceCondition.ts'
import { median } from './median.ts'
import { profileRun } from './profileRun.ts'
import { serveApp } from './serveApp.ts'
import { heapGrowth } from './heapGrowth.ts'
import { writeBigFile } from './writeBigFile.ts'

const here = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(here, 'dist')
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const bigMiB = Number(process.env.BENCH_BIG_MIB ?? 256)
const smallCount = Number(process.env.BENCH_SMALL_COUNT ?? 1000)

interface Sample {
  ms: number
  longestTask: number
  failed: unknown
  /** What the case counted in its window (React commits). */
  count?: number
  /** Store notifications (`controller.subscribe`) in the window. */
  notifications?: number
}

async function run(page: Page, name: string, ...args: unknown[]): Promise<Sample> {
  const sample = await page.evaluate(([fn, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<Sample>> }).bench[fn as string]!(...(a as unknown[])), [name, args] as const)
  if (sample.failed) throw new Error(`${name}: ${String(sample.failed)} failed`)
  return sample
}

/** Alternates contenders for `rounds` rounds after one untimed warm-up each. */
async function compare(page: Page, contenders: Record<string, [string, ...unknown[]]>, reset: () => unknown) {
  const samples: Record<string, Sample[]> = {}
  for (const [label, [fn, ...args]] of Object.entries(contenders)) {
    await run(page, fn, ...args)
    await reset()
    samples[label] = []
  }
  for (let r = 0; r < rounds; r++) {
    for (const [label, [fn, ...args]] of Object.entries(contenders)) {
      samples[label]!.push(await run(page, fn, ...args))
      await reset()
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { ms: median(v.map((s) => s.ms)), longestTask: Math.max(...v.map((s) => s.longestTask)), all: v.map((s) => s.ms) }]))
}

/** Round by round `a/b` (the two ran next to each other, so drift in the machine's speed cancels): median and range. */
const paired = (a: number[], b: number[]) => {
  const ratios = a.map((x, i) => x / b[i]!)
  return `${median(ratios).toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`
}

const emulator = await startEmulator({ port: 0 })
await build({ root: join(here, 'page'), logLevel: 'warn', plugins: [sourceCondition(), react()], resolve: { dedupe: ['react', 'react-dom'], alias: process.env.BENCH_ONLY === 'core' ? [{ find: /^@media-uploader\/react$/, replacement: join(here, 'page/noWidget.tsx') }] : [] }, build: { outDir, emptyOutDir: true, minify: process.env.BENCH_ONLY !== 'profile' } })
const { server, url } = await serveApp(outDir, emulator.urls.presign, emulator.urls['aliyun-vod'])
// CORS is closed by default: the emulated stores and APIs answer the bench page's origin only.
emulator.config.corsOrigins = [new URL(url).origin]
emulator.config.s3.allowedOrigins = [new URL(url).origin]
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const page = await browser.newPage()
await page.goto(`${url}?presign=${encodeURIComponent(emulator.urls.presign)}`)
await page.waitForFunction(() => document.title === 'bench ready')
const reset = () => emulator.store.clear()
const lines: string[] = []
const fmt = (n: number, d = 0) => n.toFixed(d)
const crcMiB = Number(process.env.BENCH_CRC_MIB ?? 1024)

let hugePath: string | undefined
let bigPath: string | undefined
/** Writes the `bigMiB` file to disk and picks it, as a user would; `useBig('disk')` then uploads it. */
async function pickBigFile() {
  bigPath = writeBigFile(bigMiB)
  await page.setInputFiles('#crc-file', bigPath)
  await page.evaluate(() => (window as unknown as { bench: { bigFromDisk(): number } }).bench.bigFromDisk())
}
const useBig = (which: 'memory' | 'disk') => page.evaluate((w) => (window as unknown as { bench: { useBig(w: string): number } }).bench.useBig(w), which)
/** Writes the `crcMiB` file to disk and picks it into the page's `#crc-file`, as a user would. */
async function pickHugeFile() {
  hugePath = writeBigFile(crcMiB)
  await page.setInputFiles('#crc-file', hugePath)
  await page.evaluate(() => (window as unknown as { bench: { useHuge(): number } }).bench.useHuge())
}

/** An absolute-goal case: median and range over the rounds against the goal, flagged when over. */
const againstGoal = (values: number[], goal: number, unit: string) => {
  const m = median(values)
  const verdict = m > goal ? '  <<< OVER GOAL' : Math.max(...values) > goal ? ' (met by the median; a round was over)' : ' (met)'
  return `${fmt(m, 1)} ${unit} (rounds ${fmt(Math.min(...values), 1)}–${fmt(Math.max(...values), 1)}), goal ≤ ${goal} ${unit}${verdict}`
}

/** One untimed warm-up, then `rounds` samples of `sample`, the store emptied after each. */
async function repeat<T>(sample: () => Promise<T>): Promise<T[]> {
  const values: T[] = []
  for (let r = -1; r < rounds; r++) {
    const value = await sample()
    reset()
    if (r >= 0) values.push(value)
  }
  return values
}

/** React commits per second while the widget uploads `n` files, each PUT read at a limited speed by the store. */
async function commitRate() {
  const n = Number(process.env.BENCH_COMMITS_FILES ?? 100)
  const kib = Number(process.env.BENCH_COMMITS_KIB ?? 256)
  const bytesPerSec = Number(process.env.BENCH_COMMITS_BPS ?? 512 * 1024)
  const rule = emulator.faults.add({ service: 's3', match: { method: 'PUT' }, bandwidthBytesPerSec: bytesPerSec })
  const samples = await repeat(() => run(page, 'widgetCommits', n, kib * 1024)).finally(() => emulator.faults.remove(rule))
  lines.push(`React commits/s, ${n} uploads          widget (presign) ${againstGoal(samples.map((s) => s.count! / (s.ms / 1000)), 10, 'commits/s')}`)
  lines.push(`                                  ${n} × ${kib} KiB, each PUT read at ${fmt(bytesPerSec / 1024)} KiB/s, 6 upload slots: ${fmt(median(samples.map((s) => s.ms)) / 1000, 1)} s, ${fmt(median(samples.map((s) => s.count!)))} commits, ${fmt(median(samples.map((s) => s.notifications!)))} store notifications`)
}

/** JS heap growth (peak − baseline after a GC) while the widget uploads the disk-backed `#crc-file`. */
async function heapWhileUploading() {
  const cdp = await page.context().newCDPSession(page)
  // A failed upload still grew the heap while it ran: counted, and its failure printed.
  const failures: string[] = []
  const growth = await repeat(() => heapGrowth(cdp, () => run(page, 'widgetHuge').catch((error: unknown) => failures.push((error as Error).message))))
  await cdp.detach()
  lines.push(`JS heap growth, 1 × ${crcMiB} MiB file  widget (presign, one PUT) ${againstGoal(growth, 64, 'MiB')}`)
  for (const failure of failures) lines.push(`                                  UPLOAD FAILED (warm-up or round): ${failure}`)
}

/** CRC-32 of a big disk-backed File: the widget's path (Web Worker) against hash-wasm on the main thread. */
async function crcCase() {
  // CRC-32 of a big File: the widget's path (Web Worker) vs hash-wasm on the main thread; 'longtask' reports tasks over 50 ms only.
  // A file on disk, picked through an <input type=file> like a user's (a 1 GiB Blob built in the page is memory-backed and Chromium may refuse to read it).
  await pickHugeFile()
  // A GC between contenders: the 1 GiB the in-memory contender read must not be collected during the next one's timing.
  const cdp = await page.context().newCDPSession(page)
  const crc = await compare(page, { worker: ['crcWorker'], main: ['crcMain'], once: ['crcOnce'] }, () => cdp.send('HeapProfiler.collectGarbage'))
  await cdp.detach()
  const sums = await page.evaluate(() => (window as unknown as { bench: { crcs(): Record<string, number> } }).bench.crcs())
  if (new Set(Object.values(sums)).size !== 1) throw new Error(`CRC-32 results differ: ${JSON.stringify(sums)}`)
  const gbps = (ms: number) => (crcMiB * 1024 * 1024) / 1e9 / (ms / 1000)
  const longest = (ms: number) => (ms ? `${fmt(ms)} ms` : 'none > 50 ms')
  lines.push(`CRC-32 of a ${crcMiB} MiB File        widget path (Web Worker, 32 MiB slices) ${fmt(gbps(crc.worker!.ms), 2)} GB/s (${fmt(crc.worker!.ms)} ms), longest main-thread task ${longest(crc.worker!.longestTask)} (target ≤ 50 ms)`)
  lines.push(`                                  hash-wasm on the main thread, 32 MiB slices ${fmt(gbps(crc.main!.ms), 2)} GB/s (${fmt(crc.main!.ms)} ms), longest task ${longest(crc.main!.longestTask)}`)
  lines.push(`                                  hash-wasm, one call on the bytes in memory ${fmt(gbps(crc.once!.ms), 2)} GB/s (${fmt(crc.once!.ms)} ms), longest task ${longest(crc.once!.longestTask)}`)
}

try {
  if (process.env.BENCH_ONLY === 'profile') {
    lines.push(...(await profileRun(browser, page, () => run(page, process.env.BENCH_PROFILE ?? 'widgetSmall', smallCount, 8192), reset)))
    throw new Error('done')
  }
  if (process.env.BENCH_ONLY === 'crc') {
    await crcCase()
    throw new Error('done')
  }
  if (process.env.BENCH_ONLY === 'goals') {
    await commitRate()
    await pickHugeFile()
    await heapWhileUploading()
    throw new Error('done')
  }
  if (process.env.BENCH_ONLY === 'multipart') {
    if (process.env.BENCH_DISK) await pickBigFile()
    else await page.evaluate((mib) => (window as unknown as { bench: { makeBig(n: number): number } }).bench.makeBig(mib), bigMiB)
    const shapes = (process.env.BENCH_SHAPES ?? '16x4,16x1,64x4').split(',').map((s) => s.split('x').map(Number) as [number, number])
    const c = await compare(page, { single: ['vodSinglePut'], lib: ['vodMultipart'], ...Object.fromEntries(shapes.map(([mib, n]) => [`raw ${mib} MiB × ${n}`, ['vodRawMultipart', mib, n]])) }, reset)
    for (const [label, v] of Object.entries(c)) lines.push(`${label.padEnd(18)} ${fmt(v.ms)} ms  ${fmt(c.single!.ms / v.ms, 2)}× one PUT`)
    if (process.env.BENCH_TRACE) {
      // The store's view of one serial multipart upload: when each request arrived and how long it took.
      emulator.requests.clear()
      await run(page, 'vodRawMultipart', 16, 1)
      for (const e of emulator.requests.list('oss')) lines.push(`${e.time.slice(11)} ${e.method.padEnd(7)} ${Object.keys(e.query).join('&').padEnd(18)} ${e.durationMs} ms, ${e.bytesReceived} B`)
    }
    throw new Error('done')
  }
  if (process.env.BENCH_ONLY === 'core') {
    const c = await compare(page, { raw: ['rawSmall', smallCount, 8192], ahead: ['rawAheadSmall', smallCount, 8192], core: ['coreSmall', smallCount, 8192] }, reset)
    lines.push(`core-only ${smallCount} small: raw ${fmt(c.raw!.ms)} ms, raw+sign-ahead ${fmt(c.ahead!.ms)} ms (${fmt(c.raw!.ms / c.ahead!.ms, 2)}), core ${fmt(c.core!.ms)} ms ratio ${fmt(c.raw!.ms / c.core!.ms, 2)} longest ${fmt(c.core!.longestTask)}`)
    const p = await compare(page, { probe: ['probeOnly', smallCount], sign: ['signOnly', smallCount] }, reset)
    lines.push(`probe ${fmt(p.probe!.ms)} ms sign(4 parallel) ${fmt(p.sign!.ms)} ms`)
    const a = await compare(page, { core: ['coreAdd', 10000] }, reset)
    lines.push(`core-only add 10000: ${fmt(a.core!.ms)} ms longest ${fmt(a.core!.longestTask)}`)
    throw new Error('done')
  }
  // First, before the 256 MiB in-memory Blobs can use up Chromium's blob quota.
  const signRequests: number[] = []
  const onConsole = (m: { text(): string }) => m.text().startsWith('BENCH_SIGNREQ ') && signRequests.push(Number(m.text().split(' ')[1]))
  page.on('console', onConsole)
  const small = process.env.BENCH_ONLY === 'aliyun-vod' ? undefined : await compare(page, { raw: ['rawSmall', smallCount, 8192], ahead: ['rawAheadSmall', smallCount, 8192], uppy: ['uppySmall', smallCount, 8192], widget: ['widgetSmall', smallCount, 8192], presigned: ['corePresigned', smallCount, 8192] }, reset)
  page.off('console', onConsole)
  if (small) {
    const fps = (ms: number) => smallCount / (ms / 1000)
    lines.push(
      `${smallCount} × 8 KiB                  raw XHR ${fmt(fps(small.raw!.ms))} files/s | plain Uppy ${fmt(fps(small.uppy!.ms))} files/s (${fmt(small.raw!.ms / small.uppy!.ms, 2)}×) | widget ${fmt(fps(small.widget!.ms))} files/s | widget/raw ${fmt(small.raw!.ms / small.widget!.ms, 2)} (target ≥ 0.8)`,
    )
    lines.push(`                                  widget/raw round by round: ${paired(small.raw!.all, small.widget!.all)}`)
    lines.push(`                                  longest main-thread task during upload: widget ${fmt(small.widget!.longestTask)} ms, plain Uppy ${fmt(small.uppy!.longestTask)} ms`)
    lines.push(`                                  raw XHR that also signs each file in the window (one sign fetch per file, 4 ahead) ${fmt(fps(small.ahead!.ms))} files/s (${fmt(small.raw!.ms / small.ahead!.ms, 2)}× raw); widget vs it ${fmt(small.ahead!.ms / small.widget!.ms, 2)}×`)
    lines.push(`                                  widget sign requests per ${smallCount} files: ${signRequests.filter((n) => n > 0).join(', ')} (batched); core with URLs signed beforehand ${fmt(small.raw!.ms / small.presigned!.ms, 2)}× raw (the transport path alone)`)
  }
  if (process.env.BENCH_ONLY === 'small') throw new Error('done')
  // Also before the 256 MiB Blobs: its 100 files are in memory too.
  if (process.env.BENCH_ONLY !== 'aliyun-vod') await commitRate()

  await page.evaluate((mib) => (window as unknown as { bench: { makeBig(n: number): number } }).bench.makeBig(mib), bigMiB)
  const bigBytes = bigMiB * 1024 * 1024
  const mbps = (ms: number) => bigBytes / 1e6 / (ms / 1000)
  // aliyun-vod: multipart (4 parts of 16 MiB in flight) against one PUT of the same File, same run, alternated.
  // The goal case is a File picked from disk, as users upload. An in-memory Blob is printed too: Chromium copies
  // each slice of an in-memory Blob before sending it (traced: 20–70 ms between a part's preflight and its PUT,
  // 2 ms for a disk-backed File), which no client code can avoid.
  // A failure (Chromium's blob quota can run out after many 256 MiB in-memory Blobs: ERR_BLOB_OUT_OF_MEMORY) is reported, not fatal.
  const failure = (error: unknown) => `failed: ${String((error as Error).message).split('\n')[0]}`
  await pickBigFile()
  const vod = await compare(page, { single: ['vodSinglePut'], multipart: ['vodMultipart'], raw: ['vodRawMultipart', 16, 4] }, reset).catch((error: unknown) => failure(error))
  if (typeof vod === 'string') lines.push(`1 × ${bigMiB} MiB to OSS (aliyun-vod)  ${vod}`)
  else {
    lines.push(`1 × ${bigMiB} MiB to OSS (aliyun-vod)  a File picked from disk: one PUT ${fmt(mbps(vod.single!.ms))} MB/s | core multipart, 16 MiB × 4 in flight ${fmt(mbps(vod.multipart!.ms))} MB/s | multipart/PUT ${fmt(vod.single!.ms / vod.multipart!.ms, 2)} (target ≥ 0.9)`)
    lines.push(`                                  multipart/PUT round by round: ${paired(vod.single!.all, vod.multipart!.all)}; raw XHR multipart, same parts: ${fmt(vod.single!.ms / vod.raw!.ms, 2)} of one PUT`)
    const uppySerial = await compare(page, { uppy: ['vodUppySerial'] }, reset).then(({ uppy }) => `${fmt(mbps(uppy!.ms))} MB/s (${fmt(vod.single!.ms / uppy!.ms, 2)} of one PUT)`, failure)
    lines.push(`                                  plain Uppy 6 multipart (@uppy/aws-s3, 5 MiB parts one after another) ${uppySerial}`)
  }
  await useBig('memory')
  const inMemory = await compare(page, { single: ['vodSinglePut'], multipart: ['vodMultipart'] }, reset).catch((error: unknown) => failure(error))
  lines.push(
    typeof inMemory === 'string'
      ? `                                  an in-memory Blob: ${inMemory}`
      : `                                  an in-memory Blob (new File([bytes])): multipart/PUT ${paired(inMemory.single!.all, inMemory.multipart!.all)}: Chromium copies each slice of an in-memory Blob`,
  )
  if (process.env.BENCH_ONLY === 'aliyun-vod') throw new Error('done')
  const bigRes = await compare(page, { raw: ['rawBig'], widget: ['widgetBig'] }, reset).catch((error: unknown) => failure(error))
  if (typeof bigRes === 'string') lines.push(`1 × ${bigMiB} MiB, single PUT      ${bigRes}`)
  else {
    lines.push(`1 × ${bigMiB} MiB, single PUT      raw XHR ${fmt(mbps(bigRes.raw!.ms))} MB/s | widget ${fmt(mbps(bigRes.widget!.ms))} MB/s | widget/raw ${fmt(bigRes.raw!.ms / bigRes.widget!.ms, 2)} (target ≥ 0.95)`)
    lines.push(`                                  widget/raw round by round: ${paired(bigRes.raw!.all, bigRes.widget!.all)}`)
  }


  for (const n of [1000, 10000]) {
    const add = await compare(page, { widget: ['widgetAdd', n], uppy: ['uppyAdd', n] }, reset)
    lines.push(`add ${String(n).padEnd(6)} files            widget ${fmt(add.widget!.ms)} ms, longest task ${fmt(add.widget!.longestTask)} ms (target ≤ 200) | plain Uppy addFiles ${fmt(add.uppy!.ms)} ms, longest task ${fmt(add.uppy!.longestTask)} ms`)
  }

  await crcCase()
  // The same disk-backed file, uploaded.
  await heapWhileUploading()
} catch (error) {
  // `BENCH_ONLY` runs stop with 'done' after their cases.
  if ((error as Error).message !== 'done') throw error
} finally {
  for (const path of [hugePath, bigPath]) if (path) rmSync(path, { force: true })
  console.log(`\nmedians of ${rounds} rounds (contenders alternated, one warm-up each), Chromium ${browser.version()}\n`)
  for (const line of lines) console.log(line)
  await browser.close()
  server.close()
  await emulator.close()
}
