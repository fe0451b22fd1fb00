import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { deterministicBytes, expect, fileRow, makePng, recordAnnouncements, test } from './fixtures.ts'

const png = (name: string, w = 64, h = 48) => ({ name, mimeType: 'image/png', buffer: makePng(w, h) })
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])

test.describe('widget: notices, panel, details, preview', () => {
  test('a rejected file is a notice above the list, announced; axe finds nothing with notices, details open and grid view, light and dark', async ({ page, demo }) => {
    test.slow()
    await demo.open()
    const announced = await recordAnnouncements(page)
    await demo.add(png('fine.png'), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
    const notices = page.getByRole('region', { name: '1 file was not added' })
    await expect(notices).toContainText('“notes.txt” is not a supported format')
    await expect(page.locator('[data-mu-element="file"]')).toHaveCount(1)
    await expect(fileRow(page, 'fine.png')).toHaveAttribute('data-status', 'done')
    await expect.poll(announced).toContain('“notes.txt” is not a supported format (supported: jpg, jpeg, png, webp, gif, mp4, webm).')
    expect((await axe(page).analyze()).violations).toEqual([])

    await page.getByRole('button', { name: 'Grid' }).click()
    await expect(page.getByRole('list', { name: 'Files' })).toHaveAttribute('data-view', 'grid')
    await page.emulateMedia({ colorScheme: 'dark' })
    expect((await axe(page).analyze()).violations).toEqual([])

    await notices.getByRole('button', { name: 'Dismiss notes.txt' }).click()
    await expect(notices).toHaveCount(0)
  })

  test('an error shows the user message and a details disclosure with the developer side; axe stays clean with it open', async ({ page, demo, emulator }) => {
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, failNext: { count: 1, status: 403 } })
    await demo.open()
    await demo.add(png('denied.png'))
    const row = fileRow(page, 'denied.png')
    await expect(row).toHaveAttribute('data-status', 'error')
    await expect(row.locator('[data-mu-element="file-error"] p')).toHaveText('“denied.png” could not be stored. Try again later.')
    // No progress bar on a failed row, no Retry for a 403 (retrying cannot help).
    await expect(row.getByRole('progressbar')).toHaveCount(0)
    await expect(row.getByRole('button', { name: 'Retry denied.png' })).toHaveCount(0)
    await row.getByText('Details').click()
    await expect(row.locator('[data-mu-element="error-details"] dl')).toContainText('storage-rejected')
    await expect(row.locator('[data-mu-element="error-details"] dl')).toContainText('403')
    expect((await axe(page).analyze()).violations).toEqual([])
    await expect(page.locator('[data-mu-element="summary"]')).toHaveText('0 uploaded, 1 failed')
  })

  test('200 files stay in a fixed-height panel: the page does not grow, the status bar stays in view, few rows exist', async ({ page, demo }) => {
    test.slow()
    await demo.open()
    const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight)
    await demo.add(...Array.from({ length: 200 }, (_, i) => png(`many-${i}.png`, 8, 8)))
    await expect(page.locator('[data-mu-element="total-counts"], [data-mu-element="summary"]')).toContainText(/of 200 uploaded|200 files uploaded/)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(heightBefore + 700)
    await expect(page.locator('[data-mu-element="total"]')).toBeInViewport()
    expect(await page.locator('[data-mu-element="file"]').count()).toBeLessThan(40)
    // Scrolled to the end, the last file is there, numbered.
    await page.locator('[data-mu-element="file-scroll"]').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await expect(page.locator('[data-mu-element="file"]').last()).toHaveAttribute('aria-posinset', '200')
    await expect(page.locator('[data-mu-element="file"]').last()).toContainText('many-199.png')
    expect((await axe(page).analyze()).violations).toEqual([])
  })

  test('an image opens in a modal preview dialog: focus inside, Esc closes, focus returns to the thumbnail', async ({ page, demo }) => {
    await demo.open()
    await demo.add(png('look.png', 320, 200))
    await expect(fileRow(page, 'look.png')).toHaveAttribute('data-status', 'done')
    const trigger = page.getByRole('button', { name: 'Preview look.png' })
    await trigger.click()
    const dialog = page.getByRole('dialog', { name: 'look.png' })
    await expect(dialog.getByRole('img', { name: 'look.png' })).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
    expect((await axe(page).analyze()).violations).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(trigger).toBeFocused()
  })

  test('at 375 px the demo and the widget fit the width; reduced motion turns the progress transition off; the demo follows dark mode', async ({ page, demo }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await demo.open()
    await demo.add(png('phone-photo-with-a-long-name-2024-08-17.png'))
    await expect(fileRow(page, 'phone-photo-with-a-long-name-2024-08-17.png')).toHaveAttribute('data-status', 'done')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // The name is cut in the middle: the extension stays visible.
    const end = fileRow(page, 'phone-photo-with-a-long-name-2024-08-17.png').locator('[data-mu-element="name-end"]')
    await expect(end).toHaveText('8-17.png')
    await expect(end).toBeInViewport()
    const transition = await page
      .locator('[data-mu-element="progress"]')
      .first()
      .evaluate((bar) => getComputedStyle(bar, '::before').transitionDuration)
    expect(transition).toBe('0s')
    // The demo page follows dark mode too (issue 16, problem 10).
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 18, 22)')
  })
})

test.describe('widget: honest time left', () => {
  test('under a steady link the total time left is within ±25 % of the real remaining time from 2 s on', async ({ page, demo, emulator }) => {
    // 96 MiB at 8 MiB/s: ~12 s. On loopback a store that reads slowly lets several MiB sit in socket buffers, which the
    // browser counts as sent (no client sees past them); at 8 MiB/s they cost well under a second of the estimate.
    const size = 96 * 1024 * 1024
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, bandwidthBytesPerSec: 8 * 1024 * 1024 })
    await demo.open()
    await demo.addLarge('steady.mp4', deterministicBytes(size, 7))
    const row = demo.row('steady.mp4')
    await expect(row).toHaveAttribute('data-status', 'uploading')
    const started = Date.now()
    const moving = page.locator('[data-mu-element="total-text"] > span').first()
    const samples: { at: number; shown: number }[] = []
    while ((await row.getAttribute('data-status')) === 'uploading' && (await row.getAttribute('data-finishing')) === null) {
      const match = /about (\d+) (sec|min)/.exec((await moving.textContent()) ?? '')
      if (match && Date.now() - started >= 2000) samples.push({ at: Date.now(), shown: Number(match[1]) * (match[2] === 'min' ? 60 : 1) })
      await page.waitForTimeout(250)
    }
    const ended = Date.now()
    await expect(row).toHaveAttribute('data-status', 'done')
    // The last two seconds are left out: there a rounded-up "1 sec" is a large share of what remains.
    const judged = samples.map(({ at, shown }) => ({ shown, real: (ended - at) / 1000 })).filter(({ real }) => real >= 2)
    expect(judged.length).toBeGreaterThan(10)
    // Shown values are rounded up to whole seconds: one second of slack on top of the 25 %.
    const off = judged.filter(({ shown, real }) => Math.abs(shown - real) > 0.25 * real + 1)
    expect(off, JSON.stringify(judged)).toEqual([])
  })
})
