import type { ServiceContext } from './ServiceContext.ts'
import type { ServiceHandler } from './ServiceHandler.ts'

/**
 * One emulated service: its own origin on `basePort + portOffset`.
 * Add a service by writing a definition under `services/<name>/` and listing it in `services/index.ts`.
 */
export interface ServiceDefinition<Name extends string = string> {
  /** Key in `emulator.urls`, the request log and fault rules. */
  readonly name: Name
  /** Offset from the base port; unique across services. */
  readonly portOffset: number
  /**
   * Host name in the service's URL (default `127.0.0.1`). The OSS store says `localhost`, so
   * that a client builds `{bucket}.localhost:{port}`, which browsers resolve to loopback.
   */
  readonly urlHost?: string
  /** Whether requests are logged and subject to fault rules (default true; the admin API is not). */
  readonly observable?: boolean
  /** Creates the handler once, when the emulator starts. */
  create(context: ServiceContext): ServiceHandler
}
