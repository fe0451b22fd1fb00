import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

const systemChromium = '/usr/bin/chromium'

/**
 * How every Playwright config here starts Chromium: Debian's build where it exists (Playwright
 * cannot download its own browser on this machine kind), else Playwright's bundled one.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}
