import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { emulatorCredentials, type Emulator } from '../src/index.ts'

/** An official S3 client pointed at the emulator's store (path-style, region auto). */
export function sdkClient(emulator: Emulator, overrides: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    endpoint: emulator.urls.s3,
    forcePathStyle: true,
    region: emulatorCredentials.region,
    credentials: {
      accessKeyId: emulatorCredentials.accessKeyId,
      secretAccessKey: emulatorCredentials.secretAccessKey,
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    ...overrides,
  })
}
