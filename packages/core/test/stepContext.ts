import { createClock } from '../src/clock/Clock.ts'
import { createSession } from '../src/controller/createSession.ts'
import type { SignClient } from '../src/internal/SignClient.ts'
import type { StepContext } from '../src/provider.ts'

/** A provider step context for tests: a fresh clock and session, no media probing. */
export function stepContext<Options>(providerId: string, endpoint: string, http: SignClient, options: Options): StepContext<Options> {
  return { providerId, endpoint, http, signal: new AbortController().signal, options, clock: createClock(), session: createSession(), probeMedia: async () => ({}) }
}
