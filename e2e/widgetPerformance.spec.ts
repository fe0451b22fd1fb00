import { expect, test } from './fixtures.ts'

// Trace snapshots run on the page's main thread and would be counted as the widget's long tasks.
test.use({ trace: 'off' })

test.describe('widget performance', () => {
  test('adding 10,000 files never blocks the main thread for 200 ms', async ({ page, demo }) => {
    await demo.open()
    // Build the files first (test setup, not measured), then watch long tasks while the widget takes them.
    await page.evaluate(() => {
      const data = new DataTransfer()
      for (let i = 0; i < 10_000; i++) data.items.add(new File(['x'], `f${i}.png`, { type: 'image/png' }))
      ;(window as unknown as { many: FileList }).many = data.files
    })
    await page.evaluate(() => {
      const tasks: number[] = []
      ;(window as unknown as { tasks: number[] }).tasks = tasks
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration))
      }).observe({ type: 'longtask' })
      const input = document.querySelector('input[type="file"]') as HTMLInputElement
      input.files = (window as unknown as { many: FileList }).many
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    // Let the pipeline run for a while (adding, signing, uploading, notifications), then stop it all.
    await page.waitForTimeout(3000)
    // A virtualised panel: a screenful of rows exists, not 10,000 (nor a "Show more" button).
    expect(await page.locator('[data-mu-element="file"]').count()).toBeLessThan(60)
    await expect(page.locator('[data-mu-element="file"]').first()).toHaveAttribute('aria-setsize', '10000')
    await expect(page.locator('[data-mu-element="total-counts"]')).toContainText('of 10000 uploaded')
    await page.getByRole('button', { name: 'Cancel all' }).click()
    // Everything not uploaded yet is canceled: nothing is left to upload.
    await expect(page.locator('[data-mu-element="root"]')).toHaveAttribute('data-state', 'complete')
    await page.waitForTimeout(500)
    const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks)
    expect(Math.max(0, ...tasks), `long tasks: ${tasks.join(', ')} ms`).toBeLessThan(200)
  })
})
