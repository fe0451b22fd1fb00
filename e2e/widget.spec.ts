import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, fileRow, makePng, recordAnnouncements, test } from './fixtures.ts'

const png = (name: string) => ({ name, mimeType: 'image/png', buffer: makePng(32, 24) })

/** Presses Tab until `target` has focus (keyboard only, like a user would). */
async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}


const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])

test.describe('widget', () => {
  test('keyboard only: Tab to the picker, Enter opens it, upload, Space removes, focus returns', async ({ page, demo, emulator }) => {
    await demo.open()
    const picker = page.getByRole('button', { name: 'Choose files' })
    await tabTo(page, picker)
    // A visible focus ring.
    expect(await picker.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    const announced = await recordAnnouncements(page)

    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(png('keys.png'))
    const row = fileRow(page, 'keys.png')
    await expect(row).toHaveAttribute('data-status', 'done')
    await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
    await expect.poll(announced).toEqual(['1 file added.', 'Uploading 1 file.', 'Upload complete: 1 file uploaded.'])
    await expect.poll(async () => (await emulator.objects()).length).toBe(1)

    const remove = page.getByRole('button', { name: 'Remove keys.png' })
    await tabTo(page, remove)
    await page.keyboard.press('Space')
    await expect(row).toHaveCount(0)
    await expect(picker).toBeFocused()
    // Completion was announced once, and nothing after it.
    expect(await announced()).toEqual(['1 file added.', 'Uploading 1 file.', 'Upload complete: 1 file uploaded.'])
  })

  test('paste: files pasted while the widget has focus are uploaded', async ({ page, demo, emulator }) => {
    await demo.open()
    await page.getByRole('button', { name: 'Choose files' }).focus()
    // Playwright can't put files on the real clipboard: dispatch the paste event Chrome would, with a file in it.
    await page.evaluate((bytes) => {
      const data = new DataTransfer()
      data.items.add(new File([new Uint8Array(bytes)], 'pasted.png', { type: 'image/png' }))
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, [...makePng(16, 16)])
    await expect(fileRow(page, 'pasted.png')).toHaveAttribute('data-status', 'done')
    await expect.poll(async () => (await emulator.objects()).map((o) => o.contentType)).toEqual(['image/png'])
  })

  test('folder drop: a dropped folder is read recursively', async ({ page, demo, emulator }, testInfo) => {
    const album = testInfo.outputPath('album')
    await mkdir(path.join(album, 'nested', 'deeper'), { recursive: true })
    await mkdir(path.join(album, 'empty'), { recursive: true })
    await writeFile(path.join(album, 'top.png'), makePng(8, 8))
    await writeFile(path.join(album, 'nested', 'middle.png'), makePng(9, 9))
    await writeFile(path.join(album, 'nested', 'deeper', 'bottom.png'), makePng(10, 10))
    await demo.open()

    // A real OS-level drag of the folder, through the DevTools protocol (files are paths on disk).
    const box = await page.locator('[data-mu-element="dropzone"]').boundingBox()
    if (!box) throw new Error('no drop region')
    const cdp = await page.context().newCDPSession(page)
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const data = { items: [], files: [album], dragOperationsMask: 1 }
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data })
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data })
    await expect(page.locator('[data-mu-element="dropzone"]')).toHaveAttribute('data-state', 'drag-over')
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data })

    for (const name of ['top.png', 'middle.png', 'bottom.png']) await expect(fileRow(page, name)).toHaveAttribute('data-status', 'done')
    await expect(page.locator('[data-mu-element="file"]')).toHaveCount(3)
    await expect(page.locator('[data-mu-element="dropzone"]')).toHaveAttribute('data-state', 'idle')
    await expect.poll(async () => (await emulator.objects()).length).toBe(3)
  })

  test('works under a strict Content-Security-Policy', async ({ page, emulator }) => {
    await page.addInitScript(() => {
      const violations: string[] = []
      ;(window as unknown as { violations: string[] }).violations = violations
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`))
    })
    const console: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text())
    })
    const response = await page.goto('/?locale=en&csp')
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*; img-src 'self' blob: data:; media-src 'self' blob:",
    )
    await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
    // The stylesheet applied (not blocked): the drop region has its dashed border.
    await expect(page.locator('[data-mu-element="dropzone"]')).toHaveCSS('border-top-style', 'dashed')

    await page.locator('input[type="file"]').setInputFiles([png('csp.png'), { name: 'csp.webm', mimeType: 'video/webm', buffer: Buffer.alloc(2048, 1) }])
    const row = fileRow(page, 'csp.png')
    await expect(row).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'csp.webm')).toHaveAttribute('data-status', 'done')
    // Progress widths and the thumbnail work without inline styles.
    await expect(row.getByRole('progressbar')).toHaveCSS('--mu-progress', '1')
    await expect.poll(() => row.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0)
    await expect.poll(async () => (await emulator.objects()).length).toBe(2)

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    expect(console).toEqual([])
  })

  test('axe-core finds no violations: empty, with files in every state, in dark mode and in Chinese', async ({ page, demo }) => {
    await demo.open()
    expect((await axe(page).analyze()).violations).toEqual([])

    await demo.add(png('fine.png'), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
    await expect(fileRow(page, 'fine.png')).toHaveAttribute('data-status', 'done')
    await expect(page.locator('[data-mu-element="notice"]').filter({ hasText: 'notes.txt' })).toBeVisible()
    expect((await axe(page).analyze()).violations).toEqual([])

    await page.emulateMedia({ colorScheme: 'dark' })
    expect((await axe(page).analyze()).violations).toEqual([])

    await page.goto('/?locale=zh-CN')
    await page.locator('input[type="file"]').setInputFiles(png('中文.png'))
    await expect(fileRow(page, '中文.png')).toHaveAttribute('data-status', 'done')
    expect((await axe(page).analyze()).violations).toEqual([])
  })

  test('follows the OS colour scheme, and data-theme on an ancestor or the root overrides it', async ({ page, demo }) => {
    await demo.open()
    const root = page.locator('[data-mu-element="root"]')
    const background = () => root.evaluate((node) => getComputedStyle(node).backgroundColor)
    const light = 'rgb(255, 255, 255)'
    const dark = 'rgb(21, 24, 28)'
    await page.emulateMedia({ colorScheme: 'light' })
    expect(await background()).toBe(light)
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await background()).toBe(dark)
    // A file row's text takes the same scheme as the root.
    await demo.add(png('scheme.png'))
    expect(await fileRow(page, 'scheme.png').evaluate((node) => getComputedStyle(node).color)).toBe('rgb(232, 234, 237)')
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'))
    expect(await background()).toBe(light)
    await root.evaluate((node) => node.setAttribute('data-theme', 'dark'))
    expect(await background()).toBe(dark)
  })

  test("the demo's custom UI, built from the hooks, uploads too", async ({ page, emulator }) => {
    await page.goto('/?locale=en&view=custom')
    await page.locator('input[type="file"]').setInputFiles([png('custom.png'), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }])
    const list = page.getByRole('list', { name: 'Files' })
    await expect(list.getByRole('listitem').filter({ hasText: 'custom.png' })).toHaveAttribute('data-status', 'done')
    await expect(list.getByRole('listitem').filter({ hasText: 'notes.txt' })).toHaveAttribute('data-status', 'rejected')
    await expect(page.getByRole('button', { name: 'Remove custom.png' })).toBeVisible()
    await expect.poll(async () => (await emulator.objects()).length).toBe(1)
  })
})
