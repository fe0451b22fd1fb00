/** The fixed test identity of the emulator (no secrets: these only open the emulator). */
export const emulatorCredentials = {
  accessKeyId: 'EMULATORACCESSKEY',
  secretAccessKey: 'emulator-secret-key',
  region: 'auto',
  bucket: 'media',
  /** The `X-Api-Key` the AiToEarn API accepts (`config.aitoearn.apiKey` by default). */
  aitoearnApiKey: 'emu-aitoearn-key-7f3c9a1e5b2d4680',
  /** Jimeng test accounts (refresh tokens the jimeng token API accepts): China, and international (`us-` prefix). */
  jimeng: { cn: 'emulator-jimeng-cn-session', intl: 'us-emulator-jimeng-intl-session' },
} as const

/** An access key the S3-style store accepts. */
export interface AccessKey {
  readonly accessKeyId: string
  readonly secretAccessKey: string
}
