import type { EmulatorConfig, S3Config } from './config/EmulatorConfig.ts'
import type { AitoearnConfig } from './services/aitoearn/AitoearnConfig.ts'
import type { AccessKey } from './emulatorCredentials.ts'
import type { FaultController } from './faults/FaultController.ts'
import type { RequestLog } from './log/RequestLog.ts'
import type { ServiceName } from './services/index.ts'
import type { ObjectStore } from './store/ObjectStore.ts'

/** Origins of the running services, e.g. `{ admin: 'http://127.0.0.1:4000', s3: '…:4001', …, oss: 'http://localhost:4005' }` (OSS buckets are `{bucket}.localhost`). */
export type EmulatorUrls = { readonly [Name in ServiceName]: string }

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /**
   * Base port: service `n` listens on `port + portOffset(n)`. `0` (the default) gives every
   * service its own free port.
   */
  readonly port?: number
  /** Only `127.0.0.1`: the emulator never listens on other interfaces. */
  readonly host?: '127.0.0.1'
  /**
   * Origins of the pages that may call the emulator from a browser (e.g. `['http://127.0.0.1:5173']`;
   * `*` wildcards as in a bucket CORS rule). Every store and API answers CORS for these only;
   * without any, every cross-origin preflight is refused, as a bucket with no CORS rule does.
   * Runtime-changeable via `config.corsOrigins` / `PATCH /_config {"corsOrigins": […]}`.
   */
  readonly corsOrigins?: readonly string[]
  /** S3-style store behaviour (runtime-changeable later via `config.s3`). */
  readonly s3?: Partial<Readonly<S3Config>>
  /** `X-Amz-Expires` of presign API URLs (default 300). */
  readonly presignExpiresSeconds?: number
  /** The AiToEarn asset API: upload mode, `maxSize`, … (runtime-changeable via `config.aitoearn`). */
  readonly aitoearn?: Partial<Readonly<AitoearnConfig>>
  /** Largest single PUT (default 5 GiB). */
  readonly maxObjectBytes?: number
  /** Buckets that exist (default `['media']`). */
  readonly buckets?: readonly string[]
  /** Access keys the store accepts (default the `emulatorCredentials` key). */
  readonly accessKeys?: readonly AccessKey[]
}

/** A running emulator. */
export interface Emulator {
  /** Origin of each service. */
  readonly urls: EmulatorUrls
  /** The objects stored by the storage services. */
  readonly store: ObjectStore
  /** Fault rules (same as the admin `/_faults` API). */
  readonly faults: FaultController
  /** Requests seen per service (same as the admin `/_requests` API). */
  readonly requests: RequestLog
  /** Runtime configuration; mutate it (or `PATCH /_config`) to change behaviour. */
  readonly config: EmulatorConfig
  /** Restores the startup configuration and clears objects, faults and the request log. */
  reset(): void
  /** Stops every service (open connections are closed). */
  close(): Promise<void>
}
