#!/usr/bin/env -S npx tsx
/**
 * `pnpm emulator`: starts the emulator on `EMULATOR_PORT` (default 4000) and prints the
 * origins. Optional: `EMULATOR_FLAVOUR=s3|r2`, `EMULATOR_PIN_CHECKSUM=1`.
 */
import { startEmulator } from './startEmulator.ts'
import { emulatorCredentials } from './emulatorCredentials.ts'

const port = Number(process.env.EMULATOR_PORT ?? 4000)
const flavour = process.env.EMULATOR_FLAVOUR === 'r2' ? 'r2' : 's3'
const pinChecksum = process.env.EMULATOR_PIN_CHECKSUM === '1' || process.env.EMULATOR_PIN_CHECKSUM === 'true'

const emulator = await startEmulator({ port, s3: { flavour, pinChecksum } }).catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code
  console.error(
    code === 'EADDRINUSE'
      ? `emulator: a port in ${port}..${port + 9} is already in use (set EMULATOR_PORT to another base port)`
      : error,
  )
  process.exit(1)
})
const width = Math.max(...Object.keys(emulator.urls).map((name) => name.length))
console.log('media-uploader emulator (127.0.0.1 only)')
for (const [name, url] of Object.entries(emulator.urls)) console.log(`  ${name.padEnd(width)}  ${url}`)
console.log(`  bucket   ${emulator.urls.s3}/${emulatorCredentials.bucket}  (region ${emulatorCredentials.region}, flavour ${flavour}${pinChecksum ? ', pinChecksum' : ''})`)
console.log(`  access key ${emulatorCredentials.accessKeyId} / ${emulatorCredentials.secretAccessKey}`)

let stopping = false
const stop = (signal: NodeJS.Signals): void => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping emulator`)
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
