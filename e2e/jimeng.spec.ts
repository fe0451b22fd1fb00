import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { emulatorCredentials } from '../packages/emulator/src/index.ts'
import { makeMp4 } from '../packages/emulator/test/jimengMp4.ts'
import { expect, fileRow, makePng, sha256, test, type EmulatorAdmin } from './fixtures.ts'

const distDir = fileURLToPath(new URL('../apps/demo/dist', import.meta.url))
/** The demo server's refresh tokens (its environment, else the emulator's test accounts) and what the cookie is made of. */
const SECRETS = [
  process.env.JIMENG_REFRESH_TOKEN ?? emulatorCredentials.jimeng.cn,
  process.env.JIMENG_REFRESH_TOKEN_INTL ?? emulatorCredentials.jimeng.intl,
  (process.env.JIMENG_REFRESH_TOKEN_INTL ?? emulatorCredentials.jimeng.intl).slice(3),
  'sessionid',
  'sid_guard',
]

const png = (name: string, width = 64, height = 48) => ({ name, mimeType: 'image/png', buffer: makePng(width, height) })
/** An MP4 whose header says 2.5 s at 640×360, with ~`payloadBytes` of data. */
const mp4 = (name: string, payloadBytes = 3 * 1024 * 1024, seed = 1) => ({ name, mimeType: 'video/mp4', buffer: makeMp4({ seconds: 2.5, width: 640, height: 360, payloadBytes, seed }) })

async function openJimeng(page: Page, query = ''): Promise<void> {
  await page.goto(`/?provider=jimeng&locale=en${query}`)
  await expect(page.locator('select[name="provider"]')).toHaveValue('jimeng')
  await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
}

async function addFiles(page: Page, ...files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(files)
}

async function imagexObjects(emulator: EmulatorAdmin, count: number) {
  await expect.poll(async () => (await emulator.objects()).filter((o) => o.bucket === 'imagex').length).toBe(count)
  return (await emulator.objects()).filter((o) => o.bucket === 'imagex')
}

async function vodObjects(emulator: EmulatorAdmin, count: number) {
  await expect.poll(async () => (await emulator.objects()).filter((o) => o.bucket === 'bytedance-vod').length).toBe(count)
  return (await emulator.objects()).filter((o) => o.bucket === 'bytedance-vod')
}

/** The browser's calls to the app's jimeng token endpoint. */
function tokenCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/media-uploader/jimeng') calls.push(request.method())
  })
  return calls
}

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : Promise.resolve(/\.(js|html|css|map)$/.test(e.name) ? [path.join(dir, e.name)] : []))))
  return nested.flat()
}

test.describe('jimeng provider', () => {
  test('China: images land intact through apply → upload (CRC32) → commit', async ({ page, emulator }) => {
    const a = png('a.png')
    const b = png('b.png', 200, 120)
    const workers: string[] = []
    const violations: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    // Under the strict CSP (`script-src 'self'`): the CRC-32 worker is a same-origin script.
    await openJimeng(page, '&csp')
    await addFiles(page, a, b)
    await expect(fileRow(page, 'a.png')).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'b.png')).toHaveAttribute('data-status', 'done')
    const objects = await imagexObjects(emulator, 2)
    for (const file of [a, b]) {
      const object = objects.find((o) => o.sha256 === sha256(file.buffer))
      expect(object, `${file.name} stored with identical bytes`).toBeDefined()
      expect(object?.key).toMatch(/^tos-cn-i-tb4s082cfz\/[0-9a-f]{32}$/)
      expect(object?.metadata).toMatchObject({ variant: 'cn', serviceid: 'tb4s082cfz' })
    }
    expect(workers.filter((url) => /crc32/.test(url))).toHaveLength(1)
    expect(violations).toEqual([])
    const uploads = await emulator.requests('imagex-upload')
    expect(uploads.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([200, 200])
    // Browser-direct: ImageX and the upload host saw the page's origin (CORS), the token API only the server.
    expect(uploads.find((r) => r.method === 'POST')?.origin).toBe(new URL(page.url()).origin)
    expect((await emulator.requests('jimeng')).every((r) => r.origin === 'https://jimeng.jianying.com')).toBe(true)
  })

  test('international: a us- refresh token lands in the international space', async ({ page, emulator, context, baseURL }) => {
    await context.addCookies([{ name: 'demo-jimeng', value: 'intl', url: baseURL ?? '' }])
    const file = png('intl.png')
    await openJimeng(page)
    await addFiles(page, file)
    await expect(fileRow(page, 'intl.png')).toHaveAttribute('data-status', 'done')
    const [object] = await imagexObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(file.buffer))
    expect(object?.key).toMatch(/^tos-useast5-i-wopfjsm1ax-tx\//)
    expect(object?.metadata).toMatchObject({ variant: 'intl', serviceid: 'wopfjsm1ax' })
    expect((await emulator.requests('jimeng'))[0]?.query).toMatchObject({ aid: '513641', web_version: '7.5.0' })
  })

  test('a CRC32 mismatch is refused by the upload host and reported clearly', async ({ page, emulator }) => {
    // Fault: the request leaves the browser with a wrong Content-CRC32; the upload host computes the real one.
    await page.route('**/upload/v1/**', (route) => route.continue({ headers: { ...route.request().headers(), 'content-crc32': '00000000' } }))
    await openJimeng(page)
    await addFiles(page, png('bad.png'))
    const row = fileRow(page, 'bad.png')
    await expect(row).toHaveAttribute('data-status', 'error')
    await expect(row.locator('[data-mu-element="file-error"] p')).toHaveText('“bad.png” arrived damaged. Retry.')
    expect((await emulator.requests('imagex-upload')).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([400])
    expect((await emulator.objects()).filter((o) => o.bucket === 'imagex')).toEqual([])
    // No commit for bytes that never landed.
    expect((await emulator.requests('imagex')).filter((r) => r.method === 'POST')).toEqual([])
  })

  test('an expired token is fetched again and the upload completes without user action', async ({ page, emulator }) => {
    await emulator.config({ jimengTokenExpiresSeconds: 2 })
    const calls = tokenCalls(page)
    await openJimeng(page)
    await addFiles(page, png('first.png'))
    await expect(fileRow(page, 'first.png')).toHaveAttribute('data-status', 'done')
    await page.waitForTimeout(2300)
    await addFiles(page, png('second.png', 10, 10))
    await expect(fileRow(page, 'second.png')).toHaveAttribute('data-status', 'done')
    expect(calls).toEqual(['POST', 'POST'])
    expect((await emulator.requests('imagex')).some((r) => r.status === 403)).toBe(true)
    await imagexObjects(emulator, 2)
  })

  test('20 files in one batch cost one token call', async ({ page, emulator }) => {
    const calls = tokenCalls(page)
    const files = Array.from({ length: 20 }, (_, i) => png(`batch-${i}.png`, 8 + i, 8))
    await openJimeng(page)
    await addFiles(page, ...files)
    // The list is virtualised (not every row is in the DOM): count through the status summary.
    await expect(page.locator('[data-mu-element="summary"]')).toHaveText('20 files uploaded', { timeout: 30_000 })
    expect(calls).toEqual(['POST'])
    expect(await emulator.requests('jimeng')).toHaveLength(1)
    expect((await emulator.requests('imagex')).filter((r) => r.method === 'GET')).toHaveLength(20)
    await imagexObjects(emulator, 20)
  })

  for (const variant of ['cn', 'intl'] as const) {
    test(`${variant}: a video lands intact through VOD ApplyUploadInner → upload (CRC32) → CommitUploadInner`, async ({ page, emulator, context, baseURL }) => {
      if (variant === 'intl') await context.addCookies([{ name: 'demo-jimeng', value: 'intl', url: baseURL ?? '' }])
      const clip = mp4(`clip-${variant}.mp4`)
      const image = png(`still-${variant}.png`)
      const calls = tokenCalls(page)
      const workers: string[] = []
      page.on('worker', (worker) => workers.push(worker.url()))
      await openJimeng(page)
      await addFiles(page, clip, image)
      await expect(fileRow(page, clip.name)).toHaveAttribute('data-status', 'done')
      await expect(fileRow(page, image.name)).toHaveAttribute('data-status', 'done')
      const [video] = await vodObjects(emulator, 1)
      expect(video?.sha256).toBe(sha256(clip.buffer))
      expect(video?.size).toBe(clip.buffer.length)
      expect(video?.key).toMatch(variant === 'cn' ? /^tos-cn-v-148450\/[0-9a-f]{32}$/ : /^tos-useast5-v-2774c002-tx\//)
      expect(video?.metadata).toMatchObject({ variant, serviceid: 'dreamina' })
      // The image still goes to ImageX; each kind has its own token.
      expect((await imagexObjects(emulator, 1))[0]?.sha256).toBe(sha256(image.buffer))
      // The CRC-32 of the video is computed in the worker, as for images.
      expect(workers.filter((url) => /crc32/.test(url))).toHaveLength(1)
      expect(calls).toEqual(['POST', 'POST'])
      expect(await emulator.requests('jimeng')).toHaveLength(2)
      const vod = await emulator.requests('bytedance-vod')
      expect(vod.filter((r) => r.method !== 'OPTIONS').map((r) => [r.method, r.status])).toEqual([
        ['GET', 200],
        ['POST', 200],
      ])
      expect(vod.find((r) => r.method === 'GET')?.origin).toBe(new URL(page.url()).origin)
    })
  }

  test('a CRC32 mismatch on a video is refused by the upload host and reported in plain words', async ({ page, emulator }) => {
    await page.route('**/upload/v1/**', (route) => route.continue({ headers: { ...route.request().headers(), 'content-crc32': '00000000' } }))
    await openJimeng(page)
    await addFiles(page, mp4('damaged.mp4', 256 * 1024, 7))
    const row = fileRow(page, 'damaged.mp4')
    await expect(row).toHaveAttribute('data-status', 'error')
    await expect(row.locator('[data-mu-element="file-error"] p')).toHaveText('“damaged.mp4” arrived damaged. Retry.')
    expect((await emulator.requests('imagex-upload')).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([400])
    expect((await emulator.objects()).filter((o) => o.bucket === 'bytedance-vod')).toEqual([])
    // No commit for bytes that never landed.
    expect((await emulator.requests('bytedance-vod')).filter((r) => r.method === 'POST')).toEqual([])
  })

  test('the refresh token and the session cookie appear in no browser asset or page request', async ({ page }) => {
    const seen: string[] = []
    page.on('request', (request) => {
      seen.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? '')
    })
    page.on('response', async (response) => {
      seen.push(JSON.stringify(await response.allHeaders()))
      if (/json|javascript|html/.test(response.headers()['content-type'] ?? '')) seen.push(await response.text().catch(() => ''))
    })
    await openJimeng(page)
    await addFiles(page, png('secret-check.png'))
    await expect(fileRow(page, 'secret-check.png')).toHaveAttribute('data-status', 'done')
    const cookies = await page.context().cookies()
    const assets = await Promise.all((await jsFiles(distDir)).map((file) => readFile(file, 'utf8')))
    expect(assets.length).toBeGreaterThan(0)
    expect(seen.some((text) => text.includes('/api/media-uploader/jimeng'))).toBe(true)
    for (const secret of SECRETS) {
      expect(seen.filter((text) => text.includes(secret)), `page traffic contains ${secret}`).toEqual([])
      expect(assets.filter((text) => text.includes(secret)).length, `built assets contain ${secret}`).toBe(0)
      expect(JSON.stringify(cookies)).not.toContain(secret)
    }
  })
})
