import type { EmulatorUrls } from './Emulator.ts'
import { emulatorCredentials } from './emulatorCredentials.ts'
import { VOD_BUCKET } from './services/oss/vodBucket.ts'

/** What the banner says about the configuration. */
export interface BannerOptions {
  readonly corsOrigins: readonly string[]
  readonly flavour: 's3' | 'r2'
  readonly pinChecksum: boolean
}

/**
 * The CLI's start-up text: every endpoint, and the emulator's public test credentials (they
 * open only the emulator, so printing them is fine) with the server-handler option each fills.
 *
 * @example
 * ```ts
 * console.log(formatBanner(emulator.urls, { corsOrigins: [], flavour: 's3', pinChecksum: false }))
 * ```
 */
export function formatBanner(urls: EmulatorUrls, options: BannerOptions): string {
  const width = Math.max(...Object.keys(urls).map((name) => name.length))
  const oss = new URL(urls.oss)
  return [
    'media-uploader emulator (127.0.0.1 only)',
    ...Object.entries(urls).map(([name, url]) => `  ${name.padEnd(width)}  ${url}`),
    '',
    `  S3 bucket         ${urls.s3}/${emulatorCredentials.bucket}  (region ${emulatorCredentials.region}, flavour ${options.flavour}${options.pinChecksum ? ', pinChecksum' : ''})`,
    `  OSS (VOD) bucket  ${oss.protocol}//${VOD_BUCKET}.${oss.host}/{key}  (virtual-hosted; *.localhost is loopback in browsers)`,
    `  CORS origins      ${options.corsOrigins.length > 0 ? options.corsOrigins.join(' ') : 'none (pass --cors-origin http://localhost:5173 for a page on that origin)'}`,
    '',
    'Test credentials (public, emulator only):',
    `  access key (S3, VOD AccessKey)  ${emulatorCredentials.accessKeyId} / ${emulatorCredentials.secretAccessKey}`,
    `  AiToEarn API key                ${emulatorCredentials.aitoearnApiKey}`,
    `  Jimeng refresh tokens           cn ${emulatorCredentials.jimeng.cn}  intl ${emulatorCredentials.jimeng.intl}`,
  ].join('\n')
}
