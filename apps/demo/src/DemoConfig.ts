/** What `/demo-config.json` (served by the demo server) tells the page. */
export interface DemoConfig {
  /** Origin of the emulator's admin API (`/_objects`, `/_faults`, …). */
  readonly emulatorAdmin: string
  /** Provider ids the demo server mounted sign handlers for, first is the default. */
  readonly providers: readonly string[]
}

/**
 * Loads the demo config from the demo server, so one build works on any port.
 * Falls back to `VITE_EMULATOR_ADMIN` when the file is absent (static hosting).
 *
 * @example
 * ```ts
 * const config = await loadDemoConfig()
 * ```
 */
export async function loadDemoConfig(): Promise<DemoConfig> {
  try {
    const response = await fetch('/demo-config.json', { cache: 'no-store' })
    if (response.ok) {
      const body = (await response.json()) as Partial<DemoConfig>
      if (typeof body.emulatorAdmin === 'string' && Array.isArray(body.providers)) {
        return { emulatorAdmin: body.emulatorAdmin, providers: body.providers.filter((p) => typeof p === 'string') }
      }
    }
  } catch {
    // fall through to the build-time value
  }
  const fromEnv: unknown = import.meta.env.VITE_EMULATOR_ADMIN
  return { emulatorAdmin: typeof fromEnv === 'string' ? fromEnv : 'http://127.0.0.1:4000', providers: ['presign'] }
}
