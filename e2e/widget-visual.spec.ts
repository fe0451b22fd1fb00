import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { deterministicBytes, expect, fileRow, makePng, test, type TestFile } from './fixtures.ts'

// Visual regression of the widget's key states (issue 16, part 11). Each test sets one state up once, through the
// emulator's faults and bandwidth limit, then screenshots it in every combination of locale, colour scheme and
// width (the demo switches the language without a reload, so the uploader keeps its files).
// Regenerate the baselines with `pnpm test:visual:update` (README, "Visual regression").

const locales = ['en', 'zh-CN'] as const
const schemes = ['light', 'dark'] as const
const widths = [1280, 375] as const

/** Fonts from Debian packages the bootstrap installs (fonts-dejavu-core, fonts-wqy-zenhei), so glyphs match on any machine. */
const PINNED_FONTS = `
  *, *::before, *::after { font-family: 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif !important; caret-color: transparent !important; }
`

const png = (name: string, w = 64, h = 48): TestFile => ({ name, mimeType: 'image/png', buffer: makePng(w, h) })
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])

async function open(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' })
  await page.goto('/?locale=en')
  await page.addStyleTag({ content: PINNED_FONTS })
  await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
}

/** The total's moving figures (percent, bytes, speed, time left): masked, and boxed to one width so their length cannot re-wrap the line. */
const MOVING_TOTAL = '[data-mu-element="total-text"] > span:first-child'
const MOVING_TOTAL_BOX = `${MOVING_TOTAL} { display: inline-block; width: 18ch; overflow: hidden; white-space: nowrap; vertical-align: bottom; }`

/**
 * Screenshots the widget as `<state>-<locale>-<scheme>-<width>.png` in all eight combinations, with axe at zero
 * violations in each locale and scheme. `volatile` masks what moves with the clock or the network (speed, time left, live bars).
 */
async function shoot(page: Page, state: string, volatile: (root: Locator) => Locator[] = () => [], style?: string): Promise<void> {
  const root = page.locator('[data-mu-element="root"]')
  if (style) await page.addStyleTag({ content: style })
  for (const locale of locales) {
    await page.locator('select[name="locale"]').selectOption(locale)
    await expect(root).toHaveAttribute('lang', locale)
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 })
        await expect(root).toHaveScreenshot(`${state}-${locale}-${scheme}-${width}.png`, { mask: volatile(root) })
      }
      // Contrast and names depend on scheme and locale, not on the width: one axe run per pair keeps the suite lean.
      expect((await axe(page).include('[data-mu-element="root"]').analyze()).violations).toEqual([])
    }
  }
  await page.locator('select[name="locale"]').selectOption('en')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 900 })
}

const liveNumbers = (root: Locator) => [
  root.locator('[data-mu-element="file-status"]'),
  root.locator('[data-mu-element="progress"]'),
  root.locator('[data-mu-element="total-progress"]'),
  root.locator(MOVING_TOTAL),
]

test.describe('widget visual regression', () => {
  test.describe.configure({ timeout: 360_000 })

  test('empty', async ({ page }) => {
    await open(page)
    await shoot(page, 'empty')
  })

  test('drag-over', async ({ page }) => {
    await open(page)
    const dropzone = page.locator('[data-mu-element="dropzone"]')
    const data = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['x'], 'dragged.png', { type: 'image/png' }))
      return transfer
    })
    await dropzone.dispatchEvent('dragenter', { dataTransfer: data })
    await expect(dropzone).toHaveAttribute('data-state', 'drag-over')
    await shoot(page, 'drag-over')
  })

  test('uploading', async ({ page, demo, emulator }) => {
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, bandwidthBytesPerSec: 16 * 1024 })
    await open(page)
    await demo.add({ name: 'holiday-video-2024.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(24 * 1024 * 1024) })
    await expect(fileRow(page, 'holiday-video-2024.mp4')).toHaveAttribute('data-status', 'uploading')
    await expect(page.locator('[data-mu-element="pause-all-button"]')).toBeVisible()
    await shoot(page, 'uploading', liveNumbers, MOVING_TOTAL_BOX)
  })

  test('paused', async ({ page, demo, emulator }) => {
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, bandwidthBytesPerSec: 16 * 1024 })
    await open(page)
    await demo.add({ name: 'holiday-video-2024.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(24 * 1024 * 1024) })
    const row = fileRow(page, 'holiday-video-2024.mp4')
    await expect(row).toHaveAttribute('data-status', 'uploading')
    await row.getByRole('button', { name: 'Stop holiday-video-2024.mp4' }).click()
    await expect(row).toHaveAttribute('data-status', 'paused')
    await shoot(page, 'paused', (root) => [root.locator(MOVING_TOTAL)], MOVING_TOTAL_BOX)
  })

  test('finishing', async ({ page, demo, emulator }) => {
    // The store holds its answer: the body is sent, the upload is not stored yet.
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, latencyMs: 170_000 })
    await open(page)
    await demo.add(png('sunset.png'))
    await expect(fileRow(page, 'sunset.png')).toHaveAttribute('data-finishing', 'true')
    await shoot(page, 'finishing', (root) => [root.locator(MOVING_TOTAL)], MOVING_TOTAL_BOX)
  })

  test('done with previews, in the list and in the grid', async ({ page, demo }) => {
    await open(page)
    await demo.add(
      png('sunset.png', 320, 200),
      png('portrait-of-my-grandmother-at-the-seaside-1987.png', 120, 200),
      { name: 'clip.webm', mimeType: 'video/webm', buffer: Buffer.alloc(4096, 1) },
    )
    for (const name of ['sunset.png', 'portrait-of-my-grandmother-at-the-seaside-1987.png', 'clip.webm']) {
      await expect(fileRow(page, name)).toHaveAttribute('data-status', 'done')
    }
    await expect(page.locator('[data-mu-element="summary"]')).toBeVisible()
    await shoot(page, 'done')
    await page.getByRole('button', { name: 'Grid' }).click()
    await shoot(page, 'done-grid')
  })

  test('error with details open', async ({ page, demo, emulator }) => {
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, failNext: { count: 1, status: 503 } })
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, failNext: { count: 1, status: 403 } })
    await open(page)
    await demo.add(png('denied.png'))
    const row = fileRow(page, 'denied.png')
    await expect(row).toHaveAttribute('data-status', 'error')
    await row.locator('[data-mu-element="error-details"] summary').click()
    await expect(row.locator('[data-mu-element="error-details"]')).toHaveAttribute('open', '')
    await shoot(page, 'error-details', (root) => [root.locator('[data-mu-element="error-details"] dd').filter({ hasText: /^[0-9a-f-]{16,}$/i })])
  })

  test('rejection notice', async ({ page, demo }) => {
    await open(page)
    await demo.add(png('fine.png'), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') })
    await expect(fileRow(page, 'fine.png')).toHaveAttribute('data-status', 'done')
    await expect(page.locator('[data-mu-element="notice"]')).toHaveCount(2)
    await shoot(page, 'rejection')
  })

  test('500 files, scrolled', async ({ page, demo }) => {
    test.setTimeout(600_000)
    await open(page)
    await demo.add(...Array.from({ length: 500 }, (_, i) => png(`photo-${String(i).padStart(3, '0')}.png`, 8, 8)))
    await expect(page.locator('[data-mu-element="summary"]')).toContainText('500', { timeout: 120_000 })
    const scroller = page.locator('[data-mu-element="file-scroll"]')
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2))
    await expect(fileRow(page, 'photo-250.png')).toBeVisible()
    await shoot(page, 'many')
  })
})
