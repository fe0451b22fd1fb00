import { emulatorCredentials } from '../../emulatorCredentials.ts'
import { DEFAULT_AITOEARN_MAX_SIZE, type AitoearnConfig } from './AitoearnConfig.ts'

/** A fresh AiToEarn configuration from startup options and the defaults. */
export function createAitoearnConfig(input: Partial<Readonly<AitoearnConfig>> = {}): AitoearnConfig {
  return {
    mode: input.mode ?? 'put',
    maxSize: input.maxSize ?? DEFAULT_AITOEARN_MAX_SIZE,
    policyMaxSize: input.policyMaxSize ?? null,
    signExpiresSeconds: input.signExpiresSeconds ?? 300,
    apiKey: input.apiKey ?? emulatorCredentials.aitoearnApiKey,
  }
}
