import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromiumLaunch.ts'
import { consumerOrigins, consumerPorts, presignUpstream } from './consumerApps.ts'

// Run by `node scripts/consumers.mjs`, which installs and builds the fixtures in CONSUMERS_DIR (outside the workspace).
const dir = consumersDir()

function consumersDir(): string {
  const value = process.env.CONSUMERS_DIR
  if (!value) throw new Error('CONSUMERS_DIR is not set: run `node scripts/consumers.mjs`')
  return value
}

/** Read by `e2e/fixtures.ts`: the emulator's admin origin. */
process.env.EMULATOR_ADMIN = `http://127.0.0.1:${consumerPorts.emulator}`

const appEnv = { PRESIGN_UPSTREAM: presignUpstream, NEXT_TELEMETRY_DISABLED: '1' }

/** A fixture's server, started in its installed copy; ready when `path` answers. */
function server(fixture: string, command: string, port: number, path = '/') {
  return {
    command,
    cwd: join(dir, fixture),
    url: `http://127.0.0.1:${port}${path}`,
    env: { ...appEnv, PORT: String(port) },
    timeout: 60_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  }
}

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  // Traces of failures stay with the apps: scripts/consumers.mjs keeps the directory when anything failed.
  outputDir: join(dir, 'test-results'),
  use: {
    headless: true,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    server(
      'vite-react19',
      `node_modules/.bin/media-uploader-emulator --port ${consumerPorts.emulator} ${consumerOrigins.map((origin) => `--cors-origin ${origin}`).join(' ')}`,
      consumerPorts.emulator,
    ),
    server('vite-react19', 'node server.mjs', consumerPorts.nodeHttp),
    server('vite-react18', 'node server.mjs', consumerPorts.express),
    {
      ...server('vite-react19', `node_modules/.bin/vite --host 127.0.0.1 --port ${consumerPorts.viteDev} --strictPort`, consumerPorts.viteDev),
      env: { API_ORIGIN: `http://127.0.0.1:${consumerPorts.nodeHttp}` },
    },
    server('next-app', `node_modules/.bin/next start --hostname 127.0.0.1 --port ${consumerPorts.next}`, consumerPorts.next),
    // A 400 for an invalid query: the handler answers without calling the emulator.
    server('node-nodenext', 'node dist/server.js', consumerPorts.hono, '/api/media-uploader/presign?ext=exe'),
  ],
})
