import type { Page } from '@playwright/test'
import { expect, makePng, sha256, test, type EmulatorAdmin } from './fixtures.ts'

/** What `apps/demo/src/uppy/uppyInterop.ts` writes when Uppy's `complete` fires. */
interface Completed {
  successful: { name: string; uploadURL?: string; body?: { result?: unknown } }[]
  failed: { name: string; error?: string }[]
}

const png = { name: 'photo.png', mimeType: 'image/png', buffer: makePng(64, 48) }

/** Adds the file through the Dashboard's own input, presses its upload button, waits for `complete`. */
async function uploadThroughDashboard(page: Page, query: string): Promise<Completed> {
  await page.goto(`/uppy.html?${query}`)
  await page.locator('.uppy-Dashboard-input').first().setInputFiles(png)
  await page.locator('.uppy-StatusBar-actionBtn--upload').click()
  const results = page.getByTestId('results')
  await expect(results).toHaveAttribute('data-complete', 'true', { timeout: 30_000 })
  return JSON.parse((await results.textContent()) ?? '{}') as Completed
}

async function storedIntact(emulator: EmulatorAdmin): Promise<void> {
  await expect.poll(async () => (await emulator.objects()).filter((o) => o.sha256 === sha256(png.buffer)).length).toBe(1)
}

test.describe('Uppy Dashboard + MediaUploaderPlugin', () => {
  for (const provider of ['presign', 'aitoearn', 'aliyun-vod', 'jimeng'] as const) {
    test(`uploads through ${provider}; Uppy gets the typed result; the bytes land intact`, async ({ page, emulator }) => {
      const { successful, failed } = await uploadThroughDashboard(page, `provider=${provider}&engine=plugin`)
      expect(failed).toEqual([])
      expect(successful).toHaveLength(1)
      expect(successful[0]?.body?.result).toBeTruthy()
      await storedIntact(emulator)
    })
  }
})

test.describe('Uppy Dashboard + @uppy/aws-s3 + createAwsS3Signer', () => {
  for (const provider of ['presign', 'aitoearn'] as const) {
    test(`uploads through ${provider}'s sign handler; the bytes land intact`, async ({ page, emulator }) => {
      const { successful, failed } = await uploadThroughDashboard(page, `provider=${provider}&engine=aws-s3`)
      expect(failed).toEqual([])
      expect(successful[0]?.uploadURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      await storedIntact(emulator)
    })
  }
})
