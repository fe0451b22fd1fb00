import type { Page } from '@playwright/test'
import { expect, fileRow, makePng, sha256, test } from './fixtures.ts'

const png = { name: 'skewed.png', mimeType: 'image/png', buffer: makePng(64, 48) }

/** The page's clock runs `offsetMs` off (Date and Date.now), as on a device with a wrong clock. */
async function skewClock(page: Page, offsetMs: number): Promise<void> {
  await page.addInitScript((offset: number) => {
    const RealDate = Date
    class SkewedDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + offset)
        else super(...(args as ConstructorParameters<DateConstructor>))
      }
      static override now(): number {
        return RealDate.now() + offset
      }
    }
    globalThis.Date = SkewedDate as DateConstructor
  }, offsetMs)
}

for (const provider of ['aliyun-vod', 'jimeng'] as const) {
  for (const minutes of [30, -30]) {
    test(`${provider}: with the browser clock ${minutes > 0 ? '+' : ''}${minutes} min, the upload completes (requests signed with the server's time)`, async ({ page, emulator }) => {
      await skewClock(page, minutes * 60_000)
      await page.goto(`/?provider=${provider}&locale=en`)
      await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
      await page.locator('input[type="file"]').setInputFiles(png)
      await expect(fileRow(page, png.name)).toHaveAttribute('data-status', 'done', { timeout: 30_000 })
      await expect.poll(async () => (await emulator.objects()).filter((o) => o.sha256 === sha256(png.buffer)).length).toBe(1)
    })
  }
}
