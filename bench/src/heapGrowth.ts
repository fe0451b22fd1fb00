import type { CDPSession } from '@playwright/test'

const MiB = 1024 * 1024

/**
 * The page's JS heap growth while `work` runs: the highest used heap seen (sampled every
 * `everyMs` over CDP) minus the used heap right after a full GC before it, in MiB.
 *
 * @example
 * const mib = await heapGrowth(await page.context().newCDPSession(page), () => page.evaluate(upload))
 */
export async function heapGrowth(cdp: CDPSession, work: () => Promise<unknown>, everyMs = 25): Promise<number> {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize: baseline } = await cdp.send('Runtime.getHeapUsage')
  let peak = baseline
  let running = true
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize)
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  try {
    await work()
  } finally {
    running = false
    await sampling
  }
  return (peak - baseline) / MiB
}
