import type { Server } from 'node:http'
import { createEmulatorConfig } from './config/createEmulatorConfig.ts'
import type { EmulatorConfig } from './config/EmulatorConfig.ts'
import type { Emulator, EmulatorOptions, EmulatorUrls } from './Emulator.ts'
import { emulatorCredentials, type AccessKey } from './emulatorCredentials.ts'
import { FaultController } from './faults/FaultController.ts'
import { createServiceServer } from './http/createServiceServer.ts'
import { closeServer, listen } from './http/listen.ts'
import { RequestLog } from './log/RequestLog.ts'
import { services } from './services/index.ts'
import type { ServiceContext } from './services/ServiceContext.ts'
import { ObjectStore } from './store/ObjectStore.ts'

const HOST = '127.0.0.1'

/**
 * Starts every emulated service on 127.0.0.1 (`port + portOffset` each, or free ports when
 * `port` is 0 / omitted) and resolves once all listen.
 *
 * CORS is closed by default: pass the origins of the pages that call it (`corsOrigins`).
 *
 * @example
 * const emulator = await startEmulator({ corsOrigins: ['http://127.0.0.1:5173'], s3: { flavour: 'r2', pinChecksum: true } })
 * await fetch(`${emulator.urls.presign}/oss/presign?ext=jpg`)
 * await emulator.close()
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  if (options.host !== undefined && options.host !== HOST) throw new Error('the emulator only listens on 127.0.0.1')
  const basePort = options.port ?? 0
  if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65535 - 9) throw new Error(`invalid base port: ${basePort}`)
  checkOffsets()

  const config = createEmulatorConfig(options)
  const store = new ObjectStore(options.buckets ?? [emulatorCredentials.bucket])
  const requests = new RequestLog()
  const faults = new FaultController(services.filter((service) => service.observable !== false).map((service) => service.name))
  const keys: readonly AccessKey[] = options.accessKeys ?? [emulatorCredentials]
  const urls: Record<string, string> = {}
  const reset = (): void => {
    restoreConfig(config, createEmulatorConfig(options))
    store.clear()
    faults.clear()
    requests.clear()
  }
  const context: ServiceContext = {
    config,
    store,
    faults,
    requests,
    accessKeys: new Map(keys.map((key) => [key.accessKeyId, { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }])),
    urls,
    services: services.map(({ name, portOffset }) => ({ name, portOffset })),
    reset,
  }

  const servers: Server[] = []
  const close = async (): Promise<void> => {
    await Promise.all(servers.map((server) => closeServer(server)))
  }
  try {
    for (const definition of services) {
      const server = createServiceServer(definition, context)
      servers.push(server)
      const port = await listen(server, basePort === 0 ? 0 : basePort + definition.portOffset, HOST)
      urls[definition.name] = `http://${definition.urlHost ?? HOST}:${port}`
    }
  } catch (error) {
    await close()
    throw error
  }
  return { urls: urls as EmulatorUrls, store, faults, requests, config, reset, close }
}

function checkOffsets(): void {
  const seen = new Set<number>()
  for (const service of services) {
    if (seen.has(service.portOffset)) throw new Error(`duplicate port offset ${service.portOffset} (${service.name})`)
    seen.add(service.portOffset)
  }
}

function restoreConfig(config: EmulatorConfig, initial: EmulatorConfig): void {
  config.corsOrigins = initial.corsOrigins
  Object.assign(config.s3, initial.s3)
  config.presignExpiresSeconds = initial.presignExpiresSeconds
  config.maxObjectBytes = initial.maxObjectBytes
  Object.assign(config.aitoearn, initial.aitoearn)
  config.jimengTokenExpiresSeconds = initial.jimengTokenExpiresSeconds
  config.vodUploadAuthExpiresSeconds = initial.vodUploadAuthExpiresSeconds
}
