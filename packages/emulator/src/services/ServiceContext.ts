import type { AccessKey } from '../emulatorCredentials.ts'
import type { EmulatorConfig } from '../config/EmulatorConfig.ts'
import type { FaultController } from '../faults/FaultController.ts'
import type { RequestLog } from '../log/RequestLog.ts'
import type { ObjectStore } from '../store/ObjectStore.ts'

/** The shared state every service factory receives. */
export interface ServiceContext {
  /** Runtime configuration (mutable; read it per request). */
  readonly config: EmulatorConfig
  readonly store: ObjectStore
  readonly faults: FaultController
  readonly requests: RequestLog
  /** Access keys the storage services accept. */
  readonly accessKeys: ReadonlyMap<string, AccessKey>
  /** Origin (`http://127.0.0.1:port`; the OSS endpoint `http://localhost:port`) of every service by name; filled once all listen. */
  readonly urls: Readonly<Record<string, string>>
  /** Definitions of all services (name, port offset). */
  readonly services: readonly { readonly name: string; readonly portOffset: number }[]
  /** Restores the startup configuration and clears objects, faults and the request log. */
  reset(): void
}
