import type { Browser, Page } from '@playwright/test'

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  args?: { name?: string }
}

const row = (ms: number, what: string) => `${ms.toFixed(0).padStart(6)} ms  ${what}`

/**
 * `BENCH_ONLY=profile` (`BENCH_PROFILE=coreSmall` for the core without React): where the main thread goes during one run of
 * `work` (after a warm-up). Prints the top JS functions by self time (a CPU
 * profile of an unminified build) and the renderer's own work by trace event
 * (style, layout, paint, XHR handlers), plus the page's element count after it.
 *
 * @example
 * ```ts
 * lines.push(...(await profileRun(browser, page, () => run(page, 'widgetSmall', 1000, 8192), reset)))
 * ```
 */
export async function profileRun(browser: Browser, page: Page, work: () => Promise<unknown>, reset: () => unknown): Promise<string[]> {
  const lines: string[] = []
  const cdp = await page.context().newCDPSession(page)
  await work()
  await reset()
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await work()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  await cdp.detach()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at))
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
  })
  lines.push('JS self time (CPU profile):')
  for (const [what, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) lines.push(row(ms, what))
  // With callees: which of the page's own functions the time is spent under (BENCH_INCLUSIVE rows).
  lines.push('JS time with callees (the page\'s functions):')
  const own = [...inclusive].filter(([key]) => !/^\((root|program|idle|garbage collector)\)/.test(key) && !key.endsWith(' :-1'))
  for (const [what, ms] of own.sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_INCLUSIVE ?? 40))) lines.push(row(ms, what))

  await reset()
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  await work()
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid
  const total = new Map<string, { ms: number; count: number }>()
  for (const e of traceEvents) {
    if (e.tid !== main || e.ph !== 'X' || !e.dur) continue
    const t = total.get(e.name) ?? { ms: 0, count: 0 }
    total.set(e.name, { ms: t.ms + e.dur / 1000, count: t.count + 1 })
  }
  lines.push('renderer main thread (trace events, nested ones counted in their parents too):')
  for (const [what, { ms, count }] of [...total].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(process.env.BENCH_TRACE_ROWS ?? 15))) lines.push(row(ms, `${String(count).padStart(6)}×  ${what}`))
  lines.push(`elements in the page after the run: ${await page.evaluate(() => document.querySelectorAll('*').length)}`)
  return lines
}
