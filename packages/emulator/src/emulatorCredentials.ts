/** The fixed test identity of the emulator (no secrets: these only open the emulator). */
export const emulatorCredentials = {
  accessKeyId: 'EMULATORACCESSKEY',
  secretAccessKey: 'emulator-secret-key',
  region: 'auto',
  bucket: 'media',
} as const

/** An access key the S3-style store accepts. */
export interface AccessKey {
  readonly accessKeyId: string
  readonly secretAccessKey: string
}
