import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures.ts'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The demo's dev server (Vite middleware, `E2E_DEV=1`) serves the app and the
 * widget's sources, and nothing else: not the demo's server modules, not the
 * sign handlers, not the emulator's test credentials, not files elsewhere on disk.
 */
test.describe('dev server file access', () => {
  test.skip(process.env.E2E_DEV !== '1', 'dev mode only (E2E_DEV=1)')

  test('serves the app and the widget sources', async ({ request }) => {
    expect((await request.get('/src/main.tsx')).status()).toBe(200)
    expect((await request.get(`/@fs${repo}/packages/core/src/index.ts`)).status()).toBe(200)
  })

  // [path, a string only that file holds]
  const refused: [string, string][] = [
    ['/server/main.ts', 'startDemoServer'],
    ['/server/startDemoServer.ts?raw', 'STRICT_CSP'],
    ['/vite.config.ts', 'defineConfig'],
    [`/@fs${repo}/packages/emulator/src/emulatorCredentials.ts`, 'secretAccessKey'],
    [`/@fs${repo}/packages/emulator/src/index.ts?import`, 'startEmulator'],
    [`/@fs${repo}/packages/server/src/index.ts`, 'createMediaUploaderHandler'],
    [`/@fs${repo}/package.json`, 'packageManager'],
    ['/@fs/etc/passwd', 'root:'],
  ]
  for (const [target, marker] of refused) {
    test(`refuses ${target}`, async ({ request }) => {
      const response = await request.get(target)
      const text = await response.text()
      // Refused outright, or answered with the SPA's index.html: never the file.
      expect(response.status() >= 400 || (response.headers()['content-type'] ?? '').startsWith('text/html'), `${response.status()} ${text.slice(0, 120)}`).toBe(true)
      expect(text).not.toContain(marker)
    })
  }
})
