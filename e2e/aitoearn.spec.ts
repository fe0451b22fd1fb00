import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { emulatorCredentials } from '../packages/emulator/src/index.ts'
import { deterministicBytes, expect, fileRow, makePng, sha256, test, type EmulatorAdmin } from './fixtures.ts'

/** The key the demo server signs with (from its environment, else the emulator's test key). */
const API_KEY = process.env.AITOEARN_API_KEY ?? emulatorCredentials.aitoearnApiKey
const distDir = fileURLToPath(new URL('../apps/demo/dist', import.meta.url))

const png = { name: 'photo.png', mimeType: 'image/png', buffer: makePng(64, 48) }
const video = { name: 'clip.webm', mimeType: 'video/webm', buffer: deterministicBytes(300 * 1024, 11) }

/** Opens the demo with the aitoearn provider selected (URL parameter), in English. */
async function openAitoearn(page: Page): Promise<void> {
  await page.goto('/?provider=aitoearn&locale=en')
  await expect(page.locator('select[name="provider"]')).toHaveValue('aitoearn')
  await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
}

async function addFiles(page: Page, ...files: (typeof png)[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(files.map((file) => ({ ...file })))
}

/** Waits until the store holds `count` objects and returns them. */
async function storedObjects(emulator: EmulatorAdmin, count: number) {
  await expect.poll(async () => (await emulator.objects()).length).toBe(count)
  return emulator.objects()
}

/** The browser's calls to the app's aitoearn sign endpoint. */
function watchSignCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/media-uploader/aitoearn')) calls.push(`${request.method()} ${request.url()}`)
  })
  return calls
}

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return jsFiles(full)
      return Promise.resolve(entry.name.endsWith('.js') ? [full] : [])
    }),
  )
  return nested.flat()
}

test.describe('aitoearn provider', () => {
  test('PUT mode: an image and a video land intact under the asset type', async ({ page, emulator }) => {
    await openAitoearn(page)
    await addFiles(page, png, video)

    await expect(fileRow(page, 'photo.png')).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'clip.webm')).toHaveAttribute('data-status', 'done')
    const objects = await storedObjects(emulator, 2)
    const image = objects.find((o) => o.sha256 === sha256(png.buffer))
    const clip = objects.find((o) => o.sha256 === sha256(video.buffer))
    expect(image, 'PNG stored with identical bytes').toBeDefined()
    expect(clip, 'video stored with identical bytes').toBeDefined()
    // providerOptions={{ type: 'userMedia' }} reached AiToEarn through the app server.
    expect(image?.key).toMatch(/^userMedia\/emu-user\/\d{8}\/[0-9a-f]{24}\.png$/)
    expect(clip?.key).toMatch(/^userMedia\/emu-user\/\d{8}\/[0-9a-f]{24}\.webm$/)
    expect(image?.contentType).toBe('image/png')

    const signs = await emulator.requests('aitoearn')
    expect(signs.map((s) => `${s.method} ${s.path} ${s.status}`)).toEqual(Array(2).fill('POST /api/assets/uploadSign 200'))
    const puts = (await emulator.requests('s3')).filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.status)).toEqual([200, 200])
  })

  test('POST-form mode: the file is posted with the policy fields and lands intact', async ({ page, emulator }) => {
    await emulator.config({ aitoearn: { mode: 'post' } })
    await openAitoearn(page)
    await addFiles(page, png, video)

    await expect(fileRow(page, 'photo.png')).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'clip.webm')).toHaveAttribute('data-status', 'done')
    const objects = await storedObjects(emulator, 2)
    const image = objects.find((o) => o.sha256 === sha256(png.buffer))
    expect(image).toBeDefined()
    expect(image?.contentType).toBe('image/png')
    expect(objects.find((o) => o.sha256 === sha256(video.buffer))?.contentType).toBe('video/webm')
    const uploads = (await emulator.requests('s3')).filter((r) => r.method !== 'OPTIONS')
    expect(uploads.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(Array(2).fill('POST /media 204'))
  })

  test('a wrong API key is reported clearly and not retried', async ({ page, emulator }) => {
    // Rotate the key the emulated AiToEarn accepts: the demo server's key is now wrong.
    await emulator.config({ aitoearn: { apiKey: 'rotated-emulator-key' } })
    const signCalls = watchSignCalls(page)
    await openAitoearn(page)
    await addFiles(page, png)

    const row = fileRow(page, 'photo.png')
    await expect(row).toHaveAttribute('data-status', 'error')
    const error = row.locator('[data-mu-element="file-error"]')
    await expect(error).toContainText('photo.png')
    // The user is told what to do; the developer side (provider's words, code) is in the details.
    await expect(error.locator('p')).toHaveText('You’re not allowed to upload “photo.png”. Sign in again, then retry.')
    await expect(error.locator('[data-mu-element="error-details"]')).toContainText('AiToEarn rejected the API key (401 Unauthorized)')
    // No retry: one browser call, one upstream call, nothing uploaded.
    await page.waitForTimeout(1500)
    expect(signCalls).toHaveLength(1)
    expect(await emulator.requests('aitoearn')).toHaveLength(1)
    expect(await emulator.requests('s3')).toHaveLength(0)
    await expect(row.locator('[data-mu-element="retry-button"]')).toHaveCount(0)
  })

  test('a file over the account limit gets AiToEarn 12752 at sign time', async ({ page, emulator }) => {
    await emulator.config({ aitoearn: { maxSize: 100 * 1024 } })
    await openAitoearn(page)
    await addFiles(page, video)

    const row = fileRow(page, 'clip.webm')
    await expect(row).toHaveAttribute('data-status', 'error')
    const error = row.locator('[data-mu-element="file-error"]')
    await expect(error).toContainText('clip.webm')
    // The user's message names no provider and no code; the developer side is in the details.
    const message = error.locator('p').first()
    await expect(message).toHaveText('“clip.webm” is too large (300 kB; the limit is your account’s limit).')
    const details = error.locator('[data-mu-element="error-details"]')
    await expect(details).toContainText('12752')
    await expect(details).toContainText('AssetTooLarge')
    expect(await emulator.requests('aitoearn')).toHaveLength(1)
    expect(await emulator.requests('s3')).toHaveLength(0)
    expect(await emulator.objects()).toHaveLength(0)
  })

  test("a file over the policy's content-length-range is refused by the store and reported", async ({ page, emulator }) => {
    // Sign-time limit 10 MiB, but the POST policy only allows 100 KiB: the store must refuse.
    await emulator.config({ aitoearn: { mode: 'post', maxSize: 10 * 1024 * 1024, policyMaxSize: 100 * 1024 } })
    await openAitoearn(page)
    await addFiles(page, video, png)

    await expect(fileRow(page, 'photo.png')).toHaveAttribute('data-status', 'done')
    const row = fileRow(page, 'clip.webm')
    await expect(row).toHaveAttribute('data-status', 'error')
    const error = row.locator('[data-mu-element="file-error"]')
    await expect(error).toContainText('clip.webm')
    await expect(error).toContainText('EntityTooLarge')
    const posts = (await emulator.requests('s3')).filter((r) => r.method === 'POST')
    expect(posts.map((r) => r.status).sort()).toEqual([204, 400])
    const [object] = await storedObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(png.buffer))
  })

  test('the API key is in no built JavaScript and in nothing the page sends or receives', async ({ page, emulator }) => {
    const files = await jsFiles(distDir).catch(() => [])
    test.skip(files.length === 0 && process.env.E2E_DEV === '1', 'no production build with E2E_DEV=1')
    expect(files.length, `built JavaScript under ${distDir}`).toBeGreaterThan(0)
    for (const file of files) {
      expect((await readFile(file, 'utf8')).includes(API_KEY), `${path.relative(distDir, file)} contains the key`).toBe(false)
    }

    const traffic: string[] = []
    const pending: Promise<void>[] = []
    page.on('request', (request) => {
      traffic.push(`> ${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`)
      pending.push(
        request.allHeaders().then(
          (headers) => void traffic.push(JSON.stringify(headers)),
          () => undefined,
        ),
      )
    })
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const headers = await response.allHeaders().catch(() => response.headers())
          const body = await response.body().then(
            (bytes) => bytes.toString('utf8'),
            () => '',
          )
          traffic.push(`< ${response.status()} ${response.url()}\n${JSON.stringify(headers)}\n${body}`)
        })(),
      )
    })

    // A sign + PUT, a sign + POST form, and a refused key: every kind of exchange.
    await openAitoearn(page)
    await addFiles(page, png)
    await expect(fileRow(page, 'photo.png')).toHaveAttribute('data-status', 'done')
    await emulator.config({ aitoearn: { mode: 'post' } })
    await addFiles(page, video)
    await expect(fileRow(page, 'clip.webm')).toHaveAttribute('data-status', 'done')
    await emulator.config({ aitoearn: { apiKey: 'rotated-emulator-key' } })
    await addFiles(page, { name: 'second.png', mimeType: 'image/png', buffer: makePng(8, 8) })
    await expect(fileRow(page, 'second.png')).toHaveAttribute('data-status', 'error')
    await Promise.all(pending)

    const signExchanges = traffic.filter((entry) => entry.includes('/api/media-uploader/aitoearn'))
    expect(signExchanges.length).toBeGreaterThanOrEqual(6)
    expect(traffic.some((entry) => entry.includes('x-amz-signature'))).toBe(true)
    // Bodies were captured: the sign answers (with their asset paths) and the refusal are in there.
    expect(traffic.some((entry) => entry.includes('"code":0') && entry.includes('userMedia/emu-user/'))).toBe(true)
    expect(traffic.some((entry) => entry.includes('"code":401'))).toBe(true)
    for (const entry of traffic) expect(entry.includes(API_KEY), entry.slice(0, 200)).toBe(false)
  })
})
