import { ConfigPatchError } from '../../config/ConfigPatchError.ts'
import type { AitoearnConfig } from './AitoearnConfig.ts'

/**
 * Validates the `aitoearn` part of a `PATCH /_config` body (nothing is applied here).
 * Throws {@link ConfigPatchError}.
 */
export function parseAitoearnPatch(value: unknown): Partial<AitoearnConfig> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigPatchError('aitoearn must be an object')
  const patch: Partial<AitoearnConfig> = {}
  for (const [key, item] of Object.entries(value)) {
    switch (key) {
      case 'mode':
        if (item !== 'put' && item !== 'post') throw new ConfigPatchError("aitoearn.mode must be 'put' or 'post'")
        patch.mode = item
        break
      case 'maxSize':
        patch.maxSize = integer(item, 'aitoearn.maxSize', 1)
        break
      case 'policyMaxSize':
        patch.policyMaxSize = item === null ? null : integer(item, 'aitoearn.policyMaxSize', 0)
        break
      case 'signExpiresSeconds':
        patch.signExpiresSeconds = integer(item, 'aitoearn.signExpiresSeconds', 1, 604_800)
        break
      case 'apiKey':
        if (typeof item !== 'string' || item === '') throw new ConfigPatchError('aitoearn.apiKey must be a non-empty string')
        patch.apiKey = item
        break
      default:
        throw new ConfigPatchError(`unknown config key: aitoearn.${key}`)
    }
  }
  return patch
}

function integer(value: unknown, name: string, low: number, high = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    throw new ConfigPatchError(`${name} must be an integer in ${low}..${high}`)
  }
  return value
}
