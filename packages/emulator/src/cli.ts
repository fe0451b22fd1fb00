#!/usr/bin/env -S node --import tsx
/**
 * `media-uploader-emulator [--port N] [--host 127.0.0.1] [--cors-origin URL]...`: starts every
 * emulated service on loopback (`port` … `port + 9`), prints the endpoints and the emulator's
 * public test credentials, and stops cleanly on SIGINT/SIGTERM. Environment fallbacks (for
 * `pnpm emulator`): `EMULATOR_PORT`, `EMULATOR_CORS_ORIGINS` (comma-separated),
 * `EMULATOR_FLAVOUR=s3|r2`, `EMULATOR_PIN_CHECKSUM=1`.
 */
import { parseArgs } from 'node:util'
import { startEmulator } from './startEmulator.ts'
import { formatBanner } from './formatBanner.ts'

const USAGE = `Usage: media-uploader-emulator [--port N] [--host 127.0.0.1] [--cors-origin URL]... [--flavour s3|r2] [--pin-checksum]

  --port N           base port; services listen on N … N+9 (default 4000, EMULATOR_PORT; 0 = any free ports)
  --host 127.0.0.1   the only interface the emulator listens on
  --cors-origin URL  an origin whose pages may call the stores and APIs (repeatable; default none: CORS closed)
  --flavour s3|r2    how the S3-style store behaves where S3 and R2 differ (default s3)
  --pin-checksum     the presign API pins x-amz-checksum-crc32 (the AWS SDK >= 3.729 defect)`

let args
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      flavour: { type: 'string' },
      'pin-checksum': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}

const port = Number(args.port ?? process.env.EMULATOR_PORT ?? 4000)
const host = args.host ?? '127.0.0.1'
const corsOrigins = args['cors-origin'] ?? (process.env.EMULATOR_CORS_ORIGINS ?? '').split(',').filter(Boolean)
const flavour = (args.flavour ?? process.env.EMULATOR_FLAVOUR) === 'r2' ? 'r2' : 's3'
const pinChecksum = args['pin-checksum'] === true || process.env.EMULATOR_PIN_CHECKSUM === '1' || process.env.EMULATOR_PIN_CHECKSUM === 'true'
const badOrigin = corsOrigins.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin))
if (host !== '127.0.0.1' || !Number.isInteger(port) || port < 0 || port > 65526 || badOrigin !== undefined) {
  console.error(`${host !== '127.0.0.1' ? 'the emulator only listens on 127.0.0.1' : badOrigin !== undefined ? `not an origin: ${badOrigin} (scheme://host[:port], no path)` : `invalid port: ${args.port ?? process.env.EMULATOR_PORT}`}\n\n${USAGE}`)
  process.exit(2)
}

const emulator = await startEmulator({ port, host: '127.0.0.1', corsOrigins, s3: { flavour, pinChecksum } }).catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code
  console.error(code === 'EADDRINUSE' ? `emulator: a port in ${port}..${port + 9} is already in use (pass --port with another base port)` : error)
  process.exit(1)
})
console.log(formatBanner(emulator.urls, { corsOrigins, flavour, pinChecksum }))

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
