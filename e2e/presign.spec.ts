import { deterministicBytes, expect, fileRow, makePng, sha256, test, type EmulatorAdmin } from './fixtures.ts'

/** Waits until the store holds `count` objects and returns them. */
async function storedObjects(emulator: EmulatorAdmin, count: number) {
  await expect.poll(async () => (await emulator.objects()).length).toBe(count)
  return emulator.objects()
}

const png = { name: 'photo.png', mimeType: 'image/png', buffer: makePng(64, 48) }

test.describe('presign provider', () => {
  test('uploads an image and a video; the stored bytes match', async ({ demo, emulator }) => {
    const video = { name: 'clip.webm', mimeType: 'video/webm', buffer: deterministicBytes(300 * 1024, 7) }
    await demo.open()
    await demo.add(png, video)

    await expect(demo.row('photo.png')).toHaveAttribute('data-status', 'done')
    await expect(demo.row('clip.webm')).toHaveAttribute('data-status', 'done')

    const objects = await storedObjects(emulator, 2)
    const image = objects.find((o) => o.sha256 === sha256(png.buffer))
    const clip = objects.find((o) => o.sha256 === sha256(video.buffer))
    expect(image, 'PNG stored with identical bytes').toBeDefined()
    expect(clip, 'video stored with identical bytes').toBeDefined()
    expect(image?.size).toBe(png.buffer.length)
    expect(image?.key).toMatch(/\.png$/)
    expect(image?.contentType).toBe('image/png')
    // The browser probed the image and the sign call passed width/height/type on.
    expect(image?.metadata).toMatchObject({ width: '64', height: '48', type: 'origin' })
    expect(clip?.key).toMatch(/\.webm$/)
    expect(clip?.contentType).toBe('video/webm')
    expect(clip?.metadata).toMatchObject({ type: 'video' })

    // One sign call per file, through the app server (no open proxy: only known params).
    const signs = await emulator.requests('presign')
    expect(signs).toHaveLength(2)
    for (const sign of signs) {
      expect(Object.keys(sign.query).sort()).toEqual(expect.arrayContaining(['ext', 'type']))
      expect(Object.keys(sign.query).every((k) => ['ext', 'width', 'height', 'duration', 'type'].includes(k))).toBe(true)
    }
  })

  test('images are signed with the size Chromium shows them at: an EXIF-rotated JPEG, a WebP with alpha', async ({ demo, emulator, page }) => {
    await demo.open()
    // Chromium encodes both; the JPEG gets an EXIF block (orientation 6: rotate 90°) after its SOI marker.
    const made = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(40, 30)
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = 'rgba(200, 40, 40, 0.5)'
      ctx.fillRect(0, 0, 25, 30)
      const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer())
      const exif = [0xff, 0xe1, 0, 34, ...new TextEncoder().encode('Exif\0\0MM'), 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]
      const rotated = new Blob([jpeg.slice(0, 2), new Uint8Array(exif), jpeg.slice(2)], { type: 'image/jpeg' })
      const webp = await canvas.convertToBlob({ type: 'image/webp' })
      const shown = async (blob: Blob) => {
        const bitmap = await createImageBitmap(blob)
        return `${bitmap.width}x${bitmap.height}`
      }
      const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())]
      return { jpeg: await bytesOf(rotated), jpegShown: await shown(rotated), webp: await bytesOf(webp), webpShown: await shown(webp) }
    })
    expect(made.jpegShown).toBe('30x40')
    expect(made.webpShown).toBe('40x30')
    await demo.add({ name: 'rotated.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(made.jpeg) }, { name: 'alpha.webp', mimeType: 'image/webp', buffer: Buffer.from(made.webp) })
    await expect(demo.row('rotated.jpg')).toHaveAttribute('data-status', 'done')
    await expect(demo.row('alpha.webp')).toHaveAttribute('data-status', 'done')
    const objects = await storedObjects(emulator, 2)
    const size = (name: string) => {
      const o = objects.find((x) => x.key.endsWith(name.split('.').pop()!))
      return `${o?.metadata['width']}x${o?.metadata['height']}`
    }
    expect(size('rotated.jpg')).toBe(made.jpegShown)
    expect(size('alpha.webp')).toBe(made.webpShown)
  })

  test('files added together are signed in one batch request through the app server', async ({ demo, emulator, page }) => {
    const pageSignCalls: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/media-uploader/presign') pageSignCalls.push(request.method())
    })
    const files = Array.from({ length: 10 }, (_, i) => ({ name: `batch-${i}.png`, mimeType: 'image/png', buffer: makePng(8 + i, 8) }))
    await demo.open()
    await demo.add(...files)
    // The list is virtualised (not every row is in the DOM): count through the status summary.
    await expect(page.locator('[data-mu-element="summary"]')).toHaveText('10 files uploaded')

    const objects = await storedObjects(emulator, 10)
    expect(new Set(objects.map((o) => o.sha256))).toEqual(new Set(files.map((f) => sha256(f.buffer))))
    // The provider API still signs each file once; the browser paid for far fewer round trips.
    expect(await emulator.requests('presign')).toHaveLength(10)
    expect(pageSignCalls.length).toBeLessThanOrEqual(3)
    expect(pageSignCalls).toContain('POST')
  })

  test('uploads a 50 MiB file intact', async ({ demo, emulator }) => {
    test.setTimeout(120_000)
    const bytes = deterministicBytes(50 * 1024 * 1024, 50)
    await demo.open()
    await demo.addLarge('large.mp4', bytes)

    await expect(demo.row('large.mp4')).toHaveAttribute('data-status', 'done', { timeout: 90_000 })
    const [object] = await storedObjects(emulator, 1)
    expect(object?.size).toBe(bytes.length)
    expect(object?.sha256).toBe(sha256(bytes))
  })

  test('rejects .txt and .exe in the UI without asking for a URL', async ({ demo, emulator, page }) => {
    // The app server would refuse ext=txt itself, so watch the browser's sign calls, not just the upstream's.
    const signCalls: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/media-uploader/')) signCalls.push(request.url())
    })
    await demo.open()
    await demo.add(
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ\x90\x00') },
    )

    for (const name of ['notes.txt', 'setup.exe']) {
      // Not a row: a notice above the list, naming the file and what is allowed instead.
      await expect(demo.row(name)).toHaveCount(0)
      const error = page.locator('[data-mu-element="notice"]').filter({ hasText: name })
      await expect(error).toContainText(name)
      await expect(error).toContainText('jpg, jpeg, png, webp, gif, mp4, webm')
    }
    // Give a (wrong) sign call time to happen before asserting there was none.
    await page.waitForTimeout(500)
    expect(signCalls).toEqual([])
    expect(await emulator.requests('presign')).toHaveLength(0)
    expect(await emulator.requests('s3')).toHaveLength(0)
    expect(await emulator.objects()).toHaveLength(0)
  })

  test('retries a sign endpoint that fails twice, then completes', async ({ demo, emulator }) => {
    await emulator.fault({ service: 'presign', failNext: { count: 2, status: 500 } })
    await demo.open()
    await demo.add(png)

    await expect(demo.row('photo.png')).toHaveAttribute('data-status', 'done')
    const signs = await emulator.requests('presign')
    expect(signs.map((s) => s.status)).toEqual([500, 500, 200])
    const [object] = await storedObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(png.buffer))
  })

  test('retries a storage 500 once, then completes', async ({ demo, emulator }) => {
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, failNext: { count: 1, status: 500 } })
    await demo.open()
    await demo.add(png)

    await expect(demo.row('photo.png')).toHaveAttribute('data-status', 'done')
    const puts = (await emulator.requests('s3')).filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.status)).toEqual([500, 200])
    const [object] = await storedObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(png.buffer))
  })

  test('re-signs a URL that expired before use, then completes', async ({ demo, emulator }) => {
    // X-Amz-Date has whole seconds, so a URL lives 1–2 s after it is signed: the re-signed one has
    // at least a second to reach storage, while the first PUT arrives 2.5 s late, after its URL expired.
    await emulator.config({ presignExpiresSeconds: 2 })
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, latencyMs: 2500, times: 1 })
    await demo.open()
    await demo.add(png)

    await expect(demo.row('photo.png')).toHaveAttribute('data-status', 'done')
    expect((await emulator.requests('presign')).length).toBeGreaterThanOrEqual(2)
    const puts = (await emulator.requests('s3')).filter((r) => r.method === 'PUT')
    expect(puts[0]?.status).toBe(403)
    expect(puts.at(-1)?.status).toBe(200)
    const [object] = await storedObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(png.buffer))
  })

  test('cancel mid-upload leaves nothing stored', async ({ demo, emulator, page }) => {
    // 32 MiB at 1 MiB/s: ~32 s if nothing stops it. Loopback socket buffers hold a few MiB the
    // store keeps reading after the browser aborts, so the file must be much larger than those.
    const size = 32 * 1024 * 1024
    await emulator.fault({ service: 's3', match: { method: 'PUT' }, bandwidthBytesPerSec: 1024 * 1024 })
    await demo.open()
    await demo.addLarge('slow.mp4', deterministicBytes(size, 3))

    const row = demo.row('slow.mp4')
    await expect(row).toHaveAttribute('data-status', 'uploading')
    const puts = async () => (await emulator.requests('s3')).filter((r) => r.method === 'PUT')
    await expect.poll(async () => (await puts()).some((r) => r.bytesReceived > 0)).toBe(true)
    await page.getByRole('button', { name: 'Cancel slow.mp4' }).click()

    await expect(row).toHaveAttribute('data-status', 'canceled')
    // The store sees the connection end before the body is complete.
    await expect.poll(async () => (await puts()).every((r) => r.aborted), { timeout: 20_000 }).toBe(true)
    for (const put of await puts()) expect(put.bytesReceived).toBeLessThan(size)
    expect(await emulator.objects()).toHaveLength(0)
  })

  test('a URL with a pinned checksum fails with an error that names the fix', async ({ demo, emulator }) => {
    await emulator.config({ s3: { flavour: 'r2', pinChecksum: true } })
    await demo.open()
    await demo.add(png)

    const row = demo.row('photo.png')
    await expect(row).toHaveAttribute('data-status', 'error')
    const error = row.locator('[data-mu-element="file-error"]')
    await expect(error).toContainText('WHEN_REQUIRED')
    await expect(error).toContainText('photo.png')
    expect(await emulator.objects()).toHaveLength(0)
  })

  test('thumbnails: an image and a video each store the original and a thumb with its own size, decodable in Chromium', async ({ emulator, page }) => {
    await page.goto(`/?provider=presign&locale=en&options=${encodeURIComponent(JSON.stringify({ thumbnails: { maxSize: 32 } }))}`)
    await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
    // A real 64×48 WebM (VP8), recorded from a canvas by Chromium's MediaRecorder.
    const webm = await page.evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 48 })
      const ctx = canvas.getContext('2d')!
      const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm;codecs=vp8' })
      const chunks: Blob[] = []
      recorder.ondataavailable = (event) => chunks.push(event.data)
      const stopped = new Promise((resolve) => (recorder.onstop = resolve))
      recorder.start()
      for (let frame = 0; frame < 30; frame++) {
        ctx.fillStyle = `hsl(${frame * 12} 80% 50%)`
        ctx.fillRect(0, 0, 64, 48)
        await new Promise((resolve) => setTimeout(resolve, 33))
      }
      recorder.stop()
      await stopped
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())]
    })
    const video = { name: 'clip.webm', mimeType: 'video/webm', buffer: Buffer.from(webm) }
    await page.locator('input[type="file"]').setInputFiles([png, video])
    await expect(fileRow(page, 'photo.png')).toHaveAttribute('data-status', 'done')
    await expect(fileRow(page, 'clip.webm')).toHaveAttribute('data-status', 'done')

    const objects = await storedObjects(emulator, 4)
    const image = objects.find((o) => o.sha256 === sha256(png.buffer))
    const clip = objects.find((o) => o.sha256 === sha256(video.buffer))
    expect(image?.metadata).toMatchObject({ width: '64', height: '48', type: 'origin' })
    expect(clip?.metadata).toMatchObject({ type: 'video' })
    const thumbs = objects.filter((o) => o.metadata['type'] === 'thumb')
    expect(thumbs).toHaveLength(2)
    for (const thumb of thumbs) {
      expect(thumb.key).toMatch(/\.webp$/)
      expect(thumb.contentType).toBe('image/webp')
      expect(thumb.metadata).toEqual({ width: '32', height: '24', type: 'thumb' })
      const bytes = Buffer.from(await (await fetch(`${emulator.url}/_objects/${thumb.bucket}/${thumb.key}?raw`)).arrayBuffer())
      expect(bytes.length).toBe(thumb.size)
      const decoded = await page.evaluate(async (data) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/webp' }))
        return `${bitmap.width}x${bitmap.height}`
      }, [...bytes])
      expect(decoded).toBe('32x24')
    }
    // Four sign calls reached the provider API: two originals, two thumbnails.
    const types = (await emulator.requests('presign')).map((r) => r.query['type']).sort()
    expect(types).toEqual(['origin', 'thumb', 'thumb', 'video'])
  })

  test('thumbnails: a video Chromium cannot decode is still stored, without a thumb', async ({ emulator, page }) => {
    await page.goto(`/?provider=presign&locale=en&options=${encodeURIComponent(JSON.stringify({ thumbnails: {} }))}`)
    await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
    const broken = { name: 'broken.webm', mimeType: 'video/webm', buffer: deterministicBytes(64 * 1024, 11) }
    await page.locator('input[type="file"]').setInputFiles([broken])
    await expect(fileRow(page, 'broken.webm')).toHaveAttribute('data-status', 'done')
    const [object] = await storedObjects(emulator, 1)
    expect(object?.sha256).toBe(sha256(broken.buffer))
    expect((await emulator.requests('presign')).map((r) => r.query['type'])).toEqual(['video'])
  })
})
