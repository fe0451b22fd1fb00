import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromiumLaunch.ts'

// Environment: E2E_DEMO_PORT / E2E_EMULATOR_PORT move the servers (defaults 5199 / 4100-4109),
// E2E_DEV=1 serves the app through Vite's dev middleware instead of a production build,
// E2E_REUSE=1 reuses a demo server already listening on E2E_DEMO_PORT.
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 5199)
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4100)
const baseURL = `http://127.0.0.1:${demoPort}`

/** Read by `e2e/fixtures.ts`: the emulator's admin origin. */
process.env.EMULATOR_ADMIN = `http://127.0.0.1:${emulatorPort}`

export default defineConfig({
  testDir: 'e2e',
  // 2 cores: one browser at a time keeps timings (latency/expiry faults) honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000, toHaveScreenshot: { maxDiffPixelRatio: 0.015, animations: 'disabled', caret: 'hide', scale: 'css' } },
  // Baselines without a platform suffix, committed: a fresh clone on this machine kind compares against them.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The production build (rebuilt only when sources changed) — see apps/demo/server/main.ts.
    command: `node --conditions=@media-uploader/source --import tsx apps/demo/server/main.ts${process.env.E2E_DEV === '1' ? '' : ' --prod'}`,
    url: `${baseURL}/demo-config.json`,
    env: { DEMO_PORT: String(demoPort), EMULATOR_PORT: String(emulatorPort) },
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
})
