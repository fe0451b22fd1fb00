import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { emulatorCredentials } from '../packages/emulator/src/index.ts'
import { deterministicBytes, emulatorAdmin, expect, fileRow, makePng, sha256, test, type EmulatorAdmin } from './fixtures.ts'

/** The AccessKey secret the demo server signs VOD calls with (the emulator's test key). */
const ACCESS_KEY_SECRET = process.env.ALIYUN_ACCESS_KEY_SECRET ?? emulatorCredentials.secretAccessKey
const distDir = fileURLToPath(new URL('../apps/demo/dist', import.meta.url))
const MiB = 1024 * 1024
const BUCKET = 'outin-emulator'

interface Logged {
  method: string
  query: Record<string, string>
  status: number | null
  aborted: boolean
  time: string
  durationMs: number | null
}

/** Opens the demo with aliyun-vod selected, optionally with provider options, in English (or `locale`). */
async function open(page: Page, options?: Record<string, unknown>, locale = 'en'): Promise<void> {
  const query = new URLSearchParams({ provider: 'aliyun-vod', locale })
  if (options) query.set('options', JSON.stringify(options))
  await page.goto(`/?${query}`)
  await expect(page.locator('select[name="provider"]')).toHaveValue('aliyun-vod')
  await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
}

const input = (page: Page) => page.locator('input[type="file"]')
const requests = async (service: 'oss' | 'aliyun-vod') => (await emulatorAdmin.requests(service)) as unknown as Logged[]
const actions = async () => (await requests('aliyun-vod')).map((r) => r.query.Action)
const partPuts = (log: Logged[]) => log.filter((r) => r.method === 'PUT' && 'partNumber' in r.query)

async function vodObjects(emulator: EmulatorAdmin, count: number) {
  await expect.poll(async () => (await emulator.objects()).filter((o) => o.bucket === BUCKET).length).toBe(count)
  return (await emulator.objects()).filter((o) => o.bucket === BUCKET)
}

/** The page's resume checkpoints, read from IndexedDB as stored. */
function checkpoints(page: Page): Promise<{ key: string; value: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('media-uploader-resume')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('checkpoints')) return resolve([])
          const all = db.transaction('checkpoints').objectStore('checkpoints').getAll()
          all.onsuccess = () => {
            db.close()
            resolve(all.result)
          }
        }
      }),
  )
}

/** The STS secrets the page received (decoded from the sign answers), collected as they arrive. */
function watchCredentials(page: Page): Set<string> {
  const secrets = new Set<string>()
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/media-uploader/aliyun-vod')) return
    const body = (await response.json().catch(() => undefined)) as { data?: { UploadAuth?: string } } | undefined
    if (!body?.data?.UploadAuth) return
    const auth = JSON.parse(Buffer.from(body.data.UploadAuth, 'base64').toString('utf8')) as Record<string, string>
    for (const key of ['AccessKeySecret', 'SecurityToken'] as const) if (auth[key]) secrets.add(auth[key])
  })
  return secrets
}

test.describe('aliyun-vod provider', () => {
  test('uploads an image of each ImageExt with one PUT each; stored bytes match; done rows link the image', async ({ page, emulator }) => {
    const images = [
      { name: 'photo.png', mimeType: 'image/png', buffer: makePng(64, 48) },
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: deterministicBytes(40_000, 2) },
      { name: 'photo.jpeg', mimeType: 'image/jpeg', buffer: deterministicBytes(50_000, 3) },
      { name: 'anim.gif', mimeType: 'image/gif', buffer: deterministicBytes(30_000, 4) },
    ]
    await open(page, { title: '日落 sunset', tags: ['sea', 'sky'] })
    await input(page).setInputFiles(images)
    for (const image of images) await expect(fileRow(page, image.name)).toHaveAttribute('data-status', 'done')

    const stored = await vodObjects(emulator, 4)
    for (const image of images) {
      const object = stored.find((o) => o.sha256 === sha256(image.buffer))
      expect(object, `${image.name} stored intact`).toBeDefined()
      expect(object?.key).toMatch(new RegExp(`^image/default/[0-9A-F]{32}\\.${path.extname(image.name).slice(1)}$`))
      expect(object?.contentType).toBe(image.mimeType)
    }
    // A done row offers "Open" (the image on the virtual-hosted bucket) and "Copy link".
    const result = fileRow(page, 'photo.png').locator('[data-mu-element="file-result"]')
    const link = result.getByRole('link', { name: 'Open photo.png' })
    await expect(link).toHaveAttribute('href', new RegExp(`^http://${BUCKET}\\.localhost:\\d+/image/default/[0-9A-F]{32}\\.png`))
    await expect(result.getByRole('button', { name: 'Copy link photo.png' })).toBeVisible()
    const vod = await requests('aliyun-vod')
    expect(vod.map((r) => r.query.Action)).toEqual(Array(4).fill('CreateUploadImage'))
    expect(vod.map((r) => r.query.ImageExt).sort()).toEqual(['gif', 'jpeg', 'jpg', 'png'])
    expect(vod[0]?.query).toMatchObject({ Title: '日落 sunset', Tags: 'sea,sky', ImageType: 'default' })
    expect((await requests('oss')).filter((r) => r.method !== 'OPTIONS').map((r) => r.method)).toEqual(Array(4).fill('PUT'))
  })

  test('uploads a 200 MiB video in multipart (parts in flight together) intact', async ({ page, demo, emulator }) => {
    test.setTimeout(180_000)
    const bytes = deterministicBytes(200 * MiB, 200)
    await open(page)
    await demo.addLarge('big.mp4', bytes)
    await expect(fileRow(page, 'big.mp4')).toHaveAttribute('data-status', 'done', { timeout: 150_000 })
    const [object] = await vodObjects(emulator, 1)
    expect(object).toMatchObject({ size: bytes.length, sha256: sha256(bytes), contentType: 'video/mp4' })
    expect(object?.key).toMatch(/^sv\/.+\.mp4$/)
    const oss = (await requests('oss')).filter((r) => r.method !== 'OPTIONS')
    expect(oss.filter((r) => r.method === 'POST' && 'uploads' in r.query)).toHaveLength(1)
    const parts = partPuts(oss)
    expect(parts).toHaveLength(13) // 16 MiB parts
    expect(oss.at(-1)).toMatchObject({ method: 'POST', query: { uploadId: expect.any(String) }, status: 200 })
    // Several parts were on the wire at once.
    const spans = parts.map((r) => [Date.parse(r.time), Date.parse(r.time) + (r.durationMs ?? 0)] as const)
    const maxInFlight = Math.max(...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length))
    expect(maxInFlight).toBeGreaterThanOrEqual(3)
    expect(await actions()).toEqual(['CreateUploadVideo'])
  })

  test('survives credentials expiring mid-upload: renewed before expiry and after SecurityTokenExpired', async ({ page, demo, emulator }) => {
    test.setTimeout(120_000)
    await emulator.config({ vodUploadAuthExpiresSeconds: 2 })
    await emulator.fault({ service: 'oss', match: { method: 'PUT' }, bandwidthBytesPerSec: 3 * MiB })
    const video = { name: 'slow.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(80 * MiB, 40) }
    await open(page)
    await demo.addLarge(video.name, video.buffer)
    await expect(fileRow(page, 'slow.mp4')).toHaveAttribute('data-status', 'done', { timeout: 90_000 })
    expect((await vodObjects(emulator, 1))[0]?.sha256).toBe(sha256(video.buffer))
    const vod = await actions()
    expect(vod[0]).toBe('CreateUploadVideo')
    expect(vod.filter((a) => a === 'RefreshUploadVideo').length).toBeGreaterThanOrEqual(2)
    expect((await requests('oss')).filter((r) => (r.status ?? 0) >= 400)).toEqual([])

    // An image whose credential OSS calls expired: a new CreateUploadImage, then the same PUT again.
    await emulator.clear()
    const expired = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SecurityTokenExpired</Code><Message>The security token you provided has expired.</Message></Error>'
    await emulator.fault({ service: 'oss', match: { method: 'PUT' }, failNext: { count: 1, status: 403, body: expired } })
    const png = { name: 'late.png', mimeType: 'image/png', buffer: makePng(32, 32) }
    await input(page).setInputFiles(png)
    await expect(fileRow(page, 'late.png')).toHaveAttribute('data-status', 'done')
    expect(await actions()).toEqual(['CreateUploadImage', 'CreateUploadImage'])
    expect((await vodObjects(emulator, 1))[0]?.sha256).toBe(sha256(png.buffer))
  })

  test('cancel mid-multipart aborts the multipart upload in OSS, so its parts are not kept', async ({ page, demo, emulator }) => {
    test.setTimeout(90_000)
    await emulator.fault({ service: 'oss', match: { method: 'PUT' }, bandwidthBytesPerSec: 4 * MiB })
    await open(page)
    await demo.addLarge('dropped.mp4', deterministicBytes(48 * MiB, 9))
    await expect.poll(async () => partPuts(await requests('oss')).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
    const row = fileRow(page, 'dropped.mp4')
    await row.getByRole('button', { name: 'Cancel dropped.mp4' }).click()
    await expect(row).toHaveAttribute('data-status', 'canceled')
    await expect.poll(async () => (await requests('oss')).find((r) => r.method === 'DELETE')).toMatchObject({ query: { uploadId: expect.any(String) }, status: 204 })
    const oss = await requests('oss')
    const uploadId = oss.find((r) => r.method === 'POST' && 'uploads' in r.query) && oss.find((r) => r.method === 'DELETE')?.query.uploadId
    expect(partPuts(oss).every((r) => r.query.uploadId === uploadId)).toBe(true)
    expect(await vodObjects(emulator, 0)).toEqual([])
  })

  test('resumes from the listed parts after the network drops', async ({ page, context, demo, emulator }) => {
    test.setTimeout(120_000)
    await emulator.fault({ service: 'oss', match: { method: 'PUT' }, bandwidthBytesPerSec: 4 * MiB })
    const video = { name: 'drop.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(96 * MiB, 48) }
    await open(page)
    await demo.addLarge(video.name, video.buffer)
    await expect.poll(async () => partPuts(await requests('oss')).filter((r) => r.status === 200).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    await context.setOffline(true)
    // Chromium's offline mode fails new requests only: let the parts already streaming finish, so the
    // next request (a part or the completion) is the one the drop hits.
    await expect.poll(async () => partPuts(await requests('oss')).filter((r) => r.status === null && !r.aborted).length, { timeout: 30_000 }).toBe(0)
    // Offline, the upload waits for `online` (its retries are not used up meanwhile) instead of failing.
    await page.waitForTimeout(3_000)
    await expect(fileRow(page, 'drop.mp4')).toHaveAttribute('data-status', 'uploading')
    await expect(fileRow(page, 'drop.mp4').locator('[data-mu-element="file-error"]')).toHaveCount(0)
    const before = (await requests('oss')).length
    const stored = partPuts(await requests('oss')).filter((r) => r.status === 200).length
    await context.setOffline(false) // `online` → the upload continues by itself
    await expect(fileRow(page, 'drop.mp4')).toHaveAttribute('data-status', 'done', { timeout: 60_000 })
    expect((await vodObjects(emulator, 1))[0]?.sha256).toBe(sha256(video.buffer))
    const after = (await requests('oss')).slice(before).filter((r) => r.method !== 'OPTIONS')
    expect(after[0]).toMatchObject({ method: 'GET', query: { uploadId: expect.any(String) } }) // ListParts
    expect(partPuts(after).length).toBeLessThanOrEqual(6 - stored)
    expect(await actions()).toEqual(['CreateUploadVideo']) // same video, same multipart upload
    expect((await requests('oss')).filter((r) => r.method === 'POST' && 'uploads' in r.query)).toHaveLength(1)
  })

  test('resumes after a page reload: the same file re-added continues the same video and multipart upload', async ({ page, demo, emulator }, testInfo) => {
    test.setTimeout(120_000)
    const secrets = watchCredentials(page)
    await emulator.fault({ service: 'oss', match: { method: 'PUT' }, bandwidthBytesPerSec: 4 * MiB })
    const video = { name: 'reload.mp4', buffer: deterministicBytes(128 * MiB, 52) } // 8 parts, 4 in flight
    await open(page)
    await demo.addLarge(video.name, video.buffer)
    await expect.poll(async () => partPuts(await requests('oss')).filter((r) => r.status === 200).length, { timeout: 30_000, intervals: [100] }).toBeGreaterThanOrEqual(2)
    await page.reload() // the tab closes after about half the parts
    await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
    await fetch(`${emulator.url}/_faults`, { method: 'DELETE' })

    // The checkpoint the first page left: ids, the grant, parts — no credential.
    const saved = await checkpoints(page)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ value: { videoId: expect.any(String), uploadId: expect.any(String), grant: expect.any(String), partSize: 16 * MiB } })
    const text = JSON.stringify(saved)
    expect(secrets.size).toBeGreaterThan(0)
    for (const secret of secrets) expect(text.includes(secret)).toBe(false)
    expect(text).not.toMatch(/STS\.|AccessKey|SecurityToken|Authorization|Signature/i)

    const stored = partPuts(await requests('oss')).filter((r) => r.status === 200).length
    const before = (await requests('oss')).length
    await input(page).setInputFiles(testInfo.outputPath(video.name)) // the same file, picked again
    await expect(fileRow(page, video.name)).toHaveAttribute('data-status', 'done', { timeout: 60_000 })
    expect((await vodObjects(emulator, 1))[0]?.sha256).toBe(sha256(video.buffer))
    expect(await actions()).toEqual(['CreateUploadVideo', 'RefreshUploadVideo']) // one VideoId
    const oss = await requests('oss')
    expect(oss.filter((r) => r.method === 'POST' && 'uploads' in r.query)).toHaveLength(1) // one multipart upload
    const after = oss.slice(before).filter((r) => r.method !== 'OPTIONS')
    expect(after[0]).toMatchObject({ method: 'GET', query: { uploadId: saved[0]?.value.uploadId } }) // ListParts
    expect(partPuts(after).filter((r) => r.status === 200).length).toBe(8 - stored) // only the missing parts
    await expect.poll(() => checkpoints(page)).toEqual([]) // removed when done
  })

  test('a 129-byte Title or 17 tags is refused with the field named, before any call to VOD', async ({ page, emulator }) => {
    await open(page, { title: 'x'.repeat(129) })
    await input(page).setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: makePng(8, 8) })
    const error = fileRow(page, 'a.png').locator('[data-mu-element="file-error"]')
    await expect(error.locator('p')).toHaveText('“a.png” was refused by the upload service. Try another file.')
    await expect(error.locator('[data-mu-element="error-details"]')).toContainText('Invalid Title: must be at most 128 bytes (UTF-8), got 129')
    await expect(fileRow(page, 'a.png').locator('[data-mu-element="retry-button"]')).toHaveCount(0)

    await open(page, { tags: Array.from({ length: 17 }, (_, i) => `tag${i}`) }, 'zh-CN')
    await input(page).setInputFiles({ name: 'b.png', mimeType: 'image/png', buffer: makePng(8, 8) })
    await expect(fileRow(page, 'b.png').locator('[data-mu-element="file-error"] p')).toHaveText('上传服务拒绝了“b.png”，请换一个文件。')
    await expect(fileRow(page, 'b.png').locator('[data-mu-element="error-details"]')).toContainText('Tags 超过 16 个')

    await open(page, { title: '雪'.repeat(43) }) // 129 bytes in UTF-8, 43 characters
    await input(page).setInputFiles({ name: 'c.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(1000, 1) })
    await expect(fileRow(page, 'c.mp4').locator('[data-mu-element="file-error"]')).toContainText('Title')
    expect(await requests('aliyun-vod')).toEqual([])
    expect(await requests('oss')).toEqual([])
    expect(await emulator.objects()).toEqual([])
  })

  test('keeps the AccessKey on the server and STS credentials out of storage, URLs and logs', async ({ page, emulator }) => {
    const secrets = watchCredentials(page)
    const urls: string[] = []
    const consoleText: string[] = []
    const bodies: Promise<string>[] = []
    page.on('request', (request) => urls.push(request.url()))
    page.on('console', (message) => consoleText.push(message.text()))
    page.on('response', (response) => {
      if (['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(response.request().resourceType())) bodies.push(response.text().catch(() => ''))
    })
    await open(page)
    const png = { name: 'x.png', mimeType: 'image/png', buffer: makePng(16, 16) }
    const clip = { name: 'y.mp4', mimeType: 'video/mp4', buffer: deterministicBytes(12 * MiB, 12) }
    await input(page).setInputFiles([png, clip])
    await expect(fileRow(page, 'x.png')).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'y.mp4')).toHaveAttribute('data-status', 'done')
    expect(await vodObjects(emulator, 2)).toHaveLength(2)
    await expect.poll(() => secrets.size).toBe(4)

    // The AccessKey secret is in no asset the page loaded, no answer it got, and no file of the build.
    for (const body of await Promise.all(bodies)) expect(body.includes(ACCESS_KEY_SECRET)).toBe(false)
    const files = await readdir(distDir, { recursive: true })
    for (const name of files) {
      const full = path.join(distDir, String(name))
      if (/\.(js|css|html|json|map)$/.test(full)) expect((await readFile(full, 'utf8')).includes(ACCESS_KEY_SECRET), full).toBe(false)
    }

    // The STS secrets are in no URL, no console line, and nothing the page stored.
    const stored = await page.evaluate(async () => {
      const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }, document.cookie]
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name as string)
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        for (const store of db.objectStoreNames) {
          const records = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll()
            request.onsuccess = () => resolve(request.result as unknown[])
          })
          dump.push(info.name, store, records)
        }
        db.close()
      }
      const caches = 'caches' in self ? await self.caches.keys() : []
      return JSON.stringify([dump, caches])
    })
    for (const secret of secrets) {
      expect(stored.includes(secret)).toBe(false)
      expect(urls.some((url) => url.includes(secret) || url.includes(encodeURIComponent(secret)))).toBe(false)
      expect(consoleText.some((line) => line.includes(secret))).toBe(false)
    }
  })
})
